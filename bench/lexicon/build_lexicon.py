#!/usr/bin/env python3
"""Builds src/main/resources/dev/landscape/text/lexicon.txt: the word list that glued-word repair segments into.

Two sources, merged:
  1. SCOWL's American English list (Debian package wamerican, /usr/share/dict/american-english): general English,
     lower-cased, possessives and non-letter entries dropped. Copyright notice kept in the output header.
  2. Words of arXiv cs.AI abstracts (../shared/corpora/arxiv-cs-ai-2024-2026.jsonl.gz): lower-case letter runs
     (hyphen-free) found in at least MIN_DF abstracts, so that technical words (multimodal, pretraining,
     transformer, hyperparameter) are known words and never split apart.
Each line is "word<TAB>count": the count is the number of abstracts of source 2 holding the word (0 for words only
in source 1). The segmenter uses the counts as a prior; the corpus being modelled supplies its own counts.

Run: apt-get install wamerican; python3 bench/lexicon/build_lexicon.py
"""
import collections, gzip, json, re, sys, pathlib

MIN_DF = 5
root = pathlib.Path(__file__).resolve().parents[2]
corpus = root.parent / "shared/corpora/arxiv-cs-ai-2024-2026.jsonl.gz"
out = root / "src/main/resources/dev/landscape/text/lexicon.txt"

words = re.compile(r"[a-z]+")
df = collections.Counter()
with gzip.open(corpus, "rt", encoding="utf-8") as f:
    for line in f:
        d = json.loads(line)
        text = ((d.get("title") or "") + " " + (d.get("abstract") or "")).lower()
        # letter runs that stand alone: not glued to digits and not parts of hyphenated compounds
        df.update(set(w for w in re.findall(r"(?<![a-z0-9\-])[a-z]+(?![a-z0-9\-])", text)))
scowl = set()
for w in open("/usr/share/dict/american-english", encoding="utf-8"):
    w = w.strip()
    if w.isalpha() and w.isascii():
        scowl.add(w.lower())
lexicon = {w: c for w, c in df.items() if c >= MIN_DF and len(w) >= 2}
for w in scowl:
    if len(w) >= 2 or w in ("a", "i"):
        lexicon.setdefault(w, df.get(w, 0))
with open(out, "w", encoding="utf-8") as f:
    f.write("# Lexicon for glued-word repair: word<TAB>number of arXiv cs.AI abstracts (2024-2026) holding it.\n")
    f.write("# Built by bench/lexicon/build_lexicon.py from SCOWL (wamerican) and abstracts with at least %d uses.\n" % MIN_DF)
    f.write("# SCOWL: Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and sell these\n")
    f.write("# word lists, the associated scripts, the output created from the scripts, and its documentation for any\n")
    f.write("# purpose is hereby granted without fee, provided that the above copyright notice appears in all copies.\n")
    for w in sorted(lexicon, key=lambda w: (-lexicon[w], w)):
        f.write("%s\t%d\n" % (w, lexicon[w]))
print(len(lexicon), "words;", sum(1 for w in lexicon if lexicon[w] >= MIN_DF), "from abstracts", file=sys.stderr)
