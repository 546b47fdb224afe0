# struct.pack/unpack of every code in native and standard modes, and struct.error messages.
import struct
tests = [
 ("b",128),("B",-1),("B",256),("h",40000),("H",-1),("i",2**31),("I",-1),("l",2**63),("L",-1),("q",2**63),("Q",-1),("Q",2**64),("n",2**63),("N",-1),("P",-1),
 ("<b",128),("<B",-1),("<h",40000),("<H",-1),("<i",2**31),("<I",-1),("<l",2**31),("<L",-1),("<q",2**63),("<Q",-1),("<Q",2**64),
 ("i",1.5),("i","x"),("c",b"ab"),("c","a"),("s","a"),("p",1),("f",1e300),("e",1e10),("d","x"),("<n",1),("z",1),("3",1),
 (">i", None),("<f",1e300),("<H",2**70),("<I",2**32),("<I",2**70),("<L",2**32),("i",2**63),("<i",2**63),("<h",2**63),("q",2**64),("<e",float("nan")),
 ("<q",1.0),("<?",1),("!i",1),("<e", 1e-5), ("<e", 6.1e-5), ("<e", 0.1), ("<e", -2.5), ("<e", 5.960464477539063e-08), ("<e", 2.98e-08), ("<e", 1.0009765625),("<e", 1.00048828125),("<e",1.00146484375),
]
for f,v in tests:
    try:
        r = struct.pack(f,v)
        print(f, repr(v), r, struct.unpack(f, r))
    except Exception as e:
        print(f, repr(v), type(e).__name__, e)
for call in ["struct.pack('ii',1)","struct.pack('i',1,2)","struct.unpack('i',b'abc')","struct.unpack_from('i',b'abcdef',4)","struct.unpack_from('i',b'abcdef',-10)","struct.unpack_from('i',b'abcdef',-2)",
 "struct.pack_into('i',bytearray(5),2,1)","struct.pack_into('i',bytearray(6),-2,1)","struct.pack_into('i',bytearray(6),-10,1)","struct.iter_unpack('i',b'abcde')","struct.iter_unpack('',b'')",
 "struct.calcsize(1)","struct.unpack('i','abcd')","struct.pack('4')","struct.calcsize('@ic')","struct.calcsize('ci')","struct.calcsize('<ci')","struct.calcsize('c q')","struct.calcsize('3 i')",
 "struct.calcsize('999999999999999999999i')", "struct.Struct('i').size", "struct.pack('i', True)", "struct.pack('?', [])","struct.unpack('?',b'\\x02')",
 "struct.pack('x')", "struct.pack('xi',1)","struct.pack('I', 2**32)","struct.pack('5x')","struct.pack('q', '1')","struct.pack_into('i', b'abcd', 0, 1)","struct.pack('s')","struct.Struct(b'<i').format", "struct.pack('f', float('nan'))","struct.pack('<d', -0.0)","struct.pack('>e', float('inf'))","struct.pack('e', 65504.0)","struct.pack('e', 65519.99)",
 "struct.pack('3s', b'abcdef')","struct.pack('5p', b'ab')","struct.pack('2p', b'abc')","struct.unpack('5p', b'\\x09abcd')", "struct.pack('0s', b'x')","struct.pack('e', 1.5)","struct.pack('e', 65520.0)","struct.pack('<e', 1e-8)",
 "struct.error.__module__", "struct.pack('b', 2**70)", "struct.pack('i', 2**70)","struct.pack('<i', 2**70)","struct.pack('@', )","struct.pack('=')", "struct.unpack('', b'')","struct.pack('c', 1)","struct.pack('2c', b'a', b'b')",
 "struct.Struct('i').pack(1, 2)","struct.Struct('i').unpack(b'ab')","struct.pack(b'i', 1)","struct.pack()","struct.unpack('i')",
 "struct.pack('>hhl', 1, 2, 3)", "struct.unpack('>hhl', b'\\x00\\x01\\x00\\x02\\x00\\x00\\x00\\x03')","struct.calcsize('>hhl')","struct.pack('<qQ', -2, 2**64-1)","struct.unpack('<qQ', struct.pack('<qQ', -2, 2**64-1))",
 "list(struct.iter_unpack('<h', b'\\x01\\x00\\x02\\x00'))", "struct.unpack_from('<h', b'xx\\x05\\x00', offset=2)","struct.pack('<fd', 1.5, 0.1)","struct.unpack('<fd', struct.pack('<fd', 0.1, 0.1))",
 "struct.pack('@bhiq', 1, 2, 3, 4)", "struct.calcsize('@bhiqe?P')","struct.calcsize('=bhiqe?')","struct.pack('3b', 1, 2, 3)","issubclass(struct.error, Exception)"]:
    try:
        print(call, repr(eval(call)))
    except Exception as e:
        print(call, type(e).__name__, e)
b = bytearray(8)
struct.pack_into('<hh', b, 2, 7, -1)
print(b)
