import Testing
@testable import PrecisTranslate

struct LexiconTests {
    static func lexicon(_ text: String) throws -> Lexicon {
        var lexicon = Lexicon()
        try lexicon.read(Array(text.utf8), name: "test.tsv")
        return lexicon
    }

    @Test func readsReadingsInOrder() throws {
        let lexicon = try Self.lexicon("""
            # comment
            été\têtre\tAUX\tpp.m.s\tbe
            été\tété\tNOUN\tm.s\tsummer
            lunettes\tlunette\tNOUN\tf.p\t=glasses
            ne\tne\tADV\t-\t_
            défie\tdéfier\tVERB\tpres.3s,pres.1s\tchallenge|defy

            """)
        #expect(lexicon.formCount == 4)
        #expect(lexicon.analyses(of: "été").map(\.partOfSpeech) == [.auxiliary, .noun])
        #expect(lexicon.analyses(of: "Été").count == 2)
        #expect(lexicon.analyses(of: "lunettes")[0].isEnglishFrozen)
        #expect(lexicon.analyses(of: "ne")[0].english == [""])
        let verb = lexicon.analyses(of: "défie")[0]
        #expect(verb.english == ["challenge", "defy"])
        #expect(verb.verbForms.map(\.description) == ["pres.3s", "pres.1s"])
        #expect(verb.origin.description == "test.tsv:6")
    }

    @Test(arguments: [
        ("a\tb\tNOUN\tm.s", "test.tsv:1: 4 columns, expected 5 (form, lemma, pos, features, english) separated by tabs"),
        ("a\tb\tNOM\tm.s\tx", "test.tsv:1: unknown part of speech 'NOM'; use one of NOUN PROPN ADJ VERB AUX ADV PRON DET ADP CCONJ SCONJ NUM INTJ X"),
        ("# c\na\tb\tNOUN\tmasc\tx", "test.tsv:2: features 'masc': write gender.number (m.s, f.p, mf.sp …) or -"),
        ("a\tb\tVERB\tpres.4s\tx", "test.tsv:1: verb features 'pres.4s': write inf, ppr, pp.m.s, or tense.person such as pres.3s"),
        ("a\tb\tNOUN\tm.s\t", "test.tsv:1: empty English; write _ when English drops the word"),
        ("\tb\tNOUN\tm.s\tx", "test.tsv:1: empty form or lemma; fill both columns"),
    ])
    func rejectsBadLines(text: String, message: String) {
        #expect(throws: LexiconError.invalid(file: "test.tsv", line: Int(message.split(separator: ":")[1])!,
                                             message: String(message.split(separator: ": ", maxSplits: 1)[1]))) {
            _ = try Self.lexicon(text)
        }
    }

    @Test func rejectsInvalidUTF8WithItsLine() {
        var bytes = Array("ok\tok\tADV\t-\tok\n".utf8)
        bytes += [0x61, 0xFF, 0x0A]
        var lexicon = Lexicon()
        #expect(throws: LexiconError.invalid(file: "x.tsv", line: 2, message: "not valid UTF-8; save the file as UTF-8")) {
            try lexicon.read(bytes, name: "x.tsv")
        }
    }

    @Test func derivesUnlistedForms() throws {
        let lexicon = try Self.lexicon("""
            social\tsocial\tADJ\tm.s\tsocial
            rapide\trapide\tADJ\tmf.s\tquick
            réseau\tréseau\tNOUN\tm.s\tnetwork
            dévoiler\tdévoiler\tVERB\tinf\tunveil
            """)
        #expect(lexicon.guessAnalyses(of: "sociales").first?.lemma == "social")
        #expect(lexicon.guessAnalyses(of: "réseaux").first?.isPlural == true)
        #expect(lexicon.guessAnalyses(of: "rapidement").first?.english == ["quickly"])
        let verb = lexicon.guessAnalyses(of: "dévoilaient").first
        #expect(verb?.lemma == "dévoiler")
        #expect(verb?.verbForms.first?.tense == .imperfect)
        #expect(lexicon.guessAnalyses(of: "dévoilées").first?.verbForms.first?.tense == .pastParticiple)
        #expect(lexicon.guessAnalyses(of: "xyzzy").isEmpty)
    }
}
