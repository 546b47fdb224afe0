# A naked exception raised in an except* handler propagates alone
print("start")
try:
    raise ValueError("naked")
except* ValueError:
    raise TypeError("replaced")
