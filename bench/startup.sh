#!/usr/bin/env bash
# Startup (issue 40: `./landscape run` on the default 39 papers in at most 4 s wall and 400 MB peak RSS, median of 5,
# with the jar built). Runs the launcher on the default corpus ROUNDS times in each of three modes, alternating:
#   as launched: the launcher's own choices (the serial collector; the quick compiler alone under 1 MiB of input);
#   C1 alone and tiered: the same with -XX:TieredStopAtLevel=1 and =4 forced, to check the launcher's line;
# and prints each mode's median wall, CPU and peak resident memory. Given a larger corpus (INPUT), runs it too.
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
  local -A wall=() cpu=() mib=()
  local modes=(launched c1 tiered) mode opts w m c
  for ((i = 0; i < rounds; i++)); do
    for mode in "${modes[@]}"; do
      case "$mode" in launched) opts="" ;; c1) opts="-XX:TieredStopAtLevel=1" ;; tiered) opts="-XX:TieredStopAtLevel=4" ;; esac
      read -r _ w m c <<< "$(cd "$root" && LANDSCAPE_JAVA_OPTS="$opts" measure "$mode" \
        ./landscape run --out "$work/out" -q "$@")"
      wall[$mode]+="$w "; cpu[$mode]+="$c "; mib[$mode]+="$m "
    done
  done
  echo "$label"
  for mode in "${modes[@]}"; do
    # shellcheck disable=SC2086
    printf "  %-12s wall %6.2f s  cpu %6.2f s  peak %5d MiB\n" "$mode" "$(median ${wall[$mode]})" \
      "$(median ${cpu[$mode]})" "$(median ${mib[$mode]})"
  done
}
echo "medians of $rounds alternating rounds (target for the default corpus, as launched: at most 4 s and 400 MB)"
compare "default corpus (39 papers)"
if [[ -n "${INPUT:-}" ]]; then compare "$(basename "$INPUT")" --input "$INPUT"; fi
