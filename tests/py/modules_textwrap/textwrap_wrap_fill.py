import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five "
        "dozen liquor jugs! How vexingly quick daft zebras jump? "
        "Sphinx of black quartz, judge my vow.")

for width in [10, 20, 35, 70, 200]:
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(""))
print(textwrap.wrap("   "))
print(textwrap.wrap("  leading and trailing  ", 10))
print(textwrap.wrap("a\tb\tc", 8))
print(textwrap.wrap("a\tb\tc", 8, expand_tabs=False))
print(textwrap.wrap("a\tb\tc", 20, tabsize=4))
print(textwrap.wrap("line one\nline two\n\nline three", 12))
print(textwrap.wrap("line one\nline two", 40, replace_whitespace=False))
print(textwrap.wrap("  keep   the   spaces  ", 8, drop_whitespace=False))
print(textwrap.wrap("Hello there. How are you? Fine!", 80, fix_sentence_endings=True))
print(textwrap.wrap('He said "stop." Then Mr. X left.', 80, fix_sentence_endings=True))

# Long words
long = "supercalifragilisticexpialidocious is long"
print(textwrap.wrap(long, 10))
print(textwrap.wrap(long, 10, break_long_words=False))
print(textwrap.wrap("x" * 25, 7))
print(textwrap.wrap("ab " + "y" * 12, 5))

# Hyphens
hy = "a well-known state-of-the-art text-wrapping algorithm, e-mail and x-ray"
for width in [6, 10, 15, 22]:
    print(width, textwrap.wrap(hy, width))
    print(width, textwrap.wrap(hy, width, break_on_hyphens=False))
print(textwrap.wrap("this--that and those -- them", 6))
print(textwrap.wrap("long-hyphenated-compound-words-here", 12))
print(textwrap.wrap("---------------", 5))
print(textwrap.wrap("pre--post", 4))
print(textwrap.wrap("1-2-3-4-5-6 ab-cd", 4))

# max_lines and placeholder
for n in [1, 2, 3, 10]:
    print(n, textwrap.wrap(text, 20, max_lines=n))
print(textwrap.wrap(text, 20, max_lines=2, placeholder="..."))
print(textwrap.fill(text, 30, max_lines=2, placeholder=" (more)"))
try:
    textwrap.wrap(text, 5, max_lines=1, placeholder=" [......]")
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.wrap(text, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.wrap(text, -1)
except ValueError as e:
    print("ValueError:", e)

# Unicode words
print(textwrap.wrap("caf\u00e9 na\u00efve r\u00e9sum\u00e9 \u4e2d\u6587\u5b57 \u00fcber-gro\u00df", 9))
