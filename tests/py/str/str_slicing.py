# string slicing corner cases
s = "0123456789"
for sl in [(None, None, None), (2, 5, None), (-3, None, None), (None, -3, None), (None, None, -1), (8, 2, -2), (100, None, -1),
           (-100, 100, None), (5, 5, None), (7, 3, None), (None, None, 3), (1, None, -3), (-1, -10, -1), (3, -3, None), (None, None, -4)]:
    print(sl, repr(s[slice(*sl)]))
u = "aé😀日b"
print(u[1:4], u[::-1], u[::2], u[-2], u[2:3] == "😀")
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(s[-1:-11:-1] == s[::-1], repr(s[10:]), repr(s[11:]), repr(s[:-11]))
try:
    s[-11]
except IndexError as e:
    print(type(e).__name__, e)
