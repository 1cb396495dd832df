import Foundation

/// How much `precis` says on standard error besides errors.
enum Verbosity: Int, Comparable, Sendable {
    /// Errors only (and the count of failed records): no warnings, notes or progress.
    case quiet
    /// Errors, warnings, notes ("…: 1200 entries compiled") and progress on a terminal.
    case normal
    /// All of the above, plus what was loaded, counts and timings.
    case verbose

    static func < (a: Verbosity, b: Verbosity) -> Bool { a.rawValue < b.rawValue }
}

/// Messages for people, on standard error, filtered by `--quiet` / `--verbose`; data never
/// goes here.
///
/// ```swift
/// Messages.warning("glossary.tsv:3: empty target term")   // precis: warning: … (not with --quiet)
/// Messages.verbose("loaded 3 glossaries in 12 ms")        // only with --verbose
/// ```
enum Messages {
    /// Set once, before the command runs (``PrecisCommand/main()``), and only read afterwards.
    nonisolated(unsafe) static var verbosity: Verbosity = .normal
    /// When the process started, for timings.
    static let start = Date()

    /// An error: always shown.
    static func error(_ message: String) { StandardError.writeLine("precis: \(message)") }

    /// A problem the run goes on despite: not with `--quiet`.
    static func warning(_ message: String) {
        guard verbosity > .quiet else { return }
        StandardError.writeLine("precis: warning: \(message)")
    }

    /// A line already formatted (a glossary issue, say) that is a warning: not with `--quiet`.
    static func warningLine(_ line: String) {
        guard verbosity > .quiet else { return }
        StandardError.writeLine(line)
    }

    /// A short report of what was done: not with `--quiet`.
    static func note(_ message: String) {
        guard verbosity > .quiet else { return }
        StandardError.writeLine("precis: \(message)")
    }

    /// A diagnostic: only with `--verbose`.
    static func verbose(_ message: @autoclosure () -> String) {
        guard verbosity == .verbose else { return }
        StandardError.writeLine("precis: \(message())")
    }

    /// Runs `body`, and with `--verbose` reports `what` and the time it took.
    static func timed<T>(_ what: @autoclosure () -> String, _ body: () throws -> T) rethrows -> T {
        guard verbosity == .verbose else { return try body() }
        let started = Date()
        let result = try body()
        verbose("\(what()) in \(milliseconds(since: started)) ms")
        return result
    }

    /// Whole milliseconds since `date`.
    static func milliseconds(since date: Date) -> Int { Int((Date().timeIntervalSince(date) * 1000).rounded()) }
}
