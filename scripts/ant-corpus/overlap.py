#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Word 4-gram overlap between a docid<TAB>sentence TSV (or plain one-line-per-sentence file) and ANERcorp train.conll.

usage: python3 overlap.py ANER_CONLL OURS [--tsv] [--per-doc REPORT_TSV]
Tokens on both sides go through arclean.tokenize (punctuation split off); 4-grams do not cross line/sentence breaks.
Prints: distinct ANERcorp 4-grams, distinct ours, share of ANERcorp's found in ours, share of ours found in ANERcorp.
With --per-doc, writes docid, n_4grams, n_in_aner, fraction  for every document with any hit (sorted desc).
"""
import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from arclean import tokenize, norm_aner_token


def grams(toks):
    return {tuple(toks[i:i + 4]) for i in range(len(toks) - 3)}


def aner_sentences(path):
    sent = []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            if sent:
                yield sent
            sent = []
            continue
        sent.append(norm_aner_token(line.split()[0]))
    if sent:
        yield sent


aner_path, ours_path = sys.argv[1], sys.argv[2]
tsv = '--tsv' in sys.argv
per_doc = sys.argv[sys.argv.index('--per-doc') + 1] if '--per-doc' in sys.argv else None

A = set()
for s in aner_sentences(aner_path):
    A |= grams(tokenize(' '.join(s)))

O_count = 0
hitA = set()
ours_hits = 0
doc_tot = defaultdict(int)
doc_hit = defaultdict(int)
seen = set()
for line in open(ours_path, encoding='utf-8'):
    line = line.rstrip('\n')
    if tsv:
        doc, _, text = line.partition('\t')
    else:
        doc, text = '-', line
    g = grams(tokenize(text))
    for x in g:
        doc_tot[doc] += 1
        if x in A:
            doc_hit[doc] += 1
            hitA.add(x)
        if x not in seen:
            seen.add(x)
            if x in A:
                ours_hits += 1

print('ANERcorp distinct 4-grams: %d' % len(A))
print('ours distinct 4-grams: %d' % len(seen))
print('share of ANERcorp 4-grams found in ours: %.4f%% (%d)' % (100.0 * len(hitA) / len(A), len(hitA)))
print('share of our 4-grams found in ANERcorp: %.4f%% (%d)' % (100.0 * ours_hits / max(1, len(seen)), ours_hits))
if per_doc:
    rows = sorted(((doc_hit[d] / doc_tot[d], d) for d in doc_hit), reverse=True)
    with open(per_doc, 'w', encoding='utf-8') as fo:
        for frac, d in rows:
            fo.write('%s\t%d\t%d\t%.4f\n' % (d, doc_tot[d], doc_hit[d], frac))
