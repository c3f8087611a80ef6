#!/usr/bin/env bash
# The workbook as pandas reads it (issue 39: pd.read_excel turned 2401.00700 into 2401.007 in 7,721 of 78,240 rows):
# reads landscape.xlsx's papers sheet with the line the README gives (dtype={"id": str}) and without it, and
# topic-assignments.csv with pd.read_csv(dtype={"id": str}), and prints how many ids each way keeps as the CSV has
# them. A JVM test cannot run pandas' own reader; this does, with Debian's python3-pandas and python3-openpyxl.
#
# Usage: bench/xlsx-pandas.sh [REPORT_DIR]   (default: a fresh run on the default corpus)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/bench/common.sh"
workdir
report="${1:-}"
if [[ -z "$report" ]]; then
  report="$work/report"
  (cd "$root" && ./landscape run -q --out "$report")
fi
record xlsx-pandas
echo "report: $report"
/usr/bin/python3 - "$report" <<'PY'
import sys
import pandas as pd
report = sys.argv[1]
csv = pd.read_csv(f"{report}/topic-assignments.csv", dtype={"id": str})
documented = pd.read_excel(f"{report}/landscape.xlsx", sheet_name="papers", dtype={"id": str})
plain = pd.read_excel(f"{report}/landscape.xlsx", sheet_name="papers")
same = (documented["id"] == csv["id"]).sum()
plain_same = (plain["id"].astype(str) == csv["id"]).sum()
print(f"pandas {pd.__version__}: {len(csv):,} papers")
print(f"read_excel(sheet_name='papers', dtype={{'id': str}}): {same:,} ids as in the CSV")
print(f"read_excel(sheet_name='papers') without dtype: {plain_same:,} ids as in the CSV")
for column in ["theme", "themes", "title"]:
    if column in csv:
        equal = (documented[column].fillna("") == csv[column].fillna("")).sum()
        print(f"  column {column}: {equal:,} of {len(csv):,} cells as in the CSV")
sys.exit(0 if same == len(csv) else 1)
PY
