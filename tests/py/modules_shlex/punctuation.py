# shlex with punctuation_chars.
import shlex

def tokens(text, pc=True, posix=True, ws=False):
    lex = shlex.shlex(text, posix=posix, punctuation_chars=pc)
    lex.whitespace_split = ws
    return list(lex)

for text in ['a && b || c', 'a&&b||c', '(cd /tmp; ls -l) > out.txt 2>&1',
             'echo "a;b" | wc', 'x=~/f.txt ; y=*.py', 'a;;b', 'a|&b', '<<< x',
             'a # c; d', '"q"&&\'r\'']:
    print(repr(text))
    print('  ', tokens(text))
    print('  ', tokens(text, ws=True))
    print('  ', tokens(text, posix=False))

lex = shlex.shlex('', punctuation_chars=True)
print(repr(lex.punctuation_chars))
print('~' in lex.wordchars, '-' in lex.wordchars, '(' in lex.wordchars)
lex = shlex.shlex('', punctuation_chars='.-')
print(repr(lex.punctuation_chars), '.' in lex.wordchars, '-' in lex.wordchars, '~' in lex.wordchars)
print(repr(shlex.shlex('', punctuation_chars='').punctuation_chars))
print(repr(shlex.shlex('', punctuation_chars=None).punctuation_chars))
