# atexit callbacks run after an uncaught exception's traceback; the exit status stays 1.
import atexit

atexit.register(print, 'cleanup after error')
print('before')
raise KeyError('boom')
