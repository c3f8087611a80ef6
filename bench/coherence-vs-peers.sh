#!/usr/bin/env bash
# Topic coherence of landscape against MALLET's own CLI (and gensim's LdaMulticore with --gensim), trained on the
# same corpus at the same K and iterations, every model's top 10 words scored by `landscape coherence` against ONE
# common tokenization: MALLET's import tokens (Csv2Vectors --keep-sequence --remove-stopwords). A phrase of ours
# counts as its words; our display forms are lower-cased so they are MALLET tokens again (LLMs -> llms).
# Prints each system's mean c_npmi and c_v (issue 4). See ../shared/docs/peer-baselines.md for how the peers were
# measured before.
#
# Usage: bench/coherence-vs-peers.sh [--gensim] [CORPUS.jsonl.gz] [K] [ITERATIONS]
#   defaults: ../shared/corpora/arxiv-cs-ai-2024-2026.jsonl.gz, K=50, 200 iterations; 2 threads, seed 1 for all
#   (SEED=N for another seed: one seed's NPMI moves by about 0.004 between seeds, so compare several).
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
seed="${SEED:-1}"
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

echo "training landscape (K=$k, $ours_iterations iterations)..." >&2
ours_time=$(measure landscape java -jar "$jar" run --input "$corpus" --out "$work/ours" --topics "$k" \
  --iterations "$ours_iterations" --seed "$seed" -q)
/usr/bin/python3 - "$work/ours/topics.csv" "$work/landscape.topics" <<'PY'
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

echo "training MALLET's CLI (K=$k, $mallet_iterations iterations)..." >&2
import_time=$(measure mallet-import java -cp "$jar" cc.mallet.classify.tui.Csv2Vectors --input "$work/corpus.tsv" \
  --output "$work/corpus.mallet" --keep-sequence --remove-stopwords)
mallet_time=$(measure mallet-train java -cp "$jar" cc.mallet.topics.tui.TopicTrainer --input "$work/corpus.mallet" \
  --num-topics "$k" --num-iterations "$mallet_iterations" --num-threads 2 --optimize-interval 20 \
  --optimize-burn-in 50 --random-seed "$seed" --num-top-words 10 --output-topic-keys "$work/mallet.keys")
cut -f3 "$work/mallet.keys" | sed 's/ *$//' > "$work/mallet.topics"

systems=(landscape mallet)
if $gensim; then
  echo "training gensim LdaMulticore (K=$k, 5 passes)..." >&2
  /usr/bin/python3 - "$work/texts.txt" "$work/gensim.topics" "$k" "$seed" <<'PY'
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
  systems+=(gensim)
fi

read -r _ owall _ <<< "$ours_time"; read -r _ iwall _ <<< "$import_time"; read -r _ mwall _ <<< "$mallet_time"
record coherence-vs-peers
machine
echo "corpus: $corpus ($(wc -l < "$work/corpus.tsv") papers), K=$k, seed $seed"
echo "landscape run --iterations $ours_iterations (whole process, every output): $owall s;" \
  "$(/usr/bin/python3 -c 'import json,sys; p=json.load(open(sys.argv[1]))["parameters"]; print(p.get("iterations_stopped", "fixed"))' "$work/ours/run.json")"
echo "MALLET CLI: import $iwall s + train-topics $mallet_iterations iterations $mwall s"
printf "time ratio, landscape / MALLET train: %.2f\n" "$(calc "$owall / $mwall")"
printf "%-10s %8s %8s\n" system c_npmi c_v
for s in "${systems[@]}"; do
  # Words of ours that MALLET's tokens never contain (a rare folding or repair) are dropped from our topic.
  /usr/bin/python3 - "$work/texts.txt" "$work/$s.topics" <<'PY'
import sys
vocab = set()
for line in open(sys.argv[1], encoding="utf-8"):
    vocab.update(line.split())
topics = [[w for w in l.split() if w in vocab] for l in open(sys.argv[2], encoding="utf-8")]
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(" ".join(t) for t in topics) + "\n")
PY
  mean=$(java -jar "$jar" coherence --texts "$work/texts.txt" --topics "$work/$s.topics" | tail -1)
  IFS=, read -r _ npmi _ _ cv <<< "$mean"
  printf "%-10s %8.4f %8.4f\n" "$s" "$npmi" "$cv"
done
