# shlex's debug traces.
import shlex

for level in (1, 2, 3):
    lex = shlex.shlex('a "b c"', posix=True)
    lex.debug = level
    lex.push_token('p')
    print(list(lex))
lex = shlex.shlex('x;y', punctuation_chars=True)
lex.debug = 2
print(list(lex))
