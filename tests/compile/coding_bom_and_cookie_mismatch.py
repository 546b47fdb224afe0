# expect: SyntaxError: encoding problem: utf8 with BOM
# coding: utf8
