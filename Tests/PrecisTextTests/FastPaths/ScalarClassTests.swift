import Testing
@testable import PrecisText

/// The Latin-1 table behind ``ScalarClass/of(_:)`` is the rules of `classifyNarrow`.
struct ScalarClassTests {
    @Test func latin1TableMatchesTheRules() {
        for v in UInt32(0)..<0x100 {
            #expect(ScalarClass.of(v) == ScalarClass.classifyNarrow(v), "U+\(String(v, radix: 16))")
        }
    }

    /// The Latin-1 fast paths of ``ScalarCase`` answer as Unicode's properties do.
    @Test func latin1CaseMatchesUnicode() {
        for v in UInt32(0)..<0x180 {
            let scalar = Unicode.Scalar(v)!
            #expect(ScalarCase.isUppercase(v) == scalar.properties.isUppercase, "U+\(String(v, radix: 16))")
            #expect(ScalarCase.isLowercase(v) == scalar.properties.isLowercase, "U+\(String(v, radix: 16))")
            let mapped = scalar.properties.lowercaseMapping.unicodeScalars
            #expect(ScalarCase.lowercase(v) == (mapped.count == 1 ? mapped.first!.value : v), "U+\(String(v, radix: 16))")
        }
    }
}
