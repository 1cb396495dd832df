/// An error the CLI reports and exits on, with a message that says what to do.
struct CLIError: Error, CustomStringConvertible {
    static let someRecordsFailedExitCode: Int32 = 1
    static let usageExitCode: Int32 = 2
    static let inputExitCode: Int32 = 3
    static let outputExitCode: Int32 = 4

    var message: String
    var exitCode: Int32

    var description: String { message }

    /// A problem with an input file or standard input (exit code 3).
    static func input(_ message: String) -> CLIError { CLIError(message: message, exitCode: inputExitCode) }
    /// A problem writing output (exit code 4).
    static func output(_ message: String) -> CLIError { CLIError(message: message, exitCode: outputExitCode) }
    /// A wrong combination of flags or values (exit code 2).
    static func usage(_ message: String) -> CLIError { CLIError(message: message, exitCode: usageExitCode) }
}
