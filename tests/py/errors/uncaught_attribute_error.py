class Widget:
    pass
w = Widget()
print("created")
w.qqqqqq()
