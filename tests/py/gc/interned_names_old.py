# taipan-args: -X heap-max=48M
# Interned names that live through several collections (old by then) and
# then die: a minor collection does not look at old names, so only a major
# one can drop them from the interned table.  Ten rounds of 100,000 names
# (about 100 MB in all) kept while the program allocates, then dropped,
# must fit in a 48 MB heap, and a name that outlives collections stays the
# one string with its text.
import sys


def churn(n):
    # Short-lived tuples: several minor collections.
    x = None
    for i in range(n):
        x = (i, i)
    return x


first = None
mismatched = 0
for r in range(10):
    names = [sys.intern("round%d_name_%d" % (r, i)) for i in range(100000)]
    if first is None:
        first = names[12345]
    churn(300000)
    for i in range(0, 100000, 997):
        if sys.intern("round%d_name_%d" % (r, i)) is not names[i]:
            mismatched += 1
    del names
print("mismatched:", mismatched)
print(sys.intern("round0_name_12345") is first, first)
churn(300000)
print(sys.intern("round0_" + "name_12345") is first)
