extension LanguageIdentifier {
    /// The language of `text`, or `fallback` when it cannot tell: exactly
    /// `identify(text) ?? fallback`, about three times as fast when the text is in
    /// `fallback`'s language.
    ///
    /// Stage 2 (is the text French or English at all?) can only turn an answer into "unknown",
    /// and unknown becomes `fallback`. So when stage 1 already answers `fallback`, stage 2
    /// cannot change the result and is skipped; only an answer in the other language is checked
    /// with the full analysis. Stage 1 alone reads its weights from dense arrays (see
    /// `LanguageModel.Stage1Weights`) rather than the hash table both stages share.
    ///
    /// ```swift
    /// LanguageIdentifier().identify("Le chat dort.", default: .french)     // .french
    /// LanguageIdentifier().identify("Der Bundestag.", default: .french)    // .french (unknown)
    /// ```
    ///
    /// - Complexity: O(*n*) in the length of the text, at most ``sampleLimit`` bytes.
    public func identify(_ text: some StringProtocol, default fallback: Language) -> Language {
        let model = LanguageModel.shared
        var tally = LanguageTally()
        let scanned: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            tally.scan(bytes, limit: sampleLimit, model: model, stage2: false)
        }
        guard scanned != nil else { return identify(text) ?? fallback }
        guard let firstStage = tally.stage1Language, firstStage != fallback else { return fallback }
        return identify(text) ?? fallback
    }
}
