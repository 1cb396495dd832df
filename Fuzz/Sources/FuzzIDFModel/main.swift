// The IDF model file reader on arbitrary bytes, as they come and with the checksum made right
// (so the fuzzer gets past it to the layout): it throws or gives a model, and a model it gives
// writes back to bytes it reads again to the same model.
import FuzzSupport
import PrecisSummarize
import PrecisText

Fuzz.run { bytes in
    var input = Array(bytes)
    read(input)
    if input.count >= 8 {
        let sum = FNV1a64.hash(input.dropLast(8))
        for k in 0..<8 { input[input.count - 8 + k] = UInt8(truncatingIfNeeded: sum >> (8 * UInt64(k))) }
        read(input)
    }
}

func read(_ bytes: [UInt8]) {
    let model: IDFModel
    do {
        model = try IDFModel(serialized: bytes, path: "fuzz.idf")
    } catch {
        _ = String(describing: error)
        return
    }
    _ = model.tsv()
    let again = try? IDFModel(serialized: model.serialized())
    Fuzz.require(again != nil, "a model read from bytes does not read back from its own serialization")
    Fuzz.require(again?.serialized() == model.serialized(), "serialization is not stable")
}
