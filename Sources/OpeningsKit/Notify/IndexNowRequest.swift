import Foundation

/// One IndexNow submission: `POST` of `{host, key, keyLocation, urlList}` as JSON, as
/// indexnow.org documents for a set of URLs. api.indexnow.org shares it with every
/// engine taking part (Bing, Yandex, Naver, Seznam, Yep).
public struct IndexNowRequest: Sendable, Equatable {
    public static let endpoint = "https://api.indexnow.org/indexnow"
    /// IndexNow takes at most 10,000 URLs per request.
    public static let maximumURLs = 10_000

    /// The site's host name (with its port, if the address has one).
    public var host: String
    public var key: String
    /// Where the key file is published. Always sent: a key file below the host's root
    /// (a site at `/careers/`) vouches only for URLs under its own folder, which job
    /// pages are.
    public var keyLocation: String
    public var urlList: [String]

    /// The requests that submit `urls`, at most `maximumURLs` each. Deleted pages are
    /// submitted like the others: IndexNow asks for added, updated and deleted URLs,
    /// and the engine learns of a deletion by fetching the page and finding it gone.
    public static func requests(for urls: [String], key: String, site: BaseURL,
                                maximumURLs: Int = IndexNowRequest.maximumURLs) -> [IndexNowRequest] {
        let host = site.host
        let location = site.absolute(SitePaths.indexNowKey(key))
        return stride(from: 0, to: urls.count, by: max(1, maximumURLs)).map { start in
            IndexNowRequest(host: host, key: key, keyLocation: location,
                            urlList: Array(urls[start..<min(urls.count, start + max(1, maximumURLs))]))
        }
    }

    public var contentType: String { "application/json; charset=utf-8" }

    public var body: Data {
        Data(JSONValue.object([
            ("host", .string(host)), ("key", .string(key)), ("keyLocation", .string(keyLocation)),
            ("urlList", .array(urlList.map { .string($0) })),
        ]).serialized().utf8)
    }

    /// What an answer means, in plain words.
    public enum Outcome: Sendable, Equatable {
        /// Received; `note` when the key is still to be checked.
        case accepted(note: String?)
        /// Not received. `stopSending`: later requests would be refused the same way.
        case refused(String, stopSending: Bool)
    }

    /// The meaning of each status IndexNow documents; others by their number.
    public func outcome(status: Int, reason: String = "") -> Outcome {
        switch status {
        case 200: return .accepted(note: nil)
        case 202: return .accepted(note: "received; IndexNow has yet to fetch \(keyLocation) to confirm the key")
        case 400: return .refused("400 Bad Request: IndexNow could not read the request (a malformed URL or key)", stopSending: false)
        case 403: return .refused("403 Forbidden: the key is not valid: \(keyLocation) was not found or does not hold the key; "
                                  + "deploy the build that has indexnow_key in site.yml (it writes that file), then notify again",
                                  stopSending: true)
        case 422: return .refused("422 Unprocessable Entity: a URL is not on \(host), or the key does not follow IndexNow's rules; "
                                  + "build with the base_url the site is published at", stopSending: false)
        case 429: return .refused("429 Too Many Requests: IndexNow takes this many submissions as spam; try again later",
                                  stopSending: true)
        default:
            let words = reason.isEmpty ? "" : " \(reason)"
            return .refused("IndexNow answered \(status)\(words)" + (status >= 500 ? " (a problem on its side; try again later)" : ""),
                            stopSending: false)
        }
    }
}
