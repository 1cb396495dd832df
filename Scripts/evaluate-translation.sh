#!/usr/bin/env bash
# Translation quality on the shared development sets, with the project's own scorers
# (`precis eval chrf` = sacrebleu's chrF2, `precis eval terms` = termacc.py):
#
#   Scripts/evaluate-translation.sh [../shared/data/mt]
#
# Prints chrF2 on the newstest2013 headlines, newstest2013 and FLORES-200 devtest, and the term
# accuracy on the WMT21 terminology dev set with its glossary loaded, then with each segment's own
# terms given as well (the shared task's setting).
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data/mt}"
source Scripts/release-build.sh
precis=$(release_build)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cut -f1 "$data/newstest2013.headlines.fr-en.tsv" > "$work/headlines.fr"
printf 'newstest2013 headlines  '
"$precis" translate --file "$work/headlines.fr" > "$work/headlines.sys"
"$precis" eval chrf --reference "$data/newstest2013.headlines.fr-en.tsv" --reference-column 2 --system "$work/headlines.sys"

printf 'newstest2013            '
"$precis" translate --file "$data/newstest2013.fr" > "$work/newstest.sys"
"$precis" eval chrf --reference "$data/newstest2013.en" --system "$work/newstest.sys"

printf 'flores200 devtest       '
"$precis" translate --file "$data/flores200-devtest.fr" > "$work/flores.sys"
"$precis" eval chrf --reference "$data/flores200-devtest.en" --system "$work/flores.sys"

python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"): print(json.loads(line)["fr"])
' "$data/wmt21-terminology.dev.fr-en.jsonl" > "$work/wmt21.fr"
printf 'WMT21 terminology dev   '
"$precis" translate --glossary "$data/wmt21-terminology.glossary.fr-en.tsv" --file "$work/wmt21.fr" 2>/dev/null > "$work/wmt21.sys"
"$precis" eval terms --data "$data/wmt21-terminology.dev.fr-en.jsonl" --system "$work/wmt21.sys"

# The WMT21 shared-task setting: each segment's own terms (its "terms" field) given with it, as
# `translate --format jsonl` takes them, on top of the task glossary.
python3 -c '
import json, sys
for k, line in enumerate(open(sys.argv[1], encoding="utf-8")):
    row = json.loads(line)
    print(json.dumps({"id": k, "text": row["fr"], "terms": [{"source": t["fr"], "target": t["en"]} for t in row["terms"]]}, ensure_ascii=False))
' "$data/wmt21-terminology.dev.fr-en.jsonl" > "$work/wmt21.jsonl"
printf 'WMT21, segment terms    '
"$precis" translate --format jsonl --glossary "$data/wmt21-terminology.glossary.fr-en.tsv" --file "$work/wmt21.jsonl" 2>/dev/null \
    | python3 -c 'import json, sys; [print(json.loads(line)["translation"]) for line in sys.stdin]' > "$work/wmt21-terms.sys"
"$precis" eval terms --data "$data/wmt21-terminology.dev.fr-en.jsonl" --system "$work/wmt21-terms.sys"
