# coding: ascii
# The cookie names a codec that cannot decode the file.
s = 'é'
