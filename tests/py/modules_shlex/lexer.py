# The shlex class: tokens, attributes, modes, pushback, iteration, lineno.
import io
import shlex

def tokens(text, **attrs):
    posix = attrs.pop('posix', False)
    pc = attrs.pop('punctuation_chars', False)
    lex = shlex.shlex(text, posix=posix, punctuation_chars=pc)
    for k, v in attrs.items():
        setattr(lex, k, v)
    out = []
    try:
        while True:
            t = lex.get_token()
            if t == lex.eof:
                break
            out.append(t)
    except ValueError as e:
        out.append('ValueError: %s' % e)
    return out

text = 'foo(bar, "baz qux") # comment\nx=1;y=\'two\'\n'
print(tokens(text))
print(tokens(text, posix=True))
print(tokens(text, whitespace_split=True))
print(tokens(text, posix=True, whitespace_split=True))
print(tokens(text, commenters=''))
print(tokens(text, wordchars='abcdefghijklmnopqrstuvwxyz='))
print(tokens('a:b:c', whitespace=':'))
print(tokens('a|b|c', quotes='|'))
print(tokens('a|b|c', posix=True, quotes='|'))
print(tokens('%a b%', posix=True, quotes='%', escape='^'))
print(tokens('"a^"b"', posix=True, escape='^'))
print(tokens("'a^'b'", posix=True, escape='^', escapedquotes="'"))
print(tokens('a "b c" d', posix=True, whitespace_split=True))
print(tokens('x "unterminated'))
print(tokens('x "unterminated', posix=True))
print(tokens('x \\', posix=True))
print(tokens('a;b#c\nd', posix=True, commenters=';'))
print(tokens('abc#def\nghi', posix=False))
print(tokens('abc#def\nghi', posix=True))

lex = shlex.shlex('one two three')
print(lex.posix, repr(lex.eof), lex.commenters, repr(lex.whitespace), lex.quotes,
      lex.escape, lex.escapedquotes, lex.whitespace_split, lex.state, lex.lineno,
      lex.infile, lex.source, lex.debug, repr(lex.token), repr(lex.punctuation_chars))
print(lex.wordchars)
print(shlex.shlex('', posix=True).wordchars)
print(shlex.shlex('', posix=True).eof)
print(lex.get_token())
lex.push_token('pushed')
lex.push_token('again')
print(list(lex))
print(repr(lex.get_token()), repr(lex.get_token()))

lex = shlex.shlex('a\nb\n\nc # x\nd', posix=True)
for tok in lex:
    print(tok, lex.lineno)
print(lex.error_leader(), lex.error_leader('f.txt', 7))

lex = shlex.shlex(io.StringIO('from stream'), infile='in.txt')
print(list(lex), lex.infile, lex.error_leader())

# read_token does not look at the pushback stack.
lex = shlex.shlex('x y')
lex.push_token('p')
print(lex.read_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))

try:
    shlex.shlex('').punctuation_chars = '()'
except AttributeError:
    print('AttributeError')
