#!/usr/bin/env bash
# Inference on a saved model, side by side in one run (issue 9). Both tools first train a model on the corpus
# (same K, iterations, threads, optimize interval, seed; not part of the comparison), then place the same papers on
# it with the same sampling settings (100 iterations, burn-in 10, thinning 10, as MALLET's InferTopics defaults):
#   MALLET: Csv2Vectors --use-pipe-from (import through the training pipe) + cc.mallet.topics.tui.InferTopics
#   landscape: `landscape infer`, the whole process (load and check the model, read, prepare, sample, write CSV)
# Prints wall time, peak memory, papers per second, the ratio, and the share of papers whose inferred primary
# theme is their training primary theme.
#
# Usage: bench/infer-vs-mallet.sh [CORPUS.jsonl.gz]   (default: ../shared/corpora/arxiv-cs-ai-2024-2026.jsonl.gz)
# Environment: TOPICS (50), ITERATIONS (200), THREADS (2), WORK (a folder to keep the models in; default temporary)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/common.sh"
corpus_arg "${1:-}"
topics="${TOPICS:-50}"; iterations="${ITERATIONS:-200}"; threads="${THREADS:-2}"
workdir
jar_copy

record infer-vs-mallet
machine
/usr/bin/python3 "$root/bench/jsonl-to-tsv.py" "$corpus" "$work/corpus.tsv"
papers=$(wc -l < "$work/corpus.tsv")
echo "corpus: $corpus ($papers papers); K=$topics, $iterations training iterations, $threads threads"

# Training, both tools (reported, not compared here; see bench/ for training speed).
if [[ ! -f "$work/reports/model/model.json" ]]; then
  measure train-landscape java -jar "$jar" run --input "$corpus" --out "$work/reports" --topics "$topics" \
    --iterations "$iterations" --threads "$threads" --seed 1 -q
fi
if [[ ! -f "$work/inferencer.mallet" ]]; then
  measure import-mallet java -cp "$jar" cc.mallet.classify.tui.Csv2Vectors --input "$work/corpus.tsv" \
    --output "$work/train.mallet" --keep-sequence --remove-stopwords
  measure train-mallet java -cp "$jar" cc.mallet.topics.tui.TopicTrainer --input "$work/train.mallet" \
    --num-topics "$topics" --num-iterations "$iterations" --num-threads "$threads" --optimize-interval 20 \
    --optimize-burn-in 50 --random-seed 1 --inferencer-filename "$work/inferencer.mallet"
fi

# The job compared: place the papers on the saved model.
mimport=$(measure mallet-import java -cp "$jar" cc.mallet.classify.tui.Csv2Vectors --input "$work/corpus.tsv" \
  --output "$work/new.mallet" --use-pipe-from "$work/train.mallet")
minfer=$(measure mallet-infer java -cp "$jar" cc.mallet.topics.tui.InferTopics --inferencer "$work/inferencer.mallet" \
  --input "$work/new.mallet" --output-doc-topics "$work/mallet-doc-topics.txt" --num-iterations 100 --burn-in 10 \
  --sample-interval 10 --random-seed 1)
ours=$(measure landscape-infer java -jar "$jar" infer --model "$work/reports/model" --input "$corpus" \
  --out "$work/inferred.csv" --iterations 100 --burn-in 10 --thinning 10 --threads "$threads" -q)
read -r _ iwall imib _ <<< "$mimport"
read -r _ fwall fmib _ <<< "$minfer"
read -r _ owall omib _ <<< "$ours"
printf "%-52s %8s %10s %12s\n" "" "wall s" "peak MiB" "papers/s"
printf "%-52s %8s %10s\n" "MALLET Csv2Vectors --use-pipe-from" "$iwall" "$imib"
printf "%-52s %8s %10s\n" "MALLET InferTopics" "$fwall" "$fmib"
printf "%-52s %8.1f %10s %12.0f\n" "MALLET import + InferTopics" "$(calc "$iwall + $fwall")" "$((imib > fmib ? imib : fmib))" \
  "$(calc "$papers / ($iwall + $fwall)")"
printf "%-52s %8s %10s %12.0f\n" "landscape infer (whole process)" "$owall" "$omib" "$(calc "$papers / $owall")"
printf "speed-up, whole process: %.2fx (target: 3x)\n" "$(calc "($iwall + $fwall) / $owall")"
/usr/bin/python3 - "$work/reports/topic-assignments.csv" "$work/inferred.csv" <<'PY'
import csv, sys
trained = {r["id"]: r["theme"] for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))}
inferred = {r["id"]: r for r in csv.DictReader(open(sys.argv[2], encoding="utf-8"))}
same = sum(1 for i, t in trained.items() if i in inferred and inferred[i]["theme"] == t)
unassignable = sum(1 for r in inferred.values() if r["status"] == "unassignable")
print(f"training papers whose inferred primary theme is their training theme: {same:,} of {len(trained):,} "
      f"({100 * same / len(trained):.1f}%; target 90%); unassignable: {unassignable:,}")
PY
