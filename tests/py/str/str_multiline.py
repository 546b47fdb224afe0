# multi-line strings and textual processing
text = """First line
  second line with indent
third\tline

fifth line"""
lines = text.splitlines()
print(len(lines))
for i, line in enumerate(lines, 1):
    print(i, repr(line), len(line), line.strip().upper())
print(text.count("\n"), text.count("line"), text.index("third"))
print(max(lines, key=len))
print([w for w in text.split() if w.startswith("l")])
