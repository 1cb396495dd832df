#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension EntryReader {
    /// DeepL TSV (exactly source, target) and OmegaT (source, target, optional comment; `#`
    /// starts a comment line), read on bytes.
    ///
    /// A line that is plainly an entry — the right number of tabs, terms neither empty nor over the
    /// length limit nor holding control characters — becomes one without a `String` made for the
    /// line or its cells. Every other line (blank, comment, wrong column count, a bad term) goes
    /// through ``readTabSeparatedLine(number:text:columns:format:)``, and a line of invalid UTF-8
    /// becomes an issue in `invalidLines`, so entries and issues are those of reading line by line.
    ///
    /// - Complexity: O(`content.count`).
    mutating func readTabSeparated(_ content: ArraySlice<UInt8>, columns: ClosedRange<Int>, format: Glossary.Format,
                                   invalidLines: inout [GlossaryIssue]) {
        // One validation of the whole file spares one per line, unless the file has bad bytes.
        let allValid = GlossaryLoader.isValidUTF8(content)
        content.withUnsafeBufferPointer { (bytes: UnsafeBufferPointer<UInt8>) -> Void in
            var number = 0
            var start = 0
            while true {  // every line, the empty one after a final line feed included
                number += 1
                let lineEnd = Self.lineFeed(in: bytes, from: start)
                var end = lineEnd
                if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                let line = content[(content.startIndex + start)..<(content.startIndex + end)]
                if !allValid, let bad = GlossaryLoader.invalidUTF8Offset(line) {
                    invalidLines.append(GlossaryLoader.invalidLineIssue(line, bad: bad, number: number, name: name))
                } else if !readPlainLine(bytes, start..<end, number: number, columns: columns, format: format) {
                    readTabSeparatedLine(number: number, text: String(decoding: line, as: UTF8.self), columns: columns, format: format)
                }
                if lineEnd == bytes.count { break }
                start = lineEnd + 1
            }
        }
    }

    /// The offset of the first line feed at or after `start`, or the end of `bytes`.
    private static func lineFeed(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + start, 0x0A, bytes.count - start) else { return bytes.count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// Reads the valid UTF-8 line `bytes[line]` if it is plainly an entry or an OmegaT comment;
    /// `false` (nothing read) if it needs the general path.
    private mutating func readPlainLine(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, number: Int,
                                        columns: ClosedRange<Int>, format: Glossary.Format) -> Bool {
        var tabs = (first: line.upperBound, second: line.upperBound)
        var tabCount = 0
        var visible = false  // a byte of 0x21…0x7E: the line is not blank
        var i = line.lowerBound
        while i < line.upperBound {
            let b = bytes[i]
            if b == 0x09 {
                if tabCount == 0 { tabs.first = i } else if tabCount == 1 { tabs.second = i } else { return false }
                tabCount += 1
            } else if b < 0x20 || b == 0x7F || (b == 0xC2 && i + 1 < line.upperBound && bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x9F) {
                return false  // a control character: reported by the general path (a note may hold one, too)
            } else if b > 0x20 && b < 0x7F {
                visible = true
            }
            i += 1
        }
        guard visible else { return false }
        if format == .omegat, bytes[line.lowerBound] == UInt8(ascii: "#") {
            // A comment, when "#" is a character of its own (no combining mark after it).
            return line.count == 1 || bytes[line.lowerBound + 1] < 0x80
        }
        guard columns.contains(tabCount + 1) else { return false }
        let source = Self.trimmingSpaces(bytes, line.lowerBound..<tabs.first)
        let target = Self.trimmingSpaces(bytes, (tabs.first + 1)..<tabs.second)
        guard !source.isEmpty, !target.isEmpty, source.count <= maximumTermBytes, target.count <= maximumTermBytes else {
            return false
        }
        guard hasRoom(line: number) else { return true }
        var note: String?
        if tabCount == 2 {
            let range = Self.trimmingSpaces(bytes, (tabs.second + 1)..<line.upperBound)
            if !range.isEmpty { note = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        }
        entries.append(GlossaryEntry(source: String(decoding: UnsafeBufferPointer(rebasing: bytes[source]), as: UTF8.self),
                                     targets: [String(decoding: UnsafeBufferPointer(rebasing: bytes[target]), as: UTF8.self)],
                                     note: note, origin: .init(file: name, line: number)))
        return true
    }

    /// `range` without leading and trailing spaces, tabs and no-break spaces (as
    /// `String.trimmingSpaces`), in valid UTF-8.
    private static func trimmingSpaces(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end {
            if bytes[start] == 0x20 || bytes[start] == 0x09 {
                start += 1
            } else if bytes[start] == 0xC2, start + 1 < end, bytes[start + 1] == 0xA0 {
                start += 2
            } else {
                break
            }
        }
        while end > start {
            if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 {
                end -= 1
            } else if end - 2 >= start, bytes[end - 1] == 0xA0, bytes[end - 2] == 0xC2 {
                end -= 2
            } else {
                break
            }
        }
        return start..<end
    }
}
