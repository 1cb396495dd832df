// Includes every word of the Snowball French stopword list: Copyright (c) 2001, Dr Martin Porter;
// Copyright (c) 2004, 2005, Richard Boulton. BSD-3-Clause; the licence text is in
// Tests/PrecisTextTests/Fixtures/snowball/COPYING. See README.md beside this file.

extension Stopwords {
    /// The French list: function words and news fillers, lower-case, NFC, ASCII apostrophes.
    ///
    /// Started from the Snowball French list (BSD-3; every entry of it is kept) and curated for
    /// TF-IDF on news: see `README.md` beside this file for the rules. Elided forms are listed
    /// with and without their apostrophe ("l'" and "l"), since tokenizers differ on keeping it.
    static let frenchWords: [String] = [
        // Articles, partitives and contracted articles.
        "le", "la", "les", "l", "l'", "un", "une", "des", "du", "de", "d", "d'", "au", "aux",

        // Demonstrative, possessive, interrogative and indefinite determiners.
        "ce", "cet", "cette", "ces",
        "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses",
        "notre", "nos", "votre", "vos", "leur", "leurs",
        "quel", "quelle", "quels", "quelles",
        "chaque", "plusieurs", "quelque", "quelques", "quelqu", "quelqu'",
        "aucun", "aucune", "nul", "nulle", "certain", "certaine", "certains", "certaines",
        "tout", "toute", "tous", "toutes", "autre", "autres", "même", "mêmes",
        "tel", "telle", "tels", "telles",

        // Personal, reflexive and adverbial pronouns (with elided forms).
        "je", "j", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles",
        "me", "m", "m'", "te", "t", "t'", "se", "s", "s'",
        "moi", "toi", "lui", "soi", "eux", "y", "en",
        "moi-même", "toi-même", "lui-même", "elle-même", "soi-même",
        "nous-mêmes", "vous-même", "vous-mêmes", "eux-mêmes", "elles-mêmes",

        // Demonstrative and indefinite pronouns.
        "c", "c'", "ça", "ceci", "cela", "celà",
        "celui", "celle", "ceux", "celles",
        "celui-ci", "celle-ci", "ceux-ci", "celles-ci", "celui-là", "celle-là", "ceux-là", "celles-là",
        "chacun", "chacune", "quelqu'un", "quelqu'une", "rien", "autrui", "quiconque",

        // Relative and interrogative pronouns.
        "qui", "que", "qu", "qu'", "quoi", "dont", "où",
        "lequel", "laquelle", "lesquels", "lesquelles",
        "auquel", "auxquels", "auxquelles", "duquel", "desquels", "desquelles",

        // Prepositions and prepositional locutions' heads.
        "à", "dans", "par", "pour", "sur", "sous", "avec", "sans", "chez", "entre", "vers",
        "contre", "pendant", "depuis", "avant", "après", "selon", "malgré", "parmi", "durant",
        "envers", "hors", "outre", "via", "dès", "jusque", "jusqu", "jusqu'", "lors", "afin",
        "auprès", "près", "autour", "devant", "derrière", "sauf", "hormis", "quant",
        "au-delà", "au-dessus", "au-dessous", "vis-à-vis",

        // Conjunctions (with elided forms).
        "et", "ou", "mais", "donc", "ni", "car", "quand", "comme", "si", "tandis", "parce",
        "lorsque", "lorsqu", "lorsqu'", "puisque", "puisqu", "puisqu'", "quoique", "quoiqu", "quoiqu'",

        // Negation and adverbs of degree.
        "ne", "n", "n'", "pas", "plus", "jamais", "guère", "non", "oui",
        "très", "trop", "peu", "beaucoup", "assez", "bien", "mieux", "moins", "autant", "tant",
        "tellement", "presque", "presqu", "presqu'", "environ", "seulement", "surtout", "plutôt",

        // Connectives and time fillers common in news.
        "alors", "ainsi", "aussi", "encore", "déjà", "toujours", "souvent", "parfois",
        "ici", "là", "ailleurs", "désormais", "notamment", "également", "cependant", "pourtant",
        "toutefois", "néanmoins", "sinon", "puis", "ensuite", "enfin", "certes", "voire",
        "maintenant", "aujourd'hui", "peut-être", "est-à-dire", "voici", "voilà", "fois",

        // Titles of address in news copy ("M. Macron", "Mme Borne").
        "mme", "mmes", "mm", "mlle",

        // Être, all forms ("été" is kept: the past participle far outweighs "summer").
        "être", "suis", "es", "est", "sommes", "êtes", "sont",
        "serai", "seras", "sera", "serons", "serez", "seront",
        "serais", "serait", "serions", "seriez", "seraient",
        "étais", "était", "étions", "étiez", "étaient",
        "fus", "fut", "fûmes", "fûtes", "furent",
        "sois", "soit", "soyons", "soyez", "soient",
        "fusse", "fusses", "fût", "fussions", "fussiez", "fussent",
        "étant", "été", "étée", "étées",

        // Avoir, all forms but "avions" (planes).
        "avoir", "ai", "as", "a", "avons", "avez", "ont",
        "aurai", "auras", "aura", "aurons", "aurez", "auront",
        "aurais", "aurait", "aurions", "auriez", "auraient",
        "avais", "avait", "aviez", "avaient",
        "eus", "eut", "eûmes", "eûtes", "eurent",
        "aie", "aies", "ait", "ayons", "ayez", "aient",
        "eusse", "eusses", "eût", "eussions", "eussiez", "eussent",
        "ayant", "eu", "eue", "eues",

        // Inverted auxiliaries, one token each ("a-t-il ajouté").
        "a-t-il", "a-t-elle", "a-t-on", "est-ce", "est-il", "est-elle",

        // Modal and periphrastic auxiliaries.
        "peut", "peuvent", "pourrait", "pourraient", "doit", "doivent", "devrait", "devraient",
        "faut", "va", "vont", "allait",
    ]
}
