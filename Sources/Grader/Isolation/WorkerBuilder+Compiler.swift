import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension WorkerBuilder {
    /// The Swift module of every worker's generated main.
    static let mainModule = "GradedWorker"

    /// How a student's files are compiled: optimized, since the experiments call them hundreds of
    /// thousands of times (whole trainings run two to three times faster than `-Onone`), with `assert`
    /// kept as a debug build keeps it, and with debug information, so a crash still names the student's
    /// file and line (`ExperimentTests.aCrashInATrainingNamesTheStudentsFileAndLine`,
    /// `CrashLocationTests`); for this machine's processor, as the grader's own modules are.
    static let submissionOptimization = ["-O", "-assert-config", "Debug", "-target-cpu", "native"]

    /// Compiles an exercise's files into `<module>.swiftmodule` and one `<module>.o`, stored in the
    /// module's cache entry.
    func compileModule(
        _ module: ExerciseModule, sources: SourceSnapshot, objects: [(target: String, objects: [URL])]
    ) throws -> CacheOutcome {
        try withStaging { staging in
            let folder = staging.folder.appendingPathComponent("sources")
            try staging.prepare {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try sources.write(to: folder)
            }
            var mounts = try commonMounts(staging, objects: objects)
            let mount = SandboxMount(host: folder.path, inside: Self.debugFolder(of: module.exercise))
            mounts.append(mount)
            let visible = sandbox.visible(mount)
            let out = sandbox.visible(mounts[1])
            let arguments = commonArguments(mounts) + Self.submissionOptimization + [
                "-module-name", module.name, "-parse-as-library", "-enable-testing", "-whole-module-optimization",
                "-emit-module", "-emit-module-path", "\(out)/\(module.name).swiftmodule", "-c", "-o", "\(out)/\(module.object)",
                "-debug-prefix-map", "\(visible)=\(Self.debugFolder(of: module.exercise))",
            ] + sources.files.map { visible + "/" + $0.name }
            return try run(
                arguments, mounts: mounts, staging: staging, places: [(visible, Self.exerciseFolderToken)],
                outputs: module.files, entry: module.folder, name: "module-\(module.exercise)")
        }
    }

    /// Compiles `main` and links it with the exercise modules and the grader's objects into `worker`,
    /// stored in `entry`.
    func linkWorker(
        named name: String, main: String, modules: [ExerciseModule], objects: [(target: String, objects: [URL])], into entry: URL
    ) throws -> CacheOutcome {
        try withStaging { staging in
            let mainFolder = staging.folder.appendingPathComponent("main")
            let modulesFolder = staging.folder.appendingPathComponent("modules")
            // The modules are copied out of the cache: the compilers' identity may not read the grader's
            // build folder.
            try staging.prepare {
                try FileManager.default.createDirectory(at: mainFolder, withIntermediateDirectories: true)
                try FileManager.default.createDirectory(at: modulesFolder, withIntermediateDirectories: true)
                try Data(main.utf8).write(to: mainFolder.appendingPathComponent("main.swift"))
                for module in modules {
                    let copy = modulesFolder.appendingPathComponent(module.name)
                    try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
                    for file in module.files {
                        try FileManager.default.copyItem(
                            at: module.folder.appendingPathComponent(file), to: copy.appendingPathComponent(file))
                    }
                }
            }
            var mounts = try commonMounts(staging, objects: objects)
            mounts.append(SandboxMount(host: mainFolder.path, inside: "/grader/main"))
            mounts.append(SandboxMount(host: modulesFolder.path, inside: "/grader/exercise-modules"))
            let mainPath = sandbox.visible(mounts[3]) + "/main.swift"
            let toolkit = sandbox.visible(mounts[0])
            var arguments = commonArguments(mounts) + [
                "-module-name", Self.mainModule, "-o", sandbox.visible(mounts[1]) + "/worker", mainPath,
            ]
            for module in modules {
                let folder = sandbox.visible(mounts[4]) + "/" + module.name
                arguments += ["-I", folder, "\(folder)/\(module.object)"]
            }
            for (target, files) in objects {
                arguments += files.map { "\(toolkit)/objects/\(target)/\($0.lastPathComponent)" }
            }
            return try run(
                arguments, mounts: mounts, staging: staging, places: [(mainPath, "<generated>/main.swift")],
                outputs: ["worker"], entry: entry, name: name)
        }
    }

    /// A private folder for one compile, in the temporary folder, readable by the compilers' identity
    /// wherever the grader's own checkout is (a home folder others may not enter, say): what the
    /// compiler reads, its outputs in `out` (the compilers' identity may write there) and its log.
    struct Staging {
        /// The folder, removed after the compile.
        let folder: URL
        /// Where the compiler writes its outputs.
        var output: URL { folder.appendingPathComponent("out") }
        /// The compiler's output.
        var log: URL { folder.appendingPathComponent("compiler.log") }

        /// Writes what the compiler will read, naming the folder when that fails.
        func prepare(_ write: () throws -> Void) throws {
            do {
                try write()
            } catch {
                throw GraderFailure("cannot write the compile's staging folder \(folder.path): \(error.localizedDescription)")
            }
        }
    }

    private func withStaging(_ body: (Staging) throws -> CacheOutcome) throws -> CacheOutcome {
        let manager = FileManager.default
        let staging = Staging(folder: try WorkFolder.make(prefix: "grader-compile", for: nil))
        defer { try? manager.removeItem(at: staging.folder) }
        chmod(staging.folder.path, 0o755)
        try staging.prepare {
            // The compiler's temporary files go to a folder of the output's: Landlock grants no /tmp.
            try manager.createDirectory(at: staging.output.appendingPathComponent("tmp"), withIntermediateDirectories: true)
            try WorkFolder.handOver(staging.output, to: sandbox.compilerIdentity)
            try WorkFolder.handOver(staging.output.appendingPathComponent("tmp"), to: sandbox.compilerIdentity)
            _ = manager.createFile(atPath: staging.log.path, contents: nil)
        }
        return try body(staging)
    }

    /// What every compile sees: the toolkit of interfaces and objects (0), its output folder (1), the
    /// clang module cache (2).
    private func commonMounts(_ staging: Staging, objects: [(target: String, objects: [URL])]) throws -> [SandboxMount] {
        [
            SandboxMount(host: try toolkitFolder(for: objects).path, inside: "/grader/toolkit"),
            SandboxMount(host: staging.output.path, inside: "/grader/out", writable: true),
            SandboxMount(host: try clangModuleCache().path, inside: "/grader/module-cache", writable: true),
        ]
    }

    /// With debug information, against the toolkit's interfaces. Only a submission's module is optimized
    /// (`submissionOptimization`); a generated main is one call, compiled fastest unoptimized.
    private func commonArguments(_ mounts: [SandboxMount]) -> [String] {
        ["-g", "-suppress-warnings", "-I", sandbox.visible(mounts[0]) + "/modules",
         "-module-cache-path", sandbox.visible(mounts[2])]
    }

    /// Runs the compiler contained and stores what it made, or its diagnostics with each of `places`
    /// (as the compiler saw them) replaced by its token.
    private func run(
        _ arguments: [String], mounts: [SandboxMount], staging: Staging, places: [(visible: String, token: String)],
        outputs: [String], entry: URL, name: String
    ) throws -> CacheOutcome {
        guard let compiler = Toolchain.compiler else { throw GraderFailure("swiftc is not on PATH: the grader compiles workers with it") }
        let toolchainBin = URL(fileURLWithPath: compiler).deletingLastPathComponent().path
        let out = sandbox.visible(mounts[1])
        let job = SandboxJob(
            executable: compiler, arguments: arguments, mounts: mounts,
            environment: ["PATH": "\(toolchainBin):/usr/bin:/bin", "HOME": "\(out)/tmp", "TMPDIR": "\(out)/tmp", "LANG": "C.UTF-8"],
            directory: "/", limits: .compiler(timeout: compileTimeout))
        let outcome = try runCompiler(job, log: staging.log)
        let log = String(decoding: FileManager.default.contents(atPath: staging.log.path) ?? Data(), as: UTF8.self)
        switch outcome {
        case .timedOut:
            return .rejected("the compiler did not finish within \(Self.seconds(compileTimeout)) s; "
                + "look for a long expression mixing literals and operators, and give its parts explicit types")
        case .ended(.signaled(let signal)):
            return .rejected("the compiler was killed by signal \(signal) (out of memory or time); "
                + "look for a very long expression and split it")
        case .ended(.exited(let status)) where status != 0:
            let diagnostics = cleanDiagnostics(log, places: places)
            // Only the compiler's verdict on the sources is kept; a failure of the toolchain is tried again.
            let sourceErrors = places.contains { place in
                log.split(separator: "\n").contains { $0.hasPrefix(place.visible) && $0.contains("error:") }
            }
            guard sourceErrors else { return .toolchainFailed(diagnostics) }
            storeDiagnostics(diagnostics, in: entry)
            return .failed(diagnostics)
        case .ended:
            return try publish(outputs, from: staging.output, as: entry, name: name)
        }
    }

    /// How a compile ended.
    private enum CompileOutcome {
        case ended(Termination)
        case timedOut
    }

    /// Runs the compiler contained, its output to `log`, killing it at the time limit.
    private func runCompiler(_ job: SandboxJob, log: URL) throws -> CompileOutcome {
        let logDescriptor = open(log.path, O_WRONLY | O_TRUNC | O_CLOEXEC)
        let nullDescriptor = open("/dev/null", O_RDONLY | O_CLOEXEC)
        defer {
            close(logDescriptor)
            close(nullDescriptor)
        }
        guard logDescriptor >= 0, nullDescriptor >= 0 else { throw GraderFailure("cannot open the compiler's log in \(log.path)") }
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(compileTimeout * 1e9)
        let process = try sandbox.launch(job, as: sandbox.compilerIdentity, descriptors: (nullDescriptor, logDescriptor, logDescriptor))
        while true {
            if let termination = process.poll() { return .ended(termination) }
            if DispatchTime.now().uptimeNanoseconds >= deadline {
                process.kill()
                return .timedOut
            }
            usleep(20_000)
        }
    }

    /// A folder holding only what a worker is compiled against: the interfaces of its modules
    /// (`modules/<target>.swiftmodule`, so that the compiler finds no other module of the grader's) and
    /// their objects (`objects/<target>/*.o`). It is made once per build of the grader, in the temporary
    /// folder, readable by the compilers' identity wherever the grader's build folder is.
    private func toolkitFolder(for objects: [(target: String, objects: [URL])]) throws -> URL {
        var hasher = ContentHasher()
        hasher.add(products.directory.path)
        for (target, files) in objects {
            for file in [products.moduleFile(target)] + files {
                let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
                hasher.add(file.path)
                hasher.add("\((attributes?[.size] as? Int) ?? -1) \(((attributes?[.modificationDate] as? Date) ?? .distantPast).timeIntervalSince1970)")
            }
        }
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("grader-toolkit-\(hasher.hexDigest)")
        if manager.fileExists(atPath: folder.appendingPathComponent("complete").path) { return folder }
        let staging = manager.temporaryDirectory.appendingPathComponent("grader-toolkit-staging-\(UUID().uuidString)")
        do {
            try manager.createDirectory(at: staging.appendingPathComponent("modules"), withIntermediateDirectories: true)
            for (target, files) in objects {
                try manager.copyItem(
                    at: products.moduleFile(target), to: staging.appendingPathComponent("modules/\(target).swiftmodule"))
                let objectFolder = staging.appendingPathComponent("objects/\(target)")
                try manager.createDirectory(at: objectFolder, withIntermediateDirectories: true)
                for file in files { try manager.copyItem(at: file, to: objectFolder.appendingPathComponent(file.lastPathComponent)) }
            }
            _ = manager.createFile(atPath: staging.appendingPathComponent("complete").path, contents: nil)
            chmod(staging.path, 0o755)
        } catch {
            try? manager.removeItem(at: staging)
            throw GraderFailure("cannot prepare the worker modules in \(manager.temporaryDirectory.path): \(error.localizedDescription)")
        }
        if (try? manager.moveItem(at: staging, to: folder)) == nil { try? manager.removeItem(at: staging) }
        return folder
    }

    /// The compiler's module cache (clang modules of the system headers), kept between compiles; one per
    /// isolation level, since a cached module records the path it was built under.
    private func clangModuleCache() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("grader-clang-module-cache-\(sandbox.level.rawValue)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            // Only the compilers' identity may write it: a worker (another identity) may not plant modules.
            chmod(folder.path, 0o700)
            try WorkFolder.handOver(folder, to: sandbox.compilerIdentity)
        } catch {
            throw GraderFailure("cannot prepare the compiler's module cache in \(folder.path): \(error.localizedDescription)")
        }
        return folder
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// The compiler's errors: each of `places` replaced by its token, and the driver's own
    /// "emit-module command failed" noise dropped.
    private func cleanDiagnostics(_ output: String, places: [(visible: String, token: String)]) -> String {
        var text = output
        for (visible, token) in places {
            text = text.replacingOccurrences(of: visible, with: token)
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("command failed with exit code") }
        let cleaned = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return cleaned.isEmpty ? "the compiler failed without a message" : cleaned
    }
}
