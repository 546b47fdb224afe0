#
# coding: ascii -- the cookie line is read undecoded when the file runs: é
s = 'abc'
print(len(s), s)
