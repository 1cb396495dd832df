import Foundation
import Precis

/// Reads an IDF model within `limits`, as an input error naming the file if it cannot be used.
func loadIDFModel(_ path: String, limits: InputLimits) throws -> IDFModel {
    do {
        try limits.checkFileSize(path)
        let model = try Messages.timed("loaded IDF model \(path)") { try IDFModel.load(from: path) }
        Messages.verbose("\(path): \(model.language.code), \(model.documentCount) documents, \(model.documentFrequencies.count) terms")
        return model
    } catch {
        throw CLIError.input("\(error)")
    }
}

/// Reads a glossary leniently within `limits`; unreadable, unknown or over-limit files are
/// input errors naming the file.
func loadGlossary(_ path: String, limits: InputLimits) throws -> GlossaryLoader.Result {
    var loader = GlossaryLoader()
    loader.limits = limits
    do {
        let result = try Messages.timed("loaded glossary \(path)") { () throws(GlossaryError) in try loader.load(path: path) }
        Messages.verbose("\(path): \(result.glossary.format.rawValue), \(result.glossary.entries.count) entries, "
            + "\(result.skipped) skipped, \(result.issues.count) issues")
        return result
    } catch {
        throw CLIError.input("\(error)")
    }
}

/// Reads a compiled glossary cache within `limits`, as an input error naming the file if it
/// cannot be used.
func loadGlossaryCache(_ path: String, limits: InputLimits) throws -> GlossaryMatcher {
    do {
        try limits.checkFileSize(path)
        let matcher = try Messages.timed("loaded compiled glossary \(path)") { try GlossaryMatcher.load(from: path) }
        Messages.verbose("\(path): \(matcher.entryCount) entries")
        return matcher
    } catch {
        throw CLIError.input("\(error)")
    }
}

/// Prints glossary issues on standard error: errors always, warnings unless `--quiet`.
func reportIssues(_ issues: [GlossaryIssue]) {
    for issue in issues {
        if issue.severity == .error { StandardError.writeLine("\(issue)") } else { Messages.warningLine("\(issue)") }
    }
}
