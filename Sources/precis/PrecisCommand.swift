import ArgumentParser
import Foundation
import Precis

/// The `precis` command: French news into short English.
@main
struct PrecisCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "precis",
        abstract: "French news into short English: sentences, tokens, stems and more.",
        discussion: """
            Reads UTF-8 text from a file or standard input ("-"). Data goes to standard output, \
            messages to standard error.

            Exit codes: 0 success; 1 some records failed (or a term not found); 2 usage error \
            (wrong flag or value); 3 input error (missing, unreadable, invalid or over-limit file); \
            4 output or internal error. Every command takes --quiet (errors only) and --verbose \
            (also what was loaded, counts, timings).
            """,
        version: PrecisVersion.string,
        subcommands: [SummarizeCommand.self, TranslateCommand.self, BatchCommand.self, IdfCommand.self, EvalCommand.self, GlossaryCommand.self, SentencesCommand.self, TokensCommand.self, StemCommand.self]
    )

    /// Runs the command with Precis's exit codes (ArgumentParser's own usage code is 64).
    static func main() {
        _ = Messages.start  // the clock starts now, not at the first message
        // SIGINT/SIGTERM remove the temporary file of an output not yet committed (-o).
        AtomicFile.removeTemporaryFilesOnInterrupt()
        do {
            var command = try parseAsRoot()
            if let reporting = command as? MessageReporting { Messages.verbosity = reporting.messages.verbosity }
            try command.run()
            Messages.verbose("done in \(Messages.milliseconds(since: Messages.start)) ms")
        } catch let error as CLIError {
            Messages.error("\(error)")
            Foundation.exit(error.exitCode)
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)  // the command already said why
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)  // --help, --version
            }
            let message = fullMessage(for: error)
            StandardError.writeLine(message.isEmpty ? "\(error)" : message)
            // Usage errors are 2; any other error that reaches here (not an input error, which
            // is a CLIError) is an output or internal one: 4, never ArgumentParser's 1.
            Foundation.exit(code == .validationFailure ? CLIError.usageExitCode : CLIError.outputExitCode)
        }
    }
}

extension SummarizeCommand: MessageReporting {}
extension TranslateCommand: MessageReporting {}
extension BatchCommand: MessageReporting {}
extension IdfCommand.Fit: MessageReporting {}
extension IdfCommand.Merge: MessageReporting {}
extension IdfCommand.Inspect: MessageReporting {}
extension EvalCommand.Rouge: MessageReporting {}
extension EvalCommand.Chrf: MessageReporting {}
extension EvalCommand.Terms: MessageReporting {}
extension GlossaryCommand.Validate: MessageReporting {}
extension GlossaryCommand.Stats: MessageReporting {}
extension GlossaryCommand.Lookup: MessageReporting {}
extension GlossaryCommand.Match: MessageReporting {}
extension GlossaryCommand.Convert: MessageReporting {}
extension GlossaryCommand.Compile: MessageReporting {}
extension SentencesCommand: MessageReporting {}
extension TokensCommand: MessageReporting {}
extension StemCommand: MessageReporting {}

enum PrecisVersion {
    static let string = "0.1.0"
}
