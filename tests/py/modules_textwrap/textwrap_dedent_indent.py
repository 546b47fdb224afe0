import textwrap

samples = [
    "",
    "no indent\nat all",
    "    four\n    four\n",
    "    four\n  two\n      six\n",
    "\tTab\n\tTab2",
    "\tmixed\n    spaces",
    "  a\n\n  b\n",
    "  a\n   \n  b",
    "  a\n \t \n  b\n   ",
    "  \n  x\n",
    "   x\n  \ty",
    "  \ty\n  \tz",
    "  line\r\n  crlf\r\n",
    "\n\n  first\n  second\n\n",
]
for s in samples:
    print(repr(textwrap.dedent(s)))


def f():
    """
    Docstring-like block.
        Indented more.
    Back.
    """


print(textwrap.dedent(f.__doc__))

print(repr(textwrap.indent("a\nb\n\nc\n", "> ")))
print(repr(textwrap.indent("a\n  \nb", "  ")))
print(repr(textwrap.indent("a\r\nb\r\n", "+")))
print(repr(textwrap.indent("one\ntwo\nthree", "# ", lambda line: "t" in line)))
print(repr(textwrap.indent("x\n\ny", "-", predicate=lambda line: True)))
print(repr(textwrap.indent("", "> ")))
print(textwrap.__all__)
