# class instances pointing to each other (doubly-linked rings), dropped every iteration
class Node:
    __slots__ = ("val", "prev", "next")
    def __init__(self, val):
        self.val = val
        self.prev = self.next = None
def make_ring(n, base):
    first = Node(base)
    cur = first
    for k in range(1, n):
        nxt = Node(base + k)
        cur.next = nxt
        nxt.prev = cur
        cur = nxt
    cur.next = first
    first.prev = cur
    return first
checksum = 0
for i in range(70_000):
    ring = make_ring(8, i)
    node = ring
    for _ in range(8):
        checksum += node.val
        node = node.next
    checksum %= 1_000_000_007
print(checksum)
class Parent:
    def __init__(self):
        self.children = []
class Child:
    def __init__(self, parent):
        self.parent = parent
        parent.children.append(self)
count = 0
for i in range(150_000):
    p = Parent()
    for _ in range(3):
        Child(p)
    count += len(p.children) + (p.children[0].parent is p)
print(count)
