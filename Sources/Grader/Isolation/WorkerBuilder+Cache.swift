import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension WorkerBuilder {
    /// What a compile left: the folder of its outputs, or why there are none.
    enum CacheOutcome {
        /// The entry's folder, holding the compile's outputs.
        case ready(URL)
        /// The sources did not compile: the diagnostics, with the exercise's folder as a token.
        case failed(String)
        /// The compile could not finish: one line saying why.
        case rejected(String)
        /// The compiler failed without a word about the sources: never cached.
        case toolchainFailed(String)
    }

    /// Changes whenever what the builder stores changes (flags, layout, diagnostics), so old entries are
    /// not reused.
    static let cacheFormat = 9

    /// Stands for the exercise's folder in stored diagnostics, which any copy of the same files reuses.
    static let exerciseFolderToken = "<exercise-folder>"

    /// What a cache entry is made of: the sources or the main, the exercise modules it links, and the
    /// grader's modules (by each object's path, size and time: a rebuilt grader changes them).
    func cacheKey(
        kind: String, main: String?, sources: SourceSnapshot?, modules: [ExerciseModule], objects: [(target: String, objects: [URL])]
    ) -> String {
        var hasher = ContentHasher()
        hasher.add("cache format \(Self.cacheFormat)")
        hasher.add(kind)
        hasher.add(main ?? "")
        if let sources {
            hasher.add("\(sources.files.count) files")
            for file in sources.files {
                hasher.add(file.name)
                hasher.add(bytes: file.contents)
            }
        }
        for module in modules {
            hasher.add(module.name)
            hasher.add(module.key)
        }
        for (target, files) in objects {
            hasher.add(target)
            for object in files {
                let attributes = try? FileManager.default.attributesOfItem(atPath: object.path)
                hasher.add(object.path)
                hasher.add("\((attributes?[.size] as? Int) ?? -1)")
                hasher.add("\(((attributes?[.modificationDate] as? Date) ?? .distantPast).timeIntervalSince1970)")
            }
        }
        return hasher.hexDigest
    }

    /// The entry's outputs when their bytes still hash to the recorded SHA-256, or its cached
    /// diagnostics; nil when there is none (an entry that fails its check is removed).
    func cachedOutcome(at entry: URL, files: [String]) -> CacheOutcome? {
        let manager = FileManager.default
        if let recorded = manager.contents(atPath: entry.appendingPathComponent("outputs.sha256").path) {
            if Self.digest(of: files, in: entry) == String(decoding: recorded, as: UTF8.self) { return .ready(entry) }
            try? manager.removeItem(at: entry)
            return nil
        }
        if let diagnostics = manager.contents(atPath: entry.appendingPathComponent("diagnostics.txt").path) {
            return .failed(String(decoding: diagnostics, as: UTF8.self))
        }
        return nil
    }

    /// Keeps the diagnostics of sources that do not compile, so the same files are not compiled again.
    func storeDiagnostics(_ diagnostics: String, in entry: URL) {
        try? FileManager.default.createDirectory(at: entry, withIntermediateDirectories: true)
        try? Data(diagnostics.utf8).write(to: entry.appendingPathComponent("diagnostics.txt"))
    }

    /// Moves a compile's outputs into the cache with their SHA-256; if a concurrent grader got there
    /// first, its copy is kept. Older entries of the same name are pruned.
    func publish(_ files: [String], from output: URL, as entry: URL, name: String) throws -> CacheOutcome {
        let manager = FileManager.default
        guard let digest = Self.digest(of: files, in: output) else {
            return .rejected("the compiler reported success but wrote no \(files.joined(separator: ", "))")
        }
        let ready = cacheDirectory.appendingPathComponent("ready-\(UUID().uuidString)")
        do {
            try manager.createDirectory(at: ready, withIntermediateDirectories: true)
            for file in files {
                try manager.copyItem(at: output.appendingPathComponent(file), to: ready.appendingPathComponent(file))
            }
            if files.contains("worker") { chmod(ready.appendingPathComponent("worker").path, 0o755) }
            try Data(digest.utf8).write(to: ready.appendingPathComponent("outputs.sha256"))
        } catch {
            try? manager.removeItem(at: ready)
            throw GraderFailure("cannot write the worker cache \(cacheDirectory.path): \(error.localizedDescription)")
        }
        // A valid entry another grader published meanwhile is kept, never replaced: it may be being read.
        if case .ready? = cachedOutcome(at: entry, files: files) {
            try? manager.removeItem(at: ready)
            return .ready(entry)
        }
        try? manager.removeItem(at: entry)
        if (try? manager.moveItem(at: ready, to: entry)) == nil { try? manager.removeItem(at: ready) }
        pruneOlderEntries(named: name, keeping: entry)
        return cachedOutcome(at: entry, files: files) ?? .rejected("the compiled worker could not be stored")
    }

    /// The SHA-256 of the files, each preceded by its length; nil when one cannot be read.
    private static func digest(of files: [String], in folder: URL) -> String? {
        var hash = SHA256()
        for file in files {
            guard let bytes = FileManager.default.contents(atPath: folder.appendingPathComponent(file).path) else { return nil }
            var length = UInt64(bytes.count).littleEndian
            withUnsafeBytes(of: &length) { hash.update([UInt8]($0)) }
            hash.update([UInt8](bytes))
        }
        return hash.hexDigest
    }

    /// Removes cached entries of the same name that are older than ten minutes (other edits).
    private func pruneOlderEntries(named entryName: String, keeping entry: URL) {
        let manager = FileManager.default
        let cutoff = Date().addingTimeInterval(-600)
        let names = (try? manager.contentsOfDirectory(atPath: cacheDirectory.path)) ?? []
        for name in names where name.hasPrefix("\(entryName).") && name != entry.lastPathComponent {
            let url = cacheDirectory.appendingPathComponent(name)
            let modified = (try? manager.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? Date()
            if modified < cutoff { try? manager.removeItem(at: url) }
        }
    }
}
