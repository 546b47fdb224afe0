import sys
print("exit 0 is success")
sys.exit(0)
