// Includes every word of the Snowball English stopword list: Copyright (c) 2001, Dr Martin Porter;
// Copyright (c) 2004, 2005, Richard Boulton. BSD-3-Clause; the licence text is in
// Tests/PrecisTextTests/Fixtures/snowball/COPYING. See README.md beside this file.

extension Stopwords {
    /// The English list: function words, auxiliaries and contractions, lower-case, ASCII
    /// apostrophes.
    ///
    /// Started from the Snowball English list (BSD-3; every entry of it is kept, and its
    /// commented-out modals are restored except "may", which news uses for the month and for
    /// Theresa May) and curated for TF-IDF on news: see `README.md` beside this file.
    static let englishWords: [String] = [
        // Articles and determiners.
        "a", "an", "the", "this", "that", "these", "those",
        "all", "any", "both", "each", "either", "neither", "every", "few", "many", "much",
        "more", "most", "less", "least", "other", "another", "some", "such", "several",
        "no", "own", "same",

        // Personal, possessive and reflexive pronouns ("us" is left out: "US").
        "i", "me", "my", "myself", "we", "our", "ours", "ourselves",
        "you", "your", "yours", "yourself", "yourselves",
        "he", "him", "his", "himself", "she", "her", "hers", "herself",
        "it", "its", "itself", "they", "them", "their", "theirs", "themselves",

        // Interrogative and relative pronouns and adverbs.
        "what", "which", "who", "whom", "whose", "whatever", "whoever", "whichever",
        "when", "where", "why", "how", "whether",

        // Be, have, do.
        "am", "is", "are", "was", "were", "be", "been", "being",
        "have", "has", "had", "having", "do", "does", "did", "doing",

        // Modals ("may" is left out: the month, Theresa May).
        "will", "would", "shall", "should", "can", "could", "might", "must", "ought", "cannot",

        // Contractions, whole as Snowball lists them.
        "i'm", "you're", "he's", "she's", "it's", "we're", "they're",
        "i've", "you've", "we've", "they've",
        "i'd", "you'd", "he'd", "she'd", "we'd", "they'd",
        "i'll", "you'll", "he'll", "she'll", "we'll", "they'll",
        "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't",
        "doesn't", "don't", "didn't", "won't", "wouldn't", "shan't", "shouldn't",
        "can't", "couldn't", "mustn't", "daren't", "needn't", "mightn't", "oughtn't", "ain't",
        "let's", "that's", "who's", "what's", "here's", "there's", "when's", "where's", "why's", "how's",

        // Contraction pieces, as tokenizers that split clitics produce them ("do" + "n't").
        "n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "s", "t", "d", "ll", "re", "ve", "m",

        // Prepositions.
        "of", "at", "by", "for", "with", "about", "against", "between", "into", "through",
        "during", "before", "after", "above", "below", "to", "from", "up", "down", "in", "out",
        "on", "off", "over", "under", "upon", "within", "without", "among", "across", "per",
        "via", "onto", "toward", "towards", "around", "behind", "beyond", "despite", "along",
        "amid", "near", "since", "until", "till", "than",

        // Conjunctions.
        "and", "but", "if", "or", "nor", "because", "as", "while", "whereas", "although",
        "though", "unless", "so", "yet", "also", "however", "thus", "therefore", "hence",

        // Adverbs and news fillers.
        "not", "only", "too", "very", "again", "further", "then", "once", "here", "there",
        "now", "just", "even", "still", "already", "ever", "never", "else", "according",

        // Titles of address in news copy.
        "mr", "mrs", "ms",
    ]
}
