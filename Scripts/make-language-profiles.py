#!/usr/bin/env python3
"""Builds the character n-gram profiles of PrecisText's LanguageIdentifier.

Writes Sources/PrecisText/Language/LanguageIdentifier+Profiles.swift (a generated file,
committed) and, with --evaluate, reports held-out accuracy with exactly the decision rule that
LanguageIdentifier.swift applies.

Inputs (the method is described in the doc comment of LanguageIdentifier):
  * French: the first 4 M characters of the OrangeSum *training* split
    (../shared/data/orangesum/train.jsonl.gz), CC BY-SA 4.0.
  * English: newstest2013.en (../shared/data/mt), WMT terms.
  * Other languages (used only to answer "unknown"): the Wikipedia n-gram profiles shipped in
    the `langdetect` PyPI package 1.0.9 (Apache-2.0, (c) Cybozu Labs / Michal Danilak):
    `pip install langdetect==1.0.9` (in a virtual environment if you like).

Held-out evaluation sets (none used for training): FLORES-200 devtest fr/en, the OrangeSum
validation titles, the French side of newstest2013 and its headlines, and the WMT21
terminology dev segments; --other adds a TSV of other-language sentences that should come out
unknown (Tests/PrecisTextTests/Fixtures/language-id/other-languages.tsv).

Usage:
  python3 Scripts/make-language-profiles.py [--data ../shared/data] [--out FILE]
                                            [--evaluate] [--no-write] [--other TSV]
The output is deterministic: rerunning it on the same data gives the same file.
"""
import argparse, collections, gzip, json, math, os, unicodedata

# ---- parameters (the Swift side reads the ones it needs from the generated file) ----------
FRENCH_CHARS = 4_000_000      # characters of OrangeSum training text
STAGE1_GRAMS = 2000           # top character n-grams per language (French, English)
STAGE1_WORDS = 300            # top words per language (French, English)
STAGE1_ALPHA = 0.5            # add-alpha smoothing of the in-domain counts
STAGE1_CAP = 5.0              # a feature's log-ratio is clamped to [-CAP, CAP] nats
STAGE1_SCALE = 8              # stage-1 weights are stored in 1/8 nats
STAGE2_GRAMS = 700            # top n-grams per language in the "is it French/English at all" model
STAGE2_FLOOR = 0.3            # unseen n-gram = FLOOR x the profile's smallest kept count
STAGE2_SCALE = 4              # stage-2 costs are stored in 1/4 nats
STAGE2_MAXQ = 61
STAGE2_MARGIN = 0.15          # nats per n-gram another language must win by to veto...
STAGE2_OFFSET = 1.0           # ...plus these many nats, so a few letters cannot veto
OTHER_LANGUAGES = "es pt it ca ro de nl sv da pl".split()
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
MAX_WORD = 15                 # longer words get no whole-word feature

def raw_words(text):
    """Runs of letters as written; everything else separates words (marks are skipped)."""
    out, cur = [], []
    for ch in unicodedata.normalize("NFC", text):
        if ch.isalpha():
            cur.append(ch)
        elif unicodedata.category(ch).startswith("M"):
            continue
        elif cur:
            out.append("".join(cur)); cur = []
    if cur:
        out.append("".join(cur))
    return out

def lower(word):
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in word)

def words(text):
    """Lower-cased runs of letters."""
    return [lower(w) for w in raw_words(text)]

def char_grams(word):
    p = "_" + word + "_"
    for n in (1, 2, 3):
        for i in range(len(p) - n + 1):
            g = p[i:i + n]
            if g != "_":
                yield g

def features(text):
    for w in words(text):
        if len(w) <= MAX_WORD:
            yield "=" + w
        yield from char_grams(w)

def order(g):
    return 0 if g[0] == "=" else len(g)

