import Foundation

/// An HTTP answer as `NotifySender` reads it.
public struct NotifyTransportAnswer: Sendable {
    public var status: Int
    public var reason: String
    public var contentType: String
    public var body: Data

    public init(status: Int, reason: String = "", contentType: String = "", body: Data = Data()) {
        self.status = status
        self.reason = reason
        self.contentType = contentType
        self.body = body
    }
}
