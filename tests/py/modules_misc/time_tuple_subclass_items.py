# time.mktime/asctime and struct-sequence repr read a tuple subclass's own
# items (CPython does not call its __iter__).
import time


class T(tuple):
    def __iter__(self):
        return iter([object() for _ in range(9)])


t = T((2020, 5, 17, 10, 30, 0, 6, 138, 0))
for _ in range(20):
    print(time.asctime(t), time.strftime("%Y-%m-%d %H:%M", t))
    st = time.localtime(0)
    print(type(st).__name__, len(repr(st)) > 20)
