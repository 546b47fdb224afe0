# Round trips over a grid of channel values; every float printed with repr.
import colorsys

steps = [i / 7 for i in range(8)] + [i / 255 for i in (1, 17, 64, 127, 128, 200, 254)]
checks = 0
for r in steps[::2]:
    for g in steps[1::2]:
        for b in steps[::3]:
            yiq = colorsys.rgb_to_yiq(r, g, b)
            hls = colorsys.rgb_to_hls(r, g, b)
            hsv = colorsys.rgb_to_hsv(r, g, b)
            print(repr(r)[:6], repr(g)[:6], repr(b)[:6], yiq, hls, hsv)
            print('  ', colorsys.yiq_to_rgb(*yiq), colorsys.hls_to_rgb(*hls), colorsys.hsv_to_rgb(*hsv))
            checks += 1
for h in [i / 24 for i in range(25)]:
    for s in (0.0, 0.3, 1.0):
        for v in (0.2, 0.5, 0.8):
            print(h, s, v, colorsys.hsv_to_rgb(h, s, v), colorsys.hls_to_rgb(h, v, s))
print(checks)
