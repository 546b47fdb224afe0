# quotes and escapes in f-strings (3.11 rules)
name = "Al"
print(f'{name}', f"{name!r}", f'"{name}"', f"'{name}'", f"{'single'}", f'{"double"}')
print(f"""{'a' + "b"}""", f'''{"x" * 2}''', f"{chr(92)}")
print(f"a{{b}}c", f"{{}}", f"{{{name}}}", f"}}{{")
print(rf"\n{name}\t", fr"{name}\d", f"\t{name}\n".strip())
nl = "\n"
print(f"{nl.join(['l1', 'l2'])}")
print(f"{name:{'>'}{10}}", f"{name!r:^10}")
