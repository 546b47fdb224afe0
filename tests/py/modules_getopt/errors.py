# getopt.GetoptError: messages and the msg/opt attributes.
import getopt

cases = [
    (getopt.getopt, ['-x'], 'ab'),
    (getopt.getopt, ['-b'], 'ab:'),
    (getopt.getopt, ['-ab'], 'a:b'),
    (getopt.getopt, ['--nope'], '', ['alpha']),
    (getopt.getopt, ['--alpha=1'], '', ['alpha']),
    (getopt.getopt, ['--alpha'], '', ['alpha=']),
    (getopt.getopt, ['--al'], '', ['alpha', 'alpine']),
    (getopt.getopt, ['--'], ''),
    (getopt.gnu_getopt, ['x', '--b'], '', ['beta=']),
    (getopt.gnu_getopt, ['x', '-z'], 'a'),
    (getopt.getopt, ['-:'], ':'),
]
for f, *args in cases:
    try:
        print(f(*args))
    except getopt.GetoptError as e:
        print(type(e).__name__, str(e), '|', e.msg, '|', e.opt, '|', e.args, '|', repr(e))

print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError('just a message')
print(repr(e.msg), repr(e.opt), e.args, str(e))
print(repr(getopt.GetoptError.msg), repr(getopt.GetoptError.opt))
try:
    raise getopt.error('boom', 'z')
except getopt.GetoptError as e:
    print(e, e.opt)
try:
    getopt.getopt(['-a'], None)
except TypeError as e:
    print('TypeError', e)
print(sorted(getopt.__all__))
