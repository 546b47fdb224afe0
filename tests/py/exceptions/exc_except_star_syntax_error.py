# 'return' may not leave an except* block (a compile-time error)
print("never printed")
def f():
    try:
        pass
    except* ValueError:
        return 1
