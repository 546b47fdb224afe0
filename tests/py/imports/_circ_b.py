print("start _circ_b")
import _circ_a
B_VALUE = "b sees " + _circ_a.A_EARLY + ", has A_LATE: " + str(hasattr(_circ_a, "A_LATE"))
print("end _circ_b")
