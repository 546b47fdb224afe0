# base64: b64 (standard, urlsafe, altchars, validate), b32, b32hex, b16, encodebytes.
import base64
import binascii
import io

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', b'\xfb\xff\xfe', bytes(range(40))]
for s in samples:
    e64 = base64.b64encode(s)
    e32 = base64.b32encode(s)
    e32h = base64.b32hexencode(s)
    e16 = base64.b16encode(s)
    print(e64, base64.urlsafe_b64encode(s), e32, e32h, e16)
    print(base64.b64decode(e64) == s, base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s,
          base64.b32decode(e32) == s, base64.b32hexdecode(e32h) == s, base64.b16decode(e16) == s)
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode(b'-_8=', altchars=b'-_'), base64.b64decode('Zm9v'))
print(base64.standard_b64encode(b'x'), base64.standard_b64decode(b'eA=='), base64.b64decode(b'Zm9v\nYmFy'))
print(base64.b32decode(b'mzxw6===', casefold=True), base64.b32decode(b'MZXW6YQ=', map01=b'L'), base64.b16decode(b'666f', casefold=True))
print(base64.encodebytes(bytes(range(60))), base64.decodebytes(b'AAEC\n'))
out = io.BytesIO()
base64.encode(io.BytesIO(b'hello world'), out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue())
for c in ['base64.b64decode(b"Zm9v!", validate=True)', 'base64.b64decode(b"Zm9")', 'base64.b32decode(b"MZXW6")',
          'base64.b32decode(b"MZXW6!==")', 'base64.b16decode(b"666")', 'base64.b16decode(b"666g")', 'base64.b16decode(b"66af")',
          'base64.b64encode("str")', 'base64.b64decode(3)', 'base64.b32encode("x")', 'base64.b64decode("\\xe9")']:
    try:
        print(c, repr(eval(c)))
    except Exception as e:
        print(c, type(e).__name__ + ':', e)
