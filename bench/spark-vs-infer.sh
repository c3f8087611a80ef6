#!/usr/bin/env bash
# The Spark job against `landscape infer` (issue 22), side by side in one script run: the same papers placed on the
# same saved model by `landscape infer` (2 threads, with --doc-topics and --theme-terms: the same per-paper outputs but
# Parquet, and the same word counts) and by
# the Spark job in local mode (local[2], in one JVM, as
# `spark-submit --master local[2]` runs it: Spark's jars, then landscape-spark.jar). Prints wall time, peak memory
# (RSS) and CPU of each, the ratio Spark / infer, whether every row is the same, and whether `landscape aggregate` over
# infer's tables writes the Spark job's tables, and the ratio Spark / (infer + aggregate), which write the same outputs (themes.csv with its top terms, the trend tables); then, with SYNTHETIC=N, N
# synthetic papers (bench/synthetic-corpus.py, drawn from the model) placed by the Spark job with a driver heap of
# at most 2 GiB.
#
# Usage: bench/spark-vs-infer.sh [CORPUS.jsonl.gz]
#   defaults: ../shared/corpora/arxiv-cs-ai-2024-2026.jsonl.gz. MODEL=DIR uses a saved model (a report folder);
#   else one is trained first with --topics 50 --iterations 200 --train-sample 10% (not timed against anything).
#   PARTITIONS=8; SYNTHETIC=0 (e.g. 1000000); WORK=DIR keeps everything.
#   Needs the Spark module built: mvn -q -DskipTests install && (cd spark && mvn -q -DskipTests package).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/common.sh"
corpus_arg "${1:-}"
partitions="${PARTITIONS:-8}"
synthetic="${SYNTHETIC:-0}"
workdir
jar_copy
sparkjar="$root/spark/target/landscape-spark.jar"
[[ -f "$sparkjar" ]] || { echo "no $sparkjar: build the Spark module first (see Usage)" >&2; exit 2; }
cp "$sparkjar" "$work/landscape-spark.jar"
# Spark's jars as the build lists them for spark/run-local, and its quiet logging.
classpath="$root/spark/target/spark-classpath.txt"
[[ -f "$classpath" ]] || { echo "no $classpath: build the Spark module first (see Usage)" >&2; exit 2; }
cp "$classpath" "$work/spark.classpath"
# What Spark's launcher adds on Java 17 (spark/pom.xml has the same list for the tests).
opts=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' "$root/spark/pom.xml")
# spark_cmd HEAP: sets $cmd to the job in local mode, as spark-submit --master local[2] would run it.
spark_cmd() {
  # shellcheck disable=SC2206
  cmd=(java $opts -Xmx"$1" -Dspark.ui.enabled=false -Dlog4j2.configurationFile="$root/spark/log4j2-local.properties"
    -cp "$work/landscape-spark.jar:$(cat "$work/spark.classpath")" dev.landscape.spark.SparkMain --master 'local[2]')
}
record spark-vs-infer
machine
echo "corpus: $corpus; partitions: $partitions"
model="${MODEL:-}"
if [[ -z "$model" ]]; then
  model="$work/model-run"
  measure train java -jar "$jar" run -q --input "$corpus" --out "$model" --topics 50 --iterations 200 \
    --train-sample 10% > /dev/null
  echo "model: trained on a 10% sample into $model"
fi
echo "label wall_s peak_mib cpu_s"
measure infer java -jar "$jar" infer -q --model "$model" --input "$corpus" --out "$work/infer.csv" --threads 2 \
  --doc-topics "$work/infer-topics.csv" --theme-terms "$work/infer-terms.csv" | tee "$work/infer.time"
spark_cmd 8g
measure spark "${cmd[@]}" --model "$model" --input "$corpus" --out "$work/spark-out" --partitions "$partitions" -q \
  | tee "$work/spark.time"
