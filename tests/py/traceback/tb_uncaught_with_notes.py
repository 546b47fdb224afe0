# notes are printed after the exception line
print("adding notes")
e = ValueError("main message")
e.add_note("first note")
e.add_note("last note is the final stderr line")
raise e
