#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds the WikiFANE-derived lists the entity tagger reads as features (resources/gazetteers/names-wikifane.tsv).

Usage: scripts/build-wikifane-lists.py WIKIFANE_CONLL OUTPUT_DIR
WIKIFANE_CONLL is the prepared WikiFANE Gold Wikipedia part (token<TAB>coarse tag<TAB>fine tag; see
/work/shared/data/extra/wikifane-gold/SOURCE.md). Writes `LABEL<TAB>name` lines: the PERS, LOC and ORG names it
annotates (each with its most frequent type). Deterministic: sorted output.
"""
import collections
import sys

PROCLITICS = ('و', 'ف', 'ب', 'ل', 'ك')


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    names = collections.defaultdict(collections.Counter)
    sentence = []

    def flush():
        chunk = None
        for token, tag in sentence + [('', 'O')]:
            if chunk and not (tag.startswith('I-') and tag[2:] == chunk[0]):
                if chunk[0] in ('PERS', 'LOC', 'ORG'):
                    names[' '.join(chunk[1])][chunk[0]] += 1
                chunk = None
            if tag.startswith('B-') or (tag.startswith('I-') and chunk is None):
                chunk = (tag[2:], [token])
            elif tag.startswith('I-'):
                chunk[1].append(token)
        sentence.clear()

    with open(sys.argv[1], encoding='utf-8') as f:
        for line in f:
            fields = line.rstrip('\n').split('\t')
            if len(fields) < 2 or not fields[0]:
                flush()
                continue
            sentence.append((fields[0], fields[1]))
    flush()
    rows = set()
    for name, types in names.items():
        label = max(sorted(types), key=lambda t: types[t])
        first = name.split(' ')[0]
        # A name glued to a proclitic (وبغداد) whose bare form is listed too is left to the matcher.
        if first.startswith(PROCLITICS) and (name[1:] in names):
            continue
        if any(c.isdigit() or 'a' <= c.lower() <= 'z' for c in name):
            continue
        rows.add((label, name))
    with open(sys.argv[2] + '/names-wikifane.tsv', 'w', encoding='utf-8') as out:
        out.write('# Names annotated in WikiFANE Gold (Wikipedia part; F. Alotaibi and M. Lee, COLING 2014), CC BY-SA 3.0.\n')
        for label, name in sorted(rows):
            out.write('%s\t%s\n' % (label, name))


if __name__ == '__main__':
    main()
