#!/usr/bin/env python3
"""Writes Tests/PrecisEvalTests/Fixtures/rouge-parity.jsonl: pairs of texts with the exact
ROUGE-1/2/L precision, recall and F1 that the rouge-score package (0.1.2, default tokenizer,
no stemmer) gives them. The Swift tests must reproduce every value.

usage: Scripts/make-rouge-fixtures.py DEV.jsonl SYSTEM.jsonl   (needs rouge-score)
Pairs: hand-written edge cases, then 40 OrangeSum dev references (CC BY-SA 4.0) against a
system's summaries of the same articles.
"""
import json, sys
from rouge_score import rouge_scorer

hand = [
    ("the cat sat on the mat", "the cat lay on the mat"),
    ("", "something"), ("something", ""), ("", ""),
    ("Été 2020 : la canicule frappe l'Europe", "L'été 2020 a été chaud en Europe"),
    ("3,6 % de croissance en 2019", "croissance de 3.6% en 2019"),
    ("a a a a b", "a b b b b"), ("word", "word"), ("word", "other"),
    ("Le Kelvin: 300 \u212a", "300 k"), ("\u0130stanbul", "istanbul"),
    ("Ça coûte 1 234,5 € !!!", "ca coute 1 234 5"),
    ("New-York, U.S.A. — 11/09/2001", "new york usa 11 09 2001"),
    ("l’intelligence artificielle d’OpenAI", "l'intelligence artificielle d'openai"),
    ("one two three four five six", "six five four three two one"),
    ("a b c d e f g", "a x b x c x d"), ("repeat repeat repeat", "repeat"),
    ("x y", "x y x y x y"), ("日本語 テキスト", "日本語"), ("émeute à Besançon", "emeute a besancon"),
]
refs = {}
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line); refs[str(r["id"])] = r["summary"]
pairs = list(hand)
for line in list(open(sys.argv[2], encoding="utf-8"))[:40]:
    r = json.loads(line); pairs.append((refs[str(r["id"])], r["summary"]))
scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=False)
out = open("Tests/PrecisEvalTests/Fixtures/rouge-parity.jsonl", "w", encoding="utf-8")
for reference, candidate in pairs:
    s = scorer.score(reference, candidate)
    row = {"reference": reference, "candidate": candidate}
    for m in ("rouge1", "rouge2", "rougeL"):
        row[m] = [s[m].precision, s[m].recall, s[m].fmeasure]
    out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(pairs), "pairs")
