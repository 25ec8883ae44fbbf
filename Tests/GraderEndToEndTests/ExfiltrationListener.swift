import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Listens where the tokens attack sends what it steals (TCP on 127.0.0.1 and ::1 port 47811, and the
/// abstract UNIX socket `grader-attack-exfiltration`) and records every connection and byte received.
///
/// Bounded: it accepts for at most `lifetime` seconds, then closes its sockets by itself, whether or not
/// `stop()` is called.
final class ExfiltrationListener: @unchecked Sendable {
    static let port: UInt16 = 47811
    static let abstractName = "grader-attack-exfiltration"

    /// One place listened on.
    struct Endpoint {
        var name: String
        var descriptor: Int32
    }

    private let lock = NSLock()
    private var received: [String: Data] = [:]
    private var connections: [String: Int] = [:]
    private var running = true
    private let done = DispatchSemaphore(value: 0)
    /// The places it could not listen on, and why.
    let failures: [String]
    private let endpoints: [Endpoint]

    init(lifetime: Double = 900) {
        var opened: [Endpoint] = []
        var failures: [String] = []
        func open(_ name: String, _ make: () -> Int32) {
            let descriptor = make()
            if descriptor >= 0 {
                opened.append(Endpoint(name: name, descriptor: descriptor))
            } else {
                failures.append("\(name): \(String(cString: strerror(errno)))")
            }
        }
        open("tcp 127.0.0.1:\(Self.port)") {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = Self.port.bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            return Self.listen(family: AF_INET, address: &address, length: MemoryLayout<sockaddr_in>.size)
        }
        open("tcp [::1]:\(Self.port)") {
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = Self.port.bigEndian
            _ = inet_pton(AF_INET6, "::1", &address.sin6_addr)
            return Self.listen(family: AF_INET6, address: &address, length: MemoryLayout<sockaddr_in6>.size)
        }
        open("unix @\(Self.abstractName)") {
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            let name = Array("\0\(Self.abstractName)".utf8)
            withUnsafeMutableBytes(of: &address.sun_path) { path in for (i, byte) in name.enumerated() { path[i] = byte } }
            return Self.listen(family: AF_UNIX, address: &address, length: MemoryLayout<sa_family_t>.size + name.count)
        }
        endpoints = opened
        self.failures = failures
        let deadline = Date().addingTimeInterval(lifetime)
        Thread.detachNewThread { [self] in
            while lock.withLock({ running }) && Date() < deadline {
                var polled = endpoints.map { pollfd(fd: $0.descriptor, events: Int16(POLLIN), revents: 0) }
                guard poll(&polled, nfds_t(polled.count), 100) > 0 else { continue }
                for (index, entry) in polled.enumerated() where entry.revents != 0 {
                    let client = accept(entry.fd, nil, nil)
                    guard client >= 0 else { continue }
                    let data = Self.read(client, for: 1.0)
                    close(client)
                    lock.withLock {
                        connections[endpoints[index].name, default: 0] += 1
                        received[endpoints[index].name, default: Data()].append(data)
                    }
                }
            }
            for endpoint in endpoints { close(endpoint.descriptor) }
            done.signal()
        }
    }

    /// Stops listening; returns every place that received a connection, with the bytes it got.
    func stop() -> [(endpoint: String, connections: Int, bytes: String)] {
        lock.withLock { running = false }
        done.wait()
        return lock.withLock {
            connections.keys.sorted().map { ($0, connections[$0]!, String(decoding: received[$0] ?? Data(), as: UTF8.self)) }
        }
    }

    private static func listen<Address>(family: Int32, address: inout Address, length: Int) -> Int32 {
        let descriptor = socket(family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { return -1 }
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(length)) }
        }
        guard bound == 0, Glibc.listen(descriptor, 16) == 0 else {
            let saved = errno
            close(descriptor)
            errno = saved
            return -1
        }
        return descriptor
    }

    /// What a client sends within `seconds`.
    private static func read(_ descriptor: Int32, for seconds: Double) -> Data {
        var data = Data()
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline && data.count < 1 << 20 {
            var polled = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
            guard poll(&polled, 1, 100) > 0 else { continue }
            let count = Glibc.read(descriptor, &buffer, buffer.count)
            if count <= 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return data
    }
}
