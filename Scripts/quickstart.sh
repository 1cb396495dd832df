#!/usr/bin/env bash
# Sets up what Precis needs on a Debian machine with Swift, builds it, and runs the main job on
# the bundled seed article.
#
#   Scripts/quickstart.sh [ARTICLE]      (default: corpora/meta-openai.fr.txt)
#
# It installs libicu-dev, zlib1g-dev (and pkg-config) with apt-get when they are missing (with sudo when not
# root), builds the `precis` tool in release mode and runs it on the article.
set -euo pipefail
cd "$(dirname "$0")/.."
article=${1:-corpora/meta-openai.fr.txt}

say() { printf '==> %s\n' "$*" >&2; }

if ! command -v swift >/dev/null 2>&1; then
    say "swift is not on PATH: install a Swift 6.1+ toolchain (swift.org/install) and retry"
    exit 1
fi

missing=()
[ -f /usr/include/unicode/ubrk.h ] || missing+=(libicu-dev)
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} with apt-get"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}" >&2
fi

say "building precis (release)"
source Scripts/release-build.sh
bin=$(release_build)

# The main job: the English headline and a two-sentence English summary, with keywords.
# The article's first line is its title.
title=$(head -n 1 "$article")
say "English headline and summary of $article (French title: $title)"
"$bin" summarize "$article" --title "$title" --sentences 2 --keywords 8 --translate
