# non-ASCII strings: indexing, length, slicing, case mapping, encoding
s = "héllo wörld €100 😀 日本語"
print(len(s), s[1], s[7], s[12], s[17], s[-3:], s[::-1])
print(s.upper())
print(s.lower())
print(s.encode("utf-8"))
print(len(s.encode("utf-8")), len(s.encode("utf-16-le")), len(s.encode("utf-32-le")))
print(s.encode("utf-8").decode("utf-8") == s)
print("Straße".upper(), "Straße".lower(), "Straße".casefold(), "İ".lower(), len("İ".lower()))
print("ﬁ".upper(), "ǈ".title(), "ΣΑΣ".lower(), "σας".upper())
print([c for c in "añ😀"], [ord(c) for c in "añ😀"])
print("日本" + "語", "日本語".find("語"), "日本語".index("本"), "日本語日本".count("日本"), "日本語".replace("本", "!"))
print("é" == "e\u0301", len("e\u0301"), "\u00e9" == "é")
print("😀".encode("utf-8"), "😀".encode("utf-16"), "€".encode("latin-1", errors="replace"))
print("ÿ".encode("latin-1"), b"\xff".decode("latin-1"), b"\xc3\xa9".decode(), "abc".encode("ascii"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), "aé".encode("ascii", "ignore"), "aé".encode("ascii", "backslashreplace"), "aé".encode("ascii", "xmlcharrefreplace"))
print("x\u200by".isprintable(), "①".isdigit(), "①".isdecimal(), "½".isnumeric(), "٣".isdecimal(), "ⅷ".isnumeric())
print("日本".isalpha(), "é".isalpha(), "\u3000".isspace(), "\xa0".isspace(), "A".isupper(), "ß".islower())
print(sorted("zäaÄb"), max("héllo"), min("héllo"))
