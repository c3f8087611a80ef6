#!/usr/bin/env python3
"""Draws a synthetic arXiv-like corpus from a saved landscape model, for scale benchmarks (issue 10).

The model (reports/model/ of a `landscape run` on a real corpus, e.g. the 78,240 cs.AI papers) gives K topics as
word distributions (the saved topic-word counts smoothed with beta) and the document-topic prior alpha. Each paper:

  theta ~ Dirichlet(alpha);  n content words ~ Poisson(mean content words per paper of the real corpus);
  each word: topic ~ theta, word ~ phi_topic (display forms, so phrases come out as their words again);
  stopwords are mixed in at the real corpus's rate (content tokens / all tokens), drawn from a fixed list,
  so that tokenizing, stopword removal and phrase detection see realistic text.

Known structure: every record carries "true_topic", the paper's largest topic share in theta, so a benchmark can
check what the model recovers. Dates spread evenly over 2024-01 to 2026-02 (for trends).

Usage: bench/synthetic-corpus.py MODEL_DIR PAPERS OUT.jsonl[.gz] [SEED]
"""
import csv, gzip, json, sys
import numpy as np

STOPWORDS = ("the of and to a in for we is that on with as by this are from an be our which can these it such "
             "at or its has have both while their than more into also been not using based").split()


def load(model_dir):
    about = json.load(open(f"{model_dir}/model.json", encoding="utf-8"))
    words = {}
    with open(f"{model_dir}/terms.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            v = int(row["vocabulary_id"])
            if v >= 0:
                words[v] = row["display"]
    vocab = [words[v] for v in range(len(words))]
    k = about["topics"]
    alpha = np.zeros(k)
    with open(f"{model_dir}/topics.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            alpha[int(row["topic"])] = float(row["alpha"])
    counts = np.zeros((k, len(vocab)))
    with open(f"{model_dir}/topic-words.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            w, pairs = line.rstrip("\n").split("\t")
            for pair in pairs.split():
                t, c = pair.split(":")
                counts[int(t), int(w)] = int(c)
    beta = about["beta"]
    phi = (counts + beta) / (counts.sum(axis=1, keepdims=True) + beta * len(vocab))
    # The papers the counts come from: fewer than the corpus's for a model trained on a sample (--train-sample).
    trained_on = about.get("training", {}).get("papers") or about["corpus"]["papers"]
    content_per_paper = counts.sum() / trained_on
    content_share = content_per_paper / (about["corpus_tokens"] / about["corpus"]["papers"])
    return vocab, alpha, np.cumsum(phi, axis=1), content_per_paper, content_share


def main():
    model_dir, papers, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    rng = np.random.default_rng(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    vocab, alpha, cdf, content_per_paper, content_share = load(model_dir)
    k = len(alpha)
    months = [f"{2024 + m // 12}-{m % 12 + 1:02d}" for m in range(26)]
    opener = gzip.open if out.endswith(".gz") else open
    with opener(out, "wt", encoding="utf-8") as f:
        for d in range(papers):
            theta = rng.dirichlet(alpha)
            n = max(1, rng.poisson(content_per_paper))
            per_topic = rng.multinomial(n, theta)
            tokens = []
            for t in np.flatnonzero(per_topic):
                ids = np.searchsorted(cdf[t], rng.random(per_topic[t]) * cdf[t, -1])
                tokens.extend(vocab[min(i, len(vocab) - 1)] for i in ids)
            rng.shuffle(tokens)
            stops = rng.random(len(tokens)) > content_share
            text = []
            for token, stop in zip(tokens, stops):
                if stop:
                    text.append(STOPWORDS[rng.integers(len(STOPWORDS))])
                text.append(token)
            top = int(np.argmax(theta))
            title = " ".join(tokens[:6]).capitalize()
            month = months[d * len(months) // papers]
            f.write(json.dumps({"id": f"syn.{d:07d}", "title": title, "abstract": " ".join(text) + ".",
                                "update_date": f"{month}-15", "true_topic": top}) + "\n")
    print(f"wrote {papers:,} papers from a K={k} model to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
