# string module constants and helpers
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation))
print(repr(string.whitespace), len(string.printable))
print(string.capwords("hello   big world"), string.capwords("a-b c-d", "-"))
print(all(c in string.printable for c in string.ascii_letters + string.digits + string.punctuation + string.whitespace))
print(sorted(set(string.hexdigits.lower())) == sorted(set(string.digits + "abcdef")))
table = str.maketrans("", "", string.punctuation)
print("Hello, World! (test) #1".translate(table))
