#!/usr/bin/env bash
# Theme assignment against papers read and labelled one by one (issue 19): trains landscape on the corpus once per
# seed, scores each run's topic-assignments.csv with the labelled set's own scorer (score.py --members all: the
# `themes` column), and scores the set's keyword baseline (seed terms of the same themes file in the title once or
# in the abstract twice) in the same script run. Prints per-theme precision, recall and F1 of every run, then for
# landscape and the baseline: macro F1, primary accuracy, and the share of papers with no labelled theme kept out of
# every named theme, as the mean over seeds with the spread (max - min).
#
# Usage: bench/themes-vs-gold.sh [CORPUS.jsonl.gz]
#   defaults: ../shared/corpora/arxiv-cs-ai-2024-2026.jsonl.gz; GOLD=../shared/eval/themes-gold; SEEDS="1 2 3";
#   ITERATIONS=200; THEMES=data/themes.yaml; other options of `landscape run` are its defaults (K=50 from 2,450
#   papers up). WORK=DIR keeps the runs. The keyword baseline needs python3-yaml (Debian).
#   The baseline looks at each paper alone, so it is run on the labelled papers' file: its rows for them are the
#   rows it writes for them in the whole corpus.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/common.sh"
corpus_arg "${1:-}"
gold="${GOLD:-$root/../shared/eval/themes-gold}"
seeds="${SEEDS:-1 2 3}"
iterations="${ITERATIONS:-200}"
themes="${THEMES:-$root/data/themes.yaml}"
[[ -f "$gold/score.py" ]] || { echo "no labelled set at $gold" >&2; exit 2; }
workdir
jar_copy
record themes-vs-gold
machine
echo "corpus: $corpus; labels: $gold; themes: $themes; seeds: $seeds; --iterations $iterations"

/usr/bin/python3 "$gold/keyword_baseline.py" "$themes" "$gold/dev-papers.jsonl" "$work/keyword.csv"
echo
echo "== keyword baseline (same themes file)"
/usr/bin/python3 "$gold/score.py" "$gold/dev-labels.csv" "$work/keyword.csv" --members all | tee "$work/keyword.score"

for seed in $seeds; do
  echo
  echo "== landscape, seed $seed"
  measure "run-$seed" java -jar "$jar" run -q --input "$corpus" --out "$work/run-$seed" --themes "$themes" \
    --iterations "$iterations" --seed "$seed"
  /usr/bin/python3 "$gold/score.py" "$gold/dev-labels.csv" "$work/run-$seed/topic-assignments.csv" --members all \
    | tee "$work/landscape-$seed.score"
done

echo
/usr/bin/python3 - "$work" $seeds <<'PY'
import re, sys
work, seeds = sys.argv[1], sys.argv[2:]
def read(path):
    text = open(path).read()
    m = re.search(r"macro_f1=([\d.]+) primary_acc=([\d.]+)", text)
    none = re.search(r"kept out of named themes: ([\d.]+)", text)
    per = {l.split()[0]: float(l.split()[5]) for l in text.splitlines()[1:14]}
    return float(m[1]), float(m[2]), float(none[1]), per
kw = read(f"{work}/keyword.score")
runs = [read(f"{work}/landscape-{s}.score") for s in seeds]
def stat(values):
    return f"{sum(values) / len(values):.3f} (spread {max(values) - min(values):.3f})"
print("== summary over seeds " + " ".join(seeds))
print(f"{'':28s} {'macro F1':>22s} {'primary accuracy':>22s} {'unlabelled kept out':>22s}")
for name, i in [("landscape", None)]:
    print(f"{'landscape':28s} {stat([r[0] for r in runs]):>22s} {stat([r[1] for r in runs]):>22s} "
          f"{stat([r[2] for r in runs]):>22s}")
print(f"{'keyword baseline':28s} {kw[0]:22.3f} {kw[1]:22.3f} {kw[2]:22.3f}")
print(f"{'landscape - baseline':28s} {sum(r[0] for r in runs) / len(runs) - kw[0]:22.3f} "
      f"{sum(r[1] for r in runs) / len(runs) - kw[1]:22.3f} {sum(r[2] for r in runs) / len(runs) - kw[2]:22.3f}")
print()
print("per-theme F1: landscape mean over seeds (baseline)")
for theme in kw[3]:
    print(f"  {theme:18s} {sum(r[3][theme] for r in runs) / len(runs):.2f} ({kw[3][theme]:.2f})")
PY
