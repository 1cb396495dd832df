import Foundation
import Testing
import PrecisText
@testable import PrecisSummarize

/// Inputs the fuzz targets (Fuzz/, `Scripts/fuzz.sh`) found, minimised: each crashed the IDF
/// model reader and must now give an error instead.
struct IDFModelFuzzFindingsTests {
    /// FuzzIDFModel: a document count above `Int.max` trapped converting to `Int`, and one near
    /// it trapped later computing weights (`1 + n`). Counts above 2^53 are now refused.
    @Test(arguments: [(1 << 53) + 1, 1 << 63, UInt64(Int.max), UInt64.max] as [UInt64])
    func implausibleDocumentCountsAreRefused(_ count: UInt64) {
        let bytes = ModelFile.sealed(ModelFile.body(documents: count))
        #expect(throws: IDFModelError.implausibleDocumentCount(path: "m.idf", count: count)) {
            try IDFModel(serialized: bytes, path: "m.idf")
        }
        let message = IDFModelError.implausibleDocumentCount(path: "m.idf", count: count).description
        #expect(message.contains("m.idf") && message.contains("\(count) documents") && message.contains("refit"))
    }

    @Test func theLargestCountStillReadsAndWeighs() throws {
        let model = try IDFModel(serialized: ModelFile.sealed(ModelFile.body(documents: 1 << 53)))
        #expect(model.documentCount == 1 << 53)
        #expect(model.idf("chat") > 1)
        #expect(model.tsv().contains("documents=9007199254740992"))
    }

    /// The input as the fuzzer found it (its checksum made right, as the target does).
    @Test func theFuzzerInput() {
        let found = Array(Data(base64Encoded: "UFJFQ0lERgEBAAAAAmZyUFJFQ7G7uf4BAAAAAgAAAAAAAAAE/////2ErAAAAAAAAAGhhiAAAAEchAMM=")!)
        let bytes = ModelFile.sealed(Array(found.dropLast(8)))
        #expect(throws: IDFModelError.self) { try IDFModel(serialized: bytes) }
    }
}
