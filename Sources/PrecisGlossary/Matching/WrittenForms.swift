import Foundation

/// The written forms of a matcher's entries (``GlossaryMatcher``'s spelling check), computed the
/// first time a match needs them and kept for every later text, shared by the matcher's copies
/// and threads.
final class WrittenForms: @unchecked Sendable {
    typealias Form = (exact: [UInt8], folded: [UInt8])
    private let lock = NSLock()
    private var forms: [Int32: Form] = [:]

    func form(_ entry: Int32, orMake make: () -> Form) -> Form {
        lock.lock()
        if let known = forms[entry] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let made = make()
        lock.lock()
        forms[entry] = made
        lock.unlock()
        return made
    }
}
