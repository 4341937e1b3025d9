#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Rebuilds the unlabelled news text resources/gazetteers/word-classes.tsv is learnt from (README.md here).
# Usage: scripts/ant-corpus/build.sh MIRROR_DIR OUT_DIR ANERCORP_TRAIN_CONLL
# MIRROR_DIR holds bare clones of github.com/antcorpus/antcorpus.data and antcorpus.multisource.data as
# MIRROR_DIR/antcorpus+antcorpus.data/repo and MIRROR_DIR/antcorpus+antcorpus.multisource.data/repo.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
MIRROR=${1:?MIRROR_DIR}
OUT=${2:?OUT_DIR}
ANER=${3:?ANERCORP_TRAIN_CONLL}
RAW=$OUT/raw; WORK=$OUT/work
mkdir -p "$RAW" "$WORK"

gitdir() { local d=$MIRROR/$1/repo; [ -d "$d/.git" ] && d=$d/.git; echo "$d"; }

# 1. unpack the snapshots (pinned commits)
declare -A COMMIT=( [antcorpus.data]=06f6a10e80c7a0e7aee0bba2f0a6372c35c45c83
                    [antcorpus.multisource.data]=f117ce44a9cfad0dcbd341b7d744e4c3cdb4fed8 )
for r in antcorpus.data antcorpus.multisource.data; do
  rm -rf "$RAW/$r"; mkdir -p "$RAW/$r"
  git --git-dir="$(gitdir antcorpus+$r)" archive "${COMMIT[$r]}" | tar -x -C "$RAW/$r"
done

# 2. TITLE + TEXT -> cleaned sentences, docid<TAB>sentence
python3 "$HERE/extract_ant.py" "$RAW/antcorpus.data"             "$WORK/ant_v1.tsv"
python3 "$HERE/extract_ant.py" "$RAW/antcorpus.multisource.data" "$WORK/ant_multi.tsv"

# 3. drop ANERcorp-overlapping docs/lines, dedup (the multi-source file is also deduplicated against the v1 file)
python3 "$HERE/finalize.py" "$ANER" "$WORK/ant_v1.tsv"    "$OUT/ant_jawharafm.txt"   "$WORK/ant_jawharafm.log"
python3 "$HERE/finalize.py" "$ANER" "$WORK/ant_multi.tsv" "$OUT/ant_multisource.txt" "$WORK/ant_multisource.log" \
        --seen "$OUT/ant_jawharafm.txt"

# 4. overlap figures on the final files
for f in ant_jawharafm ant_multisource; do
  echo "== $f"; wc -lw < "$OUT/$f.txt"
  python3 "$HERE/overlap.py" "$ANER" "$OUT/$f.txt"
done
cat "$OUT/ant_jawharafm.txt" "$OUT/ant_multisource.txt" > "$WORK/all.txt"
echo "== both"; python3 "$HERE/overlap.py" "$ANER" "$WORK/all.txt"
