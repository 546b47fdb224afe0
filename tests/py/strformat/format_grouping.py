# thousands separators
for v in (0, 1, 12, 123, 1234, 12345, 123456, 1234567, -1234567, 10**20):
    print(f"{v:,}", f"{v:_}", f"{v:_x}", f"{v:_b}"[-15:], f"{v:,.1f}", f"{v:015,}", f"{v:>+15,}")
print(f"{1234.5678:,.2f}", f"{-0.5:,.3f}", f"{1e10:,.0f}", f"{1e10:_e}", f"{123456.789:,g}")
try:
    f"{12:,x}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{12:,_}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("abc", ",")
except ValueError as e:
    print(type(e).__name__, e)
