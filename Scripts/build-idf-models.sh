#!/usr/bin/env bash
# Rebuilds the shipped IDF models from the texts in corpora/ (release build):
#
#   Scripts/build-idf-models.sh
#
# corpora/idf/fr.idf  the 500 OrangeSum training articles (corpora/orangesum-train-sample.fr.jsonl)
# corpora/idf/en.idf  the 1,012 FLORES-200 devtest English sentences, one document each
#                     (corpora/flores200-devtest.en.jsonl)
# and their TSV exports beside them (term, document frequency, IDF), for reading and diffing.
# Fitting is deterministic: the same corpus gives the same bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/release-build.sh
precis=$(release_build)
mkdir -p corpora/idf
"$precis" idf fit -l fr -o corpora/idf/fr.idf corpora/orangesum-train-sample.fr.jsonl
"$precis" idf fit -l en -o corpora/idf/en.idf corpora/flores200-devtest.en.jsonl
for language in fr en; do
    "$precis" idf inspect "corpora/idf/$language.idf" --tsv > "corpora/idf/$language.tsv.tmp"
    mv "corpora/idf/$language.tsv.tmp" "corpora/idf/$language.tsv"
done
