import Testing
@testable import PrecisText

/// The Latin-1 table behind ``ScalarClass/of(_:)`` is the rules of `classifyNarrow`.
struct ScalarClassTests {
    @Test func latin1TableMatchesTheRules() {
        for v in UInt32(0)..<0x100 {
            #expect(ScalarClass.of(v) == ScalarClass.classifyNarrow(v), "U+\(String(v, radix: 16))")
        }
    }
}
