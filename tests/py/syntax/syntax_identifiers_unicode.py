# unicode identifiers
π = 3.14159
名前 = "name"
café = "coffee"
Ωmega = 1
def grüße(wer):
    return "Hallo " + wer
class Ñandú:
    größe = 2
print(π, 名前, café, Ωmega, grüße("Welt"), Ñandú.größe, Ñandú.__name__)
ﬁ = "ligature normalized"
print(fi)
print("π" in dir(), sorted(k for k in globals() if not k.isascii()))
