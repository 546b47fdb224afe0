# assert statement
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert False, "with message"
except AssertionError as e:
    print(repr(e), str(e))
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print(e.args)
assert True, "never"
x = 5
try:
    assert x < 3, f"x too big: {x}"
except AssertionError as e:
    print(e)
calls = []
def msg():
    calls.append(1)
    return "m"
assert True, msg()
print(calls)
