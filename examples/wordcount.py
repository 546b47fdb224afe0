# Word counting: read a small text file, clean up the words, count them with a
# dict, then sort and format the results using str methods and f-strings.

PUNCTUATION = ".,;:!?\"'()"


def data_path(name):
    # Find data/ next to this script, whatever the current directory is.
    folder = __file__.rpartition("/")[0]
    return (folder + "/" if folder else "") + "data/" + name


def read_text(name):
    with open(data_path(name)) as f:
        return f.read()


def words_of(text):
    for line in text.splitlines():
        for token in line.split():
            word = token.strip(PUNCTUATION).lower()
            if word:
                yield word


def count(words):
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return counts


text = read_text("text.txt")
lines = text.splitlines()
title = lines[0]
counts = count(words_of(text))
total = sum(counts.values())

print(f"Title: {title!r}")
print(f"{len(lines)} lines, {total} words, {len(counts)} different words, {len(text)} characters")
print()

print("Most common words:")
ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
for rank, (word, n) in enumerate(ranked[:10], start=1):
    bar = "#" * n
    print(f"{rank:>2}. {word:<8} {n:>3} {100 * n / total:5.1f}%  {bar}")
print()

once = sorted(word for word, n in counts.items() if n == 1)
print(f"{len(once)} words appear only once; the first five: {', '.join(once[:5])}")

longest = max(counts, key=lambda w: (len(w), w))
print(f"Longest word: {longest} ({len(longest)} letters)")

by_letter = {}
for word in counts:
    by_letter.setdefault(word[0], []).append(word)
print("Words by first letter (top 3 letters):")
for letter, group in sorted(by_letter.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:3]:
    print(f"  {letter.upper()}: {' '.join(sorted(group))}")

quotes = [line.strip() for line in lines if line.strip().startswith('"')]
print(f"Lines that start with a quote: {len(quotes)}")
for q in quotes:
    print("  " + q.replace('"', "'"))

sentence_count = text.count(".") + text.count("?") + text.count("!")
print(f"Sentences (roughly): {sentence_count}")
print("Title in title case:", title.title(), "| swapped:", title.swapcase())
print("Snake appears", text.lower().count("snake"), "times;",
      "first at character", text.find("snake"))
