# Measures: small-object allocation, method calls and seeded random numbers (chaos-game iterated function systems).
import sys
import random


class GVector:
    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __add__(self, other):
        return GVector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return GVector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return GVector(self.x * k, self.y * k)

    def linear_combination(self, other, l1, l2):
        return GVector(self.x * l1 + other.x * l2, self.y * l1 + other.y * l2)

    def __repr__(self):
        return "<%.6f, %.6f>" % (self.x, self.y)


class Affine:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.e = e
        self.f = f
        self.weight = weight

    def apply(self, p):
        return GVector(self.a * p.x + self.b * p.y + self.e,
                       self.c * p.x + self.d * p.y + self.f)


class Attractor:
    def __init__(self, a, weight):
        self.target = a
        self.weight = weight

    def apply(self, p):
        return p.linear_combination(self.target, 0.5, 0.5)


class ChaosGame:
    def __init__(self, name, transforms, seed):
        self.name = name
        self.transforms = transforms
        self.rng = random.Random(seed)
        total = 0.0
        self.cumulative = []
        for t in transforms:
            total += t.weight
            self.cumulative.append(total)
        self.total = total
        self.min_x = self.min_y = float("inf")
        self.max_x = self.max_y = float("-inf")

    def pick(self):
        r = self.rng.random() * self.total
        for t, limit in zip(self.transforms, self.cumulative):
            if r < limit:
                return t
        return self.transforms[-1]

    def run(self, iterations, warmup=20):
        p = GVector(0.0, 0.0)
        points = []
        for i in range(iterations + warmup):
            p = self.pick().apply(p)
            if i >= warmup:
                points.append(p)
                if p.x < self.min_x:
                    self.min_x = p.x
                if p.x > self.max_x:
                    self.max_x = p.x
                if p.y < self.min_y:
                    self.min_y = p.y
                if p.y > self.max_y:
                    self.max_y = p.y
        return points

    def rasterize(self, points, width, height):
        grid = [[0] * width for _ in range(height)]
        span_x = (self.max_x - self.min_x) or 1.0
        span_y = (self.max_y - self.min_y) or 1.0
        for p in points:
            col = int((p.x - self.min_x) / span_x * (width - 1))
            row = int((self.max_y - p.y) / span_y * (height - 1))
            grid[row][col] += 1
        return grid


def fern():
    return [
        Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ]


def sierpinski():
    return [
        Attractor(GVector(0.0, 0.0), 1.0),
        Attractor(GVector(1.0, 0.0), 1.0),
        Attractor(GVector(0.5, 0.866), 1.0),
    ]


def summarize(game, grid):
    checksum = 0
    filled = 0
    for row in grid:
        for count in row:
            checksum = (checksum * 31 + count) % 1000000007
            if count:
                filled += 1
    print("%s: filled=%d checksum=%d" % (game.name, filled, checksum))
    print("  bounds x=[%.6f, %.6f] y=[%.6f, %.6f]" % (game.min_x, game.max_x, game.min_y, game.max_y))


def draw(grid, total):
    dense = total // (len(grid) * len(grid[0]))
    for row in grid:
        print("  " + "".join("#" if c > dense else ("+" if c > 0 else " ") for c in row))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500000
    for name, transforms, seed in (("fern", fern(), 1234), ("sierpinski", sierpinski(), 5678)):
        game = ChaosGame(name, transforms, seed)
        points = game.run(n)
        summarize(game, game.rasterize(points, 256, 256))
        draw(game.rasterize(points, 40, 20), len(points))


main()
