"""Base16, Base32, Base64 (and URL-safe Base64) encodings (Taipan's `base64`).

Base64 and hex go through the native `binascii`; Base32 is done here.
Not here: Ascii85/Base85 and the legacy `encodebytes` line-wrapping API's
`encode`/`decode` file variants.
"""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes',
           'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return s
    if type(s).__name__ == 'memoryview':
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII "
                    "string, not %r" % s.__class__.__name__) from None


def _check_altchars(altchars):
    if len(altchars) != 2:
        raise AssertionError(repr(altchars))


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        _check_altchars(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        _check_altchars(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s).translate(bytes.maketrans(b'+/', b'-_'))


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    s = s.translate(bytes.maketrans(b'-_', b'+/'))
    return b64decode(s)


# --- Base32 ---

_B32_STD = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32_HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32encode(alphabet, s):
    if not isinstance(s, bytes_types):
        if type(s).__name__ != 'memoryview':
            raise TypeError(f"memoryview: a bytes-like object is required, not '{type(s).__name__}'")
    s = bytes(s)
    leftover = len(s) % 5
    if leftover:
        s = s + b'\0' * (5 - leftover)
    out = bytearray()
    for i in range(0, len(s), 5):
        c = int.from_bytes(s[i:i + 5], 'big')
        for shift in range(35, -5, -5):
            out.append(alphabet[(c >> shift) & 31])
    if leftover == 1:
        out[-6:] = b'======'
    elif leftover == 2:
        out[-4:] = b'===='
    elif leftover == 3:
        out[-3:] = b'==='
    elif leftover == 4:
        out[-1:] = b'='
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    n = len(s)
    s = s.rstrip(b'=')
    padchars = n - len(s)
    table = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(s), 8):
        quanta = s[i:i + 8]
        acc = 0
        for c in quanta:
            if c not in table:
                raise binascii.Error('Non-base32 digit found')
            acc = (acc << 5) + table[c]
        acc <<= 5 * (8 - len(quanta))
        out += acc.to_bytes(5, 'big')
    if n % 8 or padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if padchars and out:
        acc_len = (43 - 5 * padchars) // 8
        del out[len(out) - 5 + acc_len:]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32_STD, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32_STD, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32_HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32_HEX, s, casefold)


# --- Base16 ---

def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# --- Legacy interface ---

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        chunk = s[i: i + MAXBINSIZE]
        pieces.append(binascii.b2a_base64(chunk))
    return b"".join(pieces)


def decodebytes(s):
    return binascii.a2b_base64(s)


def encode(input, output):
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            ns = input.read(MAXBINSIZE - len(s))
            if not ns:
                break
            s += ns
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
