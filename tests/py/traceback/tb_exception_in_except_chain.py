# three-deep implicit chain; only the last exception is the final line
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError:
    print("handling IndexError")
    {}["last"]
