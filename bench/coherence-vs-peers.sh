#!/usr/bin/env bash
# Topic coherence of landscape against MALLET's own CLI (and gensim's LdaMulticore with --gensim), trained on the
# same corpus at the same K and iterations, every model's top 10 words scored by `landscape coherence` against ONE
# common tokenization: MALLET's import tokens (Csv2Vectors --keep-sequence --remove-stopwords). A phrase of ours
# counts as its words; our display forms are lower-cased so they are MALLET tokens again (LLMs -> llms).
# Prints each system's mean c_npmi and c_v (issue 4). See ../shared/docs/peer-baselines.md for how the peers were
# measured before.
#
# Usage: bench/coherence-vs-peers.sh [--gensim] [CORPUS.jsonl.gz] [K] [ITERATIONS]
#   defaults: ../shared/corpora/arxiv-cs-ai-2024-2026.jsonl.gz, K=50, 200 iterations; 2 threads, seed 1 for all.
#   SEEDS="1 2 3 4 5 6" trains every system once per seed and prints each seed's scores and their means: on 20,000
#   cs.AI papers one run's mean c_npmi moves by 0.003-0.008 (standard deviation) between seeds, and by as much when
#   the vocabulary changes by a few terms, so a difference below 0.005 needs six seeds a side. SEED=N is SEEDS=N.
#   --gensim needs Debian's python3-gensim (apt-get install python3-gensim).
# Environment: PAPERS=N uses the first N papers of the corpus; OURS_ITERATIONS and MALLET_ITERATIONS override
#   ITERATIONS for one side, e.g. OURS_ITERATIONS=auto MALLET_ITERATIONS=1000 (issue 10: does --iterations auto
#   reach MALLET's coherence at 1,000 iterations in at most half its time?). Wall times of both trainings (whole
#   processes; MALLET's import counted apart) are printed too.
set -euo pipefail
gensim=false
if [[ "${1:-}" == "--gensim" ]]; then gensim=true; shift; fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$root/../shared/corpora/arxiv-cs-ai-2024-2026.jsonl.gz}"
k="${2:-50}"
iterations="${3:-200}"
ours_iterations="${OURS_ITERATIONS:-$iterations}"
mallet_iterations="${MALLET_ITERATIONS:-$iterations}"
seeds="${SEEDS:-${SEED:-1}}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
source "$root/bench/common.sh"
if [[ -n "${PAPERS:-}" ]]; then
  { if [[ "$corpus" == *.gz ]]; then zcat "$corpus"; else cat "$corpus"; fi; } | head -n "$PAPERS" > "$work/sample.jsonl" || true
  corpus="$work/sample.jsonl"
fi
(cd "$root" && mvn -q -DskipTests package)
cp "$root/target/landscape.jar" "$work/landscape.jar"   # a copy: a rebuild during the run must not pull it away
jar="$work/landscape.jar"

/usr/bin/python3 "$root/bench/jsonl-to-tsv.py" "$corpus" "$work/corpus.tsv"
javac -cp "$jar" -d "$work" "$root/bench/src/MalletTokens.java"
java -cp "$jar:$work" MalletTokens "$work/corpus.tsv" "$work/texts.txt"

score() {  # score SYSTEM SEED: prints "c_npmi c_v" of $work/SYSTEM-SEED.topics on MALLET's tokens
  # Words of ours that MALLET's tokens never contain (a rare folding or repair) are dropped from our topic.
  /usr/bin/python3 - "$work/texts.txt" "$work/$1-$2.topics" <<'PY'
import sys
vocab = set()
for line in open(sys.argv[1], encoding="utf-8"):
    vocab.update(line.split())
topics = [[w for w in l.split() if w in vocab] for l in open(sys.argv[2], encoding="utf-8")]
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(" ".join(t) for t in topics) + "\n")
PY
  local mean npmi cv
  # The CSV holds one row per topic (its means go to standard error): average c_npmi and c_v here.
  mean=$(java -jar "$jar" coherence -q --texts "$work/texts.txt" --topics "$work/$1-$2.topics" \
    | awk -F, 'NR > 1 { n++; a += $2; b += $5 } END { printf "mean,%.10f,,,%.10f", a / n, b / n }')
  IFS=, read -r _ npmi _ _ cv <<< "$mean"
  printf "%.4f %.4f\n" "$npmi" "$cv"
}

