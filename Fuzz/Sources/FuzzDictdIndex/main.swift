// The dictd reader on an arbitrary index: offsets and lengths in base64, headwords, and the
// definitions they point at. The data file is the input after its first NUL byte (gzip data
// named `.dict.dz`, other data `.dict`), or, without a NUL, a small built-in dictionary.
import FuzzSupport
import GlossaryFuzzing
import PrecisGlossary

/// Definitions at known offsets: "chat" at A/a (0, 26), "chien" at a/f (26, 31).
let builtInData = Array("chat /ʃa/ <n, masc>\ncat\n\nchien /ʃjɛ̃/ <n, masc>\ndog\n\n".utf8)

Fuzz.run { bytes in
    let input = Array(bytes)
    let index: [UInt8]
    var data = builtInData
    var dataName = "fuzz.dict"
    if let nul = input.firstIndex(of: 0) {
        index = Array(input[..<nul])
        data = Array(input[(nul + 1)...])
        if data.starts(with: [0x1F, 0x8B]) { dataName = "fuzz.dict.dz" }
    } else {
        index = input
    }
    do {
        let result = try GlossaryLoader().loadDictd(index: index, indexName: "fuzz.index", data: data, dataName: dataName)
        GlossaryFuzzing.check(result)
    } catch {
        _ = String(describing: error)
    }
}
