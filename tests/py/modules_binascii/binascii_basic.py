# binascii: hex, base64 (incl. strict_mode), crc32/crc_hqx and error messages.
import binascii

print(binascii.hexlify(b'\x00\xffab'), binascii.b2a_hex(b''), binascii.unhexlify(b'00ff6162'), binascii.a2b_hex('4142'))
print(binascii.hexlify(b'abcdef', '-', 2), binascii.hexlify(b'abcdef', b':', -4), binascii.hexlify(b'abcde', '.'), binascii.hexlify(b'abcde', ' ', 3))
print(binascii.unhexlify(bytearray(b'0a')), binascii.unhexlify('AbCd'))
for data in [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256))[:50]]:
    enc = binascii.b2a_base64(data)
    print(enc, binascii.b2a_base64(data, newline=False), binascii.a2b_base64(enc) == data)
print(binascii.a2b_base64(b'YW Jj\nZA=='), binascii.a2b_base64(b'ab==cd'), binascii.a2b_base64(b'abcd=', strict_mode=True))
print(binascii.crc32(b'hello'), binascii.crc32(b'hello', 123), binascii.crc32(b''), binascii.crc32(b'world', binascii.crc32(b'hello ')) == binascii.crc32(b'hello world'))
print(binascii.crc32(b'x', -1), binascii.crc_hqx(b'hello', 0), binascii.crc_hqx(b'123456789', 0xffff))
print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
for c in ['binascii.a2b_base64(b"=abc", strict_mode=True)', 'binascii.a2b_base64(b"ab=c", strict_mode=True)',
          'binascii.a2b_base64(b"abc=d", strict_mode=True)', 'binascii.a2b_base64(b"ab!c", strict_mode=True)',
          'binascii.a2b_base64(b"ab==c", strict_mode=True)', 'binascii.a2b_base64(b"abc==", strict_mode=True)',
          'binascii.a2b_base64("abc\\xe9")', 'binascii.a2b_base64(b"abcde")', 'binascii.a2b_base64(b"abcdef")',
          'binascii.a2b_base64(b"ab=c")', 'binascii.a2b_base64(1)', 'binascii.hexlify("a")', 'binascii.unhexlify(b"abc")',
          'binascii.unhexlify("zz")', 'binascii.hexlify(b"abc", "--")', 'binascii.crc32("a")', 'binascii.b2a_base64("x")']:
    try:
        print(c, repr(eval(c)))
    except Exception as e:
        print(c, type(e).__name__ + ':', e, isinstance(e, ValueError))
