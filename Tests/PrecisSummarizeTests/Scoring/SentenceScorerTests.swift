import Testing
import PrecisText
@testable import PrecisSummarize

/// The scorers on documents small enough to work out by hand.
///
/// Without a model, IDF is computed over the document's sentences:
/// `idf(t) = ln((1 + N) / (1 + df)) + 1`, N the sentence count, df the sentences holding t.
struct SentenceScorerTests {
    // "Cats chase mice. Dogs chase cats. Birds sing songs."
    //   s0 = {cat, chase, mice}   s1 = {dog, chase, cat}   s2 = {bird, sing, song}
    // N = 3: cat and chase are in 2 sentences, the others in 1.
    //   a = idf(df 2) = ln(4/3) + 1 ≈ 1.287682      b = idf(df 1) = ln(4/2) + 1 ≈ 1.693147
    // TF-IDF vectors (each term once per sentence):
    //   v0 = {cat a, chase a, mice b}   v1 = {cat a, chase a, dog b}   v2 = {bird b, sing b, song b}
    static let animals = "Cats chase mice. Dogs chase cats. Birds sing songs."
    static let a = (4.0 / 3).logarithm + 1
    static let b = (4.0 / 2).logarithm + 1

    @Test func analysesSentencesIntoTermsAndInDocumentIDF() {
        let analyzer = TermAnalyzer(language: .english)
        let document = AnalyzedDocument(text: Self.animals, title: nil, language: .english, analyzer: analyzer, model: nil)
        #expect(document.sentences.map { String($0.text(in: Self.animals)) } == ["Cats chase mice.", "Dogs chase cats.", "Birds sing songs."])
        #expect(Articles.terms(of: document, analyzer: analyzer) == [["cat", "chase", "mice"], ["dog", "chase", "cat"], ["bird", "sing", "song"]])
        // Local ids in order of first appearance: cat 0, chase 1, mice 2, dog 3, bird 4, sing 5, song 6.
        #expect(document.documentFrequency == [2, 2, 1, 1, 1, 1, 1])
        let (a, b) = (Self.a, Self.b)
        #expect(close(document.idf, [a, a, b, b, b, b, b]))
        #expect(close(Self.a, 1.2876820724517808) && close(Self.b, 1.6931471805599454))
        #expect(document.vectors[0].entries.map(\.term) == [0, 1, 2])
        #expect(close(document.vectors[0].entries.map(\.weight), [Self.a, Self.a, Self.b]))
        #expect(close(document.vectors[2].norm, (3 * Self.b * Self.b).squareRoot()))
        #expect(document.wordCounts == [3, 3, 3])
    }

    @Test func countsTermFrequencyWithinASentence() {
        // "Rain, rain and more rain. Sun today." — N = 2; rain (df 1): idf = ln(3/2) + 1; tf 3.
        let document = Articles.analyzed("Rain, rain and more rain. Sun today.")
        let idf = (3.0 / 2).logarithm + 1
        #expect(document.documentFrequency[0] == 3)
        #expect(close(document.vectors[0].entries[0].weight, 3 * idf))
    }

    @Test func tfidfSumsDocumentWeightsOverTheSquareRootOfTheTermCount() {
        // weight(t) = occurrences in the document × idf: cat, chase 2a; mice, dog, bird, sing, song b.
        // s0 = (2a + 2a + b) / √3, s1 the same, s2 = 3b / √3.
        let scores = SentenceScorers.tfidf(Articles.analyzed(Self.animals))
        let s0 = (4 * Self.a + Self.b) / 3.0.squareRoot()
        let s2 = 3 * Self.b / 3.0.squareRoot()
        #expect(close(scores, [s0, s0, s2]))
        #expect(close(s0, 3.951313345116704, 1e-12))
    }

    @Test func centroidIsTheCosineToTheSumOfTheSentenceVectors() {
        // c = v0 + v1 + v2 = {cat 2a, chase 2a, mice b, dog b, bird b, sing b, song b}, |c|² = 8a² + 5b².
        // cos(v0, c) = (2a² + 2a² + b²) / √((2a² + b²)(8a² + 5b²)); cos(v2, c) = 3b² / (√3 b · |c|).
        let (a2, b2) = (Self.a * Self.a, Self.b * Self.b)
        let c = (8 * a2 + 5 * b2).squareRoot()
        let s0 = (4 * a2 + b2) / ((2 * a2 + b2).squareRoot() * c)
        let s2 = 3 * b2 / (3.0.squareRoot() * Self.b * c)
        #expect(close(SentenceScorers.centroid(Articles.analyzed(Self.animals)), [s0, s0, s2]))
    }

