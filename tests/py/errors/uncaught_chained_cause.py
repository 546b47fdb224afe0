# "The above exception was the direct cause of the following exception"
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {s!r}") from e
print(parse("12"))
parse("x")
