# -*- coding: utf-8 -*-
# A UTF-8 byte-order mark, with a matching cookie.
print('été')
