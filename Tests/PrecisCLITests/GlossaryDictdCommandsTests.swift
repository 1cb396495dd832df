import Foundation
import Testing

/// `precis glossary` on dictd dictionaries (the glossary tests' fixtures: our own entries in
/// FreeDict's layout, plain and dictzipped).
struct GlossaryDictdCommandsTests {
    static let fixtures = CLIRunner.root.appendingPathComponent("Tests/PrecisGlossaryTests/Fixtures").path
    static let zippedIndex = fixtures + "/news.fr-en.dictzip.index"
    static let zippedData = fixtures + "/news.fr-en.dictzip.dict.dz"
    static let plainData = fixtures + "/news.fr-en.dictd.dict"

    @Test(arguments: [zippedIndex, zippedData, plainData])
    func validateAcceptsEitherFile(_ file: String) throws {
        let result = try CLIRunner.run(["glossary", "validate", file])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.lines == ["\(file): dictd, 9 entries loaded, 0 skipped, 0 errors, 0 warnings"])
    }

    @Test func statsAndLookup() throws {
        let stats = try CLIRunner.run(["glossary", "stats", Self.zippedData])
        #expect(stats.lines == ["\(Self.zippedData)\tformat=dictd\tentries=9\tmulti-word=2\tpos=9\tnotes=1\tskipped=0"])
        let lookup = try CLIRunner.run(["glossary", "lookup", "-g", Self.zippedIndex, "Reseau"])
        #expect(lookup.status == 0)
        #expect(lookup.lines == ["réseau\tnetwork | grid | mains | (spy) ring\t\(Self.zippedIndex):13\tpos=noun"])
        let user = try CLIRunner.temporaryFile(Array("réseau\tnet\n".utf8), name: "user.tsv")
        let stacked = try CLIRunner.run(["glossary", "lookup", "-g", user, "-g", Self.zippedIndex, "réseau"])
        #expect(stacked.lines.map { $0.split(separator: "\t")[1] } == ["net", "network | grid | mains | (spy) ring"])
    }

    @Test func convertToTSVAndTBX() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let tsv = directory.appendingPathComponent("lexicon.tsv").path
        let toTSV = try CLIRunner.run(["glossary", "convert", Self.zippedIndex, "--to", "tsv", "-o", tsv])
        #expect(toTSV.status == 0)
        #expect(toTSV.stderr.contains("9 entries written; TSV cannot hold, so dropped: alternative targets of 8 entries"))
        let lines = try String(contentsOfFile: tsv, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 9)
        #expect(lines.first == "aujourd'hui\ttoday")
        let tbx = directory.appendingPathComponent("lexicon.tbx").path
        let toTBX = try CLIRunner.run(["glossary", "convert", Self.plainData, "--to", "tbx", "-o", tbx])
        #expect(toTBX.status == 0)
        let back = try CLIRunner.run(["glossary", "lookup", "-g", tbx, "turc"])
        #expect(back.lines == ["turc\tTurk | Turkish\t\(tbx):75\tpos=noun, adjective"])
    }

    @Test func brokenDictionariesAreInputErrors() throws {
        let directory = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let index = directory.appendingPathComponent("broken.index").path
        try Data("chat\tA\ta\nchien\ta=\ts\n".utf8).write(to: URL(fileURLWithPath: index))
        let missing = try CLIRunner.run(["glossary", "validate", index])
        #expect(missing.status == 3)
        #expect(missing.stderr.contains("\(index):1: no data file beside the index"))
        let data = "chat /ʃa/ <n, masc>\ncat\n\nchien /ʃjɛ̃/ <n, masc>\n1. dog\n2. hammer\n\n"
        try Data(data.utf8).write(to: directory.appendingPathComponent("broken.dict"))
        let result = try CLIRunner.run(["glossary", "validate", index])
        #expect(result.status == 3)
        #expect(result.stderr.contains("\(index):2:8: invalid character '=' in the offset field; dictd numbers are base64 digits"))
        #expect(result.stdout.contains("dictd, 1 entries loaded, 1 skipped, 1 errors, 0 warnings"))
    }
}
