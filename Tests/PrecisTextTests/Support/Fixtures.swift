import Foundation

/// Reads the fixture files that live beside the tests (`Tests/PrecisTextTests/Fixtures`).
enum Fixtures {
    /// The URL of a fixture, given its path relative to the `Fixtures` folder.
    static func url(_ path: String) -> URL {
        guard let base = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("Fixtures folder missing from the test bundle; check Package.swift resources")
        }
        return base.appendingPathComponent(path)
    }

    /// The fixture's content as UTF-8 text.
    static func text(_ path: String) throws -> String {
        try String(contentsOf: url(path), encoding: .utf8)
    }

    /// The fixture's lines, without the trailing empty line.
    static func lines(_ path: String) throws -> [String] {
        var lines = try text(path).components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
