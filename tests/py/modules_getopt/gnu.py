# getopt.gnu_getopt: options and arguments mixed, '+' and POSIXLY_CORRECT.
import getopt
import os

def show(args, shortopts, longopts=[]):
    try:
        print(args, repr(shortopts), longopts, '->', getopt.gnu_getopt(args, shortopts, longopts))
    except getopt.GetoptError as e:
        print(args, repr(shortopts), longopts, '->', type(e).__name__, e)

os.environ.pop('POSIXLY_CORRECT', None)
show(['file1', '-a', 'file2', '-b', 'x', '--long', 'file3'], 'ab:', ['long'])
show(['file1', '-a', '--', '-b', 'x'], 'ab:')
show(['-', '-a', '-'], 'a')
show(['file1', '-a'], '+ab:')
show(['-a', 'file1', '-b', 'x'], '+ab:')
show(['x', '--lo=1', 'y'], '', ['long='])
show(['x', '--lo', 'y'], '', ['long='])
show(['x', '-q'], 'a')
os.environ['POSIXLY_CORRECT'] = '1'
show(['-a', 'file1', '-b', 'x'], 'ab:')
os.environ['POSIXLY_CORRECT'] = ''
show(['-a', 'file1', '-b', 'x'], 'ab:')
del os.environ['POSIXLY_CORRECT']
show(['-a', 'file1', '-b', 'x'], 'ab:')
