#!/usr/bin/env python3
"""Fits the weights of `precis summarize --method default` on the OrangeSum TRAINING split.

Never the dev or test data: the fit set is training articles 500-2499 (the first 500 are the
sample shipped in corpora/). The objective is the mean ROUGE-1/2/L F1 (rouge-score, default
tokenizer, no stemmer: the OrangeSum protocol) over both budgets the project reports: one
sentence, and whole sentences within 60 words. Search: coordinate ascent over a grid, the
position weight fixed at 1 (only ratios matter).

usage: Scripts/fit-summary-weights.py PRECIS_BINARY TRAIN.jsonl.gz [--idf MODEL] [--rounds 2]
needs: rouge-score (../shared/eval/setup-venv.sh builds a venv with it)
"""
import argparse, gzip, itertools, json, os, subprocess, sys, tempfile
from rouge_score import rouge_scorer

p = argparse.ArgumentParser()
p.add_argument("precis"); p.add_argument("train")
p.add_argument("--idf", default=None); p.add_argument("--rounds", type=int, default=2)
p.add_argument("--first", type=int, default=500); p.add_argument("--count", type=int, default=2000)
args = p.parse_args()

records = []
with gzip.open(args.train, "rt", encoding="utf-8") as f:
    for i, line in enumerate(f):
        if i < args.first: continue
        if len(records) == args.count: break
        r = json.loads(line)
        records.append({"id": r["id"], "title": r["title"], "text": r["text"], "summary": r["summary"]})
fit = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8")
for r in records: fit.write(json.dumps({k: r[k] for k in ("id", "title", "text")}, ensure_ascii=False) + "\n")
fit.close()
refs = {str(r["id"]): r["summary"] for r in records}
scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=False)

def rouge(budget, weights):
    cmd = [args.precis, "summarize", "--format", "jsonl", "--language", "fr", *budget,
           "--weights", ",".join(f"{k}={v}" for k, v in weights.items()), fit.name]
    if args.idf: cmd += ["--idf", args.idf]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    total = [0.0, 0.0, 0.0]
    for line in out.splitlines():
        r = json.loads(line); s = scorer.score(refs[str(r["id"])], r["summary"])
        for i, m in enumerate(("rouge1", "rouge2", "rougeL")): total[i] += s[m].fmeasure
    return [100 * t / len(refs) for t in total]

def objective(weights):
    a = rouge(["--sentences", "1"], weights); b = rouge(["--max-words", "60"], weights)
    return (sum(a) + sum(b)) / 6, a, b

weights = {"tfidf": 0.2, "centroid": 0.5, "lexrank": 0.3, "textrank": 0.0, "position": 1.0, "title": 0.6}
best, a, b = objective(weights)
print(f"start {weights} -> {best:.3f} 1sent {a} 60w {b}", flush=True)
grid = [0.0, 0.1, 0.25, 0.5, 1.0, 2.0]
for round_ in range(args.rounds):
    for name in ("title", "centroid", "lexrank", "tfidf", "textrank"):
        for value in grid:
            if value == weights[name]: continue
            trial = dict(weights, **{name: value})
            score, a, b = objective(trial)
            if score > best + 1e-6:
                best, weights = score, trial
                print(f"round {round_} {name}={value} -> {best:.3f} 1sent {[round(x,2) for x in a]} 60w {[round(x,2) for x in b]}", flush=True)
print("best", json.dumps(weights), f"{best:.3f}")
os.unlink(fit.name)
