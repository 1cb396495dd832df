import ArgumentParser
import Dispatch
import Foundation
import Precis

struct IdfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "idf",
        abstract: "Fit, merge and inspect IDF models (document frequencies of stemmed terms).",
        subcommands: [Fit.self, Merge.self, Inspect.self]
    )

    struct Fit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count document frequencies over a corpus.",
            discussion: """
                Inputs: text files (one document each), directories (every file below), JSON Lines \
                (.jsonl: one document per line, in the --field string), gzip-compressed or not. \
                Fitting uses every core. With --partial the counts are kept whole so that \
                `precis idf merge` of the shards equals one fit of the whole corpus (map/reduce).
                """
        )

        @Argument(help: "Corpus files or directories.")
        var inputs: [String]
        @Option(name: .shortAndLong, help: "The model file to write (atomically).")
        var output: String
        @Option(name: [.short, .long], help: "The corpus language: fr or en.")
        var language: Language
        @Option(help: "The JSON field holding the text, for .jsonl inputs.")
        var field: String = "text"
        @Option(help: "Drop terms found in fewer documents than this (not with --partial).")
        var minDf: Int = 2
        @Flag(help: "Write a shard's raw counts, for `precis idf merge`.")
        var partial = false
        @Flag(help: "Also count pairs of adjacent terms (keys \"first second\"); merge only with models fitted alike.")
        var bigrams = false
        @Option(help: "Threads (default: all cores).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
        @OptionGroup(title: "Limits") var limits: InputLimitOptions
        @OptionGroup var messages: MessageOptions

        func validate() throws {
            guard jobs >= 1 && jobs <= BatchCommand.maximumJobs else {
                throw ValidationError("--jobs must be between 1 and \(BatchCommand.maximumJobs)")
            }
            guard minDf >= 1 else { throw ValidationError("--min-df must be at least 1") }
        }

        func run() throws {
            let sink = try AtomicOutput(path: output)  // an unwritable -o fails before the fit
            let progress = Progress(label: "documents", totalBytes: Progress.expectedBytes(of: inputs))
            var model = IDFModel(language: language)
            let analyzers = (0..<jobs).map { _ in UncheckedBox(TermAnalyzer(language: language)) }
            let skipped = try DocumentSource(paths: inputs, field: field, limits: limits.limits).forEachBatch { batch in
                let parts = (0..<jobs).map { _ in UncheckedBox(IDFModel(language: language)) }
                DispatchQueue.concurrentPerform(iterations: jobs) { job in
                    var part = IDFModel(language: language)
                    var k = job
                    while k < batch.count {
                        part.add(document: batch[k], analyzer: analyzers[job].value, bigrams: bigrams)
                        k += jobs
                    }
                    parts[job].value = part
                }
                for part in parts { model = try model.merged(with: part.value) }
                progress.advance(by: batch.count, bytes: batch.reduce(0) { $0 + $1.utf8.count })
            }
            progress.finish()
            if !partial { model = model.pruned(minimumDocumentFrequency: minDf) }
            try sink.write(bytes: model.serialized())
            try sink.commit()
            let note = skipped > 0 ? " (\(skipped) bad lines skipped)" : ""
            Messages.note("\(output): \(model.documentCount) documents, \(model.documentFrequencies.count) terms\(note)")
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add up models fitted on shards (`precis idf fit --partial`) into one."
        )

        @Argument(help: "Model files to merge.")
        var inputs: [String]
        @Option(name: .shortAndLong, help: "The merged model file to write (atomically).")
        var output: String
        @Option(help: "Drop terms found in fewer documents than this (1 keeps all).")
        var minDf: Int = 2
        @Flag(help: "Keep the result whole, for a further merge.")
        var partial = false
        @OptionGroup(title: "Limits") var limits: InputLimitOptions
        @OptionGroup var messages: MessageOptions

        func validate() throws {
            guard minDf >= 1 else { throw ValidationError("--min-df must be at least 1") }
        }

        func run() throws {
            guard !inputs.isEmpty else { throw ValidationError("give at least one model to merge") }
            let limits = self.limits.limits
            let load = { (path: String) in try loadIDFModel(path, limits: limits) }
            let sink = try AtomicOutput(path: output)
            var model = try load(inputs[0])
            for path in inputs.dropFirst() {
                do {
                    let shard = try load(path)
                    if shard.hasBigrams != model.hasBigrams, shard.documentCount > 0, model.documentCount > 0 {
                        throw CLIError.input("\(path): \(shard.hasBigrams ? "counts" : "does not count") bigrams and \(inputs[0]) "
                                             + "\(model.hasBigrams ? "does" : "does not"); fit every shard with the same --bigrams choice")
                    }
                    model = try model.merged(with: shard)
                } catch let error as IDFModelError {
                    throw CLIError.input("\(path): \(error)")
                }
                Messages.verbose("merged \(path): \(model.documentCount) documents, \(model.documentFrequencies.count) terms so far")
            }
            if !partial { model = model.pruned(minimumDocumentFrequency: minDf) }
            try sink.write(bytes: model.serialized())
            try sink.commit()
        }
    }

    struct Inspect: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Describe a model: language, documents, terms; with --tsv, export every term."
        )

        @Argument(help: "The model file.")
        var model: String
        @Flag(help: "Print the whole model as TSV (term, df, idf), most frequent first.")
        var tsv = false
        @Option(help: "Also list the N most frequent terms.")
        var top: Int = 10
        @OptionGroup(title: "Limits") var limits: InputLimitOptions
        @OptionGroup var messages: MessageOptions

        func validate() throws {
            guard top >= 0 else { throw ValidationError("--top must be 0 or more") }
        }

        func run() throws {
            let loaded = try loadIDFModel(model, limits: limits.limits)
            var out = StandardOutput()
            if tsv {
                out.writeLine(loaded.tsv().dropLast())
            } else {
                out.writeLine("language\t\(loaded.language.code)")
                out.writeLine("documents\t\(loaded.documentCount)")
                out.writeLine("terms\t\(loaded.documentFrequencies.count)")
                let lines = loaded.tsv().split(separator: "\n").dropFirst(2).prefix(top)
                for line in lines { out.writeLine(line) }
            }
            out.flush()
        }
    }
}

/// A value shared with worker threads where each thread touches only its own box.
final class UncheckedBox<T>: @unchecked Sendable {
    var value: T
    init(_ value: T) { self.value = value }
}
