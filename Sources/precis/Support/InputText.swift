import Foundation
import Precis

/// Text read from a file or standard input, checked to be UTF-8 text.
struct InputText {
    /// The name messages use: the path, or `<stdin>`.
    var name: String
    /// The text, exactly as read (a UTF-8 byte-order mark is kept, so offsets match the file).
    var text: String

    /// Reads `path` ("-" or `nil` for standard input), within `limits`.
    ///
    /// A regular file larger than ``InputLimits/maximumInputBytes`` is refused before it is
    /// read; a pipe or device is read until it passes the limit. Every line is then checked
    /// against ``InputLimits/maximumLineBytes``.
    ///
    /// - Throws: ``CLIError`` naming the file, line and column of the first problem: missing or
    ///   unreadable file, a directory, a limit passed (naming its flag), a NUL byte (binary
    ///   data), UTF-16 or UTF-32 text, invalid UTF-8.
    static func read(_ path: String?, limits: InputLimits = InputLimits()) throws -> InputText {
        let name = path == nil || path == "-" ? "<stdin>" : path!
        let bytes = try readBytes(path == nil || path == "-" ? nil : path, name: name, limits: limits)
        let text = try decode(bytes, name: name)
        if let long = bytes.withUnsafeBytes({ limits.firstLongLine(in: $0) }) {
            throw CLIError.input(InputLimitError(limit: .lineBytes, maximum: limits.maximumLineBytes, actual: long.length,
                                                 path: name, line: long.line).description)
        }
        Messages.verbose("read \(name): \(bytes.count) bytes")
        return InputText(name: name, text: text)
    }

    /// The raw bytes of a JSON Lines input (`path` "-" or `nil`: standard input), for commands
    /// that check each line on their own (``TextRecord/forEach(inUTF8:maximumLineBytes:_:)``):
    /// only what spoils the whole file is refused here (a missing file, a size over the limit,
    /// UTF-16 text).
    static func readLines(_ path: String?, limits: InputLimits) throws -> (name: String, bytes: [UInt8]) {
        let name = path == nil || path == "-" ? "<stdin>" : path!
        let bytes = try readBytes(path == nil || path == "-" ? nil : path, name: name, limits: limits)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw CLIError.input("\(name):1:1: this is UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8 \(name))")
        }
        Messages.verbose("read \(name): \(bytes.count) bytes")
        return (name, bytes)
    }

    /// The bytes of the file at `path` (standard input for `nil`), at most
    /// ``InputLimits/maximumInputBytes`` of them.
    static func readBytes(_ path: String?, name: String, limits: InputLimits) throws -> [UInt8] {
        let maximum = limits.maximumInputBytes
        func tooLarge(_ size: Int?) -> CLIError {
            CLIError.input(InputLimitError(limit: .inputBytes, maximum: maximum, actual: size, path: name).description)
        }
        let fd: Int32
        if let path {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError.input("\(path): no such file; check the path, or pass - to read standard input")
            }
            guard !isDirectory.boolValue else {
                throw CLIError.input("\(path): is a directory; pass a text file")
            }
            fd = open(path, O_RDONLY)
            guard fd >= 0 else {
                throw CLIError.input("\(path): cannot be read (\(String(cString: strerror(errno)))); check its permissions")
            }
        } else {
            fd = 0
        }
        defer { if path != nil { close(fd) } }
        var status = stat()
        var size = 0
        if fstat(fd, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG {
            size = Int(status.st_size)
            guard size <= maximum else { throw tooLarge(size) }
        }
        // Room for the whole of a regular file and the read that finds its end; pipes grow.
        var result = [UInt8](repeating: 0, count: min(max(size + 1, 1 << 16), maximum + 1))
        var count = 0
        while true {
            if count == result.count {
                guard count <= maximum else { throw tooLarge(nil) }
                result.append(contentsOf: repeatElement(0, count: min(result.count, maximum + 1 - result.count)))
            }
            let n = result.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw CLIError.input("\(name): cannot be read (\(String(cString: strerror(errno)))); check the file")
            }
            if n == 0 { break }
            count += n
        }
        guard count <= maximum else { throw tooLarge(nil) }
        result.removeLast(result.count - count)
        return result
    }

    /// Decodes UTF-8 bytes, reporting the first problem with its line and column.
    static func decode(_ data: some ContiguousBytes, name: String) throws -> String {
        // The common case, valid UTF-8 without a NUL byte, in one validating copy.
        let fast: String? = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let base = bytes.baseAddress, memchr(base, 0, bytes.count) == nil else { return nil }
            return String(validating: bytes, as: UTF8.self)
        }
        if let fast { return fast }
        let bytes = data.withUnsafeBytes { [UInt8]($0) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw CLIError.input("\(name):1:1: this is UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8 \(name))")
        }
        if let problem = UTF8Check.firstProblem(in: bytes) {
            let (line, column) = UTF8Check.lineAndColumn(of: problem.offset, in: bytes)
            let where_ = "\(name):\(line):\(column)"
            switch problem.kind {
            case .nul:
                throw CLIError.input("\(where_): NUL byte: this looks like a binary file, not text; pass a UTF-8 text file")
            case .invalid(let byte):
                let hex = String(byte, radix: 16, uppercase: true)
                throw CLIError.input(
                    "\(where_): invalid UTF-8 (byte 0x\(hex)); convert the file to UTF-8, e.g. iconv -f ISO-8859-1 -t UTF-8 \(name)"
                )
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Finds the first byte that keeps a buffer from being UTF-8 text.
enum UTF8Check {
    enum Kind: Equatable { case nul, invalid(UInt8) }

    static func firstProblem(in bytes: [UInt8]) -> (offset: Int, kind: Kind)? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0 { return (i, .nul) }
                i += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var value: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80; value = UInt32(b & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(b & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; value = UInt32(b & 0x07)
            default: return (i, .invalid(b))
            }
            guard i + length <= n else { return (i, .invalid(b)) }
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return (i, .invalid(b)) }
                value = value << 6 | UInt32(c & 0x3F)
            }
            // Overlong forms, surrogates (CESU-8 / WTF-8) and values past U+10FFFF.
            if value < minimum || (0xD800...0xDFFF).contains(value) || value > 0x10FFFF { return (i, .invalid(b)) }
            i += length
        }
        return nil
    }

    /// The 1-based line and column (in characters) of a byte offset.
    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for k in 0..<min(offset, bytes.count) where bytes[k] == 0x0A {
            line += 1
            lineStart = k + 1
        }
        var column = 1
        for k in lineStart..<min(offset, bytes.count) where bytes[k] & 0xC0 != 0x80 { column += 1 }
        return (line, column)
    }
}
