#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared cleaning / tokenising helpers for the unlabelled Arabic text (written for Hamish, no third-party code).

clean_line(text) -> cleaned, punctuation-separated, whitespace-joined string ('' if the line should be dropped)
tokenize(text)   -> list of tokens (whitespace split, punctuation split off) -- used for both our text and ANERcorp
"""
import re
import unicodedata

URL_RE = re.compile(r'(?:https?://|www\.)\S+|\S+@\S+\.\S+|pic\.twitter\.com/\S+', re.I)
TAG_RE = re.compile(r'<[^>]{0,300}>')
ENT_RE = re.compile(r'&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});')
DIAC_RE = re.compile('[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]')  # tashkeel, Quranic marks, tatweel
CTRL_RE = re.compile('[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]')
# punctuation we split off as separate tokens (ASCII + Arabic + typographic)
PUNCT = set('.,;:!?()[]{}"\'«»“”‘’„‟‹›<>/\\|-–—_…*+=%#@&^~`$' + '،؛؟٪٫٬۔')
ARABIC_LETTER_RE = re.compile('[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]')
LATIN_RE = re.compile('[A-Za-z\u00C0-\u024F]')
ALLOWED_RE = re.compile('^[\u0600-\u06FF0-9\u0660-\u0669\u06F0-\u06F9]+$')
NUMBER_RE = re.compile(r'^\d+(?:[.,\u066B\u066C]\d+)+$')


def tokenize(text):
    out = []
    for w in text.split():
        cur = []
        n = len(w)
        for i, ch in enumerate(w):
            if ch in '.,٫٬' and 0 < i < n - 1 and w[i-1].isdigit() and w[i+1].isdigit():
                cur.append(ch)      # keep decimal / thousands separators inside numbers
            elif ch in PUNCT:
                if cur:
                    out.append(''.join(cur)); cur = []
                out.append(ch)
            else:
                cur.append(ch)
        if cur:
            out.append(''.join(cur))
    return out


def clean_line(text, min_arabic_words=3):
    t = unicodedata.normalize('NFC', text)
    t = URL_RE.sub(' ', t)
    t = TAG_RE.sub(' ', t)
    t = ENT_RE.sub(' ', t)
    t = CTRL_RE.sub('', t)
    t = DIAC_RE.sub('', t)
    t = t.replace('\u00a0', ' ').replace('\t', ' ')
    t = t.replace('#', ' ').replace('_', ' ')  # hashtags: keep the words
    toks = []
    for tok in tokenize(t):
        if tok in PUNCT:
            if tok in '#@&^~`$*+=|\\/<>_{}[]':
                continue
            toks.append(tok)
        elif LATIN_RE.search(tok):
            continue            # Arabic text only: drop Latin-script tokens
        elif ALLOWED_RE.match(tok) or NUMBER_RE.match(tok):
            toks.append(tok)
        else:
            # drop stray symbols / emoji / other scripts inside the token; keep Arabic letters and digits
            kept = ''.join(ch for ch in tok if ALLOWED_RE.match(ch))
            if kept:
                toks.append(kept)
    # remove bracket/quote pairs left empty after dropping Latin tokens, e.g. "(CNN) --" -> "( ) -"
    changed = True
    while changed:
        changed = False
        for i in range(len(toks) - 1):
            if (toks[i], toks[i + 1]) in EMPTY_PAIRS:
                del toks[i:i + 2]; changed = True; break
    # collapse runs of punctuation
    res = []
    for tok in toks:
        if res and tok in PUNCT and res[-1] == tok:
            continue
        res.append(tok)
    # strip leading punctuation except opening quotes/brackets
    while res and res[0] in PUNCT and res[0] not in '«"(“':
        res.pop(0)
    nar = sum(1 for tok in res if ARABIC_LETTER_RE.search(tok))
    if nar < min_arabic_words:
        return ''
    return ' '.join(res)


EMPTY_PAIRS = {('(', ')'), ('[', ']'), ('«', '»'), ('"', '"'), ('“', '”')}

SENT_SPLIT_RE = re.compile(r'(?<=[.!?؟])\s+')


def split_sentences(paragraph):
    return [s for s in SENT_SPLIT_RE.split(paragraph) if s.strip()]


def norm_aner_token(tok):
    """ANERcorp tokens get the same character normalisation as our text (diacritics, tatweel, control marks removed)
    before 4-grams are compared, so that overlap is not under-counted."""
    t = CTRL_RE.sub('', DIAC_RE.sub('', unicodedata.normalize('NFC', tok)))
    return t if t else tok
