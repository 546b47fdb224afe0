# order of finally blocks and exception propagation through calls
def a():
    try:
        b()
    finally:
        print("a finally")
def b():
    try:
        c()
    except KeyError:
        print("b caught KeyError (not expected)")
    finally:
        print("b finally")
def c():
    try:
        raise ValueError("from c")
    finally:
        print("c finally")
try:
    a()
except ValueError as e:
    print("top caught", e)
def gen_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
g = gen_cleanup()
for x in g:
    print("got", x)
    break
print("after loop")
g.close()
print("after close")
