import Foundation

/// Up to 100 `urlNotifications:publish` calls to Google's Indexing API in one HTTP
/// request (`POST /batch`, `multipart/mixed`): each part a whole HTTP request with its
/// `Content-ID`, as "Send batch indexing requests" shows. Google answers with one part
/// per call, each naming the call's `Content-ID` prefixed with `response-`; every call
/// counts against the daily quota on its own.
public struct IndexingBatch: Sendable, Equatable {
    /// Google takes at most 100 calls per batch.
    public static let maximumCalls = 100
    public static let endpoint = "https://indexing.googleapis.com"
    /// The publish method's path below the API's base address.
    public static let publishPath = "v3/urlNotifications:publish"

    public enum NotificationType: String, Sendable {
        /// A new page, or a page whose content changed.
        case updated = "URL_UPDATED"
        /// A page that is gone (Google then drops it from results).
        case deleted = "URL_DELETED"
    }

    public struct Call: Sendable, Equatable {
        public var url: String
        public var type: NotificationType
        public init(url: String, type: NotificationType) {
            self.url = url
            self.type = type
        }
    }

    public var calls: [Call]
    /// Separates the parts; made of characters no URL in JSON can form.
    public var boundary: String
    /// Each part's `Content-ID` is `<idBase+N>`, N counting from 1.
    public var idBase: String
    /// The request line's path of each part: the publish method under the endpoint's path.
    public var publishPath: String

    public init(calls: [Call], boundary: String, idBase: String, publishPath: String) {
        self.calls = calls
        self.boundary = boundary
        self.idBase = idBase
        self.publishPath = publishPath
    }

    /// `calls` in batches of at most `maximumCalls`, for an API whose base address has
    /// the path `basePath` (`/` for Google's own).
    public static func batches(_ calls: [Call], basePath: String = "/", boundary: String, idBase: String) -> [IndexingBatch] {
        let base = basePath.hasSuffix("/") ? basePath : basePath + "/"
        return stride(from: 0, to: calls.count, by: maximumCalls).map { start in
            IndexingBatch(calls: Array(calls[start..<min(calls.count, start + maximumCalls)]), boundary: boundary,
                          idBase: idBase, publishPath: base + publishPath)
        }
    }

    public var contentType: String { "multipart/mixed; boundary=\"\(boundary)\"" }

    public var body: Data {
        var text = ""
        for (index, call) in calls.enumerated() {
            let json = JSONValue.object([("url", .string(call.url)), ("type", .string(call.type.rawValue))]).serialized()
            text += "--\(boundary)\r\n"
            text += "Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n"
            text += "Content-ID: <\(idBase)+\(index + 1)>\r\n\r\n"
            text += "POST \(publishPath) HTTP/1.1\r\n"
            text += "Content-Type: application/json\r\nAccept: application/json\r\nContent-Length: \(json.utf8.count)\r\n\r\n"
            text += json + "\r\n"
        }
        text += "--\(boundary)--\r\n"
        return Data(text.utf8)
    }

    /// One call's answer: its HTTP status and, for an error, Google's message.
    public struct Answer: Sendable, Equatable {
        public var status: Int
        public var message: String?

        public init(status: Int, message: String? = nil) {
            self.status = status
            self.message = message
        }

        public var succeeded: Bool { (200..<300).contains(status) }

        /// Why the call failed, in plain words; `account` is the service account.
        public func explanation(account: String) -> String {
            let google = message.map { " (Google: \($0))" } ?? ""
            switch status {
            case 400: return "400 Bad Request: Google could not take this notification\(google)"
            case 401: return "401 Unauthorized: Google did not accept the access token\(google)"
            case 403: return "403 Forbidden: \(account) may not publish this URL; add it as an owner of the site in Search Console\(google)"
            case 429: return "429 Too Many Requests: the Indexing API's quota is used up\(google); it resets at midnight Pacific Time"
            default: return "Google answered \(status)\(google)" + (status >= 500 ? "; a problem on Google's side, try again later" : "")
            }
        }
    }

    /// The answer to each call, in the order of `calls`, read from the batch's
    /// `multipart/mixed` response: matched by `Content-ID` (`<response-idBase+N>`), or
    /// by position when the parts carry none. Nil for a call the response does not answer.
    public func answers(to body: Data, contentType: String) -> [Answer?] {
        var answers = [Answer?](repeating: nil, count: calls.count)
        guard let responseBoundary = Self.boundary(of: contentType) else { return answers }
        let text = String(decoding: body, as: UTF8.self)
        let parts = text.components(separatedBy: "--" + responseBoundary).dropFirst()
        var position = 0
        for part in parts {
            // The closing delimiter is the boundary followed by `--`.
            if part.hasPrefix("--") { break }
            guard let (headers, content) = Self.split(part) else { continue }
            defer { position += 1 }
            var index = position
            if let id = Self.header("Content-ID", in: headers) {
                let value = id.trimmingCharacters(in: CharacterSet(charactersIn: "<> "))
                let prefix = "response-\(idBase)+"
                guard value.hasPrefix(prefix), let number = Int(value.dropFirst(prefix.count)) else { continue }
                index = number - 1
            }
            guard answers.indices.contains(index), let answer = Self.answer(content) else { continue }
            answers[index] = answer
        }
        return answers
    }

    /// The `boundary` parameter of a `multipart/…` content type, without quotes.
    static func boundary(of contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "boundary" {
                let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                return value.isEmpty ? nil : value
            }
        }
        return nil
    }

    /// A MIME part or an HTTP message split at its first empty line: its header lines and what follows.
    static func split<S: StringProtocol>(_ message: S) -> (headers: [String], body: String)? {
        var text = String(message)
        while text.hasPrefix("\r\n") || text.hasPrefix("\n") { text.removeFirst() }
        guard !text.isEmpty else { return nil }
        // Swift strings treat "\r\n" as one Character, so lines are found by scalars.
        let normalised = text.replacingAll("\r\n", with: "\n")
        guard let end = normalised.range(of: "\n\n") else {
            return (normalised.split(separator: "\n").map(String.init), "")
        }
        let headers = normalised[..<end.lowerBound].split(separator: "\n").map(String.init)
        return (headers, String(normalised[end.upperBound...]))
    }

    static func header(_ name: String, in lines: [String]) -> String? {
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            if line[..<colon].trimmingCharacters(in: .whitespaces).lowercased() == name.lowercased() {
                return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    /// A part's content, an HTTP response: `HTTP/1.1 200 OK`, headers, an empty line, JSON.
    static func answer(_ content: String) -> Answer? {
        guard let (lines, body) = split(content), let statusLine = lines.first, statusLine.hasPrefix("HTTP/") else { return nil }
        let fields = statusLine.split(separator: " ")
        guard fields.count >= 2, let status = Int(fields[1]) else { return nil }
        var message: String?
        if !(200..<300).contains(status) {
            let object = (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any]
            message = (object?["error"] as? [String: Any])?["message"] as? String
        }
        return Answer(status: status, message: message)
    }
}
