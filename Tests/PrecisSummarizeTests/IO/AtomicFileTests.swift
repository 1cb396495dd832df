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

/// `AtomicFile.Writer`: output streamed into a temporary file, renamed only on commit.
struct AtomicFileWriterTests {
    @Test func streamsIntoATemporaryFileAndReplacesTheDestinationOnCommit() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("out.jsonl")
        try AtomicFile.write(Array("old\n".utf8), to: path)
        let writer = try AtomicFile.Writer(path: path)
        let pieces = (0..<50).map { n in [UInt8](repeating: UInt8(n), count: 3_001 * (n % 7 + 1)) }
        for piece in pieces {
            try writer.write(piece)
            #expect(try AtomicFile.read(path) == Array("old\n".utf8), "the destination is untouched until commit")
        }
        try writer.write("tail\n")
        let temporary = writer.temporaryPath
        #expect(temporary.hasPrefix(directory.file(".out.jsonl.tmp-")) && temporary.count == directory.file(".out.jsonl.tmp-").count + 6)
        #expect(try directory.contents() == [(temporary as NSString).lastPathComponent, "out.jsonl"])
        try writer.commit()
        #expect(try AtomicFile.read(path) == pieces.flatMap { $0 } + Array("tail\n".utf8))
        #expect(try directory.contents() == ["out.jsonl"])
    }

    @Test(arguments: [false, true])
    func aWriterDroppedOrDiscardedLeavesNoTraceAndTheOldFile(discard: Bool) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("model.idf")
        try AtomicFile.write([7, 7, 7], to: path)
        do {
            let writer = try AtomicFile.Writer(path: path)
            try writer.write([UInt8](repeating: 1, count: 200_000))
            #expect(try directory.contents().count == 2)
            if discard { writer.discard() }
        }
        #expect(try directory.contents() == ["model.idf"])
        #expect(try AtomicFile.read(path) == [7, 7, 7])
    }

    @Test func aFailedRenameRemovesTheTemporaryFileAndSaysThePreviousOneIsIntact() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        // A non-empty directory where the file should go: rename(2) refuses to replace it.
        let path = directory.file("taken")
        try FileManager.default.createDirectory(atPath: path + "/inside", withIntermediateDirectories: true)
        let writer = try AtomicFile.Writer(path: path)
        try writer.write([1, 2, 3])
        let error = #expect(throws: FileError.self) { try writer.commit() }
        #expect(error?.operation == "replace")
        #expect(error?.previousFileKept == true)
        #expect(error?.description.hasSuffix("; the previous file was left intact") == true, "\(String(describing: error))")
        #expect(try directory.contents() == ["taken"])
    }
}
