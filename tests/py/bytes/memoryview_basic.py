# memoryview over bytes and bytearray: items, slices, writes, comparison, attributes.
b = b'1234'
m = memoryview(b)
print(len(m), m[0], m[1], m[-1], list(m), m.readonly, m.nbytes, m.format, m.itemsize, m.shape, m.strides, m.obj is b)
try:
    m[0] = 1
except TypeError as e: print("TypeError:", e)
ba = bytearray(b)
m = memoryview(ba)
m[0] = 1
print(ba, list(m))
m[1:3] = b'xy'
print(ba)
print(list(memoryview(b'1234')[1:-1]), bytes(memoryview(b'abcdef')[::2]), memoryview(b'abcdef')[::-1].tobytes())
print(bytearray(memoryview(bytearray(2))))
print(memoryview(b'abc') == b'abc', b'abc' == memoryview(b'abc'), memoryview(b'abc') != b'xyz')
print(memoryview(b'abc').hex(), memoryview(b'abc').hex(':'), memoryview(b'ab').tolist())
with memoryview(b'ab') as mm:
    print(mm[0])
try: mm[0]
except ValueError as e: print("ValueError:", e)
print(int(memoryview(b"123")), hash(memoryview(b"ab")) == hash(b"ab"))
for bad in [lambda: memoryview(1), lambda: m.__setitem__(0, 256), lambda: m.__setitem__(0, "a"), lambda: m.__setitem__(slice(0,2), b"abc"), lambda: m[10], lambda: m["a"], lambda: hash(m)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(b"x" + memoryview(b"yz"), bytes(memoryview(b"mv")), b"-".join([memoryview(b"a"), b"b"]))
print(type(memoryview(b"")).__name__, isinstance(m, memoryview))
ba = bytearray(b"abcdef")
v = memoryview(ba)[1:5]
v2 = v[::2]
v2[0] = 0x5a
v[3] = 0x21
print(ba, v.tobytes(), v2.tolist(), len(v2))
w = memoryview(v)
print(w.tobytes(), w.obj is ba, w.readonly, v.toreadonly().readonly)
for x in memoryview(b"xyz"):
    print(x, end=" ")
print()
r = memoryview(b"abc")
r.release()
print(repr(r).startswith("<released memory at"))
for bad in [lambda: len(r), lambda: r.tobytes(), lambda: memoryview(r)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(r == r, r == memoryview(b"abc"), memoryview(b"a") == "a")
try:
    del memoryview(bytearray(1))[0]
except TypeError as e:
    print("TypeError:", e)
