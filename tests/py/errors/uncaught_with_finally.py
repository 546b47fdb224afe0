# finally blocks run before the process dies
def work():
    try:
        print("working")
        raise OSError("disk on fire")
    finally:
        print("cleanup 1")
try:
    work()
finally:
    print("cleanup 2")
