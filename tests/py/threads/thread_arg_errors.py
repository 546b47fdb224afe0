# _thread argument errors: counts, types, stack sizes.
import _thread

for args in [(), (print,), (print, (), {}, 1), (1, ()), (print, [1]), (print, (), 5)]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError", e)
for n in (-1, 100, 32767):
    try:
        _thread.stack_size(n)
    except ValueError as e:
        print("ValueError", e)
print(_thread.stack_size(), _thread.stack_size(1 << 20), _thread.stack_size(0), _thread.stack_size())
