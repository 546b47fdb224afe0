"""String constants and helpers (Taipan's `string`)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words, capitalize each, and join them with sep (or a
    single space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class Template:
    """A string class for supporting $-substitutions."""
    delimiter = '$'
    idpattern = None
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _sub(self, mapping, safe):
        t = self.template
        out = []
        i = 0
        n = len(t)
        while i < n:
            c = t[i]
            if c != '$':
                out.append(c)
                i += 1
                continue
            if i + 1 < n and t[i + 1] == '$':
                out.append('$')
                i += 2
                continue
            j = i + 1
            braced = j < n and t[j] == '{'
            if braced:
                j += 1
            k = j
            while k < n and (t[k] == '_' or t[k].isalnum() and t[k].isascii()) \
                    and not (k == j and t[k].isdigit()):
                k += 1
            name = t[j:k]
            if braced:
                if k < n and t[k] == '}' and name:
                    end = k + 1
                else:
                    end = -1
            else:
                end = k if name else -1
            if end < 0:
                if safe:
                    out.append('$')
                    i += 1
                    continue
                lines = t[:i].split('\n')
                raise ValueError('Invalid placeholder in string: line %d, col %d'
                                 % (len(lines), len(lines[-1]) + 1))
            if name in mapping:
                out.append('%s' % (mapping[name],))
            elif safe:
                out.append(t[i:end])
            else:
                raise KeyError(name)
            i = end
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        m = dict(mapping or {})
        m.update(kws)
        return self._sub(m, False)

    def safe_substitute(self, mapping=None, /, **kws):
        m = dict(mapping or {})
        m.update(kws)
        return self._sub(m, True)


class Formatter:
    """str.format as a class whose steps can be overridden."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        result = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, depth,
                 auto_arg_index=0):
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec = self._vformat(format_spec, args, kwargs,
                                            used_args, depth - 1,
                                            auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result)

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        out = []
        lit = []
        i = 0
        n = len(format_string)
        s = format_string
        while i < n:
            c = s[i]
            if c == '{':
                if i + 1 < n and s[i + 1] == '{':
                    lit.append('{')
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < n and depth:
                    if s[j] == '{':
                        depth += 1
                    elif s[j] == '}':
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                field = s[i + 1:j - 1]
                conv = None
                spec = ''
                k = 0
                br = 0
                name_end = len(field)
                while k < len(field):
                    if field[k] == '[':
                        br += 1
                    elif field[k] == ']':
                        br -= 1
                    elif br == 0 and field[k] in '!:':
                        name_end = k
                        break
                    k += 1
                name = field[:name_end]
                rest = field[name_end:]
                if rest.startswith('!'):
                    if len(rest) < 2:
                        raise ValueError("end of string while looking for conversion specifier")
                    conv = rest[1]
                    rest = rest[2:]
                    if rest and not rest.startswith(':'):
                        raise ValueError("expected ':' after conversion specifier")
                if rest.startswith(':'):
                    spec = rest[1:]
                out.append((''.join(lit), name, spec, conv))
                lit = []
                i = j
            elif c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    lit.append('}')
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                lit.append(c)
                i += 1
        if lit:
            out.append((''.join(lit), None, None, None))
        return out

    def get_field(self, field_name, args, kwargs):
        i = 0
        n = len(field_name)
        while i < n and field_name[i] not in '.[':
            i += 1
        first = field_name[:i]
        if first.isdigit():
            first = int(first)
        obj = self.get_value(first, args, kwargs)
        while i < n:
            if field_name[i] == '.':
                j = i + 1
                while j < n and field_name[j] not in '.[':
                    j += 1
                obj = getattr(obj, field_name[i + 1:j])
                i = j
            else:
                j = field_name.index(']', i)
                k = field_name[i + 1:j]
                obj = obj[int(k) if k.isdigit() else k]
                i = j + 1
        return obj, first
