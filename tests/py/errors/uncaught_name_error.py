print("start")
print(completely_undefined_variable_xyz)
