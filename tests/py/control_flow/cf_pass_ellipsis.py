# pass, ellipsis bodies, empty-ish constructs
def stub():
    pass
def stub2():
    ...
class Empty:
    pass
class Doc:
    """only a docstring"""
for _ in range(2):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(stub(), stub2(), Empty.__name__, Doc.__doc__)
