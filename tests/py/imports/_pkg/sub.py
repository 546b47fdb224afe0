print("executing _pkg.sub, __name__ =", __name__, "__package__ =", __package__)
sub_value = "value from sub"
def where():
    return __name__
