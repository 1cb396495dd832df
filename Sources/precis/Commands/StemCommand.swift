import Foundation
import ArgumentParser
import Precis

struct StemCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stem",
        abstract: "Stem words with the Snowball stemmers: one word per input line, one stem per output line.",
        discussion: "Words are lower-cased first. Empty lines give empty lines."
    )

    @OptionGroup var input: InputArgument
    @Option(name: [.short, .long], help: "The words' language: fr or en.")
    var language: Language
    @OptionGroup(title: "Limits") var limits: InputLimitOptions
    @OptionGroup var messages: MessageOptions

    func run() throws {
        let input = try InputText.read(input.file, limits: limits.limits)
        let stemmer = Stemmers.stemmer(for: language)
        var out = StandardOutput()
        var lines = input.text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        for line in lines {
            let word = line.trimmingCharacters(in: .whitespaces).lowercased()
            out.writeLine(stemmer.stem(word))
        }
        out.flush()
    }
}
