# expect: ok
def f():
    for x in y:
        try:
            pass
        except* (ValueError, TypeError) as e:
            for z in e.exceptions:
                if z:
                    break
                continue
            def g():
                return e
        else:
            break
        finally:
            pass
    return 1
