import json

docs = [
    'null', 'true', 'false', '0', '-0', '12', '-12', '1.5', '-1.5e3', '1E+2',
    '2e-3', '0.000001', '123456789012345678901234567890', '1.0', '-0.0',
    '"abc"', '""', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u00e9\\u4E2D"',
    '"\\ud83d\\ude00"', '"caf\u00e9"', '[]', '{}', '[1, "a", null]',
    '{"a": {"b": [1, {"c": []}]}}', '  \n\t [ 1 , 2 ]\r\n ', 'NaN',
    'Infinity', '-Infinity', '[-Infinity, NaN]', '{"a": 1, "a": 2}',
    '[1e400, -1e400]',
]
for d in docs:
    v = json.loads(d)
    print(repr(d), "->", type(v).__name__, ascii(v))

# bytes and bytearray input
print(json.loads(b'{"a": [1, 2]}'))
print(json.loads(bytearray(b'"x"')))
print(json.loads('"\u00e9"'.encode("utf-8")))
print(json.loads(b'\xef\xbb\xbf[1]'))

# Hooks
print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": 1}', object_pairs_hook=list, object_hook=dict))
print(json.loads('[1, 2.5, 3e1]', parse_int=float, parse_float=str))
print(json.loads('[1, 2.5]', parse_int=lambda s: "int:" + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: "const:" + s))
print(json.loads('"a\tb\nc"', strict=False) == "a\tb\nc")
print(json.loads('[-1, -0.5, 0e0]'))

# JSONDecoder and raw_decode
dec = json.JSONDecoder()
print(dec.decode(' [1, 2] '))
print(dec.raw_decode('{"a": 1} trailing'))
print(dec.raw_decode('xx[2]', 2))
print(dec.raw_decode('123abc'))


class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}


print(json.loads('{"a": {"b": 1}}', cls=MyDecoder))
print(json.loads('[1.5]', cls=MyDecoder, parse_float=lambda s: s))
