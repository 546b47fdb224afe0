raise RuntimeError("not a test module, never imported")
