#!/usr/bin/env bash
# Fuzzes Precis's parsers with libFuzzer: builds the fuzz package (Fuzz/) with the fuzzer and
# address sanitizer, assembles a seed corpus per target from the test fixtures, corpora/ and
# glossaries/, runs each target for a given time, and prints per target the executions and
# whether it found anything. Exits 1 on a finding (its input is kept in the work dir).
#
#   Scripts/fuzz.sh                          # every target, 60 s each
#   Scripts/fuzz.sh --time 600 FuzzJSONL     # one target, 10 minutes
#   Scripts/fuzz.sh --ci                     # every target, 20 s each (CI)
#   Scripts/fuzz.sh --list                   # the targets
#
# Work dir: .build-fuzz/ (outside git; override with PRECIS_FUZZ_DIR). Each target keeps its
# corpus in <work>/corpus/<target>, so later runs start where earlier ones stopped; findings go
# to <work>/findings/<target>/ and its log to <work>/logs/<target>.log. Reproduce one with
#   Fuzz/.build/release/<target> <work>/findings/<target>/crash-…
# Where the toolchain has no libFuzzer (`-sanitize=fuzzer`, e.g. Xcode's), it says so and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

targets=(FuzzSegmentation FuzzTokenization FuzzGlossaryTSV FuzzGlossaryCSV FuzzGlossaryOmegaT FuzzGlossaryTBX
         FuzzDictdIndex FuzzIDFModel FuzzJSONL FuzzTranslator)
seconds=60
selected=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --time) seconds="${2:?--time needs a number of seconds}"; shift 2 ;;
        --time=*) seconds="${1#--time=}"; shift ;;
        --ci) seconds=20; shift ;;
        --list) printf '%s\n' "${targets[@]}"; exit 0 ;;
        -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "fuzz.sh: unknown option $1; see --help" >&2; exit 2 ;;
        *)
            if [[ " ${targets[*]} " != *" $1 "* ]]; then
                echo "fuzz.sh: unknown target $1; one of: ${targets[*]}" >&2; exit 2
            fi
            selected+=("$1"); shift ;;
    esac
