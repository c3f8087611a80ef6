#!/usr/bin/env python3
"""Writes an arXiv JSON Lines corpus (.jsonl or .jsonl.gz) as MALLET's import format: id<TAB>label<TAB>text per line, the text
being title + ". " + abstract with white space collapsed, as in ../shared/docs/peer-baselines.md.

Usage: bench/jsonl-to-tsv.py CORPUS.jsonl[.gz] OUT.tsv
"""
import gzip, json, re, sys

opener = gzip.open if sys.argv[1].endswith(".gz") else open
with opener(sys.argv[1], "rt", encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in f:
        d = json.loads(line)
        text = re.sub(r"\s+", " ", (d.get("title") or "") + ". " + (d.get("abstract") or "")).strip()
        out.write(f"{d['id']}\tX\t{text}\n")
