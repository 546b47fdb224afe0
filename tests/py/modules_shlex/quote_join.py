# shlex.quote and shlex.join.
import shlex

for s in ['', 'abc', 'a b', "it's", 'a"b', '$HOME', 'x=1', '@%+=:,./-_', 'a\nb',
          'caf\xe9', '*.py', '~user', '-n', "''", '"', 'tab\there', 'a;b', 'A1_z9']:
    q = shlex.quote(s)
    print(repr(s), q, shlex.split(q) == [s])

args = ['ls', '-l', 'my file', "it's", '', '$x', 'plain']
j = shlex.join(args)
print(j)
print(shlex.split(j) == args)
print(shlex.join([]))
print(shlex.join(iter(['a b', 'c'])))
print(shlex.quote(b''))

for bad in [1, None, b'a b', ['x']]:
    try:
        print(shlex.quote(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    shlex.join([1])
except Exception as e:
    print(type(e).__name__, e)
try:
    shlex.join(None)
except Exception as e:
    print(type(e).__name__, e)
print(sorted(shlex.__all__))
