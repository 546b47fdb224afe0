# literal forms
print(0b1010, 0o17, 0xFF, 1_000_000, 0.5, .5, 5., 1e3, 1E-3, 1_0.0_1, 0x_F_F)
print(3j, 1.5J, 1e2j, "s", 's', """t""", '''u''', b"b", rb"\d", Rb"\x", f"{1}", fr"\{2}", u"unicode")
print(True, False, None, ..., [1, 2,], (1,), {1: 2,}, {1,})
print(000, 0_0, 0e0, 0.0e-0, 00.5)
print(type(0o7).__name__, type(1e0).__name__, type(1j).__name__, type(...).__name__)
print("\a\b\f\v" == "\x07\x08\x0c\x0b", "\'" == "'", '\"' == '"')
