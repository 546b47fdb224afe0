# Python code run by a comparison (__eq__, __index__) empties the lists being
# compared: the items it dropped must stay alive until the comparison ends.
import gc


class Item:
    def __init__(self, tag):
        self.tag = tag
        self.data = [tag] * 50

    def __eq__(self, other):
        victims.clear()
        others.clear()
        gc.collect()
        junk = [[i] * 10 for i in range(2000)]
        return isinstance(other, Item) and self.data == other.data

    __hash__ = None


victims = [Item(i) for i in range(5)]
others = [Item(i) for i in range(5)]
print(victims == others, len(victims), len(others))

victims = [Item(i) for i in range(5)]
others = [Item(i) for i in range(5)]
print(victims < others, len(victims))

victims = [Item(i) for i in range(5)]
others = []
print(Item(3) in victims, len(victims))


class Count:
    def __index__(self):
        victims.clear()
        gc.collect()
        return 3


victims = [Item(i) for i in range(3)]
r = victims * Count()
print(len(r), [x.tag for x in r], len(victims))
