#!/usr/bin/env bash
# Preprocessing speed, side by side in one run on the same abstracts (issue 3):
#   MALLET's own import: cc.mallet.classify.tui.Csv2Vectors --keep-sequence --remove-stopwords
#   landscape: the whole `landscape run` process with 1 Gibbs iteration and K=2, so that it is nearly all
#   reading and preparation (phrase detection on), plus the preparation steps it times itself (run.json).
# Both get the same text per paper: title + ". " + abstract. Prints wall times, peak memory and the ratios.
#
# Usage: bench/preprocess-vs-mallet.sh [CORPUS.jsonl.gz]   (default: ../shared/corpora/arxiv-cs-ai-2024-2026.jsonl.gz)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$root/../shared/corpora/arxiv-cs-ai-2024-2026.jsonl.gz}"
[[ -f "$corpus" ]] || { echo "no corpus at $corpus" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$root" && [[ -f target/landscape.jar ]] || mvn -q -DskipTests package)
cp "$root/target/landscape.jar" "$work/landscape.jar"   # a copy: a rebuild during the run must not pull it away
jar="$work/landscape.jar"   # the shaded jar also holds MALLET 2.1.1 and its dependencies

# MALLET's CSV import wants "id<TAB>label<TAB>text" lines.
/usr/bin/python3 "$root/bench/jsonl-to-tsv.py" "$corpus" "$work/corpus.tsv"

source "$root/bench/common.sh"

record preprocess-vs-mallet
machine
echo "corpus: $corpus ($(wc -l < "$work/corpus.tsv") papers)"
mallet=$(measure mallet java -cp "$jar" cc.mallet.classify.tui.Csv2Vectors --input "$work/corpus.tsv" \
  --output "$work/corpus.mallet" --keep-sequence --remove-stopwords)
ours=$(measure landscape java -jar "$jar" run --input "$corpus" --out "$work/out" --topics 2 --iterations 1 -q)
prepare_ms=$(/usr/bin/python3 -c 'import json,sys; t=json.load(open(sys.argv[1]))["timings_ms"]; print(t["read_and_prepare"])' "$work/out/run.json")
steps=$(/usr/bin/python3 -c 'import json,sys; t=json.load(open(sys.argv[1]))["timings_ms"]; print(", ".join(f"{k[8:]} {v/1000:.1f} s" for k, v in t.items() if k.startswith("prepare_")))' "$work/out/run.json")
read -r _ mwall mmib _ <<< "$mallet"
read -r _ owall omib _ <<< "$ours"
printf "%-46s %8s %10s\n" "" "wall s" "peak MiB"
printf "%-46s %8s %10s\n" "MALLET Csv2Vectors import (whole process)" "$mwall" "$mmib"
printf "%-46s %8s %10s\n" "landscape run, 1 iteration (whole process)" "$owall" "$omib"
printf "%-46s %8.1f\n" "landscape read and prepare (in process)" "$(calc "$prepare_ms / 1000")"
echo "landscape preparation steps: $steps"
printf "speed-up, whole process: %.2fx; read and prepare alone: %.2fx (target: 2x)\n" \
  "$(calc "$mwall / $owall")" "$(calc "$mwall * 1000 / $prepare_ms")"
