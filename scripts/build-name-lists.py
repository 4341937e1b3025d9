#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds the open name lists the entity tagger reads as features (resources/gazetteers/names-*.tsv).

Usage: scripts/build-name-lists.py EXTRA_DIR OUTPUT_DIR
EXTRA_DIR holds the prepared sources (see /work/shared/data/extra/REPORT.md and each SOURCE.md):
  wikidata-person-names/person_name_tokens.filtered.tsv   (Wikidata via Merhav & Ash 2018, CC0)
  wikidata-person-names/person_name_tokens.egyptian_g_variants.tsv
  arwikicats/{loc_places,org_sports_clubs,pers_people,misc_leagues_competitions_federations}.txt (MIT)
Writes names-wikidata-persons.tsv (`word<TAB>frequency class`) and names-arwikicats.tsv (`LABEL<TAB>name`).
Deterministic: sorted output.
"""
import math
import os
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    extra, out = sys.argv[1], sys.argv[2]
    persons = {}
    with open(os.path.join(extra, 'wikidata-person-names/person_name_tokens.filtered.tsv'), encoding='utf-8') as f:
        for line in f:
            word, count = line.rstrip('\n').split('\t')
            persons[word] = persons.get(word, 0) + int(count)
    with open(os.path.join(extra, 'wikidata-person-names/person_name_tokens.egyptian_g_variants.tsv'),
              encoding='utf-8') as f:
        for line in f:
            variant, _msa, _english, count = line.rstrip('\n').split('\t')
            persons.setdefault(variant, int(count))
    with open(os.path.join(out, 'names-wikidata-persons.tsv'), 'w', encoding='utf-8') as f:
        f.write('# Words of people\'s names in Wikidata\'s Arabic labels (CC0), via Y. Merhav and S. Ash, COLING 2018;\n'
                '# the number is the frequency class: 1 + floor(log2(labels holding the word)), capped at 12.\n')
        for word in sorted(persons):
            if len(word) >= 2:
                f.write('%s\t%d\n' % (word, min(12, 1 + int(math.log2(max(1, persons[word]))))))
    lists = [('LOC', 'loc_places.txt'), ('ORG', 'org_sports_clubs.txt'), ('PERS', 'pers_people.txt'),
             ('MISC', 'misc_leagues_competitions_federations.txt')]
    rows = set()
    for label, name in lists:
        with open(os.path.join(extra, 'arwikicats', name), encoding='utf-8') as f:
            for line in f:
                entry = ' '.join(line.split())
                if entry and any('\u0621' <= c <= '\u064a' for c in entry) and not any(c.isdigit() for c in entry):
                    rows.add((label, entry))
    with open(os.path.join(out, 'names-arwikicats.tsv'), 'w', encoding='utf-8') as f:
        f.write('# Names of places, sports clubs, people and competitions from ArWikiCats (I. Qasim, MIT licence),\n'
                '# largely Arabic Wikipedia article titles.\n')
        for label, entry in sorted(rows):
            f.write('%s\t%s\n' % (label, entry))


if __name__ == '__main__':
    main()
