# Helpers the benchmark scripts share; source it after setting $work.

# measure LABEL COMMAND...: runs the command with its output in $work/LABEL.out and prints "LABEL wall_s peak_mib".
measure() {
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/$label.out" 2>&1 || { cat "$work/$label.out" >&2; exit 1; }
  read -r wall kib < "$work/time"
  echo "$label $wall $((kib / 1024))"
}

# calc EXPRESSION: a Python expression's value (bash has no floating point).
calc() { /usr/bin/python3 -c "print($1)"; }
