#!/usr/bin/env python3
"""Peer for `precis idf fit`: scikit-learn's TfidfVectorizer.fit over a JSON Lines corpus.

usage: tfidf_fit.py CORPUS.jsonl[.gz] [MIN_DF]

Reads the "text" field of every line (gzip accepted), fits a TfidfVectorizer (its default
tokenizer and lower-casing; min_df as given, 2 by default like `precis idf fit`) and prints the
document and vocabulary counts. The whole process is what compare.sh times, as it times precis.
"""
import gzip
import json
import sys

from sklearn.feature_extraction.text import TfidfVectorizer

path = sys.argv[1]
min_df = int(sys.argv[2]) if len(sys.argv) > 2 else 2
opener = gzip.open if path.endswith(".gz") else open
with opener(path, "rt", encoding="utf-8") as handle:
    texts = [json.loads(line)["text"] for line in handle if line.strip()]
vectorizer = TfidfVectorizer(min_df=min_df).fit(texts)
print(f"{len(texts)} documents, {len(vectorizer.vocabulary_)} terms")
