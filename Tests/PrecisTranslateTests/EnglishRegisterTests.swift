import Testing
@testable import PrecisTranslate

struct EnglishRegisterTests {
    @Test(arguments: [
        (["flu", "influenza"], true, 1 as Int?),
        (["flu", "influenza"], false, nil),
        (["influenza", "flu"], false, 1),
        (["influenza", "flu"], true, nil),
        (["seasonal flu", "seasonal influenza"], true, 1),        // one word differs
        (["flu virus", "influenza virus", "flu"], true, 1),
        (["Lab", "laboratory"], true, 1),                          // case-insensitive
        (["labs", "laboratories"], true, 1),                       // plurals are listed
        (["outbreak", "epidemic"], true, nil),                     // synonyms, not registers
        (["symptom", "symptoms"], true, nil),                      // number, not register
        (["flu", "seasonal influenza"], true, nil),                // different words
        (["flu lab", "influenza laboratory"], true, 1),            // both clipped on one side
        (["flu laboratory", "influenza lab"], true, nil),          // clipped on both sides: not a pair
        (["flu"], true, nil),
        ([], true, nil),
    ] as [([String], Bool, Int?)])
    func choosesTheVariantInTheWantedRegister(alternatives: [String], formal: Bool, expected: Int?) {
        #expect(EnglishRegister.variant(among: alternatives, formal: formal) == expected)
    }
}
