# shlex.split in POSIX mode, with and without comments.
import shlex

def show(s, **kw):
    try:
        print(repr(s), kw, shlex.split(s, **kw))
    except Exception as e:
        print(repr(s), kw, type(e).__name__, e)

for s in [
    '', '   ', 'a b c', '  a   b  ', 'a\tb\nc\rd', 'foo "bar baz" qux',
    "it's 'quoted here' ok", '"a"b\'c\'d', 'a\\ b', 'a\\\\b', '"a\\"b"', "'a\\'",
    '"a\\\\b"', '"a\\xb"', '"a\\$b"', "'a\\xb'", 'x=1 y="2 3"', 'a # comment',
    'a#b', '#only', 'a "#not" b', '""', "''", 'a "" b', '"" ""', 'a"" b',
    '--opt=val -x "file name.txt"', 'caf\xe9 na\xefve', 'ls | grep x; echo $HOME',
    'a\\\nb', '"multi\nline"', '"unterminated', "'unterminated", 'trailing\\',
    '"esc at end\\', '(a) [b] {c}', 'é~-./*?=', '\\"', "\\'", '"\'"', '\'"\'',
]:
    show(s)
    show(s, comments=True)
