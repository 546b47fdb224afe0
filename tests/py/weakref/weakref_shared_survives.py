# A callback-less weakref.ref is shared (ref(o) is ref(o)) for as long as
# both live, through many collections (the entry moves to the old
# generation with its objects), and goes when its referent dies.
import gc
import weakref


class Node:
    def __init__(self, parent):
        self.parent = weakref.ref(parent) if parent is not None else None
        self.kids = []


root = Node(None)
nodes = [root]
for i in range(2000):
    p = nodes[i // 3]
    n = Node(p)
    p.kids.append(n)
    nodes.append(n)
# Garbage in between, and collections: the tree becomes old.
for i in range(3000):
    t = (i, [i])
gc.collect()
for i in range(3000):
    t = (i, [i])
print(all(n.parent is weakref.ref(n.parent()) for n in nodes[1:]))
print(all(n.parent() is nodes[(i + 1 - 1) // 3] for i, n in enumerate(nodes[1:])))
r = weakref.ref(nodes[5])
print(r is nodes[16].parent, len(nodes[5].kids))
# Drop a subtree's parent: its children's refs die with it.
kids = nodes[5].kids
dead = nodes[5]
nodes[5] = None
nodes[1].kids.remove(dead)
del dead
gc.collect()
print(r() is None, [k.parent() for k in kids], r is weakref.ref(nodes[6]))
