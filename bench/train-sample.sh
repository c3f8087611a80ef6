#!/usr/bin/env bash
# `landscape run --train-sample` against a full run (issue 22): on the same corpus, K, iterations and seed, a full
# run and runs trained on samples of 10%, 25% and 50% (uniform), all in one script run. Prints each run's wall time,
# peak memory and its ratio to the full run; how many papers keep the full run's primary theme; how many of the full
# run's theme memberships the sampled run keeps and how many of its memberships the full run has (both ways, over
# every paper); and each run scored on the labelled papers (score.py --members all).
#
# Usage: bench/train-sample.sh [CORPUS.jsonl.gz]
#   defaults: ../shared/corpora/arxiv-cs-ai-2024-2026.jsonl.gz; GOLD=../shared/eval/themes-gold; SAMPLES="10% 25% 50%";
#   TOPICS=50; ITERATIONS=200; SEED=1; SAMPLE_BY=uniform. WORK=DIR keeps the runs; with REUSE=1 a run whose
#   folder and time are already in WORK is not run again. REFERENCE_SEED=2 adds a second full run with that seed:
#   how much two full runs agree is the yardstick for how much a sampled run agrees with the full one.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/common.sh"
corpus_arg "${1:-}"
gold="${GOLD:-$root/../shared/eval/themes-gold}"
samples="${SAMPLES:-10% 25% 50%}"
topics="${TOPICS:-50}"
iterations="${ITERATIONS:-200}"
seed="${SEED:-1}"
by="${SAMPLE_BY:-uniform}"
workdir
jar_copy
record train-sample
machine
echo "corpus: $corpus; --topics $topics --iterations $iterations --seed $seed; samples: $samples ($by)"
echo "label wall_s peak_mib cpu_s"
common=(run -q --input "$corpus" --topics "$topics" --iterations "$iterations")
# once NAME ARGS...: measures a run into $work/NAME, unless REUSE=1 and it is there already.
once() {
  local name="$1"; shift
  if [[ "${REUSE:-0}" == 1 && -f "$work/$name/run.json" && -f "$work/$name.time" ]]; then
    echo "$(cat "$work/$name.time") (reused)"
  else
    measure "$name" java -jar "$jar" "${common[@]}" --out "$work/$name" "$@" | tee "$work/$name.time"
  fi
}
once full --seed "$seed"
runs=(full)
if [[ -n "${REFERENCE_SEED:-}" ]]; then
  once "reference-$REFERENCE_SEED" --seed "$REFERENCE_SEED"
  runs+=("reference-$REFERENCE_SEED")
fi
for s in $samples; do
  name="sample-${s%\%}"
  once "$name" --seed "$seed" --train-sample "$s" --sample-by "$by"
  runs+=("$name")
done
for run in "${runs[@]}"; do
  if [[ -f "$gold/score.py" ]]; then
    /usr/bin/python3 "$gold/score.py" "$gold/dev-labels.csv" "$work/$run/topic-assignments.csv" --members all \
      > "$work/$run.score"
  fi
done
echo
/usr/bin/python3 - "$work" "${runs[@]:1}" <<'PY'
import csv, json, os, re, sys
work, runs = sys.argv[1], sys.argv[2:]
def rows(run):
    with open(f"{work}/{run}/topic-assignments.csv", newline="", encoding="utf-8") as f:
        return {r["id"]: (r["theme"], set(t for t in r["themes"].split("; ") if t)) for r in csv.DictReader(f)}
def wall(run):
    return float(open(f"{work}/{run}.time").read().split()[1])
def stage(run, key):
    return json.load(open(f"{work}/{run}/run.json"))["timings_ms"].get(key, 0) / 1000
def score(run):
    path = f"{work}/{run}.score"
    if not os.path.exists(path):
        return "not scored (no labelled set)"
    m = re.search(r"macro_f1=([\d.]+) primary_acc=([\d.]+)", open(path).read())
    return f"macro F1 {m[1]}, primary accuracy {m[2]}"
full = rows("full")
print(f"full run: {wall('full'):.1f} s (train {stage('full', 'train'):.1f} s); labelled papers: {score('full')}")
print(f"{'run':12s} {'wall s':>8s} {'x full':>7s} {'train s':>8s} {'place s':>8s} {'same primary':>13s} "
      f"{'full kept':>10s} {'also full':>10s}  labelled papers")
for run in runs:
    got = rows(run)
    same = sum(1 for i in full if i in got and got[i][0] == full[i][0])
    full_members = sum(len(full[i][1]) for i in full)
    kept = sum(len(full[i][1] & got[i][1]) for i in full if i in got)
    mine = sum(len(got[i][1]) for i in got)
    print(f"{run:12s} {wall(run):8.1f} {wall(run) / wall('full'):7.2f} {stage(run, 'train'):8.1f} "
          f"{stage(run, 'place'):8.1f} {same / len(full):13.1%} {kept / max(1, full_members):10.1%} "
          f"{kept / max(1, mine):10.1%}  {score(run)}")
print("same primary: papers whose primary theme is the full run's; full kept: of the full run's memberships, the "
      "share the sampled run also has; also full: of the sampled run's memberships, the share the full run has.")
def shares(run):
    with open(f"{work}/{run}/themes.csv", newline="", encoding="utf-8") as f:
        return {r["name"]: float(r["share"]) for r in csv.DictReader(f) if r["kind"] == "named"}
base = shares("full")
print("named themes' shares against the full run's (issue 37: a 10% sample within 2 points):")
for run in runs:
    got = shares(run)
    diffs = sorted(((abs(got.get(n, 0) - s), n) for n, s in base.items()), reverse=True)
    print(f"  {run:12s} largest difference {100 * diffs[0][0]:.1f} points ({diffs[0][1]}), mean "
          f"{100 * sum(d for d, _ in diffs) / len(diffs):.1f}; over 2 points: {sum(d > 0.02 for d, _ in diffs)} of {len(diffs)}")
PY
