import CFuzzer

/// Runs libFuzzer over `body`: call it from a fuzz target's `main.swift` with the code that
/// reads one input. It never returns; libFuzzer exits with its own status (non-zero on a crash,
/// a leak, a timeout or an out-of-memory).
///
/// ```swift
/// // Sources/FuzzIDFModel/main.swift
/// import FuzzSupport
/// import PrecisSummarize
///
/// Fuzz.run { bytes in _ = try? IDFModel(serialized: Array(bytes)) }
/// ```
///
/// A target checks what must hold for every input with ``Fuzz/require(_:_:)``, so a broken
/// promise is a finding as a crash is.
public enum Fuzz {
    /// The code under test, set once before libFuzzer starts (libFuzzer calls it on one thread).
    nonisolated(unsafe) private static var body: (UnsafeBufferPointer<UInt8>) -> Void = { _ in }

    public static func run(_ body: @escaping (UnsafeBufferPointer<UInt8>) -> Void) -> Never {
        Self.body = body
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            Fuzz.body(UnsafeBufferPointer(start: data, count: size))
            return 0
        }
        exit(status)
    }

    /// Stops with `message` when `condition` is false: an invariant every input must keep.
    public static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
                               file: StaticString = #fileID, line: UInt = #line) {
        if !condition() { fatalError("invariant broken: \(message())", file: file, line: line) }
    }

    /// The input as text: invalid UTF-8 repaired with U+FFFD, as the CLI's lenient paths do.
    public static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
