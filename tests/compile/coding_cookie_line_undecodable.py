# expect: ok
#Ï -*- coding: ascii -*- (a mutant: the cookie line holds a byte ascii cannot decode)
x = 1
