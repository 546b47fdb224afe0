# getopt.getopt: short and long options, stopping at the first non-option.
import getopt

def show(args, shortopts, longopts=[]):
    try:
        print(args, repr(shortopts), longopts, '->', getopt.getopt(args, shortopts, longopts))
    except getopt.GetoptError as e:
        print(args, repr(shortopts), longopts, '->', type(e).__name__, e)

show(['-a', '-b', 'val', 'file'], 'ab:')
show(['-abval', 'file'], 'ab:')
show(['-ba', 'x'], 'ab:')
show(['-a', 'file', '-b', 'x'], 'ab:')
show(['-a', '--', '-b', 'x'], 'ab:')
show(['-a', '-', '-b'], 'ab:')
show([], 'ab:')
show(['file'], 'ab:')
show(['-aaa'], 'a')
show(['-c'], 'a:b:c')
show(['-a', ''], 'a:')
show(['--alpha', '--beta', 'B', '--gamma=G', 'rest'], '', ['alpha', 'beta=', 'gamma='])
show(['--al', '--be=1'], '', ['alpha', 'beta='])
show(['--alpha='], '', ['alpha='])
show(['--alpha=a=b'], '', ['alpha='])
show(['--alpha'], '', 'alpha')
show(['--alpha', 'x'], '', 'alpha=')
show(['--alp'], '', ['alpha', 'alpha='])
show(['--alpha'], '', ('alpha', 'alpine'))
show(['--al'], '', ['alpha', 'alpine'])
show(['--alpi'], '', ['alpha', 'alpine'])
show(('-a', 'x'), 'a')
show(['-a', 'x'], ':a')
show(['-:'], 'a:')
