#!/usr/bin/env bash
# How much of preparing a corpus is the JVM compiling our code (issue 3)? MALLET's import once, then our
# preparation of the same abstracts ROUNDS times in one JVM (bench PreparationWarmupBench): round 1 is what a run
# pays, the later rounds the same work on compiled code. Prints MALLET's time and the ratio to each round.
#
# Usage: bench/preparation-warmup.sh [CORPUS.jsonl.gz] [ROUNDS]   (defaults: the shared cs.AI corpus, 6)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/common.sh"
corpus_arg "${1:-}"
workdir
(cd "$root" && mvn -q -DskipTests package test-compile)
/usr/bin/python3 "$root/bench/jsonl-to-tsv.py" "$corpus" "$work/corpus.tsv"
record preparation-warmup
machine
echo "corpus: $corpus ($(wc -l < "$work/corpus.tsv") papers)"
mallet=$(measure mallet java -cp "$root/target/landscape.jar" cc.mallet.classify.tui.Csv2Vectors \
  --input "$work/corpus.tsv" --output "$work/corpus.mallet" --keep-sequence --remove-stopwords)
read -r _ mwall _ mcpu <<< "$mallet"
echo "MALLET Csv2Vectors import (whole process): wall $mwall s, cpu $mcpu s"
java -cp "$root/target/landscape.jar:$root/target/test-classes" dev.landscape.text.PreparationWarmupBench \
  "$corpus" "${2:-6}" | tee "$work/rounds.txt"
awk -v m="$mwall" '$1 ~ /^[0-9]+$/ {printf "round %s: MALLET / ours = %.2fx\n", $1, m / $2}' "$work/rounds.txt"
