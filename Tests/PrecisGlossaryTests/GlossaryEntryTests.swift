import Foundation
import Testing
@testable import PrecisGlossary

struct GlossaryEntryTests {
    /// An entry is a value: its fields sit behind one shared reference, copied before a write.
    @Test func copiesAreIndependentValues() {
        let original = GlossaryEntry(source: "grippe", targets: ["flu"], note: "n", origin: .init(file: "a.tsv", line: 1))
        var copy = original
        #expect(copy == original && copy.hashValue == original.hashValue)
        copy.targets.append("influenza")
        copy.origin.line = 2
        #expect(original.targets == ["flu"] && original.origin.line == 1)
        #expect(copy.targets == ["flu", "influenza"] && copy.origin.line == 2)
        #expect(copy != original)
        let rebuilt = GlossaryEntry(source: "grippe", targets: ["flu"], note: "n", origin: .init(file: "a.tsv", line: 1))
        #expect(rebuilt == original && rebuilt.hashValue == original.hashValue)   // equal by value, not by reference
        #expect(Set([original, rebuilt, copy]).count == 2)
    }

    /// One matcher shared by threads gives each the matches it gives alone (its spelling check
    /// fills a cache shared by all of them).
    @Test func aSharedMatcherAgreesAcrossThreads() throws {
        let tsv = "entreprise\tcompany\nentreprises\tcompanies\nMeta\tMeta\nmeta\tmeta\nservice client\tcustomer service\n"
        var glossary = try GlossaryLoader().load(bytes: Array(tsv.utf8), name: "t.tsv").glossary
        glossary.entries[2].isCaseSensitive = true
        let matcher = GlossaryMatcher([glossary])
        let texts = (0..<64).map { k in
            ["Les entreprises de Meta", "une entreprise, le service client", "META et meta", "Entreprises"][k % 4] + " \(k)"
        }
        let alone = texts.map { text in matcher.matches(in: text).map { "\($0.range) \($0.entry.source)" } }
        let results = ThreadResults()
        DispatchQueue.concurrentPerform(iterations: texts.count) { k in
            results.set(k, matcher.matches(in: texts[k]).map { "\($0.range) \($0.entry.source)" })
        }
        #expect(results.values(count: texts.count) == alone)
        #expect(alone[0].contains { $0.hasSuffix(" entreprises") } && alone[0].contains { $0.hasSuffix(" Meta") })
    }
}

/// Results written by many threads, read after they finish.
private final class ThreadResults: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Int: [String]] = [:]
    func set(_ k: Int, _ value: [String]) { lock.lock(); stored[k] = value; lock.unlock() }
    func values(count: Int) -> [[String]] { (0..<count).map { stored[$0] ?? [] } }
}
