# __name__ is "__main__" only for the script being run
import _helper
def main():
    print("main() runs, __name__ =", __name__)
if __name__ == "__main__":
    main()
else:
    print("not main")
print(_helper.__name__ != "__main__")