# ---- training data ------------------------------------------------------------------------
def french_texts(data):
    size = 0
    with gzip.open(os.path.join(data, "orangesum/train.jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            t = "\n".join((o["title"], o["summary"], o["text"]))
            yield t
            size += len(t)
            if size >= FRENCH_CHARS:
                return

def english_texts(data):
    with open(os.path.join(data, "mt/newstest2013.en"), encoding="utf-8") as f:
        yield from f

def count(texts):
    c = collections.Counter()
    for t in texts:
        c.update(features(t))
    return c

def langdetect_profile(code):
    try:
        import langdetect
    except ImportError:
        raise SystemExit("make-language-profiles: needs the langdetect package for its profiles: "
                         "pip install langdetect==1.0.9")
    path = os.path.join(os.path.dirname(langdetect.__file__), "profiles", code)
    with open(path, encoding="utf-8") as f:
        p = json.load(f)
    c = collections.Counter()
    for g, k in p["freq"].items():
        g = g.lower().replace(" ", "_")
        if all(ch == "_" or ch.isalpha() for ch in g) and g.strip("_"):
            c[g] += k
    return c, p["n_words"]

# ---- model --------------------------------------------------------------------------------
def build(data):
    fr, en = count(french_texts(data)), count(english_texts(data))
    totals = {}
    for lang, c in (("fr", fr), ("en", en)):
        for g, k in c.items():
            totals[(lang, order(g))] = totals.get((lang, order(g)), 0) + k
    stage1 = set()
    for c in (fr, en):
        ranked = [g for g, _ in c.most_common()]
        stage1 |= set([g for g in ranked if order(g) > 0][:STAGE1_GRAMS])
        stage1 |= set([g for g in ranked if order(g) == 0][:STAGE1_WORDS])
    vocab = collections.Counter(order(g) for g in stage1)
    s1 = {}
    for g in stage1:
        n = order(g)
        lf = math.log((fr[g] + STAGE1_ALPHA) / (totals[("fr", n)] + STAGE1_ALPHA * vocab[n]))
        le = math.log((en[g] + STAGE1_ALPHA) / (totals[("en", n)] + STAGE1_ALPHA * vocab[n]))
        q = round(max(-STAGE1_CAP, min(STAGE1_CAP, lf - le)) * STAGE1_SCALE)
        if q != 0:
            s1[g] = q
    langs = ["fr", "en"] + OTHER_LANGUAGES
    profiles = {L: langdetect_profile(L) for L in langs}
    stage2 = set()
    for L in langs:
        stage2 |= set(g for g, _ in profiles[L][0].most_common(STAGE2_GRAMS))
    s2 = {}
    for g in stage2:
        row = []
        for L in langs:
            c, nw = profiles[L]
            n = len(g)
            smallest = min(k for h, k in c.items() if len(h) == n)
            p = max(c.get(g, 0), STAGE2_FLOOR * smallest) / nw[n - 1]
            row.append(min(STAGE2_MAXQ, round(-math.log(p) * STAGE2_SCALE)))
        s2[g] = row
    return {"langs": langs, "s1": s1, "s2": s2}

# ---- the decision rule (mirrors LanguageIdentifier.swift) ---------------------------------
def identify(model, text):
    s1, s2, langs = model["s1"], model["s2"], model["langs"]
    d = 0; letters = 0; latin = 0
    cost = [0] * len(langs); n2 = 0
    raw = raw_words(text)
    # In text that has lower-case letters, all-capital words of two letters or more are
    # acronyms ("AI", "SNCF", "PSG"): they say nothing of the language, so they are skipped.
    mixed = any(ch.islower() for w in raw for ch in w)
    for r in raw:
        w = lower(r)
        letters += len(w)
        latin += sum(1 for ch in w if ord(ch) < 0x250)
        if mixed and len(r) >= 2 and all(ch.isupper() for ch in r):
            continue
        for g in ["=" + w] if len(w) <= MAX_WORD else []:
            d += s1.get(g, 0)
        for g in char_grams(w):
            d += s1.get(g, 0)
            row = s2.get(g)
            if row:
                n2 += 1
                for i, q in enumerate(row):
                    cost[i] += q
    if letters == 0 or latin * 2 < letters:
        return None, {}
    if d == 0:
        return None, {}
    guess = "fr" if d > 0 else "en"
    if n2:
        ref = min(cost[0], cost[1])
        best_other = min(cost[2:])
        if (ref - best_other) / STAGE2_SCALE > STAGE2_MARGIN * n2 + STAGE2_OFFSET:
            return None, {}
    return guess, {"d": d / STAGE1_SCALE}

# ---- output -------------------------------------------------------------------------------
def swift_source(model):
    langs = model["langs"]
    rows = []
    keys = sorted(set(model["s1"]) | set(model["s2"]), key=lambda g: (order(g), g))
    for g in keys:
        a = model["s1"].get(g)
        b = model["s2"].get(g)
        rows.append("%s %s %s" % (g, a if a is not None else ".", "".join(ALPHABET[q] for q in b) if b else "."))
    body = "\n".join(rows)
    return f'''// Generated by Scripts/make-language-profiles.py. Do not edit by hand: run the script.
//
// Stage 1 (French vs English) weights come from {FRENCH_CHARS:,} characters of the OrangeSum
// training split (CC BY-SA 4.0) and newstest2013.en (WMT); stage 2 ("French or English at
// all?") costs come from the Wikipedia n-gram profiles of language-detection / langdetect 1.0.9
// (Apache-2.0, Copyright (c) 2010-2014 Cybozu Labs, Inc.; 2014-2015 Michal Danilak).

extension LanguageProfiles {{
    /// The languages of the stage-2 columns, French and English first.
    static let stage2Languages: [String] = [{", ".join('"%s"' % L for L in langs)}]
    /// Stage-1 weights are in units of 1/`stage1Scale` nats.
    static let stage1Scale: Double = {STAGE1_SCALE}
    /// Stage-2 costs are in units of 1/`stage2Scale` nats.
    static let stage2Scale: Double = {STAGE2_SCALE}
    /// Nats per n-gram by which another language must beat French and English to veto...
    static let stage2Margin: Double = {STAGE2_MARGIN}
    /// ...plus these many nats, so that a few letters cannot veto.
    static let stage2Offset: Double = {STAGE2_OFFSET}
    /// Words longer than this (in scalars) get no whole-word feature.
    static let maxWordFeatureLength = {MAX_WORD}
    /// The digits of stage-2 costs.
    static let costAlphabet = "{ALPHABET}"

    /// One feature a line: the feature (`=word`, or a 1-3 letter n-gram with `_` marking a word
    /// boundary), its stage-1 weight (French minus English log-probability, `.` if none), and
    /// its stage-2 costs, one character of `costAlphabet` per language (`.` if none).
    static let table = """
{body}
"""
}}
'''

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--data", default=os.path.join(here, "..", "..", "shared", "data"))
    ap.add_argument("--out", default=os.path.join(here, "..", "Sources", "PrecisText", "Language", "LanguageIdentifier+Profiles.swift"))
    ap.add_argument("--evaluate", action="store_true", help="report held-out accuracy")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--other", help="a TSV of `lang<TAB>sentence` lines in other languages (expected: unknown)")
    a = ap.parse_args()
    model = build(a.data)
    if not a.no_write:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(swift_source(model))
        print("wrote %s: %d stage-1 features, %d stage-2 n-grams" % (os.path.normpath(a.out), len(model["s1"]), len(model["s2"])))
    if a.evaluate:
        evaluate(model, a.data, a.other)

def evaluate(model, data, other):
    def lines(p):
        with open(os.path.join(data, p), encoding="utf-8") as f:
            return [l.rstrip("\n") for l in f if l.strip()]
    with open(os.path.join(data, "orangesum/dev.jsonl"), encoding="utf-8") as f:
        titles = [json.loads(l)["title"] for l in f]
    heads = [l.split("\t") for l in lines("mt/newstest2013.headlines.fr-en.tsv")]
    sets = [("flores200 devtest fr", lines("mt/flores200-devtest.fr"), "fr"),
            ("flores200 devtest en", lines("mt/flores200-devtest.en"), "en"),
            ("OrangeSum dev titles", titles, "fr"),
            ("newstest2013 headlines fr", [h[0] for h in heads], "fr"),
            ("newstest2013 fr (3,000 sentences)", lines("mt/newstest2013.fr"), "fr")]
    with open(os.path.join(data, "mt/wmt21-terminology.dev.fr-en.jsonl"), encoding="utf-8") as f:
        segments = [json.loads(l) for l in f]
    sets += [("WMT21 terminology fr (lowercased)", [s["fr"] for s in segments], "fr"),
             ("WMT21 terminology en (lowercased)", [s["en"] for s in segments], "en")]
    if other:
        with open(other, encoding="utf-8") as f:
            sets.append(("other languages (want unknown)", [l.split("\t", 1)[1].strip() for l in f if "\t" in l], None))
    for name, texts, want in sets:
        got = [identify(model, t)[0] for t in texts]
        ok = sum(1 for g in got if g == want)
        dist = collections.Counter(g or "unknown" for g in got)
        print("%-32s %5d/%-5d = %6.2f%%  %s" % (name, ok, len(texts), 100 * ok / len(texts), dict(dist)))
        for g, t in zip(got, texts):
            if g != want and os.environ.get("SHOW"):
                print("      ", g, t[:100])

if __name__ == "__main__":
    main()
