# closures capture variables, not values
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def adder(n):
    return lambda x: x + n
add5 = adder(5)
print(add5(10), adder(-1)(1))
def late():
    x = 1
    f = lambda: x
    x = 2
    return f
print(late()())
print(make_counter().__closure__ is not None, adder(1).__code__.co_freevars)
