import Foundation
import OpeningsKit

/// Open browser tabs, each listening on the Server-Sent Events stream, and the
/// state of the last build so a tab that connects later learns it at once.
actor LiveReload {
    private var listeners: [UUID: AsyncStream<String>.Continuation] = [:]
    /// The last build's errors, as an SSE `problems` event; nil when it succeeded.
    private(set) var problems: String?
    /// Whether any build has succeeded (until then there is no site to show).
    private(set) var hasSite = false
    private(set) var reloads = 0

    func subscribe() -> AsyncStream<String> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(8))
        listeners[id] = continuation
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        // A comment line first, so proxies and the browser see the stream start.
        continuation.yield(": connected\n\n")
        if let problems { continuation.yield(problems) }
        return stream
    }

    private func remove(_ id: UUID) { listeners[id] = nil }

    var listenerCount: Int { listeners.count }

    func built() {
        hasSite = true
        problems = nil
        reloads += 1
        send("event: reload\ndata: {}\n\n")
    }

    func failed(_ diagnostics: [String]) {
        // JSONValue escapes `<` and line separators, so a hostile file name stays data.
        let data = JSONValue.array(diagnostics.map { .string($0) }).serialized()
        problems = "event: problems\ndata: \(data)\n\n"
        send(problems!)
    }

    private func send(_ event: String) {
        for continuation in listeners.values { continuation.yield(event) }
    }
}
