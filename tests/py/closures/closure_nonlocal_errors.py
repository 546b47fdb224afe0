# UnboundLocalError from assignment-after-read in nested functions
def outer():
    n = 1
    def inner():
        n += 1
        return n
    return inner
try:
    outer()()
except UnboundLocalError as e:
    print(type(e).__name__ + ":", e)
def outer2():
    items = []
    def inner():
        items.append(1)
        return items
    return inner
print(outer2()(), outer2()())
def outer3():
    def inner():
        return later
    later = "defined later"
    return inner()
print(outer3())
