# writing through sys.stdout / sys.stderr
import sys
n = sys.stdout.write("hello ")
sys.stdout.write("world\n")
print(n)
sys.stderr.write("this goes to stderr\n")
sys.stdout.write("é€😀\n")
print(sys.stdout.encoding.lower().replace("-", ""), hasattr(sys.stdout, "flush"))
sys.stdout.flush()
print("after flush")
lines = ["a\n", "b\n"]
sys.stdout.writelines(lines)
