import Foundation
import Testing
import PrecisGlossary

/// Inputs the fuzz targets (Fuzz/, `Scripts/fuzz.sh`) found, minimised: each crashed a glossary
/// reader and must now give an issue instead.
struct GlossaryFuzzFindingsTests {
    static let refusal = "the file holds an XML processing instruction without data (such as <?x?>), which TBX never needs; remove it (or give it data: <?x data?>); the XML parser cannot read one"

    /// FuzzGlossaryTBX: a processing instruction with no data made libxml2 hand Foundation's
    /// XMLParser a null pointer, which it read (SIGSEGV). Such files are refused before parsing.
    @Test(arguments: [
        ("as found", Array(#"<term>versoin="1.0" encoding="UTF-8"<?x?>"#.utf8), 1),
        ("inside the root", Array("<tbx><?x?></tbx>".utf8), 1),
        ("after the root, line 3", Array("<?xml version=\"1.0\"?>\n<tbx/>\n<?target?>".utf8), 3),
    ])
    func processingInstructionsWithoutDataAreRefused(_ name: String, _ bytes: [UInt8], _ line: Int) throws {
        let result = try GlossaryLoader().load(bytes: bytes, name: "t.tbx", format: .tbx)
        #expect(result.issues.map(\.description) == ["t.tbx:\(line): " + Self.refusal], "\(name)")
        #expect(result.glossary.entries.isEmpty)
        #expect(throws: GlossaryError.self) { try GlossaryLoader(strict: true).load(bytes: bytes, name: "t.tbx", format: .tbx) }
    }

    /// Processing instructions with data (even empty data after a space), and the XML
    /// declaration, are read as before.
    @Test(arguments: ["<?x data?>", "<?x ?>", "<!-- <?x ?> -->"])
    func processingInstructionsWithDataAreRead(_ instruction: String) throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            \(instruction)
            <tbx><text><body><conceptEntry><langSec xml:lang="fr"><termSec><term>réseau</term></termSec></langSec>\
            <langSec xml:lang="en"><termSec><term>network</term></termSec></langSec></conceptEntry></body></text></tbx>
            """
        let result = try GlossaryLoader(strict: true).load(bytes: Array(xml.utf8), name: "t.tbx")
        #expect(result.glossary.entries.map(\.source) == ["réseau"])
        #expect(result.glossary.entries.first?.targets == ["network"])
    }
}
