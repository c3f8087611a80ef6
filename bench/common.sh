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
