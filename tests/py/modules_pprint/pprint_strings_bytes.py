# Long strings split into implicitly concatenated chunks; bytes/bytearray.
import pprint

text = ('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do '
        'eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim '
        'ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut')
for width in (1, 5, 10, 19, 20, 21, 30, 40, 79, 80, 200):
    print('width', width)
    print(pprint.pformat(text, width=width))
    print(pprint.pformat([text], width=width))
    print(pprint.pformat({'key': text}, width=width))

multi = 'first line\nsecond line is a little longer\n\nfourth   spaced   out\r\nlast'
print(pprint.pformat(multi, width=15))
print(pprint.pformat([multi, multi], width=25))
print(pprint.pformat('no-spaces-at-all-in-this-rather-long-string-value', width=10))
print(pprint.pformat('   leading and trailing spaces    ', width=10))
print(pprint.pformat("quotes ' and \" mixed here and there", width=12))
print(pprint.pformat('tabs\tand\tmore\ttabs\there', width=10))
print(pprint.pformat('unicode é ü ñ ß 日本語 text here', width=10))
print(pprint.pformat('', width=1))
print(pprint.pformat(['', 'a'], width=1))
print(pprint.pformat('abc', width=1))
print(pprint.pformat('a b', width=1))
print(pprint.pformat(('word ' * 20,), width=30))
print(pprint.pformat({'a': 'word ' * 20, 'b': 'x'}, width=30))
print(pprint.pformat('line\n' * 5, width=5))

data = bytes(range(40))
for width in (1, 10, 20, 30, 50, 100):
    print('width', width)
    print(pprint.pformat(data, width=width))
    print(pprint.pformat([data], width=width))
    print(pprint.pformat(bytearray(data), width=width))
    print(pprint.pformat({'b': bytearray(data)}, width=width))
print(pprint.pformat(b'abcd', width=1))
print(pprint.pformat(b'abcde', width=1))
print(pprint.pformat(b'', width=1))
print(pprint.pformat(bytearray(b''), width=1))
print(pprint.pformat(bytearray(b'ab'), width=1))
print(pprint.pformat(b'hello world, this is bytes' * 3, width=25))
print(pprint.pformat([b'\x00\xff' * 10, 'mix'], width=20))
