#!/usr/bin/env python3
"""Writes Tests/PrecisEvalTests/Fixtures/chrf-parity.jsonl: hypothesis/reference pairs with the
chrF statistics and sentence score that sacrebleu (2.x, CHRF() defaults: chrF2, char order 6,
word order 0, whitespace removed, case kept) gives them, then one line with the corpus score
of all the pairs. The Swift tests must reproduce every value.

usage: Scripts/make-chrf-fixtures.py   (needs sacrebleu: ../shared/eval/setup-venv.sh)
Every pair is our own.
"""
import json
import sacrebleu
from sacrebleu.metrics import CHRF

pairs = [
    # identical, empty, very short
    ("The cat sat on the mat.", "The cat sat on the mat."),
    ("", ""), ("", "A reference with no hypothesis."), ("A hypothesis with no reference.", ""),
    ("a", "a"), ("a", "b"), ("ab", "ab"), ("ab", "abc"), ("abc", "ab"), ("a b", "ab"),
    ("x", "xyz xyz"), ("aaaaaaa", "aaa"), ("aaa", "aaaaaaa"), ("abcdef", "abcdefg"),
    ("     ", "   "), ("\t\n", "a"),
    # plain English, word order, case
    ("the cat lay on the mat", "the cat sat on the mat"),
    ("mat the on sat cat the", "the cat sat on the mat"),
    ("THE CAT SAT ON THE MAT", "the cat sat on the mat"),
    ("A Democratic plan to win back the suburbs", "The Democrats' plan for winning back suburban voters"),
    ("Breast cancer screening: should you get tested?", "Breast cancer screening: to test or not?"),
    ("The committee regards this as a rumour.", "However, the committee considers this rumour unfounded."),
    ("City officials justified the new rule by the need to reduce traffic.",
     "City officials justified the new rule by the need to cut traffic."),
    ("It is raining.", "The weather is sunny and warm today, with no rain expected."),
    # French, accents (precomposed and decomposed), apostrophes
    ("Un plan démocrate pour reconquérir les banlieues", "A Democratic plan to win back the suburbs"),
    ("L’été 2020 a été très chaud à Besançon.", "L'été 2020 a été très chaud à Besançon."),
    ("été", "e\u0301te\u0301"), ("Ça coûte 1 234,5 € !", "Ca coute 1234,5 euros!"),
    ("Les députés ont voté la loi à l'unanimité.", "Les députés ont adopté la loi à l’unanimité."),
    ("œuvre, cœur, Œdipe", "oeuvre, coeur, Oedipe"),
    ("ÉLÈVE élève", "élève ÉLÈVE"), ("naïve façade", "naive facade"),
    # punctuation and numbers
    ("!!!???...", "!?."), ("3,6 % de croissance en 2019.", "croissance de 3.6% en 2019"),
    ("New-York, U.S.A. — 11/09/2001", "New York, USA, 11 September 2001"),
    ("(hi)", "hi"), ("e-mail: a@b.fr; https://exemple.fr/x?y=1", "email a@b.fr https://exemple.fr/x?y=1"),
    ("1 2 3 4 5 6 7 8 9 10", "12345678910"), ("« Non », a-t-il dit.", "\"Non\", a-t-il dit."),
    # whitespace of every kind (Python's str.split whitespace is removed; U+200B and U+FEFF are not)
    ("no\u00a0break\u2009thin\u202fspace", "no break thin space"),
    ("ideographic\u3000space\u0085nel\u2028line", "ideographic space nel line"),
    ("zero\u200bwidth", "zero width"), ("\ufeffbom", "bom"), ("sep\u001cara\u001ftors", "separators"),
    ("tabs\tand\r\nnewlines\x0bhere", "tabs and newlines here"),
    # emoji and other scripts (code points, as Python counts them)
    ("I ❤️ Paris 🇫🇷", "I love Paris 🇫🇷"), ("👨‍👩‍👧 family", "👨‍👩‍👧‍👦 family"),
    ("🙂🙂🙂", "🙂"), ("👍🏽 ok", "👍 ok"), ("日本語のテキスト", "日本語テキスト"),
    ("Москва — столица России", "Москва столица России"), ("ΟΔΟΣ οδός", "οδος ΟΔΟΣ"),
    ("مرحبا بالعالم", "مرحبا"), ("İstanbul ﬁnal ß", "istanbul final ss"),
    ("\U0001d400\U0001d401 math", "AB math"),
    # longer segments
    ("Selon la mairie, les travaux de la ligne de tramway, commencés en mars, dureront encore deux ans "
     "et coûteront près de 300 millions d'euros à la métropole.",
     "According to the town hall, work on the tram line, which began in March, will last another two "
     "years and cost the metropolitan area nearly 300 million euros."),
    ("The town hall says work on the tramway, started in March, will take two more years and cost "
     "the metropolis almost €300m.",
     "According to the town hall, work on the tram line, which began in March, will last another two "
     "years and cost the metropolitan area nearly 300 million euros."),
    ("the the the the the the the the the the", "the cat"),
    ("Meta is betting on artificial intelligence without giving up on the metaverse.",
     "Meta refocuses its ambitions on AI, without abandoning the metaverse."),
    ("Depuis combien de temps ressentez-vous ces symptômes ?", "How long have you had these symptoms?"),
    ("any sudden headache should be checked, especially at your age",
     "every sudden headache must be checked, above all at your age"),
    ("abcabcabcabc", "cbacbacbacba"), ("abcdefghijklmnopqrstuvwxyz", "zyxwvutsrqponmlkjihgfedcba"),
    ("Le président a annoncé hier soir une réforme des retraites.",
     "Hier soir, le président a annoncé une réforme des retraites."),
]

chrf = CHRF()
out = open("Tests/PrecisEvalTests/Fixtures/chrf-parity.jsonl", "w", encoding="utf-8")
for hypothesis, reference in pairs:
    stats = chrf._extract_corpus_statistics([hypothesis], [[reference]])[0]
    score = chrf.sentence_score(hypothesis, [reference]).score
    row = {"hypothesis": hypothesis, "reference": reference, "statistics": stats, "score": score}
    # U+FEFF escaped: Foundation's JSON reader drops it at the start of a string.
    out.write(json.dumps(row, ensure_ascii=False).replace("\ufeff", "\\ufeff") + "\n")
corpus = CHRF().corpus_score([h for h, _ in pairs], [[r for _, r in pairs]]).score
out.write(json.dumps({"corpus": corpus, "segments": len(pairs), "sacrebleu": sacrebleu.__version__}) + "\n")
print(len(pairs), "pairs, corpus chrF2", corpus)
