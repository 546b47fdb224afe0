# ChainMap
from collections import ChainMap
defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm), dict(cm))
cm["color"] = "blue"
print(user, defaults)
child = cm.new_child({"size": "XL"})
print(child["size"], child.parents["size"], child.maps[0])
try:
    del cm["missing"]
except KeyError as e:
    print(type(e).__name__ + ":", e)
print("size" in cm, cm.get("nope", "dflt"))
