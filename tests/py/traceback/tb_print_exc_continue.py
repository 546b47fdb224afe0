# traceback.print_exc writes to stderr; program keeps running and exits 0
import traceback
try:
    [].pop()
except IndexError:
    traceback.print_exc()
print("still running")
