# fnmatch.translate: the regex text must be CPython 3.11's exactly.
import fnmatch

patterns = [
    '', '*', '**', '***', '?', '??', '*.py', 'a*', '*a', 'a*b', 'a*b*c', '*a*',
    'x*y*z*w', 'a**b', '*?*', '?*?', '[abc]', '[!abc]', '[]]', '[!]]', '[]a]',
    '[', '[a', '[!', '[]', '[!]', '[a-', '[a-z]', '[z-a]', '[!z-a]', '[a-c-e]',
    '[a-b-c-d]', '[b-a-c]', '[-a]', '[a-]', '[!-]', '[!a-]', '[--a]', '[a--]',
    '[]-a]', '[a\\b]', '[\\]', '[\\-^]', '[&&]', '[~|]', '[a&&b]', '[^a]',
    '[[a]', '[a[]', '[z-a!x]', '[z-a^x]', '[|-!!]', '[!^]', '[!!]',
    '.+()\\{}|^$ \t#&~', 'a/b/*.txt', '[a-z][!0-9]?*.txt', 'caf\xe9*',
    '*.[ch]', '[*]', '[?]', '[[]', 'a[]b', 'a]b', '\\*', 'x\ny',
]
for p in patterns:
    print(repr(p), repr(fnmatch.translate(p)))
