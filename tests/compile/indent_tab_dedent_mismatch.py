# expect: IndentationError: unindent does not match any outer indentation level
# A tab is 8 columns to CPython (2 to ruff): line 4 is at column 16,
# so line 5 (12 spaces) dedents to a column no block has.
if 1:
	        if 1:
            pass
