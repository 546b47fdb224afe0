# Measures: operator overloading on a Vector class, method dispatch and float math (a small recursive ray tracer).
import sys
from math import sqrt

EPSILON = 1e-6
MAX_DEPTH = 3


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def length(self):
        return sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def modulate(self, other):
        return Vector(self.x * other.x, self.y * other.y, self.z * other.z)

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


BLACK = Vector(0.0, 0.0, 0.0)
WHITE = Vector(1.0, 1.0, 1.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse=0.8, specular=0.3, reflectivity=0.0):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflectivity = reflectivity

    def color_at(self, point):
        return self.color


class Checkerboard(Material):
    def __init__(self, color1, color2, **kwargs):
        Material.__init__(self, color1, **kwargs)
        self.other = color2

    def color_at(self, point):
        if (int(point.x + 1000.0) + int(point.z + 1000.0)) % 2 == 0:
            return self.color
        return self.other


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self, objects, lights, ambient):
        self.objects = objects
        self.lights = lights
        self.ambient = ambient

    def nearest_hit(self, ray):
        best_t = None
        best_obj = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best_obj = obj
        return best_obj, best_t

    def in_shadow(self, point, light_dir, light_dist):
        ray = Ray(point, light_dir)
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < light_dist:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest_hit(ray)
        if obj is None:
            fade = 0.5 * (ray.direction.y + 1.0)
            return Vector(0.2, 0.3, 0.5) * fade
        point = ray.point_at(t)
        normal = obj.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        material = obj.material
        base = material.color_at(point)
        color = base.modulate(self.ambient)
        lifted = point + normal * EPSILON
        for light in self.lights:
            to_light = light.position - point
            dist = to_light.length()
            light_dir = to_light * (1.0 / dist)
            if self.in_shadow(lifted, light_dir, dist):
                continue
            lambert = normal.dot(light_dir)
            if lambert > 0.0:
                color = color + base.modulate(light.color) * (lambert * material.diffuse)
            half = (light_dir - ray.direction).normalized()
            spec = normal.dot(half)
            if spec > 0.0:
                spec *= spec
                spec *= spec
                spec *= spec
                spec *= spec
                spec *= spec
                color = color + light.color * (spec * material.specular)
        if material.reflectivity > 0.0 and depth < MAX_DEPTH:
            reflected = Ray(lifted, ray.direction.reflect(normal))
            color = color + self.trace(reflected, depth + 1) * material.reflectivity
        return color


class Camera:
    def __init__(self, eye, look_at, up, width, height):
        self.eye = eye
        self.width = width
        self.height = height
        self.forward = (look_at - eye).normalized()
        self.right = self.forward.cross(up).normalized()
        self.up = self.right.cross(self.forward)

    def ray_for(self, px, py):
        aspect = self.width / self.height
        sx = (2.0 * (px + 0.5) / self.width - 1.0) * aspect
        sy = 1.0 - 2.0 * (py + 0.5) / self.height
        direction = self.forward + self.right * (sx * 0.8) + self.up * (sy * 0.8)
        return Ray(self.eye, direction)


def to_byte(value):
    if value <= 0.0:
        return 0
    if value >= 1.0:
        return 255
    return int(value * 255.0 + 0.5)


def build_scene():
    objects = [
        Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0),
              Checkerboard(Vector(0.9, 0.9, 0.9), Vector(0.1, 0.1, 0.1), reflectivity=0.3)),
        Sphere(Vector(0.0, 1.0, 0.0), 1.0,
               Material(Vector(0.8, 0.2, 0.2), reflectivity=0.4)),
        Sphere(Vector(-2.2, 0.7, 1.0), 0.7,
               Material(Vector(0.2, 0.8, 0.3), specular=0.6, reflectivity=0.2)),
        Sphere(Vector(2.0, 0.6, -0.8), 0.6,
               Material(Vector(0.3, 0.3, 0.9), diffuse=0.6, reflectivity=0.6)),
        Sphere(Vector(0.8, 0.3, 1.8), 0.3,
               Material(Vector(0.9, 0.8, 0.1), specular=0.9)),
    ]
    lights = [
        Light(Vector(-5.0, 8.0, 6.0), Vector(0.8, 0.8, 0.8)),
        Light(Vector(6.0, 5.0, 4.0), Vector(0.3, 0.3, 0.4)),
    ]
    return Scene(objects, lights, Vector(0.1, 0.1, 0.1))


def render(width, height):
    scene = build_scene()
    camera = Camera(Vector(0.0, 2.5, 7.0), Vector(0.0, 0.8, 0.0), Vector(0.0, 1.0, 0.0),
                    width, height)
    rows = []
    for py in range(height):
        row = []
        for px in range(width):
            c = scene.trace(camera.ray_for(px, py), 0)
            row.append((to_byte(c.x), to_byte(c.y), to_byte(c.z)))
        rows.append(row)
    return rows


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    rows = render(size, size)
    checksum = 0
    totals = [0, 0, 0]
    for row in rows:
        for r, g, b in row:
            checksum = (checksum * 131 + r * 65536 + g * 256 + b) % 2147483647
            totals[0] += r
            totals[1] += g
            totals[2] += b
    print("image: %dx%d" % (size, size))
    print("channel sums:", totals[0], totals[1], totals[2])
    print("checksum:", checksum)
    mid = rows[size // 2]
    print("middle row sample:", mid[0], mid[size // 2], mid[-1])


main()
