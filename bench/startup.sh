#!/usr/bin/env bash
# Startup (issue 10: `./landscape run` on the default 39 papers in under 5 s wall with the jar built). Runs the
# launcher on the default corpus ROUNDS times, alternating the quick compiler alone (-XX:TieredStopAtLevel=1, the
# launcher's choice for inputs under 1 MiB) with the JVM's default tiered compilation (C1 then C2), and prints each
# mode's median wall and CPU time and the ratio. Given a larger corpus (INPUT), runs it both ways too, to check where
# the launcher's line should sit.
#
# Usage: bench/startup.sh            Environment: ROUNDS (5), INPUT (optional larger corpus)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${ROUNDS:-5}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
source "$root/bench/common.sh"
# "With the jar built": the first run after a build builds the jar and writes the class-data archive (see the
# launcher); it is not measured.
(cd "$root" && ./landscape run --out "$work/out" -q)
record startup
machine
median() { printf "%s\n" "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
compare() {
  local label="$1"; shift
  local quick_wall=() quick_cpu=() tiered_wall=() tiered_cpu=()
  for ((i = 0; i < rounds; i++)); do
    read -r _ wall _ cpu <<< "$(cd "$root" && LANDSCAPE_JAVA_OPTS=-XX:TieredStopAtLevel=1 measure quick \
      ./landscape run --out "$work/out" -q "$@")"
    quick_wall+=("$wall"); quick_cpu+=("$cpu")
    read -r _ wall _ cpu <<< "$(cd "$root" && LANDSCAPE_JAVA_OPTS=-XX:TieredStopAtLevel=4 measure tiered \
      ./landscape run --out "$work/out" -q "$@")"
    tiered_wall+=("$wall"); tiered_cpu+=("$cpu")
  done
  local qw tw
  qw=$(median "${quick_wall[@]}"); tw=$(median "${tiered_wall[@]}")
  printf "%-28s C1 alone: wall %6.2f s, cpu %6.2f s | tiered (C1+C2): wall %6.2f s, cpu %6.2f s | wall ratio %.2f\n" \
    "$label" "$qw" "$(median "${quick_cpu[@]}")" "$tw" "$(median "${tiered_cpu[@]}")" "$(calc "$qw / $tw")"
}
echo "medians of $rounds alternating rounds"
compare "default corpus (39 papers)"
if [[ -n "${INPUT:-}" ]]; then compare "$(basename "$INPUT")" --input "$INPUT"; fi
