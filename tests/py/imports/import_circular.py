# circular imports see partially initialised modules
import _circ_a
print(_circ_a.from_b())
import _circ_b
print(_circ_b.B_VALUE, _circ_a.A_LATE)
