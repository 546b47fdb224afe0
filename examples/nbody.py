# N-body simulation of the Sun and the four gas giants (the classic benchmark, small size).
# Each body is a list [x, y, z, vx, vy, vz, mass]; we step time forward and
# check that the total energy of the system barely changes.

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


def body(x, y, z, vx, vy, vz, mass):
    return [x, y, z, vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR, mass * SOLAR_MASS]


SUN = body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0)
JUPITER = body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
               1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
               9.54791938424326609e-04)
SATURN = body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
              -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
              2.85885980666130812e-04)
URANUS = body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
              2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
              4.36624404335156298e-05)
NEPTUNE = body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
               2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
               5.15138902046611451e-05)

BODIES = [SUN, JUPITER, SATURN, URANUS, NEPTUNE]
PAIRS = [(BODIES[i], BODIES[j]) for i in range(len(BODIES)) for j in range(i + 1, len(BODIES))]


def offset_momentum():
    # Give the Sun a small velocity so the total momentum is zero.
    px = py = pz = 0.0
    for b in BODIES:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    SUN[3] = -px / SOLAR_MASS
    SUN[4] = -py / SOLAR_MASS
    SUN[5] = -pz / SOLAR_MASS


def energy():
    e = 0.0
    for b in BODIES:
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
    for b1, b2 in PAIRS:
        dx = b1[0] - b2[0]
        dy = b1[1] - b2[1]
        dz = b1[2] - b2[2]
        e -= b1[6] * b2[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(dt, steps):
    for _ in range(steps):
        for b1, b2 in PAIRS:
            dx = b1[0] - b2[0]
            dy = b1[1] - b2[1]
            dz = b1[2] - b2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            m1 = b1[6] * mag
            m2 = b2[6] * mag
            b1[3] -= dx * m2
            b1[4] -= dy * m2
            b1[5] -= dz * m2
            b2[3] += dx * m1
            b2[4] += dy * m1
            b2[5] += dz * m1
        for b in BODIES:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


offset_momentum()
print(f"energy before: {energy():.9f}")
for step in range(5):
    advance(0.01, 200)
    print(f"after {(step + 1) * 200:4} steps: {energy():.9f}")
print("Jupiter is now at x=%.6f y=%.6f z=%.6f" % (JUPITER[0], JUPITER[1], JUPITER[2]))
