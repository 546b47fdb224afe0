# single inheritance and overriding
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return type(self).__name__
class Dog(Animal):
    sound = "woof"
class Cat(Animal):
    def speak(self):
        return super().speak().upper()
class Kitten(Cat):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    sound = "mew"
for a in (Animal("gen"), Dog("rex"), Cat("tom"), Kitten("kit", 1)):
    print(a.speak(), a.kind(), isinstance(a, Animal), isinstance(a, Cat))
print(issubclass(Kitten, Animal), issubclass(Dog, Cat), issubclass(Animal, Animal), Kitten.__bases__, Kitten.__base__)
print([c.__name__ for c in Kitten.__mro__], Kitten.mro() == list(Kitten.__mro__))
print(isinstance(1, (str, int)), isinstance("", (int, (float, str))), issubclass(bool, (str, int)), isinstance(None, ()))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(Dog.__subclasses__() == [], sorted(c.__name__ for c in Animal.__subclasses__()))
