import Foundation
import OpeningsKit

/// Open browser tabs, each listening on the Server-Sent Events stream, and the
/// state of the last build so a tab that connects later learns it at once.
actor LiveReload {
    /// One finding of a failed build, as the browser shows it.
    struct Problem: Sendable, Equatable {
        /// `path:line:column`, or nil for a failure that is about no file.
        var location: String?
        var severity: String
        var message: String
        var hint: String?
        /// The whole finding as `check` prints it.
        var text: String

        init(_ diagnostic: Diagnostic) {
            location = "\(diagnostic.location.path):\(diagnostic.location.line):\(diagnostic.location.column)"
            severity = diagnostic.severity.rawValue
            message = diagnostic.message + (diagnostic.rule.map { " [\($0)]" } ?? "")
            hint = diagnostic.hint
            text = diagnostic.formatted
        }

        init(failure: String) {
            location = nil
            severity = "error"
            message = failure
            text = "error: \(failure)"
        }

        var json: JSONValue {
            var pairs: [(String, JSONValue)] = []
            if let location { pairs.append(("location", .string(location))) }
            pairs += [("severity", .string(severity)), ("message", .string(message))]
            if let hint { pairs.append(("hint", .string(hint))) }
            pairs.append(("text", .string(text)))
            return .object(pairs)
        }
    }

    private var listeners: [UUID: AsyncStream<String>.Continuation] = [:]
    /// The last build's problems; empty when it succeeded.
    private(set) var problems: [Problem] = []
    /// The last build's problems as an SSE `problems` event; nil when it succeeded.
    private(set) var problemsEvent: String?
    /// Whether any build has succeeded (until then there is no site to show, and no
    /// "last good version" to keep serving).
    private(set) var hasSite = false
    private(set) var reloads = 0

    /// A new listener's events, and a function that ends them (its connection closed).
    func subscribe() -> (events: AsyncStream<String>, end: @Sendable () -> Void) {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(8))
        listeners[id] = continuation
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        // A comment line first, so proxies and the browser see the stream start.
        continuation.yield(": connected\n\n")
        if let problemsEvent { continuation.yield(problemsEvent) }
        return (stream, { continuation.finish() })
    }

    private func remove(_ id: UUID) { listeners[id] = nil }

    var listenerCount: Int { listeners.count }

    func built() {
        hasSite = true
        problems = []
        problemsEvent = nil
        reloads += 1
        send("event: reload\ndata: {}\n\n")
    }

    /// A failed build: open tabs show the problems, and whether the last good site is
    /// still there to browse.
    func failed(_ problems: [Problem]) {
        self.problems = problems
        // JSONValue escapes `<` and line separators, so a hostile file name stays data.
        let data = JSONValue.object([("hasSite", .bool(hasSite)), ("problems", .array(problems.map(\.json)))]).serialized()
        problemsEvent = "event: problems\ndata: \(data)\n\n"
        send(problemsEvent!)
    }

    private func send(_ event: String) {
        for continuation in listeners.values { continuation.yield(event) }
    }
}
