#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Drop documents / lines that share many word 4-grams with ANERcorp, deduplicate lines, write the final text.

usage: python3 finalize.py ANER_CONLL IN_TSV OUT_TXT LOG [--seen PREVIOUS_OUT_TXT ...]
  * a document is dropped if >= DOC_FRAC of its 4-grams (all its lines together) occur in ANERcorp;
  * a line is dropped if it has >= LINE_MIN_GRAMS 4-grams and >= LINE_FRAC of them occur in ANERcorp;
  * exact duplicate lines are dropped (first occurrence kept), also lines already in any --seen file.
"""
import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from arclean import tokenize, norm_aner_token

DOC_FRAC, LINE_FRAC, LINE_MIN_GRAMS = 0.10, 0.50, 4


def grams(t):
    return [tuple(t[i:i + 4]) for i in range(len(t) - 3)]


aner, inp, out, log = sys.argv[1:5]
seen_files = [sys.argv[i + 1] for i, a in enumerate(sys.argv) if a == '--seen']
A = set(); sent = []
for line in open(aner, encoding='utf-8'):
    if not line.strip():
        if sent:
            A |= set(grams(tokenize(' '.join(sent))))
        sent = []
        continue
    sent.append(norm_aner_token(line.split()[0]))
if sent:
    A |= set(grams(tokenize(' '.join(sent))))

rows = []
tot = defaultdict(int); hit = defaultdict(int)
for line in open(inp, encoding='utf-8'):
    doc, _, text = line.rstrip('\n').partition('\t')
    g = grams(tokenize(text)); h = sum(1 for x in g if x in A)
    tot[doc] += len(g); hit[doc] += h
    rows.append((doc, text, len(g), h))
bad_docs = {d for d in tot if tot[d] and hit[d] / tot[d] >= DOC_FRAC}

seen = set()
for f in seen_files:
    seen |= set(l.rstrip('\n') for l in open(f, encoding='utf-8'))
n_in = len(rows); n_doc = n_line = n_dup = n_out = 0
with open(out, 'w', encoding='utf-8') as fo, open(log, 'w', encoding='utf-8') as fl:
    for d in sorted(bad_docs):
        fl.write('DROP_DOC\t%s\t%d/%d\n' % (d, hit[d], tot[d]))
    for doc, text, ng, h in rows:
        if doc in bad_docs:
            n_doc += 1; continue
        if ng >= LINE_MIN_GRAMS and h / ng >= LINE_FRAC:
            n_line += 1; fl.write('DROP_LINE\t%s\t%d/%d\t%s\n' % (doc, h, ng, text)); continue
        if text in seen:
            n_dup += 1; continue
        seen.add(text); fo.write(text + '\n'); n_out += 1
msg = 'lines in %d; dropped: %d in %d overlapping docs, %d overlapping lines, %d duplicates; out %d' % (
    n_in, n_doc, len(bad_docs), n_line, n_dup, n_out)
print(msg)
with open(log, 'a', encoding='utf-8') as fl:
    fl.write('# ' + msg + '\n')
