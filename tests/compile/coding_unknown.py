# expect: SyntaxError: encoding problem: uft-8
# coding: uft-8
