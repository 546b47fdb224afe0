# Measures: str methods, dict counting, sorting with keys and string formatting (word frequencies of generated text).
import sys
from collections import Counter

WORDS = (
    "the of and to in is was that for it with as on be at by this had not are but from or have an "
    "they which one you were her all she there would their we him been has when who will more no if "
    "out so said what up its about into than them can only other new some could time these two may "
    "then do first any my now such like our over man me even most made after also did many before must "
    "through back years where much your way well down should because each just those people how too "
    "little state good very make world still own see men work long get here between both life being "
    "under never day same another know while last might us great old year off come since against go "
    "came right used take three python virtual machine rust bytecode interpreter garbage collector "
    "thread lock queue dictionary string integer float tuple generator closure decorator benchmark"
).split()

PUNCTUATION = ".,;:!?"


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        return (self.state >> 33) % bound


def generate_text(n_words, seed):
    rng = Lcg(seed)
    lines = []
    line = []
    sentence_start = True
    count = len(WORDS)
    for _ in range(n_words):
        a = rng.next(count)
        b = rng.next(count)
        c = rng.next(count)
        word = WORDS[min(a, b, c)]
        if sentence_start:
            word = word.capitalize()
            sentence_start = False
        roll = rng.next(20)
        if roll == 0:
            word += "."
            sentence_start = True
        elif roll == 1:
            word += ","
        elif roll == 2:
            word += PUNCTUATION[rng.next(len(PUNCTUATION))]
        line.append(word)
        if len(line) >= 12:
            lines.append(" ".join(line))
            line = []
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for line in text.splitlines():
        for token in line.split():
            word = token.strip(PUNCTUATION).lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


def letter_stats(text):
    letters = Counter(ch for ch in text.lower() if ch.isalpha())
    return letters.most_common(5)


def report(counts, top):
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    total = sum(counts.values())
    width = max(len(word) for word, _ in ranked[:top])
    most = ranked[0][1]
    lines = []
    for rank, (word, n) in enumerate(ranked[:top], 1):
        share = 100.0 * n / total
        lines.append(f"{rank:>3}. {word.ljust(width)} {n:>8} {share:6.2f}% " + "*" * (40 * n // most))
    return lines


def main():
    n_words = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    text = generate_text(n_words, 42)
    counts = count_words(text)
    for line in report(counts, 15):
        print(line)
    print("distinct words:", len(counts))
    print("total words:", sum(counts.values()))
    by_length = {}
    for word, n in counts.items():
        by_length.setdefault(len(word), []).append(word)
    for length in sorted(by_length):
        words = sorted(by_length[length])
        print("length %2d: %3d words, first %s, last %s" % (length, len(words), words[0], words[-1]))
    print("top letters:", ", ".join("%s=%d" % pair for pair in letter_stats(text)))
    sentences = [s.strip() for s in text.replace("\n", " ").split(".") if s.strip()]
    longest = max(sentences, key=len)
    print("sentences:", len(sentences), "longest has", len(longest.split()), "words")
    checksum = 0
    for word in sorted(counts):
        checksum = (checksum * 31 + counts[word] * len(word)) % 1000000007
    print("checksum:", checksum)


main()
