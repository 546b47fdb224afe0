# print with sep/end/file/flush
import sys
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ", end=".\n")
print("no newline", end="")
print(" -> continued")
print()
print("", end="")
print(1, 2.5, None, [1], sep=" | ")
print("to stdout", file=sys.stdout, flush=True)
print("to stderr (not compared)", file=sys.stderr)
print(*range(5), sep="\n")
print("x", sep=None, end=None)
sys.stdout.write("written directly\n")
print(sys.stdout.write("abc") if False else "write returns count:", sys.stdout.write(""))
try:
    print("x", end=5)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__ + ":", e)
