import Testing
import PrecisEval

struct PrecisEvalPlaceholderTests {
    @Test func moduleLinks() { #expect(String(describing: PrecisEval.self) == "PrecisEval") }
}
