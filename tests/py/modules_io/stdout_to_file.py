# sys.stdout replaced by a file from open(): print() writes into the file.
import os
import sys

path = os.path.join('/tmp', 'taipan_stdout_to_file_%d.txt' % os.getpid())
old = sys.stdout
sys.stdout = open(path, 'w')
print('into the file', 1, 2)
print('second line', end='!\n')
sys.stdout.close()
sys.stdout = old
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
print(sys.stdout is sys.__stdout__)
