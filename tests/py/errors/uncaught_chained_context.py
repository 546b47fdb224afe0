# "During handling of the above exception, another exception occurred"
print("start")
try:
    {}["x"]
except KeyError:
    raise ValueError("while handling KeyError")
