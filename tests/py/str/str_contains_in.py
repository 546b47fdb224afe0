# membership and comparisons with other types
print("a" in "abc", "ac" in "abc", "" in "abc", "abc" in "abc", "abcd" in "abc")
print("a" in ["a", "b"], "a" in ("abc",), "a" in {"a": 1}, "é" in "café", "😀" in "x😀y")
print("ab" == ["a", "b"], "1" == 1, "" == [], str(1) == "1")
print("a" * 3 == "aaa", "abc".__eq__(5), "abc".__lt__(5))
