#!/usr/bin/env bash
# End to end, side by side in one run on the same papers and settings (issue 10):
#   MALLET's own CLI: Csv2Vectors import (--keep-sequence --remove-stopwords), then TopicTrainer train-topics writing
#   topic keys and doc-topics;
#   landscape run: every output (CSVs, model, charts, report, slides).
# Same K, iterations, threads, optimize interval (20), optimisation burn-in (50) and seed for both. Prints wall time,
# CPU time, peak memory (RSS), tokens, Gibbs sampling throughput (tokens x iterations / sampling time, each tool's
# own sampling clock) and the ratios; writes them to bench/results/end-to-end-*.txt with the machine.
#
# Usage: bench/end-to-end-vs-mallet.sh [CORPUS]   (default: ../shared/corpora/arxiv-cs-ai-2024-2026.jsonl.gz)
# Environment: TOPICS (50), ITERATIONS (200), THREADS (2), WORK (default temporary), LANDSCAPE_ARGS (extra options)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/common.sh"
corpus_arg "${1:-}"
topics="${TOPICS:-50}"; iterations="${ITERATIONS:-200}"; threads="${THREADS:-2}"
workdir
jar_copy

# MALLET's CSV import wants "id<TAB>label<TAB>text" lines; both tools get title + ". " + abstract per paper.
# (Converting is a cost a MALLET user pays too; it is not counted.)
/usr/bin/python3 "$root/bench/jsonl-to-tsv.py" "$corpus" "$work/corpus.tsv"
papers=$(wc -l < "$work/corpus.tsv")

import=$(measure mallet-import java -cp "$jar" cc.mallet.classify.tui.Csv2Vectors --input "$work/corpus.tsv" \
  --output "$work/corpus.mallet" --keep-sequence --remove-stopwords)
train=$(measure mallet-train java -cp "$jar" cc.mallet.topics.tui.TopicTrainer --input "$work/corpus.mallet" \
  --num-topics "$topics" --num-iterations "$iterations" --num-threads "$threads" --optimize-interval 20 \
  --optimize-burn-in 50 --random-seed 1 --output-topic-keys "$work/mallet-keys.txt" \
  --output-doc-topics "$work/mallet-doc-topics.txt")
rm -rf "$work/out"
# shellcheck disable=SC2086
# The collector the launcher chooses (see ./landscape): the memory measured is the product's.
ours=$(measure landscape java -XX:+UseSerialGC -jar "$jar" run --input "$corpus" --out "$work/out" --topics "$topics" \
  --iterations "$iterations" --threads "$threads" --seed 1 -q ${LANDSCAPE_ARGS:-})

read -r _ iwall imib icpu <<< "$import"
read -r _ twall tmib tcpu <<< "$train"
read -r _ owall omib ocpu <<< "$ours"
mtokens=$(sed -n 's/^total tokens: //p' "$work/mallet-train.out")
# MALLET prints "Total time: [N minutes] M seconds" after sampling.
msample=$(/usr/bin/python3 -c '
import re, sys
line = [l for l in open(sys.argv[1]) if l.startswith("Total time:")][0]
units = {"days": 86400, "hours": 3600, "minutes": 60, "seconds": 1}
print(sum(int(n) * units[u] for n, u in re.findall(r"(\d+) (days|hours|minutes|seconds)", line)))' "$work/mallet-train.out")
read -r otokens osample stages <<< "$(/usr/bin/python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
t = r["timings_ms"]
print(r["counts"]["tokens"], t["train"] / 1000,
      ",".join(f"{k}={v / 1000:.1f}s" for k, v in t.items() if k != "total" and not k.startswith("prepare_")))' \
  "$work/out/run.json")"
# The last committed result, to compare each stage with (issue 40: two stages grew from 4 s to 2 minutes unnoticed).
previous=$(find "$root/bench/results" -name 'end-to-end-*.txt' | sort | tail -1)
record end-to-end
machine
echo "corpus: $corpus ($papers papers); K=$topics, $iterations iterations, $threads threads, optimize 20 after 50, seed 1"
printf "%-40s %8s %8s %9s %12s %14s\n" "" "wall s" "cpu s" "peak MiB" "tokens" "sampling tok/s"
printf "%-40s %8s %8s %9s\n" "MALLET Csv2Vectors import" "$iwall" "$icpu" "$imib"
printf "%-40s %8s %8s %9s %12s %14.0f\n" "MALLET TopicTrainer (keys, doc-topics)" "$twall" "$tcpu" "$tmib" "$mtokens" \
  "$(calc "$mtokens * $iterations / $msample")"
mwall=$(calc "round($iwall + $twall, 2)")
printf "%-40s %8s %8s %9s\n" "MALLET CLI, import + train" "$mwall" "$(calc "round($icpu + $tcpu, 2)")" \
  "$((imib > tmib ? imib : tmib))"
printf "%-40s %8s %8s %9s %12s %14.0f\n" "landscape run (every output)" "$owall" "$ocpu" "$omib" "$otokens" \
  "$(calc "$otokens * $iterations / $osample")"
echo "landscape stages: $stages"
printf "landscape / MALLET CLI: wall %.2f (target: at most 0.70), cpu %.2f, peak memory %.2f (target: at most 1.2)\n" \
  "$(calc "$owall / $mwall")" "$(calc "$ocpu / ($icpu + $tcpu)")" "$(calc "$omib / max($imib, $tmib)")"
echo "(tokens differ: landscape drops rare and near-universal words and joins phrases; MALLET keeps every non-stopword)"
if [[ -n "$previous" ]]; then
  echo "stages against $(basename "$previous") (flagged: grew by more than 50% and by more than 1 s)"
  /usr/bin/python3 - "$previous" "$stages" <<'PY'
import re, sys
def parse(line):
    return {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)s", line)}
before = next((parse(l) for l in open(sys.argv[1]) if l.startswith("landscape stages:")), {})
now = parse(sys.argv[2])
grown = 0
for stage, t in now.items():
    if stage not in before:
        print(f"  {stage:<18} {t:8.1f} s   (new stage)")
        continue
    b = before[stage]
    flag = t > 1.5 * b and t - b > 1
    grown += flag
    ratio = f"{t / b:5.2f}x" if b > 0 else "   --"
    print(f"  {stage:<18} {t:8.1f} s   was {b:8.1f} s   {ratio}{'   GREW' if flag else ''}")
print(f"{grown} stage(s) grew by more than 50%" if grown else "no stage grew by more than 50%")
PY
fi
