"""Packing Python values into C structs held in bytes (Taipan's `struct`).

The work is done by the native `_struct` module (interp/src/modules/struct_.rs);
`Struct` keeps a compiled-once format as in CPython.
"""

from _struct import calcsize, pack, unpack, unpack_from, pack_into, error
import _struct

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


def _iter_unpack(fmt, buffer, size):
    buf = bytes(buffer)
    for off in range(0, len(buf), size):
        yield unpack(fmt, buf[off:off + size])


def iter_unpack(format, buffer):
    """An iterator of the tuples unpacked from consecutive chunks of `buffer`."""
    size = _struct._iter_unpack_check(format, buffer)
    return _iter_unpack(format, buffer, size)


class Struct:
    """A compiled struct format: pack/unpack with `format` and its `size`."""

    __slots__ = ('_format', '_size')
    __module__ = '_struct'

    def __init__(self, format):
        self._size = calcsize(format)
        if isinstance(format, bytes):
            format = format.decode('ascii')
        self._format = format

    @property
    def format(self):
        return self._format

    @property
    def size(self):
        return self._size

    def pack(self, *values):
        return pack(self._format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self._format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self._format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self._format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self._format, buffer)

