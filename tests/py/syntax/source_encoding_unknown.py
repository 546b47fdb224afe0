# -*- coding: uft-8 -*-
print('never printed')
