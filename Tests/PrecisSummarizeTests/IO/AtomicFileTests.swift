import Foundation
import Testing
import PrecisText

struct AtomicFileTests {
    @Test(arguments: [[UInt8](), Array("hello\n".utf8), (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }])
    func writesThenReadsBack(bytes: [UInt8]) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("out.bin")
        try AtomicFile.write(bytes, to: path)
        #expect(try AtomicFile.read(path) == bytes)
        #expect(try directory.contents() == ["out.bin"])  // no temporary file left behind
    }

    @Test func replacesAnExistingFileWhole() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("model.idf")
        try AtomicFile.write([UInt8](repeating: 0x41, count: 10_000), to: path)
        try AtomicFile.write(Array("short".utf8), to: path)
        #expect(try AtomicFile.read(path) == Array("short".utf8))
        #expect(try directory.contents() == ["model.idf"])
    }

    @Test func writingIntoAMissingDirectoryThrowsAFileErrorNamingThePath() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("no/such/dir/out.bin")
        let error = #expect(throws: FileError.self) { try AtomicFile.write([1, 2, 3], to: path) }
        #expect(error?.path == path)
        #expect(error?.code == ENOENT)
        #expect(error?.description.hasPrefix("\(path): cannot ") == true)
        #expect(error?.description.hasSuffix("; check that the path and its directory exist") == true)
        #expect(try directory.contents().isEmpty)
    }

    @Test func readingAMissingFileThrowsENOENT() {
        #expect(throws: FileError(path: "/nonexistent/x", operation: "open", code: ENOENT)) { try AtomicFile.read("/nonexistent/x") }
    }

    @Test func newFilesGetTheUsualModeAndReplacedFilesKeepTheirs() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        // The mode a plain `open(O_CREAT, 0666)` gives under this process's umask (the umask is
        // left alone: tests run in parallel).
        let plain = directory.file("plain.txt")
        let fd = open(plain, O_CREAT | O_WRONLY, 0o666)
        #expect(fd >= 0)
        close(fd)
        let path = directory.file("mode.txt")
        try AtomicFile.write([1], to: path)
        #expect(try mode(of: path) == mode(of: plain))
        #expect(chmod(path, 0o640) == 0)
        try AtomicFile.write([2], to: path)
        #expect(try mode(of: path) == 0o640)
    }

    private func mode(of path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}
