# a small state machine using control flow
def tokenize(s):
    tokens = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            tokens.append(("NUM", int(s[i:j])))
            i = j
        elif ch in "+-*/()":
            tokens.append(("OP", ch))
            i += 1
        else:
            raise SyntaxError(f"bad char {ch!r} at {i}")
    return tokens
def parse_expr(tokens, pos=0):
    val, pos = parse_term(tokens, pos)
    while pos < len(tokens) and tokens[pos][1] in ("+", "-"):
        op = tokens[pos][1]
        rhs, pos = parse_term(tokens, pos + 1)
        val = val + rhs if op == "+" else val - rhs
    return val, pos
def parse_term(tokens, pos):
    val, pos = parse_atom(tokens, pos)
    while pos < len(tokens) and tokens[pos][1] in ("*", "/"):
        op = tokens[pos][1]
        rhs, pos = parse_atom(tokens, pos + 1)
        val = val * rhs if op == "*" else val // rhs
    return val, pos
def parse_atom(tokens, pos):
    kind, v = tokens[pos]
    if kind == "NUM":
        return v, pos + 1
    if v == "(":
        val, pos = parse_expr(tokens, pos + 1)
        return val, pos + 1
    if v == "-":
        val, pos = parse_atom(tokens, pos + 1)
        return -val, pos
    raise SyntaxError("unexpected " + v)
for src in ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7 - -3", "2 * (3 + (4 - 1)) * 5", "7 $ 3"]:
    try:
        print(src, "=", parse_expr(tokenize(src))[0])
    except SyntaxError as e:
        print(src, "->", type(e).__name__, e)
