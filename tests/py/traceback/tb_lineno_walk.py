# walking __traceback__: line numbers and function names
def inner():
    raise ValueError("boom")
def middle():
    inner()
def outer():
    middle()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_lineno, tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.__traceback__.tb_lineno, e.__traceback__.tb_next)
