# colorsys conversions on chosen values: exact float results, ints, clamping, errors.
import colorsys

samples = [
    (0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (0.5, 0.5, 0.5), (1.0, 0.0, 0.0),
    (0.0, 1.0, 0.0), (0.0, 0.0, 1.0), (1.0, 1.0, 0.0), (0.0, 1.0, 1.0),
    (1.0, 0.0, 1.0), (0.2, 0.4, 0.4), (0.2, 0.6, 0.4), (0.1, 0.2, 0.3),
    (0.9, 0.8, 0.7), (1 / 3, 2 / 3, 1 / 6), (0.25, 0.75, 0.5),
    (0.123456789, 0.987654321, 0.555555555), (1e-300, 0.0, 0.0),
    (0.5, 0.5, 0.50000000000000001), (0.5, 0.5000000000000001, 0.5),
    (1.5, -0.5, 0.25), (2.0, 0.5, -1.0), (0.0, 0.0, 0.5), (0.3, 0.3, 0.9),
]
for rgb in samples:
    print(rgb)
    yiq = colorsys.rgb_to_yiq(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    print(' yiq', yiq, colorsys.yiq_to_rgb(*yiq))
    print(' hls', hls, colorsys.hls_to_rgb(*hls))
    print(' hsv', hsv, colorsys.hsv_to_rgb(*hsv))

for args in [(0.0, 0.5, 0.0), (0.5, 0.5, 1.0), (1.0, 0.25, 0.5), (-0.25, 0.75, 0.5),
             (1 / 6, 0.5, 1.0), (0.5, 1.0, 1.0), (2 / 3, 0.4, 0.3), (1.25, 0.6, 0.9),
             (0.999999, 0.5, 0.5), (0.0, 0.0, 0.0), (0.3, 0.7, 0.0)]:
    print(args, colorsys.hls_to_rgb(*args), colorsys.hsv_to_rgb(*args))
for args in [(1.0, 1.0, 1.0), (0.0, 1.0, -1.0), (0.5, -0.6, 0.5), (2.0, 0.0, 0.0),
             (-1.0, 0.0, 0.0), (0.5, 0.2, 0.1), (0.3, 0.5957, 0.5226)]:
    print(args, colorsys.yiq_to_rgb(*args))
for h in [i / 12 for i in range(-3, 16)]:
    print(h, colorsys.hsv_to_rgb(h, 0.75, 0.5), colorsys.hls_to_rgb(h, 0.3, 0.8))

# Integer channels follow the same formulas.
print(colorsys.rgb_to_hsv(255, 0, 0), colorsys.rgb_to_hsv(10, 20, 30), colorsys.rgb_to_hsv(7, 7, 7))
print(colorsys.rgb_to_hls(255, 128, 0), colorsys.rgb_to_hls(1, 0, 0), colorsys.rgb_to_hls(3, 3, 3))
print(colorsys.rgb_to_yiq(1, 2, 3), colorsys.yiq_to_rgb(0, 0, 0), colorsys.hsv_to_rgb(0, 0, 5))
print(colorsys.hsv_to_rgb(0.5, 1, 1), colorsys.hls_to_rgb(0, 1, 0), colorsys.hls_to_rgb(0.5, 1, 1))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD)

for name, args in [('rgb_to_hsv', ('a', 0.1, 0.2)), ('rgb_to_hls', (None, 0, 1)),
                   ('hsv_to_rgb', ('x', 0.5, 0.5)), ('yiq_to_rgb', (0.1, [], 0.2)),
                   ('rgb_to_yiq', (1, 2)), ('hls_to_rgb', (0.5, 0.5, 0.5, 0.5)),
                   ('hsv_to_rgb', (float('nan'), 0.5, 0.5)), ('rgb_to_hsv', (0.0, 0.0, float('inf')))]:
    try:
        print(name, getattr(colorsys, name)(*args))
    except Exception as e:
        print(name, type(e).__name__, e)
