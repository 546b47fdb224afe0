print("executing _raises_on_import")
raise ValueError("module failed during import")
