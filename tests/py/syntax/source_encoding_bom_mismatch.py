# coding: latin-1
# A BOM says UTF-8, the cookie says otherwise.
print('never printed')
