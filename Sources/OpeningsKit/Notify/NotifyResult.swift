/// What one service was told: the URLs it took, and each URL it did not with why.
public struct NotifyResult: Sendable, Equatable {
    public enum Service: String, Sendable {
        case indexNow = "IndexNow"
        case google = "Google Indexing API"
    }

    public struct NotSent: Sendable, Equatable {
        public var change: JobChanges.Change
        public var reason: String
        public init(change: JobChanges.Change, reason: String) {
            self.change = change
            self.reason = reason
        }
    }

    public var service: Service
    public var sent: [JobChanges.Change] = []
    public var notSent: [NotSent] = []
    /// Things worth knowing that are not failures (IndexNow has yet to check the key).
    public var notes: [String] = []
    /// Requests made (IndexNow submissions, Google batches; the token request not counted).
    public var requests = 0

    public init(service: Service) { self.service = service }

    /// `changes` not sent, all for one reason.
    public mutating func fail(_ changes: some Sequence<JobChanges.Change>, _ reason: String) {
        notSent += changes.map { NotSent(change: $0, reason: reason) }
    }
}
