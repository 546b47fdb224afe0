import sys
print("sys.exit(True) exits with 1")
sys.exit(True)
