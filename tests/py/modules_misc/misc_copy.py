# copy and deepcopy
import copy
orig = {"list": [1, [2, 3]], "tuple": (4, [5]), "num": 6}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["list"][1].append("x")
orig["tuple"][1].append("y")
orig["num"] = 60
print(shallow)
print(deep)
print(shallow["list"] is orig["list"], deep["list"] is orig["list"], copy.copy(5) == 5, copy.deepcopy("s"))
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]))
rec = [1]
rec.append(rec)
dr = copy.deepcopy(rec)
print(dr[1] is dr, dr is not rec, dr)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
class Node:
    def __init__(self, v, children=()):
        self.v = v
        self.children = list(children)
    def __repr__(self):
        return f"Node({self.v}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
t2.children[1].children[0].v = 40
print(tree, t2)
class Custom:
    def __init__(self):
        self.log = []
    def __copy__(self):
        c = Custom()
        c.log = ["copied"]
        return c
    def __deepcopy__(self, memo):
        c = Custom()
        c.log = ["deep copied"]
        return c
print(copy.copy(Custom()).log, copy.deepcopy(Custom()).log, copy.deepcopy([Custom()])[0].log)
s = {1, 2}
fs = frozenset([1])
print(copy.copy(s) == s, copy.copy(s) is s, copy.copy(fs) is fs, copy.copy([1, 2]), copy.deepcopy({"a": {"b": 1}}))
