import Dispatch
import PrecisText

extension Summarizer {
    /// Summarizes several articles on up to `threads` threads: the same summaries, in the same
    /// order, as ``summarize(_:)``.
    ///
    /// Each thread keeps its own stemming cache, so a batch of a few articles gains little; a
    /// feed of thousands gains nearly a core per thread. To keep the caches between batches,
    /// use a ``SessionPool``.
    ///
    /// ```swift
    /// let summaries = Summarizer().summarize(articles, threads: 4)
    /// ```
    public func summarize(_ documents: [Document], threads: Int) -> [Summary] {
        var pool = SessionPool(summarizer: self, threads: threads)
        return pool.summarize(documents)
    }

    /// One ``Session`` per thread, for summarizing batches of articles in parallel while keeping
    /// each thread's caches from one batch to the next.
    ///
    /// ``map(_:_:)`` hands items to the threads in small blocks as they finish (long articles do
    /// not hold the others up) and returns the results in the items' order. A summary does not
    /// depend on what its session summarized before, so the output is the same for any number
    /// of threads.
    ///
    /// ```swift
    /// var pool = Summarizer.SessionPool(summarizer: summarizer, threads: 2)
    /// for batch in batches {
    ///     let lines = pool.map(batch) { session, article in session.summarize(article).text }
    ///     lines.forEach { print($0) }
    /// }
    /// ```
    public struct SessionPool {
        /// How many threads (and sessions) the pool uses: at least 1.
        public let threads: Int
        private var sessions: [Session]

        /// Creates a pool of `threads` sessions of `summarizer` (at least one).
        public init(summarizer: Summarizer, threads: Int) {
            self.threads = max(1, threads)
            sessions = (0..<self.threads).map { _ in summarizer.makeSession() }
        }

        /// Summarizes `documents` in parallel, in order.
        public mutating func summarize(_ documents: [Document]) -> [Summary] {
            map(documents) { session, document in session.summarize(document) }
        }

        /// Applies `transform` to every item on the pool's threads, each call with that thread's
        /// session, and returns the results in the items' order.
        ///
        /// `transform` runs concurrently on several threads: it must not share mutable state
        /// beyond the session it is given.
        ///
        /// - Complexity: the items' cost divided by the threads, plus one lock per block of items.
        public mutating func map<Item: Sendable, Result: Sendable>(
            _ items: [Item], _ transform: @Sendable (inout Session, Item) -> Result
        ) -> [Result] {
            let workers = min(threads, items.count)
            guard workers > 1 else {
                return items.map { transform(&sessions[0], $0) }
            }
            // Blocks of a few items: one lock per block, and the last blocks still balance.
            let block = max(1, min(16, items.count / (workers * 8)))
            let lock = Lock()
            var next = 0
            return [Result](unsafeUninitializedCapacity: items.count) { results, initialized in
                sessions.withUnsafeMutableBufferPointer { sessions in
                    items.withUnsafeBufferPointer { items in
                        withUnsafeMutablePointer(to: &next) { next in
                            let shared = Shared(items: items, results: results.baseAddress!, sessions: sessions.baseAddress!,
                                                next: next)
                            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                                while true {
                                    let start = lock.withLock {
                                        defer { shared.next.pointee += block }
                                        return shared.next.pointee
                                    }
                                    guard start < shared.items.count else { return }
                                    for k in start..<min(start + block, shared.items.count) {
                                        (shared.results + k).initialize(to: transform(&shared.sessions[worker], shared.items[k]))
                                    }
                                }
                            }
                        }
                    }
                }
                initialized = items.count
            }
        }

        /// What the threads of one ``map(_:_:)`` share: each reads the items, claims blocks
        /// through `next` under the lock, writes only the result slots of its blocks and uses only
        /// its own session.
        private struct Shared<Item, Result>: @unchecked Sendable {
            let items: UnsafeBufferPointer<Item>
            let results: UnsafeMutablePointer<Result>
            let sessions: UnsafeMutablePointer<Session>
            let next: UnsafeMutablePointer<Int>
        }
    }
}
