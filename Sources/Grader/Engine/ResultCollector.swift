import Foundation

/// Collects results stored from several threads by index (the exercises of a run, the notebooks of the
/// experiments) and releases them in index order.
final class ResultCollector<Element: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<Element, Error>?]
    private var released = 0
    private let onReady: @Sendable (Element) -> Void

    /// A collector of `count` results; `onReady` is called with each one that succeeded as soon as it and
    /// every result before it are in, in index order.
    init(count: Int, onReady: @escaping @Sendable (Element) -> Void = { _ in }) {
        self.slots = Array(repeating: nil, count: count)
        self.onReady = onReady
    }

    /// Stores the result at `index` and releases every result now ready in order.
    func store(_ index: Int, _ result: Result<Element, Error>) {
        lock.withLock {
            slots[index] = result
            while released < slots.count, let ready = slots[released] {
                if case .success(let element) = ready { onReady(element) }
                released += 1
            }
        }
    }

    /// Every result, in index order, once all are stored.
    ///
    /// - Throws: the first error stored, in index order.
    func results() throws -> [Element] {
        try lock.withLock { try slots.map { try $0!.get() } }
    }
}
