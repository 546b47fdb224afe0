import json

bad = [
    '', '   ', 'x', '[', ']', '{', '}', '[1,]', '[1 2]', '[1,2', '{"a":1,}',
    '{"a" 1}', '{"a":}', '{"a":', '{"a":1', '{1: 2}', "{'a': 1}", '1 2',
    '[1] [2]', '"abc', '"a\\x"', '"\\u12"', '"\\u12', '"\\uzzzz"',
    '"\\ud800\\u12"', '"\\ud83d\\ude00', '"a\nb"', '"a\tb"', '"\\', '"\\"',
    '-', '-a', '--1', '+1', '.5', '01', '1.', '1e', '1e+', '1.5e', 'nul',
    'tru', 'fals', 'nan', 'inf', '-inf', 'True', 'None', '\ufeff[1]',
    '[\n1,\n2,\n@]', '{\n  "a": 1\n  "b": 2\n}', '"\x00"',
]
for s in bad:
    try:
        v = json.loads(s)
        print(repr(s), "ok", v)
    except json.JSONDecodeError as e:
        print(repr(s), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == s)

try:
    json.loads(None)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads([1])
except TypeError as e:
    print("TypeError:", e)

# The error class
e = json.JSONDecodeError("Something", "line1\nline2\nline3", 8)
print(e)
print(e.msg, e.doc, e.pos, e.lineno, e.colno)
print(isinstance(e, ValueError), json.JSONDecodeError.__mro__[1].__name__)
print(json.decoder.JSONDecodeError is json.JSONDecodeError)
try:
    json.loads('[1, 2, oops]')
except ValueError as e:
    print(type(e).__name__, e.args)

# raw_decode errors
dec = json.JSONDecoder()
for s, i in [("", 0), ("[1", 0), ("  1", 0), ("1", 5)]:
    try:
        print(dec.raw_decode(s, i))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
