#!/usr/bin/env bash
# Runs precis_spark.py in Spark local mode (local[2]) on a JSON Lines corpus and checks it:
#   - the batch output has as many lines as the input (and, with --check-bytes, is byte for byte
#     the output of a single `precis batch` process);
#   - the IDF model merged from the partitions' partial models equals one `precis idf fit` of the
#     whole corpus (same `precis idf inspect --tsv` export, same file bytes).
#
#   examples/spark/run.sh [--check-bytes] [FILE.jsonl[.gz]]
#        (default FILE: ../shared/data/orangesum/train.jsonl.gz beside the checkout)
#
# Environment: PRECIS (a built precis; default: swift build -c release), SPARK_VENV (the venv with
# pyspark; default examples/spark/.venv, created with pip when pyspark is missing), SPARK_MASTER
# (default local[2]), PARTITIONS (default 2), OUT (the output folder; default a temporary one,
# removed at the end), KEEP=1 (keep the temporary folder).
# Needs Java 17 or later (apt-get install openjdk-17-jre-headless) and Python 3.9 or later.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
check_bytes=0
if [ "${1:-}" = --check-bytes ]; then check_bytes=1; shift; fi
input=${1:-$root/../shared/data/orangesum/train.jsonl.gz}
[ -f "$input" ] || { echo "run.sh: no such corpus: $input" >&2; exit 3; }
input=$(cd "$(dirname "$input")" && pwd)/$(basename "$input")

command -v java > /dev/null || { echo "run.sh: Java is missing: apt-get install openjdk-17-jre-headless (Spark 4 needs Java 17+)" >&2; exit 3; }

if [ -z "${PRECIS:-}" ]; then
    (cd "$root" && swift build -c release --product precis >&2)
    PRECIS=$(cd "$root" && swift build -c release --show-bin-path)/precis
fi
[ -x "$PRECIS" ] || { echo "run.sh: no precis executable at $PRECIS" >&2; exit 3; }

venv=${SPARK_VENV:-$here/.venv}
if ! "$venv/bin/python" -c 'import pyspark' 2> /dev/null; then
    echo "run.sh: installing pyspark into $venv" >&2
    python3 -m venv "$venv" >&2
    "$venv/bin/pip" install -q 'pyspark>=4,<5' >&2
fi
export PYSPARK_PYTHON=$venv/bin/python PYSPARK_DRIVER_PYTHON=$venv/bin/python
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}

if [ -n "${OUT:-}" ]; then
    out=$OUT
    rm -rf "$out/idf" "$out/batch" "$out/single"
    mkdir -p "$out"
else
    out=$(mktemp -d /tmp/precis-spark.XXXXXX)
    [ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$out"' EXIT
fi

echo "== Spark (${SPARK_MASTER:-local[2]}, ${PARTITIONS:-2} partitions) on $input" >&2
start=$(date +%s%N)
"$venv/bin/python" "$here/precis_spark.py" --precis "$PRECIS" --input "$input" --out "$out" \
    --master "${SPARK_MASTER:-local[2]}" --partitions "${PARTITIONS:-2}" | tee "$out/figures.tsv"
elapsed=$(( ($(date +%s%N) - start) / 100000000 ))
printf 'spark_total_seconds\t%d.%d\n' $((elapsed / 10)) $((elapsed % 10))

echo "== checks" >&2
status=0
input_lines=$(gzip -cdf "$input" | awk 'END { print NR }')
output_lines=$(cat "$out"/batch/part-* | awk 'END { print NR }')
printf 'check_input_lines\t%s\n' "$input_lines"
printf 'check_output_lines\t%s\n' "$output_lines"
if [ "$input_lines" = "$output_lines" ]; then
    echo "ok: batch output lines = input lines ($input_lines)"
else
    echo "FAIL: batch output has $output_lines lines, the input $input_lines"; status=1
fi

mkdir -p "$out/single"
"$PRECIS" idf fit -l fr -o "$out/single/single.idf" "$input" 2> /dev/null
"$PRECIS" idf inspect --tsv "$out/idf/merged.idf" > "$out/idf/merged.tsv"
"$PRECIS" idf inspect --tsv "$out/single/single.idf" > "$out/single/single.tsv"
printf 'check_idf_terms\t%s\n' "$(($(wc -l < "$out/single/single.tsv") - 2))"
if cmp -s "$out/idf/merged.tsv" "$out/single/single.tsv"; then
    echo "ok: merged IDF model = single-process fit (idf inspect --tsv identical, $(wc -l < "$out/single/single.tsv") lines)"
else
    echo "FAIL: merged IDF model differs from the single-process fit:"; diff "$out/idf/merged.tsv" "$out/single/single.tsv" | head -5; status=1
fi
if cmp -s "$out/idf/merged.idf" "$out/single/single.idf"; then
    echo "ok: merged.idf and the single-process model file are identical bytes"
else
    echo "note: the model files differ in bytes although their exports agree"
fi

if [ "$check_bytes" = 1 ]; then
    "$PRECIS" batch "$input" -o "$out/single/batch.jsonl" 2> /dev/null || true
    if cat "$out"/batch/part-* | cmp -s - "$out/single/batch.jsonl"; then
        echo "ok: Spark's part files, concatenated, are byte for byte one precis batch run"
    else
        echo "FAIL: Spark's output differs from one precis batch run"; status=1
    fi
fi
[ -z "${OUT:-}" ] && [ "${KEEP:-0}" = 1 ] && echo "kept: $out"
exit $status
