#!/usr/bin/env bash
# Scale (issue 10): synthetic corpora drawn from a model of the real corpus (bench/synthetic-corpus.py) at several
# sizes, each run through `landscape run` (every output) at K=100, 200 iterations. Prints wall time, peak memory
# (RSS), tokens, and time per token sampled, and how time per token at each size compares with the smallest size
# (the cost should grow linearly: a ratio near 1). Results are also written to bench/results/ with the machine.
#
# Usage: bench/scale.sh MODEL_DIR            (a report's model/ folder from a run on the real corpus)
# Environment: SIZES ("100000 300000 1000000"), TOPICS (100), ITERATIONS (200), WORK (default temporary)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
model="${1:?usage: bench/scale.sh MODEL_DIR}"
sizes="${SIZES:-100000 300000 1000000}"; topics="${TOPICS:-100}"; iterations="${ITERATIONS:-200}"
source "$root/bench/common.sh"
workdir
jar_copy
record scale
machine
echo "model: $model; K=$topics, $iterations iterations, 2 threads"
printf "%10s %10s %10s %14s %14s %12s\n" papers "wall s" "peak MiB" tokens "ns/token/it" "vs first"
first=""
for n in $sizes; do
  [[ -f "$work/syn-$n.jsonl.gz" ]] || /usr/bin/python3 "$root/bench/synthetic-corpus.py" "$model" "$n" \
    "$work/syn-$n.jsonl.gz" 2> /dev/null
  rm -rf "$work/out-$n"
  read -r _ wall mib _ <<< "$(measure "run-$n" java -jar "$jar" run --input "$work/syn-$n.jsonl.gz" \
    --out "$work/out-$n" --topics "$topics" --iterations "$iterations" --themes none -q)"
  tokens=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["counts"]["tokens"])' "$work/out-$n/run.json")
  per=$(calc "$wall * 1e9 / ($tokens * $iterations)")
  first="${first:-$per}"
  printf "%10s %10s %10s %14s %14.1f %12.2f\n" "$n" "$wall" "$mib" "$tokens" "$per" "$(calc "$per / $first")"
done
