print("raising bare class")
raise IndexError
