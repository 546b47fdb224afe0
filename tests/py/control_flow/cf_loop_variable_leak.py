# loop variables remain bound after the loop
for i in range(3):
    pass
print(i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print(type(e).__name__ + ":", e)
for k, (a, b) in enumerate([(1, 2), (3, 4)]):
    pass
print(k, a, b)
lst = [0, 0, 0]
for lst[0] in range(3):
    pass
print(lst)
class O:
    pass
o = O()
for o.attr in "xy":
    pass
print(o.attr)
d = {}
for d["key"] in [1, 2]:
    pass
print(d)
