#!/usr/bin/env python3
"""Check the general lexicon's format and its coverage of the corpus's most frequent forms.

Usage: Scripts/check-lexicon.py [LEXICON.tsv ...] [--forms FORMS.tsv --top N]

Every line is `form<TAB>lemma<TAB>pos<TAB>features<TAB>english` (glossaries/README.md);
lines starting with '#' are comments. Problems are printed as FILE:LINE: message.
FORMS.tsv (from Scripts/count-forms.sh) lists `form<TAB>count`, most frequent first; the
coverage is the share of its first N forms that have an entry here or are verb-pronoun
inversions ("a-t-il") whose verb has one.
"""
import argparse, glob, re, sys

POS = {"NOUN", "PROPN", "ADJ", "VERB", "AUX", "ADV", "PRON", "DET", "ADP", "CCONJ", "SCONJ",
       "NUM", "INTJ", "X"}
GN = r"(m|f|mf)\.(s|p|sp)"
FEATURE = {
    "NOUN": rf"^{GN}$", "ADJ": rf"^{GN}$", "PROPN": rf"^(-|{GN})$", "NUM": rf"^(-|{GN})$",
    "DET": rf"^(-|{GN})$", "PRON": r"^(-|[a-z0-9.,]+)$",
}
TENSE = r"(pres|impf|fut|cond|subj|ps|imp)\.[123][sp]"
VERBF = rf"^(inf|ppr|pp\.{GN}|{TENSE})(,(inf|ppr|pp\.{GN}|{TENSE}))*$"
INVERSION = re.compile(r"^(.+?)-(t-)?(il|elle|ils|elles|on|je|tu|nous|vous|ce|là)$")

def check(paths):
    forms, problems = {}, 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                cells = line.split("\t")
                where = f"{path}:{n}"
                if len(cells) != 5:
                    print(f"{where}: {len(cells)} columns, expected 5: {line!r}"); problems += 1; continue
                form, lemma, pos, feats, english = cells
                if not form or form != form.lower() or form.strip() != form:
                    print(f"{where}: the form must be lowercase and trimmed: {form!r}"); problems += 1
                if not lemma:
                    print(f"{where}: empty lemma"); problems += 1
                if pos not in POS:
                    print(f"{where}: unknown part of speech {pos!r}"); problems += 1; continue
                pattern = VERBF if pos in ("VERB", "AUX") else FEATURE.get(pos, r"^-$")
                if not re.match(pattern, feats):
                    print(f"{where}: features {feats!r} do not fit {pos}"); problems += 1
                if not english or english != english.strip() or "  " in english:
                    print(f"{where}: english must be non-empty and trimmed (write _ for nothing): {english!r}"); problems += 1
                forms.setdefault(form, []).append((lemma, pos, feats, english))
    return forms, problems

def main():
    p = argparse.ArgumentParser()
    p.add_argument("lexicon", nargs="*")
    p.add_argument("--forms")
    p.add_argument("--top", type=int, default=15000)
    p.add_argument("--list-missing", action="store_true")
    a = p.parse_args()
    paths = a.lexicon or sorted(glob.glob("glossaries/lexicon/*.tsv"))
    forms, problems = check(paths)
    print(f"{len(forms)} forms, {sum(map(len, forms.values()))} analyses, {problems} problems")
    if a.forms:
        top = []
        with open(a.forms, encoding="utf-8") as f:
            for line in f:
                top.append(line.split("\t")[0])
                if len(top) == a.top: break
        def covered(w):
            if w in forms: return True
            m = INVERSION.match(w)
            return bool(m and m.group(1) in forms)
        missing = [w for w in top if not covered(w)]
        print(f"coverage of the top {len(top)} forms: {len(top) - len(missing)} ({100 * (len(top) - len(missing)) / len(top):.2f}%)")
        if a.list_missing:
            for w in missing: print(w)
    sys.exit(1 if problems else 0)

main()
