import Foundation
import Testing
@testable import precis

/// The batch and IDF progress line: rates always, share and time left when the size is known.
struct ProgressTests {
    @Test(arguments: [
        (1_200, 3_000_000, nil, 2.0, "1,200 records · 600/s · 1.5 MB/s"),
        (1_200, 3_000_000, 12_000_000, 2.0, "1,200 records · 600/s · 1.5 MB/s · 25% · 0:06 left"),
        (10, 500, 500, 1.0, "10 records · 10/s · 0.0 MB/s · 100% · 0:00 left"),
        (0, 0, 1_000, 0.0, "0 records · 0/s · 0.0 MB/s"),   // nothing read yet: no share, no division by zero
    ] as [(Int, Int, Int?, Double, String)])
    func line(count: Int, bytes: Int, total: Int?, seconds: Double, expected: String) {
        #expect(Progress.line(label: "records", count: count, bytes: bytes, totalBytes: total, seconds: seconds) == expected)
    }

    @Test func expectedBytesOfPlainAndGzipFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("precis-progress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = String(repeating: "{\"id\":1,\"text\":\"bonjour\"}\n", count: 1_000)
        let plain = directory.appendingPathComponent("a.jsonl").path
        try text.write(toFile: plain, atomically: true, encoding: .utf8)
        #expect(Progress.expectedBytes(of: [plain]) == text.utf8.count)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gzip.arguments = ["-c", "gzip -k '\(plain)'"]
        try gzip.run()
        gzip.waitUntilExit()
        try #require(gzip.terminationStatus == 0)
        #expect(Progress.expectedBytes(of: [plain + ".gz"]) == text.utf8.count)   // the gzip trailer's size
        #expect(Progress.expectedBytes(of: [plain, plain + ".gz"]) == 2 * text.utf8.count)
        #expect(Progress.expectedBytes(of: []) == nil)                 // standard input
        #expect(Progress.expectedBytes(of: [directory.path]) == nil)   // not a regular file
        #expect(Progress.expectedBytes(of: [plain, directory.path + "/missing"]) == nil)
    }
}
