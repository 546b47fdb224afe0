print("start _circ_a")
A_EARLY = "a-early"
import _circ_b
A_LATE = "a-late"
def from_b():
    return _circ_b.B_VALUE
print("end _circ_a")
