import FuzzSupport
import PrecisGlossary

/// What every glossary fuzz target does with a loaded glossary.
public enum GlossaryFuzzing {
    /// Loads `bytes` leniently and strictly, then looks up and matches each loaded source term
    /// in a glossary set of the result.
    public static func load(_ bytes: [UInt8], name: String, format: Glossary.Format) {
        let lenient: GlossaryLoader.Result
        do {
            lenient = try GlossaryLoader().load(bytes: bytes, name: name, format: format)
        } catch {
            _ = String(describing: error)
            return
        }
        check(lenient)
        do {
            let strict = try GlossaryLoader(strict: true).load(bytes: bytes, name: name, format: format)
            Fuzz.require(strict.issues.isEmpty, "strict loading kept \(strict.issues.count) issues")
        } catch {
            _ = String(describing: error)
        }
    }

    /// Checks a loaded glossary: issues printable, entries usable.
    public static func check(_ result: GlossaryLoader.Result) {
        for issue in result.issues { _ = issue.description }
        let entries = result.glossary.entries
        Fuzz.require(result.skipped >= 0, "negative skipped count")
        let set = GlossarySet([result.glossary])
        let matcher = GlossaryMatcher([result.glossary])
        for entry in entries.prefix(64) {
            Fuzz.require(set.lookup(entry.source) != nil, "loaded entry \(entry.source.debugDescription) not found by lookup")
            _ = matcher.matches(in: entry.source)
        }
    }
}
