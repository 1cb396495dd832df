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

            Exit codes: 0 success; 1 some records failed; 2 usage error (wrong flag or value); \
            3 input error (missing, unreadable or invalid file); 4 output or internal error.
            """,
        version: PrecisVersion.string,
        subcommands: [SummarizeCommand.self, TranslateCommand.self, BatchCommand.self, IdfCommand.self, EvalCommand.self, GlossaryCommand.self, SentencesCommand.self, TokensCommand.self, StemCommand.self]
    )

    /// Runs the command with Precis's exit codes (ArgumentParser's own usage code is 64).
    static func main() {
        // SIGINT/SIGTERM remove the temporary file of an output not yet committed (-o).
        AtomicFile.removeTemporaryFilesOnInterrupt()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            StandardError.writeLine("precis: \(error)")
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
            Foundation.exit(code == .validationFailure ? CLIError.usageExitCode : code.rawValue)
        }
    }
}

enum PrecisVersion {
    static let string = "0.1.0"
}
