"""Parser for command line options in the style of C's getopt (CPython 3.11's `getopt`).

Provides `getopt` (stops at the first non-option argument), `gnu_getopt`
(options and arguments may be mixed; a leading '+' in the short options or
the POSIXLY_CORRECT environment variable restores the stop-at-first rule),
`GetoptError` (attributes `msg` and `opt`) and its alias `error`.  Long
options may be abbreviated to any unique prefix.  Messages are CPython's
English ones (no gettext translation).
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _as_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def getopt(args, shortopts, longopts=[]):
    """Parse the options at the start of `args`; return (options, remaining args).

    `shortopts` holds the option letters, each followed by ':' if it takes an
    argument; `longopts` the long option names, each followed by '=' if it
    takes an argument.  Parsing stops at the first non-option, '-' or '--'.
    """
    longopts = _as_list(longopts)
    opts = []
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            args = _parse_long(opts, args[0][2:], longopts, args[1:])
        else:
            args = _parse_shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options may follow non-option arguments (GNU style)."""
    longopts = _as_list(longopts)
    opts = []
    rest = []
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        options_first = True
    else:
        options_first = bool(os.environ.get("POSIXLY_CORRECT"))
    while args:
        arg = args[0]
        if arg == '--':
            rest += args[1:]
            break
        if arg[:2] == '--':
            args = _parse_long(opts, arg[2:], longopts, args[1:])
        elif arg[:1] == '-' and arg != '-':
            args = _parse_shorts(opts, arg[1:], shortopts, args[1:])
        elif options_first:
            rest += args
            break
        else:
            rest.append(arg)
            args = args[1:]
    return opts, rest


def _parse_long(opts, text, longopts, args):
    """Handle one '--name[=value]' argument; return the arguments left."""
    name, eq, value = text.partition('=')
    if not eq:
        value = None
    takes_arg, name = _match_long(name, longopts)
    if takes_arg:
        if value is None:
            if not args:
                raise GetoptError('option --%s requires argument' % name, name)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value or ''))
    return args


def _match_long(name, longopts):
    """Find the long option `name` (or a unique one it abbreviates): (takes_arg, full name)."""
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in candidates:
        return False, name
    if name + '=' in candidates:
        return True, name
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    full = candidates[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def _parse_shorts(opts, letters, shortopts, args):
    """Handle one '-abc' argument (letters 'abc'); return the arguments left."""
    while letters:
        letter, letters = letters[0], letters[1:]
        if _short_takes_arg(letter, shortopts):
            if not letters:
                if not args:
                    raise GetoptError('option -%s requires argument' % letter, letter)
                letters, args = args[0], args[1:]
            value, letters = letters, ''
        else:
            value = ''
        opts.append(('-' + letter, value))
    return args


def _short_takes_arg(letter, shortopts):
    for i in range(len(shortopts)):
        if shortopts[i] == letter and letter != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % letter, letter)
