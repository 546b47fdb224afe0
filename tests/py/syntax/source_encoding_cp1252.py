# coding=Windows-1252
# Codec names go through the codec registry's aliases.
s = '€ “quoted”'
print(s, [hex(ord(c)) for c in s])
