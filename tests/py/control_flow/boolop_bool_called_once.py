# How often __bool__ runs in and/or chains: CPython 3.11 threads a jump that
# lands on a test of the same value (same line) past it.
calls = []
class B:
    def __init__(self, name, v): self.name, self.v = name, v
    def __bool__(self):
        calls.append(self.name); return self.v
    def __repr__(self): return self.name
def run(label, f):
    calls.clear()
    r = f()
    print(label, r, calls)
T = lambda n: B(n, True)
F = lambda n: B(n, False)
run("and-or", lambda: (F("a") and T("b")) or F("c"))
run("and-or2", lambda: F("a") and T("b") or T("c"))
run("or-and", lambda: T("a") or F("b") and T("c"))
run("or-and2", lambda: (T("a") or F("b")) and T("c"))
run("and-and", lambda: (F("a") and T("b")) and T("c"))
run("or-or", lambda: (T("a") or T("b")) or T("c"))
run("nested", lambda: ((F("a") and T("b")) or (F("c") and T("d"))) or F("e"))
run("multi", lambda: (F("a") and
                       T("b")) or F("c"))
def g():
    if (F("a") and T("b")) or F("c"):
        return 1
    return 2
run("if", g)
def w():
    x = 0
    while (F("a") or F("b")) and T("c"):
        x += 1
    return x
run("while", w)
run("not", lambda: not (F("a") and T("b")) or F("c"))
run("ternary", lambda: 1 if (F("a") and T("b")) or T("c") else 2)
run("compare", lambda: (F("a") and T("b")) == F("c") or T("d"))
