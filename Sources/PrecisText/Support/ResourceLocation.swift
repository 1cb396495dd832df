import Foundation

/// Where Precis looks for the data it ships (glossaries, IDF models), in one order for all.
///
/// ```swift
/// let candidates = ResourceLocation.candidates(environment: "PRECIS_MODELS", shared: "idf",
///                                              inTree: "corpora/idf", sourceRoot: root)
/// ```
public enum ResourceLocation {
    /// The folders to try, in order: the environment variable's value, `share/precis/<shared>`
    /// beside the executable's folder (an installed tool), `<inTree>` in the executable's folder
    /// and up to five folders above it (a build in the source tree), then `<inTree>` under
    /// `sourceRoot` (the checkout the library was built from).
    public static func candidates(environment: String, shared: String, inTree: String, sourceRoot: URL) -> [String] {
        var candidates: [String] = []
        if let variable = ProcessInfo.processInfo.environment[environment], !variable.isEmpty {
            candidates.append(variable)
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        candidates.append(folder.deletingLastPathComponent().appendingPathComponent("share/precis/" + shared).path)
        for _ in 0..<6 {
            candidates.append(folder.appendingPathComponent(inTree).path)
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(sourceRoot.appendingPathComponent(inTree).path)
        return candidates
    }

    /// The checkout root of a source file at `depth` folders below it (`#filePath` of
    /// `Sources/Module/Folder/File.swift` is at depth 3).
    public static func sourceRoot(of filePath: String, depth: Int) -> URL {
        var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        for _ in 0..<depth { url = url.deletingLastPathComponent() }
        return url
    }
}
