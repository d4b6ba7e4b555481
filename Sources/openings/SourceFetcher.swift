import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import OpeningsKit

/// Fetches an import's SOURCE, or the jobs.json `notify --since` names, when it is an
/// http(s) address: a GET with a time limit, a size limit, a few redirects and a clear
/// error for anything but a 2xx answer.
/// AsyncHTTPClient (swift-server) rather than URLSession, whose Linux version needs
/// libcurl at run time and would make the binary depend on it.
enum SourceFetcher {
    static let sizeLimit = 64 * 1024 * 1024

    static func isAddress(_ source: String) -> Bool {
        let lowered = source.lowercased()
        return lowered.hasPrefix("https://") || lowered.hasPrefix("http://")
    }

    /// The answer's body, or a `Failure` that says what went wrong in plain words.
    static func fetch(_ address: String, userAgent: String = "openings-import") async throws -> Data {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .follow(max: 5, allowCycles: false)
        // A refused connection is retried until the connect time runs out: a few seconds, not minutes.
        configuration.timeout = .init(connect: .seconds(5), read: .seconds(60))
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        let result: Result<Data, Failure>
        do {
            var request = HTTPClientRequest(url: address)
            request.headers.add(name: "Accept", value: "application/json")
            request.headers.add(name: "User-Agent", value: userAgent)
            let response = try await client.execute(request, timeout: .seconds(90))
            if (200..<300).contains(Int(response.status.code)) {
                result = .success(Data(buffer: try await response.body.collect(upTo: sizeLimit)))
            } else {
                result = .failure(Failure("GET \(address) answered \(response.status.code) \(response.status.reasonPhrase)"))
            }
        } catch is NIOTooManyBytesError {
            result = .failure(Failure("GET \(address): the answer is larger than \(sizeLimit / 1024 / 1024) MiB"))
        } catch {
            result = .failure(Failure("GET \(address) failed: \(plain(error))"))
        }
        try? await client.shutdown()
        return try result.get()
    }

    /// The network error in the words a person uses; NIO's descriptions name its types.
    static func plain(_ error: Error) -> String {
        let text = String(describing: error)
        let lowered = text.lowercased()
        if lowered.contains("connection refused") || lowered.contains("errno: 111") { return "the connection was refused (is the address right, and is the server up?)" }
        if lowered.contains("unknownhost") || lowered.contains("name or service not known") { return "the host name is not known (check the address, and that this machine is online)" }
        if lowered.contains("timeout") || lowered.contains("timed out") { return "no answer in time" }
        if lowered.contains("certificate") || lowered.contains("handshake") || lowered.contains("ssl") { return "the secure connection failed (\(text))" }
        if lowered.contains("redirect") { return "too many redirects, or a redirect loop" }
        return text
    }
}
