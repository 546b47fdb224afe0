# is* predicates
tests = ["", "abc", "ABC", "Abc", "123", "12.5", "abc123", " ", "\t\n", "Hello World", "hello world", "_x", "x1", "1x", "ⅷ", "²", "Ab Cd", "a-b"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isascii(), t.isprintable())
print("def".isidentifier(), "日本".isidentifier(), "\x7f".isprintable())
