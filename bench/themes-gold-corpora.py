#!/usr/bin/env python3
"""Writes corpora of several sizes that each hold the labelled papers (themes-gold) and papers drawn from the whole
corpus: for issue 37's benchmark over sizes. The others are the papers with the lowest SHA-1 of their id, so the
draws are reproducible and nested (the 4,000-paper corpus is inside the 15,000-paper one). Lines keep the corpus's
order. Usage: themes-gold-corpora.py CORPUS.jsonl.gz GOLD_PAPERS.jsonl OUT_DIR SIZE [SIZE ...]; a size of 0 or at
least the corpus's size means the whole corpus. Writes OUT_DIR/corpus-SIZE.jsonl."""
import gzip, hashlib, json, os, sys

corpus, gold_file, out_dir, sizes = sys.argv[1], sys.argv[2], sys.argv[3], [int(s) for s in sys.argv[4:]]
gold = {json.loads(line)["id"] for line in open(gold_file, encoding="utf-8") if line.strip()}
ids = []
with gzip.open(corpus, "rt", encoding="utf-8") as f:
    for line in f:
        ids.append(json.loads(line)["id"])
present = gold & set(ids)
if len(present) != len(gold):
    sys.exit(f"{len(gold) - len(present)} labelled papers are not in {corpus}")
ranked = sorted((hashlib.sha1(i.encode()).hexdigest(), i) for i in set(ids) - gold)
os.makedirs(out_dir, exist_ok=True)
for size in sizes:
    whole = size <= 0 or size >= len(ids)
    keep = None if whole else gold | {i for _, i in ranked[:size - len(gold)]}
    path = os.path.join(out_dir, f"corpus-{size}.jsonl")
    n = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as f, open(path, "w", encoding="utf-8") as out:
        for line in f:
            if keep is None or json.loads(line)["id"] in keep:
                out.write(line)
                n += 1
    print(f"{path}: {n} papers")
