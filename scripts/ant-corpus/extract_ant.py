#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Extract TITLE + TEXT paragraphs from ANT Corpus TREC-style files into  docid<TAB>sentence  lines.

usage: python3 extract_ant.py RAW_DIR OUT_TSV
(ABSTRACT is skipped: it repeats the start of TEXT.)
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from arclean import clean_line, split_sentences

raw, out = sys.argv[1], sys.argv[2]
FIELD = lambda name: re.compile(r'<%s>(.*?)</%s>' % (name, name), re.S)
DOCNO, TITLE, TEXT = FIELD('DOCNO'), FIELD('TITLE'), FIELD('TEXT')
ndoc = nline = 0
with open(out, 'w', encoding='utf-8') as fo:
    for root, _, files in os.walk(raw):
        for fn in sorted(files):
            if not fn.endswith('.txt'):
                continue
            s = open(os.path.join(root, fn), encoding='utf-8', errors='replace').read()
            m = DOCNO.search(s)
            docid = m.group(1).strip() if m else fn[:-4]
            paras = []
            for pat in (TITLE, TEXT):
                for m in pat.finditer(s):
                    paras.extend(m.group(1).split('\n'))
            ndoc += 1
            for p in paras:
                for sent in split_sentences(p.strip()):
                    c = clean_line(sent)
                    if c:
                        fo.write('%s\t%s\n' % (docid, c)); nline += 1
print('docs', ndoc, 'lines', nline, file=sys.stderr)
