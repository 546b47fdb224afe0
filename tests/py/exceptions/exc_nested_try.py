# nested try statements and propagation
log = []
def level3():
    try:
        log.append("l3 try")
        raise KeyError("deep")
    finally:
        log.append("l3 finally")
def level2():
    try:
        level3()
    except ValueError:
        log.append("l2 wrong handler")
    finally:
        log.append("l2 finally")
def level1():
    try:
        level2()
    except KeyError as e:
        log.append("l1 caught " + repr(e))
        return "handled"
    finally:
        log.append("l1 finally")
print(level1())
print(log)
def exc_in_handler():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise TypeError("second")
        finally:
            print("finally after handler raise")
    except TypeError as e:
        print("outer got", e, "context", repr(e.__context__))
exc_in_handler()
def exc_in_finally():
    try:
        try:
            raise ValueError("original")
        finally:
            raise KeyError("from finally")
    except KeyError as e:
        print("got", repr(e), "context", repr(e.__context__))
exc_in_finally()
def exc_in_else():
    try:
        try:
            pass
        except Exception:
            print("no")
        else:
            raise IndexError("from else")
        finally:
            print("finally after else")
    except IndexError as e:
        print("caught", e)
exc_in_else()
