# struct.Struct objects, iter_unpack, pack_into/unpack_from with offsets, round trips.
import struct

s = struct.Struct('<hhl')
print(s.format, s.size, type(s).__name__)
data = s.pack(1, -2, 3)
print(data, s.unpack(data), s.unpack_from(b'xx' + data, 2))
buf = bytearray(12)
s.pack_into(buf, 2, 7, 8, 9)
print(buf, s.unpack_from(buf, 2), s.unpack_from(buf, offset=2))
print(list(s.iter_unpack(data * 3)))
it = struct.iter_unpack('>H', b'\x00\x01\x00\x02')
print(next(it), list(it))
print(struct.Struct(b'>I').format, struct.Struct('!I').pack(0xdeadbeef))
for fmt in ['<bBhHiIlLqQ', '>bBhHiIlLqQ', '=bBhHiIlLqQ', '@bBhHiIlLqQnN']:
    n = len(fmt) - 1
    vals = []
    for c in fmt[1:]:
        size = struct.calcsize(fmt[0] + c)
        if c.islower():
            vals.append(-(2 ** (size * 8 - 1)))
        else:
            vals.append(2 ** (size * 8) - 1)
    packed = struct.pack(fmt, *vals)
    print(fmt, struct.calcsize(fmt), len(packed), struct.unpack(fmt, packed) == tuple(vals))
for x in [0.0, -0.0, 1.5, -2.25, 1e-310, 3.4028234663852886e+38, float('inf'), 0.1]:
    for code in 'efd':
        try:
            packed = struct.pack('<' + code, x)
            print(code, x, packed.hex(), struct.unpack('<' + code, packed)[0])
        except OverflowError as e:
            print(code, x, 'OverflowError:', e)
print(struct.unpack('<e', b'\x00\x7e')[0], struct.unpack('<d', struct.pack('<d', float('nan')))[0])
print(struct.pack('<?x?', True, 0), struct.unpack('??', b'\x00\x05'))
print(struct.pack('4s3p', b'ab', b'xyz'), struct.unpack('4s3p', b'ab\x00\x00\x02xy'))
print(struct.calcsize('P'), struct.pack('P', 5) == (5).to_bytes(8, 'little'))
print(struct.pack('<i', True), struct.pack('<i', False))

class Idx:
    def __index__(self):
        return 7

print(struct.pack('<h', Idx()))
try:
    struct.unpack('<h', b'\x01')
except struct.error as e:
    print('error:', e)
try:
    struct.Struct('\ud55c')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e, e.encoding, e.start, e.end, e.reason)
try:
    struct.calcsize(b'\xff')
except struct.error as e:
    print('error:', e)
s = struct.Struct('>h')
s.__init__('>hh')
print(s.format, s.size, s.pack(1, 2))