done
[[ "$seconds" =~ ^[0-9]+$ && "$seconds" -gt 0 ]] || { echo "fuzz.sh: --time takes a whole number of seconds, not '$seconds'" >&2; exit 2; }
[[ ${#selected[@]} -gt 0 ]] || selected=("${targets[@]}")

work="${PRECIS_FUZZ_DIR:-$root/.build-fuzz}"
# libFuzzer reports crashes itself; Swift's interactive backtracer would only slow each one down.
export SWIFT_BACKTRACE=enable=no
# Leaks that are Foundation's own (see the file).
export LSAN_OPTIONS="suppressions=$root/Fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
mkdir -p "$work"

# Does this toolchain link libFuzzer? (Xcode's Swift does not.)
probe="$work/probe"
mkdir -p "$probe"
cat > "$probe/probe.swift" <<'SWIFT'
@_cdecl("LLVMFuzzerTestOneInput") public func probe(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt { 0 }
SWIFT
if ! swiftc -parse-as-library -sanitize=fuzzer "$probe/probe.swift" -o "$probe/probe" >"$probe/log" 2>&1 \
   && ! swiftc -parse-as-library -sanitize=fuzzer -use-ld=lld "$probe/probe.swift" -o "$probe/probe" >>"$probe/log" 2>&1; then
    echo "fuzz.sh: skipped: this Swift toolchain cannot build with -sanitize=fuzzer (libFuzzer);"
    echo "         use a swift.org toolchain on Linux to fuzz. Compiler said:"
    sed 's/^/         /' "$probe/log" | head -5
    exit 0
fi

# SwiftPM names a path dependency after its folder: a checkout folder named "fuzz" would clash
# with the Fuzz package itself.
if [[ "$(basename "$root" | tr '[:upper:]' '[:lower:]')" == fuzz ]]; then
    echo "fuzz.sh: the checkout folder is named '$(basename "$root")', which SwiftPM confuses with Fuzz/;" >&2
    echo "         clone or copy the repository into a folder of another name" >&2
    exit 2
fi

echo "fuzz.sh: building the fuzz targets (release, -sanitize=fuzzer,address)…"
build_start=$SECONDS
(cd Fuzz && swift build -c release -Xswiftc -sanitize=fuzzer,address) >"$work/build.log" 2>&1 || {
    tail -40 "$work/build.log" >&2
    echo "fuzz.sh: the fuzz build failed; full log in $work/build.log" >&2
    exit 4
}
bin=$(cd Fuzz && swift build -c release -Xswiftc -sanitize=fuzzer,address --show-bin-path)
echo "fuzz.sh: built in $((SECONDS - build_start)) s"

# Copies `file` into the seed folder, in pieces of at most `max` bytes cut at line ends.
seed() {
    local dir=$1 max=$2 file=$3 name
    [[ -f "$file" ]] || return 0
    name=$(basename "$file")
    if [[ $(wc -c <"$file") -le $max ]]; then
        cp "$file" "$dir/$name"
    else
        split -C "$max" -d -a 3 "$file" "$dir/$name."
        # Keep the corpus small: at most 20 pieces of a large file.
        find "$dir" -name "$name.*" | sort | tail -n +21 | xargs -r rm -f
    fi
}

# The seed folder of a target (fresh each run) and its max input length and dictionary.
seeds_for() {
    local target=$1 dir=$2
    local glossary=Tests/PrecisGlossaryTests/Fixtures
    rm -rf "$dir"; mkdir -p "$dir"
    if [[ -d "Fuzz/Seeds/$target" ]]; then cp Fuzz/Seeds/"$target"/* "$dir"/; fi
    case "$target" in
        FuzzSegmentation|FuzzTokenization|FuzzTranslator)
            seed "$dir" "$max_len" corpora/meta-openai.fr.txt
            # The first 40 articles of the OrangeSum sample, as text (JSON escapes aside).
            local k=0
            while IFS= read -r line && [[ $k -lt 40 ]]; do
                k=$((k + 1))
                line=${line#*\"text\": \"}
                printf '%s' "${line:0:$max_len}" >"$dir/orangesum-$k"
            done <corpora/orangesum-train-sample.fr.jsonl
            for f in Tests/PrecisTextTests/Fixtures/language-id/*; do seed "$dir" "$max_len" "$f"; done ;;
        FuzzGlossaryTSV)
            seed "$dir" "$max_len" $glossary/news.fr-en.deepl.tsv
            seed "$dir" "$max_len" $glossary/matches-meta-openai.tsv
            seed "$dir" "$max_len" glossaries/domains/health.fr-en.tsv
            seed "$dir" "$max_len" Tests/PrecisTranslateTests/Fixtures/user.tsv ;;
        FuzzGlossaryCSV) seed "$dir" "$max_len" $glossary/news.fr-en.google-equivalent.csv ;;
        FuzzGlossaryOmegaT) seed "$dir" "$max_len" $glossary/news.fr-en.omegat.utf8 ;;
        FuzzGlossaryTBX) seed "$dir" "$max_len" $glossary/news.fr-en.tbx ;;
        FuzzDictdIndex)
            cp $glossary/news.fr-en.dictd.index "$dir/"
            { cat $glossary/news.fr-en.dictd.index; printf '\0'; cat $glossary/news.fr-en.dictd.dict; } >"$dir/dictd-with-data"
            { cat $glossary/news.fr-en.dictzip.index; printf '\0'; cat $glossary/news.fr-en.dictzip.dict.dz; } >"$dir/dictzip-with-data" ;;
        FuzzJSONL)
            seed "$dir" "$max_len" Tests/PrecisCLITests/Fixtures/terms.fr-en.jsonl
            seed "$dir" "$max_len" Tests/PrecisEvalTests/Fixtures/chrf-parity.jsonl
            head -c 200000 corpora/orangesum-train-sample.fr.jsonl >"$work/orangesum-head.jsonl"
            seed "$dir" "$max_len" "$work/orangesum-head.jsonl" ;;
    esac
}

settings() {  # max_len and dictionary of a target
    case "$1" in
        FuzzTranslator) max_len=1024; dict= ;;
        FuzzSegmentation|FuzzTokenization) max_len=4096; dict=Fuzz/Dictionaries/text.dict ;;
        FuzzGlossaryTBX) max_len=8192; dict=Fuzz/Dictionaries/xml.dict ;;
        FuzzJSONL) max_len=4096; dict=Fuzz/Dictionaries/json.dict ;;
        FuzzIDFModel) max_len=4096; dict= ;;
        *) max_len=4096; dict=Fuzz/Dictionaries/tabular.dict ;;
    esac
}

found=0
report=()
for target in "${selected[@]}"; do
    settings "$target"
    corpus="$work/corpus/$target"; findings="$work/findings/$target"; seeds="$work/seeds/$target"
    log="$work/logs/$target.log"
    mkdir -p "$corpus" "$findings" "$(dirname "$log")"
    seeds_for "$target" "$seeds"
    before=$(find "$findings" -type f | wc -l)
    echo "fuzz.sh: $target for ${seconds} s (max_len $max_len; log $log)"
    flags=(-max_total_time="$seconds" -max_len="$max_len" -timeout=25 -rss_limit_mb=4096 -print_final_stats=1
           -artifact_prefix="$findings/")
    [[ -n "$dict" ]] && flags+=(-dict="$dict")
    status=0
    PRECIS_GLOSSARIES="$root/glossaries" "$bin/$target" "${flags[@]}" "$corpus" "$seeds" >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    [[ -n "$runs" ]] || runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -1)
    after=$(find "$findings" -type f | wc -l)
    if [[ $status -ne 0 || $after -gt $before ]]; then
        found=1
        artifact=$(ls -t "$findings"/* 2>/dev/null | head -1)
        report+=("$(printf '%-20s %12s executions  FINDING (exit %s): %s' "$target" "${runs:-?}" "$status" "${artifact:-see $log}")")
        grep -m1 -E 'ERROR: |Fatal error|invariant broken|deadly signal' "$log" | sed 's/^/    /' >&2 || true
    else
        report+=("$(printf '%-20s %12s executions  no finding' "$target" "${runs:-?}")")
    fi
done

echo
echo "fuzz.sh: ${seconds} s per target"
printf '%s\n' "${report[@]}"
if [[ $found -ne 0 ]]; then
    echo "fuzz.sh: findings above; reproduce with $bin/<target> <finding>, minimise with -minimize_crash=1" >&2
    exit 1
fi
