import Foundation

/// Sends a `NotifyPlan`'s notifications through a `NotifyTransport` and says, URL by
/// URL, what each service took. Never throws: every failure becomes the reason of
/// the URLs it kept from being sent.
///
/// When to stop: an answer that later requests would get too (IndexNow's 403 or 429,
/// Google's 401, 403 or 429 for the whole batch, or 429 for any call in it) or no
/// answer at all ends the sending for that service, and the URLs not yet tried are
/// reported with the reason. Other failures cost only the request they happened to.
public struct NotifySender: Sendable {
    let transport: any NotifyTransport
    /// The moment an assertion is issued at; passed in so tests can fix it.
    let now: @Sendable () -> Date
    /// Fresh text for multipart boundaries and Content-IDs.
    let makeID: @Sendable () -> String

    public init(transport: any NotifyTransport, now: @escaping @Sendable () -> Date = { Date() },
                makeID: @escaping @Sendable () -> String = { UUID().uuidString.lowercased() }) {
        self.transport = transport
        self.now = now
        self.makeID = makeID
    }

    /// Submits `changes` (URLs under `site`, see `NotifyPlan`) to IndexNow at
    /// `endpoint`, 10,000 URLs per request.
    public func indexNow(_ changes: [JobChanges.Change], key: String, site: BaseURL,
                         endpoint: String = IndexNowRequest.endpoint) async -> NotifyResult {
        var result = NotifyResult(service: .indexNow)
        let requests = IndexNowRequest.requests(for: changes.map(\.url), key: key, site: site)
        await inTurn(requests, changes: changes, size: \.urlList.count, what: "request", result: &result) { request, batch, result in
            do {
                let answer = try await transport.post(endpoint, headers: [("Content-Type", request.contentType)], body: request.body)
                switch request.outcome(status: answer.status, reason: answer.reason) {
                case .accepted(let note):
                    result.sent += batch
                    if let note, !result.notes.contains(note) { result.notes.append(note) }
                    return nil
                case .refused(let reason, let stopSending):
                    result.fail(batch, reason)
                    return stopSending ? reason : nil
                }
            } catch {
                let reason = "no answer from \(endpoint): \(error)"
                result.fail(batch, reason)
                return reason
            }
        }
        return result
    }

    /// Publishes `changes` to Google's Indexing API under `endpoint` (its base address),
    /// with a token got for `key`: `URL_UPDATED` for added and changed pages,
    /// `URL_DELETED` for removed ones, 100 calls per batch.
    public func google(_ changes: [JobChanges.Change], key: ServiceAccountKey,
                       endpoint: String = IndexingBatch.endpoint) async -> NotifyResult {
        var result = NotifyResult(service: .google)
        guard !changes.isEmpty else { return result }
        guard let base = BaseURL(endpoint) else {
            result.fail(changes, "\(endpoint) is not an http(s) address")
            return result
        }
        let token: String
        do {
            token = try await accessToken(key)
        } catch {
            result.fail(changes, "\(error)")
            return result
        }
        let batches = IndexingBatch.batches(changes.map(NotifyPlan.call), basePath: base.path,
                                            boundary: "openings-batch-" + makeID(), idBase: makeID())
        let address = base.absolute("batch")
        await inTurn(batches, changes: changes, size: \.calls.count, what: "batch", result: &result) { batch, part, result in
            var stop: String?
            do {
                let answer = try await transport.post(address, headers: [("Content-Type", batch.contentType),
                                                                         ("Authorization", "Bearer " + token)], body: batch.body)
                if (200..<300).contains(answer.status) {
                    let answers = batch.answers(to: answer.body, contentType: answer.contentType)
                    for (change, callAnswer) in zip(part, answers) {
                        guard let callAnswer else {
                            result.fail([change], "Google's batch answer has no part for this call, so it may not have been received")
                            continue
                        }
                        if callAnswer.succeeded {
                            result.sent.append(change)
                        } else {
                            let reason = callAnswer.explanation(account: key.clientEmail)
                            result.fail([change], reason)
                            if callAnswer.status == 429 { stop = reason }
                        }
                    }
                } else {
                    let message = (try? JSONSerialization.jsonObject(with: answer.body) as? [String: Any])
                        .flatMap { $0["error"] as? [String: Any] }?["message"] as? String
                    let reason = IndexingBatch.Answer(status: answer.status, message: message).explanation(account: key.clientEmail)
                    result.fail(part, reason)
                    if [401, 403, 429].contains(answer.status) { stop = reason }
                }
            } catch {
                let reason = "no answer from \(address): \(error)"
                result.fail(part, reason)
                stop = reason
            }
            return stop
        }
        return result
    }

    /// Sends `requests` in turn, each carrying the next `size(request)` of `changes`.
    /// `send` notes in `result` what its request achieved and returns a reason when later
    /// requests would fail the same way: the rest are then reported as not tried.
    private func inTurn<Request>(_ requests: [Request], changes: [JobChanges.Change], size: (Request) -> Int, what: String,
                                 result: inout NotifyResult,
                                 send: (Request, [JobChanges.Change], inout NotifyResult) async -> String?) async {
        var offset = 0
        for (number, request) in requests.enumerated() {
            let part = Array(changes[offset..<offset + size(request)])
            offset += part.count
            result.requests += 1
            if let stop = await send(request, part, &result), number + 1 < requests.count {
                result.fail(changes[offset...], "not tried after an earlier \(what) failed: \(stop)")
                break
            }
        }
    }

    /// Trades a signed assertion for an access token at the key file's `token_uri`.
    func accessToken(_ key: ServiceAccountKey) async throws -> String {
        let assertion: String
        do {
            assertion = try ServiceAccountAssertion.make(key, now: now())
        } catch {
            throw Failure("the service account key could not sign the token request (\(error))")
        }
        let answer: NotifyTransportAnswer
        do {
            answer = try await transport.post(key.tokenURI, headers: [("Content-Type", "application/x-www-form-urlencoded")],
                                              body: Data(ServiceAccountAssertion.tokenRequestBody(assertion: assertion).utf8))
        } catch {
            throw Failure("no access token: no answer from \(key.tokenURI): \(error)")
        }
        guard (200..<300).contains(answer.status) else {
            let why = ServiceAccountAssertion.tokenError(from: answer.body) ?? (answer.reason.isEmpty ? "no reason given" : answer.reason)
            throw Failure("no access token: \(key.tokenURI) answered \(answer.status): \(why)")
        }
        do {
            return try ServiceAccountAssertion.accessToken(from: answer.body)
        } catch {
            throw Failure("no access token: \(key.tokenURI)'s answer holds none")
        }
    }
}
