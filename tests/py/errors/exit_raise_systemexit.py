# SystemExit raised directly, finally blocks still run
def main():
    try:
        print("in main")
        raise SystemExit(5)
    finally:
        print("finally in main")
try:
    main()
except Exception:
    print("SystemExit is not an Exception - not printed")
