import Foundation
import Testing
import PrecisText
import PrecisGlossary

struct TBXReaderTests {
    static func load(_ xml: String, name: String = "t.tbx", strict: Bool = false) throws -> GlossaryLoader.Result {
        try GlossaryLoader(strict: strict).load(bytes: Array(xml.utf8), name: name)
    }

    @Test func tbx3SampleGivesEntriesWithTheirFields() throws {
        let result = try GlossaryLoader(strict: true).load(path: GlossaryLoaderTests.fixture("news.fr-en.tbx"))
        let entries = result.glossary.entries
        #expect(result.glossary.format == .tbx)
        #expect(entries.map(\.source) == ["intelligence artificielle", "IA", "action collective"])
        #expect(entries[0].targets == ["artificial intelligence", "AI"])
        #expect(entries[0].gender == "feminine" && entries[0].partOfSpeech == "noun")
        #expect(entries[0].domain == "technology" && entries[0].status == .preferred)
        #expect(entries[1].targets == ["AI", "artificial intelligence"])   // acronym first for an acronym
        #expect(entries[2].targets == ["class action"])                     // deprecated target left out…
        #expect(entries[2].note == "deprecated: collective action")          // …and named
        #expect(entries[0].origin.line == 8)
    }

    @Test func tbx2Martif() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX" xml:lang="en"><text><body>
              <termEntry id="t1">
                <descrip type="subjectField">politics</descrip>
                <langSet xml:lang="fr"><tig><term>Conseil d'État</term><termNote type="partOfSpeech">noun</termNote></tig></langSet>
                <langSet xml:lang="en"><tig><term>Council of State</term></tig></langSet>
              </termEntry>
              <termEntry id="t2">
                <langSet xml:lang="fr-FR"><ntig><termGrp><term>RDC</term></termGrp></ntig></langSet>
                <langSet xml:lang="en-GB"><ntig><termGrp><term>DRC</term></termGrp></ntig></langSet>
              </termEntry>
            </body></text></martif>
            """
        let result = try Self.load(xml, name: "t.xml", strict: true)
        #expect(result.glossary.format == .tbx)
        #expect(result.glossary.entries.map(\.source) == ["Conseil d'État", "RDC"])
        #expect(result.glossary.entries.map(\.preferredTarget) == ["Council of State", "DRC"])
        #expect(result.glossary.entries[0].domain == "politics")
    }

    @Test(arguments: [
        ("billion laughs", """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
             <!ENTITY lol "lol">
             <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            ]>
            <tbx><text><body><conceptEntry><langSec xml:lang="fr"><termSec><term>&lol3;</term></termSec></langSec></conceptEntry></body></text></tbx>
            """, "t.tbx:3: the file declares XML entities (<!ENTITY), which TBX never needs; remove the DOCTYPE's entity declarations; entities are refused to block billion-laughs and XXE attacks"),
        ("XXE", """
            <?xml version="1.0"?>
            <!DOCTYPE tbx [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <tbx><text><body><conceptEntry><langSec xml:lang="fr"><termSec><term>&xxe;</term></termSec></langSec></conceptEntry></body></text></tbx>
            """, "t.tbx:2: the file declares XML entities (<!ENTITY), which TBX never needs; remove the DOCTYPE's entity declarations; entities are refused to block billion-laughs and XXE attacks"),
        ("unknown language", """
            <tbx><text><body><conceptEntry><langSec xml:lang="zz"><termSec><term>x</term></termSec></langSec></conceptEntry></body></text></tbx>
            """, "t.tbx:1: unknown language code 'zz' in xml:lang; use ISO 639-1 codes such as fr, en (with an optional region: en-US)"),
    ])
    func hostileAndBrokenFiles(_ name: String, _ xml: String, _ diagnostic: String) throws {
        let result = try Self.load(xml)
        #expect(result.issues.map(\.description).contains(diagnostic), "\(result.issues.map(\.description))")
        #expect(result.glossary.entries.isEmpty)
        #expect(throws: GlossaryError.self) { try Self.load(xml, strict: true) }
    }

    @Test func malformedXMLNamesTheParsersLine() throws {
        let xml = "<tbx><text><body>\n<conceptEntry>\n<langSec xml:lang=\"fr\"><termSec><term>a</term></termSec>\n</conceptEntry>\n</body></text></tbx>"
        let result = try Self.load(xml)
        let issue = try #require(result.issues.first { $0.message.hasPrefix("malformed XML") })
        #expect(issue.description.hasPrefix("t.tbx:4"), "\(issue)")
        #expect(issue.message == "malformed XML: an end tag does not match its start tag")
    }

    @Test func deepNestingStopsTheParseAndFailsTheLoad() throws {
        let xml = "<tbx>" + String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000) + "</tbx>"
        let limit = InputLimitError(limit: .xmlDepth, maximum: 64, path: "t.tbx", line: 1)
        #expect(throws: GlossaryError.limit(limit)) { try Self.load(xml) }
        #expect(limit.description.hasSuffix("or raise the limit with --max-xml-depth"))
    }

    @Test func theDepthLimitIsAnOption() throws {
        let xml = "<tbx>" + String(repeating: "<a>", count: 100) + String(repeating: "</a>", count: 100) + "</tbx>"
        var loader = GlossaryLoader()
        loader.limits.maximumXMLDepth = 101
        #expect(try loader.load(bytes: Array(xml.utf8), name: "t.tbx").issues.isEmpty)
        loader.limits.maximumXMLDepth = 100
        #expect(throws: GlossaryError.self) { try loader.load(bytes: Array(xml.utf8), name: "t.tbx") }
    }

    @Test func entryCountIsLimited() throws {
        var loader = GlossaryLoader()
        loader.limits.maximumGlossaryEntries = 2
        let tsv = Array("un\tone\ndeux\ttwo\ntrois\tthree\n".utf8)
        let limit = InputLimitError(limit: .glossaryEntries, maximum: 2, path: "t.tsv", line: 3)
        #expect(throws: GlossaryError.limit(limit)) { try loader.load(bytes: tsv, name: "t.tsv") }
        loader.limits.maximumGlossaryEntries = 3
        #expect(try loader.load(bytes: tsv, name: "t.tsv").glossary.entries.count == 3)
    }

    @Test func lineLengthIsLimitedOutsideTBX() throws {
        var loader = GlossaryLoader()
        loader.limits.maximumLineBytes = 10
        let limit = InputLimitError(limit: .lineBytes, maximum: 10, actual: 17, path: "t.tsv", line: 2)
        #expect(throws: GlossaryError.limit(limit)) { try loader.load(bytes: Array("un\tone\nquatorze\tfourteen\n".utf8), name: "t.tsv") }
    }
}
