#!/usr/bin/env bash
# Theme assignment against papers read and labelled one by one (issues 19 and 37), at several corpus sizes: the 300
# labelled papers of themes-gold inside corpora of 4,000, 15,000 and all 78,240 papers (the others drawn by
# bench/themes-gold-corpora.py: reproducible, nested). Trains landscape on each corpus once per seed, scores the
# labelled papers' rows of topic-assignments.csv with the labelled set's own scorer (score.py --members all: the
# `themes` column), and scores the set's keyword baseline (seed terms of the same themes file in the title once or in
# the abstract twice) in the same script run. Prints per size: macro F1, primary accuracy, the share of papers with
# no labelled theme kept out of every named theme, and the theme-share error (per theme with at least 8 labelled
# members, |predicted members - labelled members| / labelled members; its mean over themes and its maximum), as the
# mean over seeds with the spread (max - min), beside the baseline; then per-theme F1.
#
# Usage: bench/themes-vs-gold.sh [CORPUS.jsonl.gz]
#   defaults: ../shared/corpora/arxiv-cs-ai-2024-2026.jsonl.gz; GOLD=../shared/eval/themes-gold; SEEDS="1 2 3";
#   SIZES="4000 15000 0" (0: the whole corpus); ITERATIONS=200; THEMES=data/themes.yaml; other options of
#   `landscape run` are its defaults. WORK=DIR keeps the corpora and runs. The baseline needs python3-yaml (Debian).
#   The baseline looks at each paper alone, so it is run on the labelled papers' file: its rows for them are the
#   rows it writes for them in any corpus.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/common.sh"
corpus_arg "${1:-}"
gold="${GOLD:-$root/../shared/eval/themes-gold}"
seeds="${SEEDS:-1 2 3}"
sizes="${SIZES:-4000 15000 0}"
iterations="${ITERATIONS:-200}"
themes="${THEMES:-$root/data/themes.yaml}"
[[ -f "$gold/score.py" ]] || { echo "no labelled set at $gold" >&2; exit 2; }
workdir
jar_copy
record themes-vs-gold
machine
echo "corpus: $corpus; labels: $gold; themes: $themes; sizes: $sizes; seeds: $seeds; --iterations $iterations"
echo "commit: $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet || echo ' (with uncommitted changes)')"

/usr/bin/python3 "$root/bench/themes-gold-corpora.py" "$corpus" "$gold/dev-papers.jsonl" "$work" $sizes
/usr/bin/python3 "$gold/keyword_baseline.py" "$themes" "$gold/dev-papers.jsonl" "$work/keyword.csv"
/usr/bin/python3 "$gold/score.py" "$gold/dev-labels.csv" "$work/keyword.csv" --members all > "$work/keyword.score"

for size in $sizes; do
  for seed in $seeds; do
    measure "run-$size-$seed" java -jar "$jar" run -q --input "$work/corpus-$size.jsonl" --out "$work/run-$size-$seed" \
      --themes "$themes" --iterations "$iterations" --seed "$seed"
    /usr/bin/python3 "$gold/score.py" "$gold/dev-labels.csv" "$work/run-$size-$seed/topic-assignments.csv" \
      --members all > "$work/landscape-$size-$seed.score"
  done
done

echo
/usr/bin/python3 - "$work" "$sizes" "$seeds" <<'PY'
import re, sys
work, sizes, seeds = sys.argv[1], sys.argv[2].split(), sys.argv[3].split()
def read(path):
    text = open(path).read()
    m = re.search(r"macro_f1=([\d.]+) primary_acc=([\d.]+)", text)
    none = re.search(r"kept out of named themes: ([\d.]+)", text)
    rows = [l.split() for l in text.splitlines()[1:14]]
    per = {r[0]: float(r[5]) for r in rows}
    errors = {r[0]: abs(int(r[2]) - int(r[1])) / int(r[1]) for r in rows if int(r[1]) >= 8}
    mean_error = sum(errors.values()) / len(errors)
    worst = max(errors, key=errors.get)
    return float(m[1]), float(m[2]), float(none[1]), mean_error, errors[worst], worst, per, errors
def stat(values):
    return f"{sum(values) / len(values):.3f} ({max(values) - min(values):.3f})"
kw = read(f"{work}/keyword.score")
head = f"{'':22s} {'macro F1':>14s} {'primary acc':>14s} {'kept out':>14s} {'share err mean':>15s} {'share err max':>14s}"
print("== summary: mean over seeds " + " ".join(seeds) + " (spread max - min); share error per theme with 8+ labels")
print(head)
for size in sizes:
    runs = [read(f"{work}/landscape-{size}-{s}.score") for s in seeds]
    label = f"landscape, {'all' if size == '0' else size}"
    worst = max(runs[0][7], key=lambda t: sum(r[7][t] for r in runs))
    print(f"{label:22s} {stat([r[0] for r in runs]):>14s} {stat([r[1] for r in runs]):>14s} "
          f"{stat([r[2] for r in runs]):>14s} {stat([r[3] for r in runs]):>15s} {stat([r[4] for r in runs]):>14s}"
          f"  worst mean: {worst} {sum(r[7][worst] for r in runs) / len(runs):.2f}")
print(f"{'keyword baseline':22s} {kw[0]:14.3f} {kw[1]:14.3f} {kw[2]:14.3f} {kw[3]:15.3f} {kw[4]:14.3f}  worst: {kw[5]}")
print()
print("per-theme F1, mean over seeds, by size (baseline last)")
print(f"  {'theme':18s} " + " ".join(f"{('all' if s == '0' else s):>7s}" for s in sizes) + f" {'base':>7s}")
for theme in kw[6]:
    cells = []
    for size in sizes:
        runs = [read(f"{work}/landscape-{size}-{s}.score") for s in seeds]
        cells.append(f"{sum(r[6][theme] for r in runs) / len(runs):7.2f}")
    print(f"  {theme:18s} " + " ".join(cells) + f" {kw[6][theme]:7.2f}")
PY
