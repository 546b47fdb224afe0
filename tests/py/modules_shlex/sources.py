# shlex: push_source / pop_source and `source` inclusion through sourcehook.
import os
import shlex

lex = shlex.shlex('a b c')
print(lex.get_token())
lex.push_source('x y', 'inner')
print(lex.infile, lex.lineno)
print(list(lex))
print(lex.infile)

lex = shlex.shlex('a b c')
lex.push_source('1\n2')
print(lex.get_token(), lex.get_token())
lex.pop_source()
print(list(lex))

d = '/tmp/taipan_shlex_%d' % os.getpid()
os.mkdir(d)
inc = os.path.join(d, 'inc.txt')
with open(inc, 'w') as f:
    f.write('included\ntokens here\n')
main = os.path.join(d, 'main.txt')
with open(main, 'w') as f:
    f.write('first\nsource "inc.txt"\nlast\n')
with open(main) as f:
    lex = shlex.shlex(f, infile=main, posix=True)
    lex.source = 'source'
    out = []
    for tok in lex:
        out.append((tok, os.path.basename(str(lex.infile)), lex.lineno))
    print(out)

class Hook(shlex.shlex):
    def sourcehook(self, newfile):
        print('hook', newfile)
        if newfile == 'skip':
            return None
        return ('<%s>' % newfile, 'from ' + newfile)

lex = Hook('a include x b include skip c', posix=True)
lex.source = 'include'
print(list(lex))
os.unlink(inc)
os.unlink(main)
os.rmdir(d)
