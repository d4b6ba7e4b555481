import Foundation

/// How `NotifySender` posts: the command line's HTTP client, or a test's recorder.
/// The seam keeps the sending rules (batches, quotas, when to stop) free of the network.
public protocol NotifyTransport: Sendable {
    /// Posts `body` to `address`. Throws a `Failure` saying in plain words why no
    /// answer came (refused, unknown host, timed out); any answer, whatever its status, is returned.
    func post(_ address: String, headers: [(name: String, value: String)], body: Data) async throws -> NotifyTransportAnswer
}
