# expect: ok
# vim: set fileencoding=koi8-r :
s = 'привет'
