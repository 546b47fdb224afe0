import sys
try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit", e.code)
print("continuing")
sys.exit(2)
