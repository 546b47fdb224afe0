print("ключ")
raise KeyError("ключ-é")
