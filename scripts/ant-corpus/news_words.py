#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes resources/gazetteers/news-words.txt: the words of the ANT text (built by build.sh) seen at least
three times, most frequent first, one a line. OCR gives them to Tesseract as its user word list.

Usage: news_words.py OUT_FILE TEXT_FILE...
"""
import sys
import unicodedata
from collections import Counter

MIN_COUNT = 3


def is_word(token):
    # Letters and marks only: no digits, punctuation or symbols (Tesseract has its own number patterns).
    return all(unicodedata.category(c)[0] in "LM" for c in token)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    counts = Counter()
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as text:
            for line in text:
                counts.update(line.split())
    words = [(w, n) for w, n in counts.items() if n >= MIN_COUNT and is_word(w)]
    # Most frequent first; ties in code point order, so the same text gives the same file.
    words.sort(key=lambda item: (-item[1], item[0]))
    with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as out:
        for word, _ in words:
            out.write(word + "\n")
    print(f"{len(words)} words seen at least {MIN_COUNT} times", file=sys.stderr)


if __name__ == "__main__":
    main()
