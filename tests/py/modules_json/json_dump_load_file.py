import json


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Reader:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


w = Writer()
json.dump({"a": [1, 2, 3], "b": None}, w)
text = "".join(w.parts)
print(text)
print(all(isinstance(p, str) for p in w.parts))
print(json.load(Reader(text)))

w = Writer()
json.dump([{"k": "v"}], w, indent=2, sort_keys=True)
print("".join(w.parts))

print(json.load(Reader('{"x": 1.5}'), parse_float=lambda s: "F" + s))
