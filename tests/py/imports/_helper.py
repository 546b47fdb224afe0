"""Helper module for the imports tests."""
print("executing _helper, __name__ =", __name__)
CONST = 42
_private = "underscore"
counter = 0
def greet(name):
    return "hello " + name
def bump():
    global counter
    counter += 1
    return counter
class Thing:
    def __repr__(self):
        return "Thing()"
if __name__ == "__main__":
    print("this must not run on import")
