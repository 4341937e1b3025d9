#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Recomputes `hamish agreement --json` from each annotator's `hamish export --format json --annotator NAME`,
with nothing but the standard library, and says whether the figures are the same.

Usage: agreement_check.py AGREEMENT.json EXPORT.json...  (one export per annotator, named NAME.json)
Tokens are runs of word characters (\\w+): on the test's texts (words between spaces and punctuation) these
are ICU's word segments. Offsets in the exports are code points, as Python indexes strings."""
import itertools
import json
import math
import os
import re
import sys


def layers(path, name):
    """{document id: (text, [accepted (start, end, label)], annotated?)} for one annotator."""
    with open(path, encoding="utf-8") as f:
        export = json.load(f)
    out = {}
    for doc in export["documents"]:
        mine = [a for a in doc["annotations"] if a.get("annotator") == name]
        accepted = [(a["start"], a["end"], a["label"]) for a in mine if a["status"] == "accepted"]
        out[doc["id"]] = (doc["text"], accepted, bool(mine))
    return out


def tags(text, spans):
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\w+", text)]
    result = ["O"] * len(tokens)
    taken = [False] * len(tokens)
    for start, end, label in sorted(spans, key=lambda s: (s[0], -s[1])):
        first = True
        for i, (ts, te) in enumerate(tokens):
            if te <= start or ts >= end:
                continue
            if not taken[i]:
                taken[i] = True
                result[i] = ("B-" if first else "I-") + label
            first = False
    return result


def kappa(pairs):
    n = len(pairs)
    if n == 0:
        return None
    agreed = sum(1 for x, y in pairs if x == y) / n
    cats = {x for x, _ in pairs} | {y for _, y in pairs}
    expected = sum((sum(1 for x, _ in pairs if x == c) / n) * (sum(1 for _, y in pairs if y == c) / n) for c in cats)
    if expected >= 1:
        return None
    return (agreed - expected) / (1 - expected)


def span_figures(a, b):
    a, b = set(a), set(b)
    matched = len(a & b)
    return {
        "precision": matched / len(b) if b else None,
        "recall": matched / len(a) if a else None,
        "f1": 2 * matched / (len(a) + len(b)) if a or b else None,
    }


def close(x, y):
    if x is None or y is None:
        return x is None and y is None
    return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-12)


def main():
    ours = json.load(open(sys.argv[1], encoding="utf-8"))
    people = {os.path.splitext(os.path.basename(p))[0]: layers(p, os.path.splitext(os.path.basename(p))[0])
              for p in sys.argv[2:]}
    names = sorted(people)
    problems = []
    checked = 0
    for a, b in itertools.combinations(names, 2):
        docs = [d for d in people[a] if people[a][d][2] and d in people[b] and people[b][d][2]]
        spans_a = [(d,) + s for d in docs for s in people[a][d][1]]
        spans_b = [(d,) + s for d in docs for s in people[b][d][1]]
        token_pairs = []
        for d in docs:
            text = people[a][d][0]
            token_pairs += list(zip(tags(text, people[a][d][1]), tags(text, people[b][d][1])))
        expected = span_figures(spans_a, spans_b)
        expected["kappa"] = kappa(token_pairs)
        labels = {s[3] for s in spans_a + spans_b}
        per_label = {}
        for label in labels:
            only = [(x if x.endswith("-" + label) else "O", y if y.endswith("-" + label) else "O") for x, y in token_pairs]
            figures = span_figures([s for s in spans_a if s[3] == label], [s for s in spans_b if s[3] == label])
            figures["kappa"] = kappa(only)
            per_label[label] = figures
        pair = next((p for p in ours["pairs"] if p["a"] == a and p["b"] == b), None)
        if pair is None:
            problems.append(f"no pair {a}/{b}")
            continue
        if pair["articles"] != len(docs):
            problems.append(f"{a}/{b}: {pair['articles']} articles, Python {len(docs)}")
        for key, value in expected.items():
            if not close(pair[key], value):
                problems.append(f"{a}/{b} {key}: {pair[key]}, Python {value}")
        if set(pair["labels"]) != labels:
            problems.append(f"{a}/{b} labels {sorted(pair['labels'])}, Python {sorted(labels)}")
        for label, figures in per_label.items():
            for key, value in figures.items():
                if not close(pair["labels"].get(label, {}).get(key), value):
                    problems.append(f"{a}/{b} {label} {key}: {pair['labels'].get(label, {}).get(key)}, Python {value}")
        checked += 1

    # Fleiss' kappa over the articles every annotator annotated.
    fleiss = None
    if len(names) >= 3:
        docs = [d for d in people[names[0]] if all(d in people[n] and people[n][d][2] for n in names)]
        rows = []
        for d in docs:
            text = people[names[0]][d][0]
            columns = [tags(text, people[n][d][1]) for n in names]
            rows += list(zip(*columns))
        if rows:
            r = len(names)
            p_bar = sum((sum(row.count(c) ** 2 for c in set(row)) - r) / (r * (r - 1)) for row in rows) / len(rows)
            cats = {c for row in rows for c in row}
            p_e = sum((sum(row.count(c) for row in rows) / (len(rows) * r)) ** 2 for c in cats)
            fleiss = (p_bar - p_e) / (1 - p_e) if p_e < 1 else None
    if not close(ours["fleiss_kappa"], fleiss):
        problems.append(f"fleiss_kappa: {ours['fleiss_kappa']}, Python {fleiss}")

    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f"{checked} pairs agree; Fleiss' kappa {fleiss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
