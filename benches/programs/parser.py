# Measures: character scanning, recursive descent, AST classes and string building (arithmetic expression parser and pretty-printer).
import sys

PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
RIGHT_ASSOC = {"^"}
FUNCTIONS = {"min": 2, "max": 2, "abs": 1, "neg": 1}
MODULUS = 1000003


class Num:
    def __init__(self, value):
        self.value = value

    def evaluate(self, env):
        return self.value

    def render(self):
        return str(self.value)

    def size(self):
        return 1


class Var:
    def __init__(self, name):
        self.name = name

    def evaluate(self, env):
        return env[self.name]

    def render(self):
        return self.name

    def size(self):
        return 1


class Neg:
    def __init__(self, operand):
        self.operand = operand

    def evaluate(self, env):
        return -self.operand.evaluate(env)

    def render(self):
        inner = self.operand.render()
        if isinstance(self.operand, BinOp):
            inner = "(" + inner + ")"
        return "-" + inner

    def size(self):
        return 1 + self.operand.size()


class BinOp:
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def evaluate(self, env):
        a = self.left.evaluate(env)
        b = self.right.evaluate(env)
        op = self.op
        if op == "+":
            return (a + b) % MODULUS
        if op == "-":
            return (a - b) % MODULUS
        if op == "*":
            return (a * b) % MODULUS
        if op == "/":
            return a // b if b else 0
        if op == "%":
            return a % b if b else 0
        return pow(a, abs(b) % 7, MODULUS)

    def render(self):
        prec = PRECEDENCE[self.op]
        left = self.left.render()
        right = self.right.render()
        if self.needs_parens(self.left, prec, self.op in RIGHT_ASSOC):
            left = "(" + left + ")"
        if self.needs_parens(self.right, prec, self.op not in RIGHT_ASSOC):
            right = "(" + right + ")"
        return left + " " + self.op + " " + right

    @staticmethod
    def needs_parens(child, prec, strict):
        if not isinstance(child, BinOp):
            return False
        child_prec = PRECEDENCE[child.op]
        return child_prec < prec or (strict and child_prec == prec)

    def size(self):
        return 1 + self.left.size() + self.right.size()


class Call:
    def __init__(self, name, args):
        self.name = name
        self.args = args

    def evaluate(self, env):
        values = [a.evaluate(env) for a in self.args]
        if self.name == "min":
            return min(values)
        if self.name == "max":
            return max(values)
        if self.name == "abs":
            return abs(values[0])
        return -values[0]

    def render(self):
        return self.name + "(" + ", ".join(a.render() for a in self.args) + ")"

    def size(self):
        return 1 + sum(a.size() for a in self.args)


class ParseError(Exception):
    pass


def tokenize(text):
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == " ":
            i += 1
        elif ch.isdigit():
            start = i
            while i < n and text[i].isdigit():
                i += 1
            tokens.append(("num", int(text[start:i])))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < n and (text[i].isalnum() or text[i] == "_"):
                i += 1
            tokens.append(("name", text[start:i]))
        elif ch in "+-*/%^(),":
            tokens.append(("op", ch))
            i += 1
        else:
            raise ParseError("unexpected character %r at %d" % (ch, i))
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, text):
        self.tokens = tokenize(text)
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def expect(self, value):
        kind, got = self.advance()
        if got != value:
            raise ParseError("expected %r, got %r" % (value, got))

    def parse(self):
        node = self.expression(0)
        if self.peek()[0] != "end":
            raise ParseError("trailing input")
        return node

    def expression(self, min_prec):
        left = self.unary()
        while True:
            kind, op = self.peek()
            if kind != "op" or op not in PRECEDENCE:
                return left
            prec = PRECEDENCE[op]
            if prec < min_prec:
                return left
            self.advance()
            next_min = prec if op in RIGHT_ASSOC else prec + 1
            right = self.expression(next_min)
            left = BinOp(op, left, right)

    def unary(self):
        kind, value = self.peek()
        if kind == "op" and value == "-":
            self.advance()
            return Neg(self.unary())
        return self.primary()

    def primary(self):
        kind, value = self.advance()
        if kind == "num":
            return Num(value)
        if kind == "name":
            if self.peek() == ("op", "("):
                self.advance()
                args = [self.expression(0)]
                while self.peek() == ("op", ","):
                    self.advance()
                    args.append(self.expression(0))
                self.expect(")")
                if FUNCTIONS.get(value) != len(args):
                    raise ParseError("bad call to %s" % value)
                return Call(value, args)
            return Var(value)
        if kind == "op" and value == "(":
            node = self.expression(0)
            self.expect(")")
            return node
        raise ParseError("unexpected token %r" % (value,))


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def random_source(rng, depth):
    if depth == 0 or rng.next(10) < 2:
        if rng.next(3) == 0:
            return "xyzw"[rng.next(4)]
        return str(rng.next(100))
    choice = rng.next(12)
    if choice < 8:
        op = "+-*/%^+*"[choice]
        return "(" + random_source(rng, depth - 1) + " " + op + " " + random_source(rng, depth - 1) + ")"
    if choice < 10:
        name = "min" if choice == 8 else "max"
        return name + "(" + random_source(rng, depth - 1) + ", " + random_source(rng, depth - 1) + ")"
    if choice == 10:
        return "abs(" + random_source(rng, depth - 1) + ")"
    return "-" + random_source(rng, depth - 1)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    rng = Lcg(7)
    env = {"x": 3, "y": 17, "z": 42, "w": 5}
    checksum = 0
    chars_in = 0
    chars_out = 0
    nodes = 0
    errors = 0
    sample = None
    for i in range(count):
        source = random_source(rng, 7)
        tree = Parser(source).parse()
        pretty = tree.render()
        again = Parser(pretty).parse()
        if again.render() != pretty:
            errors += 1
        value = tree.evaluate(env)
        if again.evaluate(env) != value:
            errors += 1
        checksum = (checksum * 131 + value) % 1000000007
        chars_in += len(source)
        chars_out += len(pretty)
        nodes += tree.size()
        if sample is None and 40 < len(pretty) < 90:
            sample = (source, pretty, value)
    print("expressions:", count)
    print("nodes:", nodes)
    print("source chars: %d, pretty chars: %d" % (chars_in, chars_out))
    print("round-trip errors:", errors)
    print("checksum:", checksum)
    if sample is not None:
        print("sample source:", sample[0])
        print("sample pretty:", sample[1])
        print("sample value:", sample[2])
    for bad in ("1 +", "(2 * 3", "max(1)", "4 $ 5"):
        try:
            Parser(bad).parse()
            print("parsed?!", bad)
        except ParseError as e:
            print("error for %r: %s" % (bad, e))


main()
