#if canImport(Glibc)
import Glibc
#endif

/// Keeps glibc's allocator from handing memory back to the kernel between a worker's allocations.
///
/// A training allocates and frees thousands of small matrices per step. With glibc's defaults, every
/// free that leaves more than 128 KiB at the top of the heap shrinks it (`brk`) and the next allocation
/// grows it again, and each regrown page faults: a quarter of a training's time went to the kernel.
/// A worker lives for one exercise, so it keeps what it freed: the heap is trimmed only past 2 GB
/// (never, under the worker's address-space limit), each growth asks for 64 MiB more than needed, and
/// blocks up to 32 MiB (glibc's largest threshold) come from the heap instead of their own `mmap`.
/// Elsewhere than glibc it does nothing.
enum AllocatorTuning {
    /// Applies the settings; call once, before the first case.
    static func keepFreedMemory() {
        #if canImport(Glibc)
        // `mallopt` and its options live in <malloc.h>, which Swift's Glibc module does not import.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let program = dlopen(nil, RTLD_NOW), let symbol = dlsym(program, "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        let (trimThreshold, topPad, mmapThreshold): (Int32, Int32, Int32) = (-1, -2, -3)  // M_TRIM_THRESHOLD, …
        _ = mallopt(trimThreshold, 2_000_000_000)
        _ = mallopt(topPad, 64 << 20)
        _ = mallopt(mmapThreshold, 32 << 20)
        #endif
    }
}
