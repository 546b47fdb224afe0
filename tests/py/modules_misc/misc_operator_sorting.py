# multi-key sorting with operator helpers
from operator import itemgetter, attrgetter
rows = [{"name": "bob", "age": 25, "city": "b"}, {"name": "amy", "age": 30, "city": "a"}, {"name": "cal", "age": 25, "city": "a"}]
print([r["name"] for r in sorted(rows, key=itemgetter("age", "name"))])
print([r["name"] for r in sorted(rows, key=itemgetter("city"), reverse=True)])
s = sorted(rows, key=itemgetter("name"))
s.sort(key=itemgetter("age"), reverse=True)
print([(r["age"], r["name"]) for r in s])
class E:
    def __init__(self, dept, sal):
        self.dept, self.sal = dept, sal
es = [E("x", 3), E("y", 1), E("x", 2)]
print([(e.dept, e.sal) for e in sorted(es, key=attrgetter("dept", "sal"))])
