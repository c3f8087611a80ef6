#!/usr/bin/env bash
# Does our MALLET adapter slow the sampler? (issue 10: training throughput within 5% of MALLET's sampler used
# directly.) One JVM prepares the corpus once, then trains on the same token ids with the same settings in
# alternating rounds: MALLET's ParallelTopicModel driven directly, and landscape's MalletTopicTrainer. Prints each
# round's wall time and tokens per second, and the ratio of the medians; writes them to bench/results/.
#
# Usage: bench/trainer-overhead.sh [CORPUS] [TOPICS] [ITERATIONS] [THREADS] [ROUNDS]
#   (defaults: ../shared/corpora/arxiv-cs-ai-2024-2026.jsonl.gz, 50, 200, 2, 2)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-$root/../shared/corpora/arxiv-cs-ai-2024-2026.jsonl.gz}"
[[ -f "$corpus" ]] || { echo "no corpus at $corpus" >&2; exit 2; }
source "$root/bench/common.sh"
(cd "$root" && mvn -q -DskipTests package test-compile)
record trainer-overhead
machine
java -cp "$root/target/landscape.jar:$root/target/test-classes" dev.landscape.topics.TrainerOverheadBench \
  "$corpus" "${2:-50}" "${3:-200}" "${4:-2}" "${5:-2}" 2> /dev/null   # stderr: MALLET's iteration log
