# shlex with punctuation_chars given as a string.
import shlex

def tokens(text, pc=True, posix=True, ws=False):
    lex = shlex.shlex(text, posix=posix, punctuation_chars=pc)
    lex.whitespace_split = ws
    return list(lex)

for text in ['a && b || c', 'a&&b||c', '(cd /tmp; ls -l) > out.txt 2>&1',
             'echo "a;b" | wc', 'x=~/f.txt ; y=*.py', 'a;;b', 'a|&b', '<<< x',
             'a # c; d', '"q"&&\'r\'']:
    print(repr(text))
    print('  ', tokens(text, pc='|'))
    print('  ', tokens(text, pc=';&', ws=True))
