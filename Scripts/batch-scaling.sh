#!/usr/bin/env bash
# Acceptance figures of `precis batch` scaling (issue 6): the same corpus with --jobs 1 and with
# --jobs 2 (or --jobs N), RUNS times each, alternating. Prints per run and as medians: wall time,
# CPU time, peak RSS (/usr/bin/time -f), records/s; the throughput ratio; the output line count
# against the input's; whether the outputs of the two settings are identical bytes (cmp).
#
#   Scripts/batch-scaling.sh [FILE.jsonl[.gz]] [JOBS]
#        (default: ../shared/data/orangesum/train.jsonl.gz beside the checkout, JOBS 2)
#   RUNS=3 by default; PRECIS=path skips the build.
#
# Targets: throughput ratio ≥ 1.8×, peak RSS < 500 MB, output lines = input lines, identical bytes.
# Other work on the machine lowers the ratio (a process competing for one of the two cores
# halves --jobs 2 but not --jobs 1): the load average is printed before and after, and the
# ratio of the best runs and that of the quiet pairs (both runs of a pair had the machine to
# themselves: others took less than QUIET=2 CPU seconds) are printed beside the ratio of the medians.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
input=${1:-$root/../shared/data/orangesum/train.jsonl.gz}
jobs=${2:-2}
runs=${RUNS:-3}
[ -f "$input" ] || { echo "batch-scaling.sh: no such corpus: $input" >&2; exit 3; }
if [ -z "${PRECIS:-}" ]; then
    PRECIS=$(cd "$root" && source Scripts/release-build.sh && release_build)
fi
out=$(mktemp -d /tmp/precis-scaling.XXXXXX)
trap 'rm -rf "$out"' EXIT

records=$(gzip -cdf "$input" | awk 'END { print NR }')
echo "input: $input ($records lines); $(nproc) cores; $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# busy CPU seconds of the whole machine so far (/proc/stat: all but idle and iowait, in 1/100 s)
busy() { awk '/^cpu / { print ($2 + $3 + $4 + $7 + $8 + $9) / 100; exit }' /proc/stat; }
echo "others_cpu_s: CPU time other processes took during the run (busy time of the machine less"
echo "precis's own); near 0 means the run had the cores to itself"
printf '%-6s %-4s %8s %8s %8s %10s %12s\n' jobs run wall_s cpu_s peak_MB records/s others_cpu_s
for ((k = 1; k <= runs; k++)); do
    for j in 1 "$jobs"; do
        before=$(busy)
        /usr/bin/time -f '%e %U %S %M' -o "$out/time" "$PRECIS" batch --jobs "$j" -o "$out/jobs$j.jsonl" "$input" 2> /dev/null
        after=$(busy)
        read -r wall user system peak < "$out/time"
        cpu=$(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }')
        others=$(awk -v a="$after" -v b="$before" -v c="$cpu" 'BEGIN { o = a - b - c; printf "%.1f", o < 0 ? 0 : o }')
        echo "$j $wall $cpu $peak $others" >> "$out/runs"
        printf '%-6s %-4s %8s %8.1f %8.0f %10.0f %12s\n' "$j" "$k" "$wall" "$cpu" \
            "$(awk -v p="$peak" 'BEGIN { print p / 1024 }')" "$(awk -v n="$records" -v w="$wall" 'BEGIN { print n / w }')" "$others"
    done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

median() { awk -v j="$1" -v c="$2" '$1 == j { print $c }' "$out/runs" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
best() { awk -v j="$1" -v c="$2" '$1 == j { print $c }' "$out/runs" | sort -g | head -1; }
one=$(median 1 2) many=$(median "$jobs" 2)
best_one=$(best 1 2) best_many=$(best "$jobs" 2)
peak_one=$(median 1 4) peak_many=$(median "$jobs" 4)
echo
echo "median wall: --jobs 1 $one s ($(awk -v n="$records" -v w="$one" 'BEGIN { printf "%.0f", n / w }') records/s), --jobs $jobs $many s ($(awk -v n="$records" -v w="$many" 'BEGIN { printf "%.0f", n / w }') records/s)"
echo "throughput ratio: $(awk -v a="$one" -v b="$many" 'BEGIN { printf "%.2f", a / b }')× (target ≥ 1.8×)"
echo "best wall: --jobs 1 $best_one s, --jobs $jobs $best_many s; ratio of the best runs: $(awk -v a="$best_one" -v b="$best_many" 'BEGIN { printf "%.2f", a / b }')×"
quiet=${QUIET:-2}
pairs=$(awk -v q="$quiet" 'NR % 2 == 1 { w1 = $2; o1 = $5; next } { if (o1 < q && $5 < q) printf "%.2f\n", w1 / $2 }' "$out/runs")
if [ -n "$pairs" ]; then
    echo "quiet pairs (others took < $quiet s of CPU during both runs): $(echo $pairs | sed 's/ /×, /g')×; median $(sort -g <<< "$pairs" | awk '{ v[NR] = $1 } END { printf "%.2f", v[int((NR + 1) / 2)] }')×"
else
    echo "quiet pairs: none (every pair shared the machine with more than $quiet s of other work)"
fi
echo "median CPU time: --jobs 1 $(median 1 3) s, --jobs $jobs $(median "$jobs" 3) s"
echo "peak RSS: --jobs 1 $(awk -v p="$peak_one" 'BEGIN { printf "%.0f", p / 1024 }') MB, --jobs $jobs $(awk -v p="$peak_many" 'BEGIN { printf "%.0f", p / 1024 }') MB (target < 500 MB)"
lines=$(awk 'END { print NR }' "$out/jobs$jobs.jsonl")
echo "output lines: $lines, input lines: $records ($([ "$lines" = "$records" ] && echo equal || echo DIFFERENT))"
echo "error lines: $(grep -c '"error":' "$out/jobs$jobs.jsonl" || true)"
if cmp "$out/jobs1.jsonl" "$out/jobs$jobs.jsonl"; then
    echo "cmp: --jobs 1 and --jobs $jobs outputs are identical ($(wc -c < "$out/jobs1.jsonl") bytes)"
else
    echo "cmp: the outputs DIFFER"
fi
