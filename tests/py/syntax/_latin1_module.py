# vim: set fileencoding=iso-8859-1 :
# Imported by source_encoding_latin1.py: a module with a coding cookie.
WORD = 'déjà vu'