tail -n +2 "$work/infer.csv" | sort > "$work/infer.sorted"
for part in "$work"/spark-out/assignments/csv/part-*.csv; do tail -n +2 "$part"; done | sort > "$work/spark.sorted"
tail -n +2 "$work/infer-topics.csv" | sort > "$work/infer-topics.sorted"
for part in "$work"/spark-out/assignments/doc-topics/part-*.csv; do tail -n +2 "$part"; done | sort > "$work/spark-topics.sorted"
rows=$(wc -l < "$work/infer.sorted")
if cmp -s "$work/infer.sorted" "$work/spark.sorted" && cmp -s "$work/infer-topics.sorted" "$work/spark-topics.sorted"
then same="identical ($rows rows, and their topic distributions)"; else
  same="DIFFERENT: $(comm -3 "$work/infer.sorted" "$work/spark.sorted" | wc -l) lines differ of $rows"; fi
measure aggregate java -jar "$jar" aggregate -q --assignments "$work/infer.csv" --doc-topics "$work/infer-topics.csv" \
  --theme-terms "$work/infer-terms.csv" --model "$model" --out "$work/aggregate-out" > "$work/aggregate.time"
tables=identical
for table in themes.csv trends.csv theme-trends.csv topic-trends.csv; do
  cmp -s "$work/aggregate-out/$table" "$work/spark-out/$table" || tables="DIFFERENT ($table)"
done
read -r _ iw im ic < "$work/infer.time"
read -r _ sw sm sc < "$work/spark.time"
read -r _ aw _ _ < "$work/aggregate.time"
echo
echo "rows: $same"
echo "tables of landscape aggregate over infer's tables and of the Spark job: $tables"
echo "infer: $iw s, $(calc "round($rows / $iw)") papers/s; spark local[2]: $sw s, $(calc "round($rows / $sw)") papers/s"
echo "spark / infer wall time: $(calc "round($sw / $iw, 2)") (target: at most 1.5); peak RSS $im MiB (infer), $sm MiB (spark, heap limit 8 GiB)"
# The Spark job also writes the landscape (tables, charts, report, deck): like for like it is infer then aggregate.
echo "landscape aggregate over infer's tables: $aw s; spark / (infer + aggregate), the same outputs: $(calc "round($sw / ($iw + $aw), 2)")"
echo "spark timings (ms): $(/usr/bin/python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['timings_ms'])" "$work/spark-out/run.json")"
if [[ "$synthetic" -gt 0 ]]; then
  echo
  echo "== $synthetic synthetic papers drawn from the model, driver heap 2 GiB"
  modeldir="$model"; [[ -d "$model/model" ]] && modeldir="$model/model"
  /usr/bin/python3 "$root/bench/synthetic-corpus.py" "$modeldir" "$synthetic" "$work/synthetic.jsonl.gz" 1 > /dev/null
  echo "label wall_s peak_mib cpu_s"
  measure infer-synthetic java -jar "$jar" infer -q --model "$model" --input "$work/synthetic.jsonl.gz" \
    --out "$work/synthetic-infer.csv" --threads 2 | tee "$work/synthetic-infer.time"
  spark_cmd 2g
  measure spark-synthetic "${cmd[@]}" --model "$model" --input "$work/synthetic.jsonl.gz" --out "$work/synthetic-out" \
    --partitions "$partitions" -q | tee "$work/synthetic.time"
  read -r _ xw xm _ < "$work/synthetic-infer.time"
  read -r _ yw ym _ < "$work/synthetic.time"
  tail -n +2 "$work/synthetic-infer.csv" | sort > "$work/synthetic-infer.sorted"
  for part in "$work"/synthetic-out/assignments/csv/part-*.csv; do tail -n +2 "$part"; done | sort > "$work/synthetic-spark.sorted"
  if cmp -s "$work/synthetic-infer.sorted" "$work/synthetic-spark.sorted"; then same=identical; else same=DIFFERENT; fi
  echo "synthetic rows: $same; infer $xw s ($(calc "round($synthetic / $xw)") papers/s, peak RSS $xm MiB); spark $yw s ($(calc "round($synthetic / $yw)") papers/s, $(calc "round($synthetic / $yw / 2)") per core, peak RSS $ym MiB with -Xmx2g)"
  echo "synthetic spark / infer wall time: $(calc "round($yw / $xw, 2)")"
  echo "spark timings (ms): $(/usr/bin/python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['timings_ms'])" "$work/synthetic-out/run.json")"
fi
