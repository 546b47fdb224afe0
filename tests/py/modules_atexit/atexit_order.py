# atexit: callbacks run at exit, newest first, with their arguments; unregister; failing callback.
import atexit

def show(*args, **kwargs):
    print('show', args, sorted(kwargs.items()))

def failing():
    raise ValueError('callback failed')

def never():
    print('never runs')

print(atexit.register(show, 1, key='v') is show)
atexit.register(failing)
atexit.register(never)
atexit.register(print, 'registered last, runs first')
atexit.unregister(never)

@atexit.register
def decorated():
    print('decorated callback')

try:
    atexit.register(3)
except TypeError as e:
    print('TypeError:', e)
print('main program ends')
