#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension RandomState {
    /// The state that seeding with the last seed seeded, then one twist, leaves: the notebooks reseed
    /// with the same seed in every call of some functions (`np.random.seed(1)` opens
    /// `forward_propagation_with_dropout`, which a training calls every step), and seeding is a chain
    /// of 624 dependent multiplications. One entry, shared by every thread behind a lock; a generator
    /// that draws from the shared words copies them first (the array is copy-on-write).
    final class SeededStates: @unchecked Sendable {
        /// The one cache of the process.
        static let shared = SeededStates()

        private let lock: UnsafeMutablePointer<pthread_mutex_t>
        private var seed: UInt32?
        private var key: [UInt32] = []

        private init() {
            lock = .allocate(capacity: 1)
            lock.initialize(to: pthread_mutex_t())
            pthread_mutex_init(lock, nil)
        }

        /// The twisted state for `seed`: the kept one when `seed` was the last seed, else `make()`'s,
        /// kept in its place.
        func twistedKey(seed: UInt32, _ make: () -> [UInt32]) -> [UInt32] {
            pthread_mutex_lock(lock)
            defer { pthread_mutex_unlock(lock) }
            if self.seed != seed {
                key = make()
                self.seed = seed
            }
            return key
        }
    }
}
