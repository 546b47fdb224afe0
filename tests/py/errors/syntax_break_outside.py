print("never printed")
if True:
    break