echo "MALLET's import..." >&2
import_time=$(measure mallet-import java -cp "$jar" cc.mallet.classify.tui.Csv2Vectors --input "$work/corpus.tsv" \
  --output "$work/corpus.mallet" --keep-sequence --remove-stopwords)
read -r _ iwall _ <<< "$import_time"
systems=(landscape mallet)
if $gensim; then systems+=(gensim); fi
rows=()
for seed in $seeds; do
  echo "seed $seed: training landscape (K=$k, $ours_iterations iterations)..." >&2
  ours_time=$(measure landscape java -jar "$jar" run --input "$corpus" --out "$work/ours-$seed" --topics "$k" \
    --iterations "$ours_iterations" --seed "$seed" -q)
  /usr/bin/python3 - "$work/ours-$seed/topics.csv" "$work/landscape-$seed.topics" <<'PY'
import csv, sys
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for row in csv.DictReader(f):
        words = []
        for term in row["top_words"].split("; "):
            for w in term.lower().split(" "):
                if w not in words:
                    words.append(w)
        out.write(" ".join(words[:10]) + "\n")
PY
  stop=$(/usr/bin/python3 -c 'import json,sys; p=json.load(open(sys.argv[1]))["parameters"]; print(p.get("iterations_run", p.get("iterations")))' "$work/ours-$seed/run.json")
  echo "seed $seed: training MALLET's CLI (K=$k, $mallet_iterations iterations)..." >&2
  mallet_time=$(measure mallet-train java -cp "$jar" cc.mallet.topics.tui.TopicTrainer --input "$work/corpus.mallet" \
    --num-topics "$k" --num-iterations "$mallet_iterations" --num-threads 2 --optimize-interval 20 \
    --optimize-burn-in 50 --random-seed "$seed" --num-top-words 10 --output-topic-keys "$work/mallet.keys")
  cut -f3 "$work/mallet.keys" | sed 's/ *$//' > "$work/mallet-$seed.topics"
  if $gensim; then
    echo "seed $seed: training gensim LdaMulticore (K=$k, 5 passes)..." >&2
    /usr/bin/python3 - "$work/texts.txt" "$work/gensim-$seed.topics" "$k" "$seed" <<'PY'
import sys
from gensim.corpora import Dictionary
from gensim.models import LdaMulticore
texts = [l.split() for l in open(sys.argv[1], encoding="utf-8")]
d = Dictionary(texts)
model = LdaMulticore([d.doc2bow(t) for t in texts], id2word=d, num_topics=int(sys.argv[3]), workers=2, passes=5,
                     random_state=int(sys.argv[4]))
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for t in range(int(sys.argv[3])):
        out.write(" ".join(w for w, _ in model.show_topic(t, topn=10)) + "\n")
PY
  fi
  read -r _ owall _ <<< "$ours_time"; read -r _ mwall _ <<< "$mallet_time"
  row="$seed $owall $stop $mwall"
  for s in "${systems[@]}"; do row="$row $(score "$s" "$seed")"; done
  rows+=("$row")
done

record coherence-vs-peers
machine
echo "corpus: $corpus ($(wc -l < "$work/corpus.tsv") papers), K=$k; landscape --iterations $ours_iterations" \
  "(whole process, every output), MALLET CLI train-topics $mallet_iterations iterations (import $iwall s, apart)"
header="seed landscape_s iterations_run mallet_train_s"
for s in "${systems[@]}"; do header="$header ${s}_npmi ${s}_cv"; done
printf "%s\n" "$header" "${rows[@]}" | column -t
printf "%s\n" "${rows[@]}" | /usr/bin/python3 -c '
import sys
rows = [l.split() for l in sys.stdin if l.strip()]
cols = list(zip(*rows))
names = sys.argv[1:]
mean = lambda c: sum(float(x) for x in c) / len(c)
sd = lambda c: (sum((float(x) - mean(c)) ** 2 for x in c) / max(1, len(c) - 1)) ** 0.5
print("means over %d seeds: landscape %.1f s, MALLET train %.1f s (ratio %.2f)" % (len(rows), mean(cols[1]), mean(cols[3]),
      mean(cols[1]) / mean(cols[3])))
for i, n in enumerate(names):
    print("%-10s c_npmi %.4f (sd %.4f)  c_v %.4f" % (n, mean(cols[4 + 2 * i]), sd(cols[4 + 2 * i]), mean(cols[5 + 2 * i])))
' "${systems[@]}"
