# escapes and repr choices of quotes
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("back\\slash"), repr("tab\there"))
print(repr("\n\r\t\x00\x07\x1b\x7f"), repr("\x80\x9f\xa0\xad"), repr("é€😀"), repr("\u200b\ufeff\U0001F600"))
print(repr("\ud800"), len("\ud800"), repr("\U00010000"))
print("\101\x41\u0041\U00000041\N{LATIN SMALL LETTER A}", "\N{EURO SIGN}")
print(r"raw\n\t", len(r"\n"), r"\\", "\\", R"x\y")
print("line1\
continued")
print("a" "b" 'c', ("implicit "
      "concat"))
print("""triple "quoted" 'str'""", '''and
newline''')
print(ascii("é€😀\n"), ascii("plain"), ascii(["é"]))
print(repr("\\x41"), len("\x41"), "\0" == "\x00")
