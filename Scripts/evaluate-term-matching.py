#!/usr/bin/env python3
"""How many annotated French terms of the WMT21 terminology dev set the glossary matcher finds.

A term counts as found when a match covers its words: the match is the term (or one of its
fr_alternatives), or a longer glossary term that contains it ("maladie respiratoire" inside a
match of "maladie respiratoire aiguë"), compared case- and accent-insensitively, word-bounded.
Prints both shares (exact, and with containment) and the misses.

usage: Scripts/evaluate-term-matching.py PRECIS DATA.jsonl GLOSSARY.tsv
"""
import json, subprocess, sys, unicodedata

def fold(s):
    s = unicodedata.normalize("NFD", s.lower().replace("’", "'"))
    return " ".join("".join(c for c in s if unicodedata.category(c) != "Mn").split())

precis, data, glossary = sys.argv[1:4]
rows = [json.loads(l) for l in open(data, encoding="utf-8")]
text = "\n".join(r["fr"] for r in rows) + "\n"
out = subprocess.run([precis, "glossary", "match", "-g", glossary, "--format", "jsonl"], input=text,
                     capture_output=True, text=True, check=True).stdout.splitlines()
assert len(out) == len(rows), (len(out), len(rows))
found = exact = total = 0
misses = []
for row, line in zip(rows, out):
    matched = [fold(m["text"]) for m in json.loads(line)["matches"]]
    for term in row["terms"]:
        total += 1
        forms = {fold(term["fr"])} | {fold(a) for a in term.get("fr_alternatives", [])}
        if forms & set(matched):
            exact += 1
            found += 1
        elif any(f" {form} " in f" {m} " for form in forms for m in matched):
            found += 1
        else:
            misses.append((term["fr"], row["fr"]))
print(f"terms found {100 * found / max(total, 1):.2f}% ({found}/{total}); as the whole match {100 * exact / max(total, 1):.2f}% ({exact}/{total})")
for term, sentence in misses:
    print(f"  miss: {term!r} in {sentence[:120]!r}")
