# nested format specs in f-strings
x = 3.14159265
for w in (8, 10):
    for p in (1, 3):
        print(f"[{x:{w}.{p}f}]", f"[{x:>{w}.{p}}]", f"[{x:{'^'}{w}}]")
fill, align, width = "*", "<", 12
print(f"[{'abc':{fill}{align}{width}}]", f"[{42:{fill}>{width},}]")
spec = "+08.2f"
print(f"{x:{spec}}", f"{-x:{spec}}")
print(f"{'nested {braces}'}", f"{{literal}}", f"{{{x:.1f}}}", f"{'{'}")
d = {"k": [10, 20]}
print(f"{d['k'][1]:05d}", f"{d['k']!r:>15}")
print(f"{1 + 2 = }", f"{x = :.2f}", f"{'s'=}", f"{d['k'] = !s}")
a = 5
print(f"{a=}", f"{a = }", f"{a*2=:>4}")
print(f"{(lambda y: y * 2)(4)}", f"{[i for i in range(3)]}", f"{a if a > 3 else 0}")
print(f"{'a' 'b'}", f"""{'''triple'''}""", F"{a}" f"{a}")
print(f"{a:{'>' if a else '<'}5}|")
