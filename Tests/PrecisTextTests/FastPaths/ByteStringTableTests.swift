import PrecisTestSupport
import Testing
@testable import PrecisText

/// ``ByteStringTable`` answers as a dictionary keyed by byte arrays does, for keys of every
/// length sharing long prefixes (NUL bytes and lengths past the 254 a slot's tag can tell
/// included), read from anywhere in a buffer (its end too), as the index grows.
struct ByteStringTableTests {
    @Test(arguments: 0..<20)
    func answersAsADictionary(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        // Few distinct bytes: many keys share prefixes ("aab", "aaba…").
        let alphabet: [UInt8] = [0x61, 0x62, 0xC3, 0xA9, 0x20, 0x00]
        var table = ByteStringTable()
        var reference: [[UInt8]: Int32] = [:]
        for step in 0..<3_000 {
            let length = step % 50 == 7 ? Int.random(in: 250...300, using: &generator) : Int.random(in: 0...40, using: &generator)
            let key = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
            // The key sits at the end of its buffer or inside a longer one.
            let padding = Bool.random(using: &generator) ? [] : (0..<Int.random(in: 1...9, using: &generator)).map { _ in UInt8(0x7A) }
            let lead = (0..<Int.random(in: 0...3, using: &generator)).map { _ in UInt8(0x78) }
            let buffer = lead + key + padding
            buffer.withUnsafeBufferPointer { bytes in
                let range = lead.count..<lead.count + key.count
                let hash = ByteStringTable.hash(bytes, range)
                if step % 2 == 0 {  // look up, then insert
                    #expect(table.value(bytes, range, hash: hash) == reference[key], "\(key)")
                    if reference[key] == nil {
                        table.insert(bytes, range, hash: hash, value: Int32(step))
                        reference[key] = Int32(step)
                    }
                } else {  // both in one probe
                    let value = table.value(bytes, range, hash: hash) { Int32(step) }
                    #expect(value == reference[key] ?? Int32(step), "\(key)")
                    reference[key] = value
                }
            }
        }
        #expect(table.count == reference.count)
    }

    @Test func hashDependsOnlyOnTheKeysBytes() {
        let key = Array("anticonstitutionnellement".utf8)
        for cut in [1, 2, 7, 8, 9, 15, 16, 17, 24, key.count] {
            let word = Array(key[0..<cut])
            let alone = word.withUnsafeBufferPointer { ByteStringTable.hash($0, 0..<$0.count) }
            let inside = ([0x20] + word + Array("  suite".utf8)).withUnsafeBufferPointer { ByteStringTable.hash($0, 1..<1 + cut) }
            #expect(alone == inside, "\(cut)")
        }
    }
}
