"""The `concurrent` package: only `concurrent.futures` (see its docstring)."""
