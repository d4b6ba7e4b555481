import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import OpeningsKit

/// `openings notify`'s POSTs, with AsyncHTTPClient like `SourceFetcher`: one client
/// for the whole run, short connect and answer times, no redirects (a redirected
/// POST would be sent again, as a GET, by some servers), and the network's errors in
/// plain words. `shutdown()` once the sending is done.
struct NotifyHTTPTransport: NotifyTransport {
    static let answerLimit = 8 * 1024 * 1024
    let client: HTTPClient

    init() {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.timeout = .init(connect: .seconds(5), read: .seconds(60))
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    func post(_ address: String, headers: [(name: String, value: String)], body: Data) async throws -> NotifyTransportAnswer {
        do {
            var request = HTTPClientRequest(url: address)
            request.method = .POST
            request.headers.add(name: "User-Agent", value: "openings-notify/\(OpeningsVersion.number)")
            for (name, value) in headers { request.headers.add(name: name, value: value) }
            request.body = .bytes(ByteBuffer(bytes: body))
            let response = try await client.execute(request, timeout: .seconds(90))
            let bytes = try await response.body.collect(upTo: Self.answerLimit)
            return NotifyTransportAnswer(status: Int(response.status.code), reason: response.status.reasonPhrase,
                                         contentType: response.headers.first(name: "Content-Type") ?? "", body: Data(buffer: bytes))
        } catch is NIOTooManyBytesError {
            throw OpeningsKit.Failure("the answer is larger than \(Self.answerLimit / 1024 / 1024) MiB")
        } catch {
            throw OpeningsKit.Failure(SourceFetcher.plain(error))
        }
    }

    func shutdown() async { try? await client.shutdown() }
}
