#!/usr/bin/env bash
# `landscape report --from` against the `landscape run` that trained the model (issue 20), in one script run:
#   run       landscape run (trains)
#   same      report --from with nothing changed: every CSV, model/ and state/ file and chart must be identical
#   rename    report --from with the first theme renamed (was:) and described anew: seeds unchanged, so the
#             learned membership is reused
#   merge     report --from with the first two themes merged into one (union of seeds): membership learned again
# Prints wall time, peak memory and CPU of each, the ratio of each to the run, and whether "same" matched.
#
# Usage: bench/report-vs-run.sh [CORPUS]   (default: the shared 78,240-paper cs.AI corpus)
#   ITERATIONS=200; THEMES=data/themes.yaml; WORK=DIR keeps the folders. Needs python3-yaml (Debian).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/common.sh"
corpus_arg "${1:-}"
iterations="${ITERATIONS:-200}"
themes="${THEMES:-$root/data/themes.yaml}"
workdir
jar_copy
record report-vs-run
machine
echo "corpus: $corpus; themes: $themes; --iterations $iterations"

/usr/bin/python3 - "$themes" "$work" <<'PY'
import sys, yaml
themes = yaml.safe_load(open(sys.argv[1]))["themes"]
work = sys.argv[2]
renamed = [dict(t) for t in themes]
renamed[0]["was"] = [renamed[0]["name"]]
renamed[0]["name"] = renamed[0]["name"] + " (renamed)"
renamed[0]["description"] = "Described anew."
yaml.safe_dump({"themes": renamed}, open(work + "/rename.yaml", "w"), sort_keys=False)
a, b = themes[0], themes[1]
merged = {"name": a["name"] + " and " + b["name"], "description": "Two themes as one.",
          "seeds": a["seeds"] + [s for s in b["seeds"] if s not in a["seeds"]], "was": [a["name"], b["name"]]}
yaml.safe_dump({"themes": [merged] + [dict(t) for t in themes[2:]]}, open(work + "/merge.yaml", "w"), sort_keys=False)
PY

echo "label wall_s peak_mib cpu_s"
run_line=$(measure run java -jar "$jar" run -q --input "$corpus" --iterations "$iterations" --themes "$themes" \
  --out "$work/run")
echo "$run_line"
run_wall=$(echo "$run_line" | cut -d' ' -f2)
for edit in same rename merge; do
  args=()
  [[ "$edit" == same ]] || args=(--themes "$work/$edit.yaml")
  line=$(measure "$edit" java -jar "$jar" report -q --from "$work/run" --out "$work/$edit" "${args[@]}")
  wall=$(echo "$line" | cut -d' ' -f2)
  echo "$line ratio_to_run $(calc "round($wall / $run_wall, 3)")"
done
differing=$(diff -rq "$work/run" "$work/same" | grep -v -E '/(run\.json|report\.md|report\.html|landscape\.pptx) ' || true)
if [[ -z "$differing" ]]; then
  echo "same: every CSV, model/, state/ and chart file identical to the run's"
else
  echo "same: DIFFERS:"; echo "$differing"
fi