    @Test func titleIsTheCosineToTheHeadlineOverTheDocumentsTerms() {
        // Title "Cats and dogs everywhere": "everywher" is not in the document and is ignored,
        // "and" is a stopword: t = {cat a, dog b}, |t|² = a² + b².
        // cos(v0, t) = a² / (|v0| |t|), cos(v1, t) = (a² + b²) / (|v1| |t|), cos(v2, t) = 0.
        let document = Articles.analyzed(Self.animals, title: "Cats and dogs everywhere")
        let (a2, b2) = (Self.a * Self.a, Self.b * Self.b)
        let norm = (2 * a2 + b2).squareRoot(), t = (a2 + b2).squareRoot()
        let expected: [Double] = [a2 / (norm * t), (a2 + b2) / (norm * t), 0]
        #expect(close(SentenceScorers.title(document), expected))
    }

    @Test func positionCountsFullSentencesOnlyAndGivesFragmentsZero() {
        // Byline and photo credit are fragments; the k-th full sentence scores 1 / √(1 + k).
        let text = """
            By Jane Smith

            The government announced a new plan today. The plan will be voted on next week.

            Photo: Reuters

            Unions criticised the plan on Monday evening.
            """
        let document = Articles.analyzed(text)
        #expect(document.isFullSentence == [false, true, true, false, true])
        #expect(document.fullSentenceOrdinal == [-1, 0, 1, -1, 2])
        let expected: [Double] = [0, 1, 1 / 2.0.squareRoot(), 0, 1 / 3.0.squareRoot()]
        #expect(close(SentenceScorers.position(document), expected))
    }

    @Test func positionFallsBackToTheIndexWhenNoSentenceIsFull() {
        // The three animal sentences have three words each: all fragments, so by index.
        let document = Articles.analyzed(Self.animals)
        #expect(document.isFullSentence == [false, false, false])
        let expected: [Double] = [1, 1 / 2.0.squareRoot(), 1 / 3.0.squareRoot()]
        #expect(close(SentenceScorers.position(document), expected))
    }

    @Test func usesTheModelsIDFWhenItsLanguageMatches() {
        // Model: 4 documents; cat in 3 → ln(5/4) + 1, chase in 1 → ln(5/2) + 1, mice unseen → ln 5 + 1.
        let model = IDFModel(language: .english, documentCount: 4, documentFrequencies: ["cat": 3, "chase": 1])
        let document = Articles.analyzed(Self.animals, model: model)
        let expected: [Double] = [(5.0 / 4).logarithm + 1, (5.0 / 2).logarithm + 1, 5.0.logarithm + 1]
        #expect(close(Array(document.idf.prefix(3)), expected))
        // A model of another language is ignored: in-document IDF again.
        let french = IDFModel(language: .french, documentCount: 4, documentFrequencies: ["cat": 3])
        #expect(close(Articles.analyzed(Self.animals, model: french).idf[0], Self.a))
    }
}

/// The scorers' mixing: normalization and the `default` method.
struct ScoreCombinerTests {
    @Test(arguments: [
        ([2.0, 4, 1], [0.5, 1, 0.25]),
        ([3.0], [1.0]),
        ([-1.0, -2], [0.0, 0]),
    ])
    func normalizeDividesByTheMaximum(scores: [Double], expected: [Double]) {
        #expect(ScoreCombiner.normalize(scores) == expected)
    }

    @Test func defaultMixesNormalizedScoresByWeight() {
        let document = Articles.analyzed(SentenceScorerTests.animals, title: "Dogs")
        var options = SummaryOptions()
        options.weights = ScoreWeights(tfidf: 2, position: 1)
        let tfidf = ScoreCombiner.normalize(SentenceScorers.tfidf(document))
        let position = ScoreCombiner.normalize(SentenceScorers.position(document))
        #expect(close(ScoreCombiner.scores(document, options: options), zip(tfidf, position).map { 2 * $0 + $1 }))
    }

    @Test(arguments: [SummaryMethod.tfidf, .centroid, .position, .lexrank, .textrank])
    func singleMethodsGiveTheirScorersRawScores(method: SummaryMethod) {
        let document = Articles.analyzed(SentenceScorerTests.animals)
        var options = SummaryOptions()
        options.method = method
        let expected: [Double] = switch method {
        case .tfidf: SentenceScorers.tfidf(document)
        case .centroid: SentenceScorers.centroid(document)
        case .position: SentenceScorers.position(document)
        case .lexrank: GraphScorers.lexrank(document)
        default: GraphScorers.textrank(document)
        }
        #expect(ScoreCombiner.scores(document, options: options) == expected)
    }

    @Test func titleMethodFallsBackToCentroidWithoutATitle() {
        var options = SummaryOptions()
        options.method = .title
        let untitled = Articles.analyzed(SentenceScorerTests.animals)
        #expect(ScoreCombiner.scores(untitled, options: options) == SentenceScorers.centroid(untitled))
        let titled = Articles.analyzed(SentenceScorerTests.animals, title: "Birds")
        #expect(ScoreCombiner.scores(titled, options: options) == SentenceScorers.title(titled))
    }
}
