import textwrap

w = textwrap.TextWrapper(width=15)
print(w.width, w.initial_indent == "", w.expand_tabs, w.replace_whitespace,
      w.fix_sentence_endings, w.break_long_words, w.drop_whitespace,
      w.break_on_hyphens, w.tabsize, w.max_lines, repr(w.placeholder))
print(w.wrap("the rain in spain falls mainly on the plain"))
w.width = 8
print(w.fill("the rain in spain falls mainly on the plain"))
w.initial_indent = "> "
w.subsequent_indent = ". "
print(w.wrap("the rain in spain"))


class Upper(textwrap.TextWrapper):
    def _split(self, text):
        return [c.upper() for c in super()._split(text)]


print(Upper(width=12).wrap("hello small world of words"))
print(textwrap.TextWrapper()._split("Hello there -- how-are-you doing?"))
print(textwrap.TextWrapper(break_on_hyphens=False)._split("a-b  c\td"))

# shorten
s = "Hello  world!  This is a   sentence that is too long."
for width in [5, 11, 12, 15, 20, 40, 60]:
    try:
        print(width, repr(textwrap.shorten(s, width)))
    except ValueError as e:
        print(width, "ValueError:", e)
print(textwrap.shorten(s, 25, placeholder="..."))
print(textwrap.shorten("   ", 10) == "")
print(textwrap.shorten("Hello world", width=10, placeholder=" ~"))
