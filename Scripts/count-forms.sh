#!/usr/bin/env bash
# Count the word forms of the OrangeSum training articles (titles and texts), tokenized by
# `precis tokens`, lowercased, most frequent first: `form<TAB>count` on stdout.
#
#   Scripts/count-forms.sh [TRAIN.jsonl.gz] > /tmp/forms.tsv
#   Scripts/check-lexicon.py --forms /tmp/forms.tsv --top 15000
set -euo pipefail
cd "$(dirname "$0")/.."
train="${1:-../shared/data/orangesum/train.jsonl.gz}"
source Scripts/release-build.sh
precis=$(release_build)
python3 -c '
import gzip, json, sys
for line in gzip.open(sys.argv[1], "rt", encoding="utf-8"):
    article = json.loads(line)
    print(article.get("title", "")); print(article["text"])
' "$train" | "$precis" tokens --language fr | python3 -c '
import collections, sys
counts = collections.Counter()
for line in sys.stdin:
    for token in line.split():
        if any(c.isalpha() for c in token):
            counts[token.lower()] += 1
for form, n in counts.most_common():
    print(f"{form}\t{n}")
'
