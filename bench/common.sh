# Helpers the benchmark scripts share; source it after setting $work.

# measure LABEL COMMAND...: runs the command with its output in $work/LABEL.out and prints
# "LABEL wall_s peak_mib cpu_s" (cpu = user + system time of the process and its children).
measure() {
  local label="$1"; shift
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" > "$work/$label.out" 2>&1 || { cat "$work/$label.out" >&2; exit 1; }
  read -r wall kib user sys < "$work/time"
  echo "$label $wall $((kib / 1024)) $(calc "round($user + $sys, 2)")"
}

# calc EXPRESSION: a Python expression's value (bash has no floating point).
calc() { /usr/bin/python3 -c "print($1)"; }

# machine: one line describing this machine, for results files.
machine() {
  echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
}

# record NAME: from here on, the script's output also goes to bench/results/NAME-<UTC time>.txt (needs $root).
record() {
  local file
  file="$root/bench/results/$1-$(date -u +%Y%m%dT%H%M%SZ).txt"
  mkdir -p "$root/bench/results"
  exec > >(tee "$file")
  echo "results also written to $file" >&2
}

# corpus_arg [PATH]: the corpus a script was given, else the shared cs.AI corpus; exits 2 when it is missing.
corpus_arg() {
  corpus="${1:-$root/../shared/corpora/arxiv-cs-ai-2024-2026.jsonl.gz}"
  [[ -f "$corpus" ]] || { echo "no corpus at $corpus" >&2; exit 2; }
}

# workdir: $WORK when set (kept afterwards, e.g. to reuse trained models), else a temporary folder removed on exit.
workdir() {
  if [[ -n "${WORK:-}" ]]; then work="$WORK"; mkdir -p "$work"; else work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT; fi
}

# jar_copy: builds target/landscape.jar when missing and copies it into $work as $jar, so that a rebuild during a
# long run cannot pull classes away. The shaded jar also holds MALLET 2.1.1 and its dependencies.
jar_copy() {
  (cd "$root" && [[ -f target/landscape.jar ]] || mvn -q -DskipTests package)
  cp "$root/target/landscape.jar" "$work/landscape.jar"
  jar="$work/landscape.jar"
}
