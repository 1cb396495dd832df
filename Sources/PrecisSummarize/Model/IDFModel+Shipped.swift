import Foundation
import PrecisText

extension IDFModel {
    /// The IDF model Precis ships for `language` (`corpora/idf/fr.idf`, `corpora/idf/en.idf`), or
    /// nil when no copy is found.
    ///
    /// The French model counts the 500 OrangeSum training articles in `corpora/`, the English one
    /// the 1,012 FLORES-200 devtest sentences (one document each); `Scripts/build-idf-models.sh`
    /// rebuilds both. The folder is found as ``shippedModelDirectory()`` says.
    ///
    /// ```swift
    /// if let model = try IDFModel.shipped(for: .french) { options.models = [model] }
    /// ```
    ///
    /// - Throws: ``IDFModelError`` when a shipped file is found but cannot be read.
    public static func shipped(for language: Language) throws(IDFModelError) -> IDFModel? {
        guard let directory = shippedModelDirectory() else { return nil }
        let path = directory + "/" + language.code + ".idf"
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try load(from: path)
    }

    /// The folders searched for the shipped models, in order: `$PRECIS_MODELS`, then
    /// `share/precis/idf` beside the executable's folder, then a `corpora/idf` folder above the
    /// executable (a build in the source tree), then the source tree this library was built from.
    public static func shippedModelCandidates() -> [String] {
        ResourceLocation.candidates(environment: "PRECIS_MODELS", shared: "idf", inTree: "corpora/idf",
                                    sourceRoot: ResourceLocation.sourceRoot(of: #filePath, depth: 3))
    }

    /// The first of ``shippedModelCandidates()`` that holds a model, or nil.
    public static func shippedModelDirectory() -> String? {
        shippedModelCandidates().first { candidate in
            Language.allCases.contains { FileManager.default.fileExists(atPath: candidate + "/" + $0.code + ".idf") }
        }
    }
}
