// The DeepL TSV glossary reader on arbitrary bytes, lenient and strict: it reports issues or
// throws, never crashes; what it loads is usable (looked up, matched in text).
import FuzzSupport
import GlossaryFuzzing
import PrecisGlossary

Fuzz.run { bytes in
    GlossaryFuzzing.load(Array(bytes), name: "fuzz.tsv", format: .tsv)
}
