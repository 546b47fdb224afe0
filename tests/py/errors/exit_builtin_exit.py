# exiting from inside nested functions and loops
import sys
def deep(n):
    if n == 0:
        print("exiting from depth")
        sys.exit(4)
    for i in range(2):
        deep(n - 1)
deep(3)
