visible = "visible"
_hidden = "hidden"
def func():
    return "func"
