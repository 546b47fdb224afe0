# print(file=obj) calls obj.write once per piece (args, separators, end), then flush if asked.
class Recorder:
    def __init__(self):
        self.calls = []
    def write(self, s):
        self.calls.append(s)
        return len(s)
    def flush(self):
        self.calls.append('<flush>')

r = Recorder()
print('a', 1, None, file=r)
print(file=r)
print('x', 'y', sep='--', end='.', file=r, flush=True)
print(*[], sep='s', end='e', file=r)
print(r.calls)

class NoWrite:
    pass

try:
    print('x', file=NoWrite())
except AttributeError as e:
    print('AttributeError:', e)
