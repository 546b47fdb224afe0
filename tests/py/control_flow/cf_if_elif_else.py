# if / elif / else
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 10, 100)])
x = 5
if x:
    print("truthy")
if not []:
    print("empty list falsy")
if x > 3 and x < 10 or x == 100:
    print("compound condition")
if 0:
    print("no")
elif "":
    print("no")
elif None:
    print("no")
else:
    print("all falsy")
if x == 5: print("one-liner")
y = 1 if x else 2
print(y)
