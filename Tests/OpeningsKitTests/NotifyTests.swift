import Crypto
import Foundation
import Testing
import _CryptoExtras
@testable import OpeningsKit

/// `openings notify` without a network: the change list two jobs.json make, the
/// IndexNow and Indexing API request bodies byte for byte, the service account's
/// signed assertion (verified with its public key), the batch answers read back, and
/// the sending rules (quota, where to stop) through a recording transport.
@Suite struct NotifyTests {
    static let site = BaseURL("https://careers.acme.example/")!

    /// A jobs.json as `openings build` writes it, with one entry per (slug, title).
    static func jobsJSON(_ jobs: [(slug: String, title: String)], site: String = "https://careers.acme.example/") -> Data {
        let entries = jobs.map { job in
            """
                {
                  "id": "ENG-\(job.slug.count)",
                  "slug": "\(job.slug)",
                  "title": "\(job.title)",
                  "url": "\(site)jobs/\(job.slug)/",
                  "salary": { "min": 140000, "max": 175000, "currency": "USD" }
                }
            """
        }
        return Data("""
            {
              "version": 1,
              "site": { "title": "Acme Careers", "url": "\(site)" },
              "generated": "2026-11-28",
              "count": \(jobs.count),
              "jobs": [
            \(entries.joined(separator: ",\n"))
              ]
            }
            """.utf8)
    }

    static func url(_ slug: String) -> String { "https://careers.acme.example/jobs/\(slug)/" }

    // MARK: The change list

    @Test func addedChangedAndRemovedEachOnceSortedByURL() throws {
        let before = try PublishedJobs(json: Self.jobsJSON([("writer", "Writer"), ("backend", "Backend Engineer"), ("designer", "Designer")]),
                                       source: "old.json")
        let after = try PublishedJobs(json: Self.jobsJSON([("designer", "Designer"), ("backend", "Senior Backend Engineer"),
                                                           ("analyst", "Analyst"), ("analyst", "Analyst, again")]),
                                      source: "new.json")
        let changes = JobChanges(from: before, to: after)
        #expect(changes.all == [
            .init(url: Self.url("analyst"), kind: .added),
            .init(url: Self.url("backend"), kind: .changed),
            .init(url: Self.url("writer"), kind: .removed),
        ])
        #expect(JobChanges(from: after, to: after).isEmpty)
        // The generation date and the order of jobs and keys are no change.
        let reordered = try PublishedJobs(json: Data("""
            {"generated": "2027-01-01", "jobs": [
              {"salary": {"currency": "USD", "max": 175000, "min": 140000}, "url": "\(Self.url("designer"))",
               "title": "Designer", "slug": "designer", "id": "ENG-8"}]}
            """.utf8), source: "x")
        let designerOnly = try PublishedJobs(json: Self.jobsJSON([("designer", "Designer")]), source: "y")
        #expect(JobChanges(from: designerOnly, to: reordered).isEmpty)
        #expect(after.siteURL == "https://careers.acme.example/")
    }

    @Test func removalsComeFirstWhenABudgetIsShort() throws {
        let before = try PublishedJobs(json: Self.jobsJSON([("a", "A"), ("z", "Z"), ("c", "C")]), source: "old")
        let after = try PublishedJobs(json: Self.jobsJSON([("b", "B"), ("c", "C2"), ("y", "Y")]), source: "new")
        let changes = JobChanges(from: before, to: after)
        #expect(changes.byPriority.map(\.url) == ["a", "z", "b", "y", "c"].map(Self.url))
        let plan = NotifyPlan(changes: changes, indexNowSite: Self.site, google: true, googleQuota: 3)
        #expect(plan.indexNow?.map(\.url) == ["a", "b", "c", "y", "z"].map(Self.url))
        #expect(plan.google?.map(\.url) == ["a", "z", "b"].map(Self.url))
        #expect(plan.overGoogleQuota.map(\.url) == ["y", "c"].map(Self.url))
        #expect(NotifyPlan.call(for: changes.all[0]) == .init(url: Self.url("a"), type: .deleted))
        #expect(NotifyPlan.call(for: changes.all[1]) == .init(url: Self.url("b"), type: .updated))
        let noGoogle = NotifyPlan(changes: changes, indexNowSite: Self.site, google: false)
        #expect(noGoogle.google == nil && noGoogle.overGoogleQuota.isEmpty)
        let noIndexNow = NotifyPlan(changes: changes, indexNowSite: nil, google: true)
        #expect(noIndexNow.indexNow == nil && noIndexNow.google?.count == 5)
    }

    /// A page of an address the site no longer has is not IndexNow's to hear of under this key.
    @Test func indexNowIsNotToldOfURLsOutsideTheSite() throws {
        let before = try PublishedJobs(json: Self.jobsJSON([("a", "A")], site: "https://old.acme.example/"), source: "old")
        let after = try PublishedJobs(json: Self.jobsJSON([("a", "A")], site: "https://careers.acme.example/careers/"), source: "new")
        let plan = NotifyPlan(changes: JobChanges(from: before, to: after), indexNowSite: BaseURL("https://careers.acme.example/careers/"),
                              google: true)
        #expect(plan.indexNow?.map(\.url) == ["https://careers.acme.example/careers/jobs/a/"])
        #expect(plan.outsideIndexNowSite.map(\.url) == ["https://old.acme.example/jobs/a/"])
        #expect(plan.outsideReason == "not under https://careers.acme.example/careers/, where the key file is;"
                + " IndexNow takes only URLs its key file vouches for")
        // Google hears of both: the old address's page is gone.
        #expect(plan.google?.map(\.kind) == [.removed, .added])
    }

    @Test func aFileThatIsNotAJobsJSONIsOneClearError() {
        func message(_ text: String) -> String {
            do { _ = try PublishedJobs(json: Data(text.utf8), source: "prev.json"); return "" } catch { return "\(error)" }
        }
        #expect(message("{\"jobs\": [") == "prev.json is not JSON; give the jobs.json `openings build` writes")
        #expect(message("<!doctype html><title>404</title>") ==
                "prev.json is not JSON (it starts with `<`: a web page, not the site's jobs.json)")
        #expect(message("{\"version\": 1}") == "prev.json has no `jobs` list: it is not a jobs.json written by `openings build`")
        #expect(message("[1, 2]") == "prev.json has no `jobs` list: it is not a jobs.json written by `openings build`")
        #expect(message("{\"jobs\": [{\"url\": \"https://a.example/jobs/x/\"}, {\"title\": \"No URL\"}]}") ==
                "prev.json: job 2 of 2 has no `url`; is the file complete?")
        #expect(message("{\"jobs\": []}").isEmpty)
    }

    // MARK: IndexNow

    @Test func indexNowBodyNamesTheHostAndTheKeyFileUnderTheSitePath() throws {
        let site = try #require(BaseURL("https://Careers.Acme.example:8443/careers"))
        let requests = IndexNowRequest.requests(for: ["https://careers.acme.example:8443/careers/jobs/a/?x=1&y=2"],
                                                key: "abc123-DEF", site: site)
        try #require(requests.count == 1)
        #expect(requests[0].host == "careers.acme.example:8443")
        #expect(String(decoding: requests[0].body, as: UTF8.self) == """
            {"host":"careers.acme.example:8443","key":"abc123-DEF",\
            "keyLocation":"https://careers.acme.example:8443/careers/abc123-DEF.txt",\
            "urlList":["https://careers.acme.example:8443/careers/jobs/a/?x=1\\u0026y=2"]}
            """)
        // JSON readers take the escaped ampersand as the character.
        let decoded = try JSONSerialization.jsonObject(with: requests[0].body) as? [String: Any]
        #expect((decoded?["urlList"] as? [String]) == ["https://careers.acme.example:8443/careers/jobs/a/?x=1&y=2"])
        #expect(requests[0].contentType == "application/json; charset=utf-8")
    }

    @Test func indexNowTakesAtMostTenThousandURLsARequest() {
        let urls = (0..<20_001).map { "https://careers.acme.example/jobs/j\($0)/" }
        let requests = IndexNowRequest.requests(for: urls, key: "abcdefgh", site: Self.site)
        #expect(requests.map(\.urlList.count) == [10_000, 10_000, 1])
        #expect(requests.flatMap(\.urlList) == urls)
        #expect(IndexNowRequest.requests(for: [], key: "abcdefgh", site: Self.site).isEmpty)
    }

    @Test func indexNowAnswersInPlainWords() {
        let request = IndexNowRequest.requests(for: [Self.url("a")], key: "abcdefgh", site: Self.site)[0]
        #expect(request.outcome(status: 200) == .accepted(note: nil))
        #expect(request.outcome(status: 202) ==
                .accepted(note: "received; IndexNow has yet to fetch https://careers.acme.example/abcdefgh.txt to confirm the key"))
        guard case .refused(let bad, false) = request.outcome(status: 400) else { Issue.record("400"); return }
        #expect(bad.contains("could not read the request"))
        guard case .refused(let forbidden, true) = request.outcome(status: 403) else { Issue.record("403"); return }
        #expect(forbidden.contains("https://careers.acme.example/abcdefgh.txt was not found or does not hold the key"))
        guard case .refused(let unprocessable, false) = request.outcome(status: 422) else { Issue.record("422"); return }
        #expect(unprocessable.contains("a URL is not on careers.acme.example"))
        guard case .refused(let tooMany, true) = request.outcome(status: 429) else { Issue.record("429"); return }
        #expect(tooMany.contains("spam"))
        #expect(request.outcome(status: 503, reason: "Service Unavailable") ==
                .refused("IndexNow answered 503 Service Unavailable (a problem on its side; try again later)", stopSending: false))
    }

    // MARK: The service account

    /// Generated per run: no key is committed. Two 2048-bit keys take well under a second.
    static let privateKey = try! _RSA.Signing.PrivateKey(keySize: .bits2048)

    static func keyFile(_ fields: [String: Any]) -> Data {
        var object: [String: Any] = [
            "type": "service_account", "project_id": "acme-careers", "private_key_id": "0123abcd",
            "private_key": privateKey.pkcs8PEMRepresentation, "client_email": "notify@acme-careers.iam.gserviceaccount.com",
            "token_uri": "https://oauth2.googleapis.com/token",
        ]
        for (name, value) in fields { object[name] = value is NSNull ? nil : value }
        return try! JSONSerialization.data(withJSONObject: object)
    }

    @Test func theAssertionIsAnRS256JWTGoogleAccepts() throws {
        let key = try ServiceAccountKey(json: Self.keyFile([:]), source: "key.json")
        let now = Date(timeIntervalSince1970: 1_795_824_000.75)
        let jwt = try ServiceAccountAssertion.make(key, now: now)
        let parts = jwt.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        try #require(parts.count == 3)
        #expect(!jwt.contains("=") && !jwt.contains("+") && !jwt.contains("/"))
        let header = try #require(ServiceAccountAssertion.data(base64URL: parts[0]))
        #expect(String(decoding: header, as: UTF8.self) == #"{"alg":"RS256","typ":"JWT","kid":"0123abcd"}"#)
        let claimData = try #require(ServiceAccountAssertion.data(base64URL: parts[1]))
        let claims = try #require(try JSONSerialization.jsonObject(with: claimData) as? [String: Any])
        #expect(claims["iss"] as? String == "notify@acme-careers.iam.gserviceaccount.com")
        #expect(claims["scope"] as? String == "https://www.googleapis.com/auth/indexing")
        #expect(claims["aud"] as? String == "https://oauth2.googleapis.com/token")
        #expect(claims["iat"] as? Int == 1_795_824_000)
        #expect(claims["exp"] as? Int == 1_795_827_600)
        #expect(claims.count == 5)

        let signature = _RSA.Signing.RSASignature(rawRepresentation: try #require(ServiceAccountAssertion.data(base64URL: parts[2])))
        let signed = Data((parts[0] + "." + parts[1]).utf8)
        #expect(Self.privateKey.publicKey.isValidSignature(signature, for: SHA256.hash(data: signed), padding: .insecurePKCS1v1_5))
        #expect(!Self.privateKey.publicKey.isValidSignature(signature, for: SHA256.hash(data: Data((parts[0] + ".x").utf8)),
                                                            padding: .insecurePKCS1v1_5))
        // Signed by this key and no other.
        let other = try _RSA.Signing.PrivateKey(keySize: .bits2048)
        #expect(!other.publicKey.isValidSignature(signature, for: SHA256.hash(data: signed), padding: .insecurePKCS1v1_5))

        #expect(ServiceAccountAssertion.tokenRequestBody(assertion: "a.b-_.c") ==
                "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=a.b-_.c")
        #expect(try ServiceAccountAssertion.accessToken(from: Data(#"{"access_token":"ya29.x","expires_in":3599,"token_type":"Bearer"}"#.utf8))
                == "ya29.x")
        #expect(throws: Failure.self) { try ServiceAccountAssertion.accessToken(from: Data("{}".utf8)) }
        #expect(ServiceAccountAssertion.tokenError(from: Data(#"{"error":"invalid_grant","error_description":"Invalid JWT Signature."}"#.utf8))?
                .hasPrefix("invalid_grant (Invalid JWT Signature.); check the computer's clock") == true)
    }

    @Test func aKeyFileWithoutWhatIsNeededIsOneErrorNamingTheFile() throws {
        func message(_ data: Data) -> String {
            do { _ = try ServiceAccountKey(json: data, source: "/keys/sa.json"); return "" } catch { return "\(error)" }
        }
        let fix = "download a JSON key of the service account (Cloud console → IAM → Service accounts → Keys → Add key → JSON)"
        #expect(message(Data("not json".utf8)) == "/keys/sa.json is not a JSON key file; \(fix)")
        #expect(message(Self.keyFile(["client_email": NSNull()])) == "/keys/sa.json has no `client_email`; \(fix)")
        #expect(message(Self.keyFile(["token_uri": ""])) == "/keys/sa.json has no `token_uri`; \(fix)")
        #expect(message(Self.keyFile(["token_uri": "oauth2.googleapis.com/token"])) ==
                "/keys/sa.json: `token_uri` `oauth2.googleapis.com/token` is not an http(s) address; \(fix)")
        #expect(message(Self.keyFile(["type": "authorized_user"])) ==
                "/keys/sa.json is a `authorized_user` credential, not a service account key; \(fix)")
        let broken = message(Self.keyFile(["private_key": "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"]))
        #expect(broken == "/keys/sa.json: `private_key` is not an RSA private key of 2048 bits or more in PEM form; \(fix)")
        #expect(!broken.contains("AAAA"))
        // Both PEM forms read: PKCS#8 (what Google downloads) and PKCS#1.
        #expect(message(Self.keyFile(["private_key": Self.privateKey.pemRepresentation])).isEmpty)
        #expect(message(Self.keyFile([:])).isEmpty)
    }

    // MARK: The Indexing API's batches

    @Test func aBatchIsAMultipartBodyOfPublishCalls() {
        let batch = IndexingBatch.batches([.init(url: Self.url("a"), type: .updated), .init(url: Self.url("b"), type: .deleted)],
                                          boundary: "B0UND", idBase: "id")[0]
        #expect(batch.contentType == "multipart/mixed; boundary=\"B0UND\"")
        let crlf = "\r\n"
        let expected = [
            "--B0UND", "Content-Type: application/http", "Content-Transfer-Encoding: binary", "Content-ID: <id+1>", "",
            "POST /v3/urlNotifications:publish HTTP/1.1", "Content-Type: application/json", "Accept: application/json",
            "Content-Length: 67", "",
            #"{"url":"https://careers.acme.example/jobs/a/","type":"URL_UPDATED"}"#,
            "--B0UND", "Content-Type: application/http", "Content-Transfer-Encoding: binary", "Content-ID: <id+2>", "",
            "POST /v3/urlNotifications:publish HTTP/1.1", "Content-Type: application/json", "Accept: application/json",
            "Content-Length: 67", "",
            #"{"url":"https://careers.acme.example/jobs/b/","type":"URL_DELETED"}"#,
            "--B0UND--", "",
        ].joined(separator: crlf)
        #expect(String(decoding: batch.body, as: UTF8.self) == expected)
        #expect(#"{"url":"https://careers.acme.example/jobs/a/","type":"URL_UPDATED"}"#.utf8.count == 67)
        // Under a proxy's path, the parts' request lines keep it.
        let proxied = IndexingBatch.batches([.init(url: Self.url("a"), type: .updated)], basePath: "/google/", boundary: "b", idBase: "i")
        #expect(proxied[0].publishPath == "/google/v3/urlNotifications:publish")
    }

    @Test func batchesHoldAtMostAHundredCalls() {
        let calls = (0..<250).map { IndexingBatch.Call(url: "https://a.example/jobs/\($0)/", type: .updated) }
        let batches = IndexingBatch.batches(calls, boundary: "b", idBase: "i")
        #expect(batches.map(\.calls.count) == [100, 100, 50])
        #expect(batches.flatMap(\.calls) == calls)
    }

    static func part(_ id: String?, status: String, body: String) -> String {
        (id.map { "Content-Type: application/http\r\nContent-ID: <\($0)>\r\n" } ?? "Content-Type: application/http\r\n")
            + "\r\nHTTP/1.1 \(status)\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n\(body)\r\n"
    }

    @Test func theBatchAnswerIsReadPartByPartByContentID() {
        let batch = IndexingBatch.batches((1...4).map { IndexingBatch.Call(url: Self.url("j\($0)"), type: .updated) },
                                          boundary: "req", idBase: "abc")[0]
        // Out of order, one error, one call not answered, and a stray part.
        let body = "--batch_x\r\n" + Self.part("response-abc+3", status: "200 OK", body: #"{"urlNotificationMetadata":{}}"#)
            + "--batch_x\r\n" + Self.part("response-abc+1", status: "403 Forbidden",
                                          body: #"{"error":{"code":403,"message":"Permission denied. Failed to verify the URL ownership.","status":"PERMISSION_DENIED"}}"#)
            + "--batch_x\r\n" + Self.part("response-other+2", status: "200 OK", body: "{}")
            + "--batch_x\r\n" + Self.part("response-abc+2", status: "429 Too Many Requests",
                                          body: #"{"error":{"code":429,"message":"Quota exceeded for quota metric 'Publish requests'"}}"#)
            + "--batch_x--\r\n"
        let answers = batch.answers(to: Data(body.utf8), contentType: "multipart/mixed; boundary=batch_x")
        #expect(answers == [
            .init(status: 403, message: "Permission denied. Failed to verify the URL ownership."),
            .init(status: 429, message: "Quota exceeded for quota metric 'Publish requests'"),
            .init(status: 200), nil,
        ])
        #expect(answers[0]?.explanation(account: "sa@x.iam.gserviceaccount.com") ==
                "403 Forbidden: sa@x.iam.gserviceaccount.com may not publish this URL; add it as an owner of the site in Search Console"
                + " (Google: Permission denied. Failed to verify the URL ownership.)")
        #expect(answers[1]?.explanation(account: "sa") ==
                "429 Too Many Requests: the Indexing API's quota is used up (Google: Quota exceeded for quota metric 'Publish requests');"
                + " it resets at midnight Pacific Time")

        // Parts without Content-ID are taken in order; a quoted boundary and bare LF line ends read too.
        let plain = ("--\"q\"\n" + Self.part(nil, status: "200 OK", body: "{}") + "--\"q\"\n" + Self.part(nil, status: "500 Internal", body: "oops"))
            .replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\"q\"", with: "q") + "--q--\n"
        #expect(batch.answers(to: Data(plain.utf8), contentType: "multipart/mixed; boundary=\"q\"") ==
                [.init(status: 200), .init(status: 500), nil, nil])
        // Not multipart at all: nothing is answered, so nothing counts as sent.
        #expect(batch.answers(to: Data("{}".utf8), contentType: "application/json") == [nil, nil, nil, nil])
    }

    // MARK: Sending

    /// Records each post and answers from `answer`.
    final class Recorder: NotifyTransport {
        struct Post: Sendable { var address: String; var headers: [String: String]; var body: Data }
        let posts = LockedValue<[Post]>([])
        let answer: @Sendable (String, Data, Int) throws -> NotifyTransportAnswer

        init(_ answer: @escaping @Sendable (String, Data, Int) throws -> NotifyTransportAnswer) { self.answer = answer }

        func post(_ address: String, headers: [(name: String, value: String)], body: Data) async throws -> NotifyTransportAnswer {
            let number = posts.withLock { posts in
                posts.append(Post(address: address, headers: Dictionary(headers.map { ($0.name, $0.value) }) { $1 }, body: body))
                return posts.count
            }
            return try answer(address, body, number)
        }

        var recorded: [Post] { posts.withLock { $0 } }
    }

    /// Google's answer to a batch: each call's status by its position in the batch.
    static func batchAnswer(_ body: Data, status: (Int) -> Int) -> NotifyTransportAnswer {
        let text = String(decoding: body, as: UTF8.self)
        let ids = text.components(separatedBy: "Content-ID: <").dropFirst().map { $0.prefix { $0 != ">" } }
        var parts = ""
        for (index, id) in ids.enumerated() {
            let code = status(index)
            parts += "--resp\r\n" + part("response-\(id)", status: "\(code) X",
                                         body: code == 200 ? "{}" : #"{"error":{"code":\#(code),"message":"no"}}"#)
        }
        return NotifyTransportAnswer(status: 200, contentType: "multipart/mixed; boundary=resp", body: Data((parts + "--resp--\r\n").utf8))
    }

    static func changes(_ count: Int, kind: JobChanges.Kind = .added) -> [JobChanges.Change] {
        (0..<count).map { JobChanges.Change(url: Self.url(String(format: "j%03d", $0)), kind: kind) }
    }

    @Test func googleGetsATokenThenBatchesAndStopsAtTheFirst429() async throws {
        let key = try ServiceAccountKey(json: Self.keyFile(["token_uri": "https://token.example/t"]), source: "k")
        let recorder = Recorder { address, body, _ in
            if address == "https://token.example/t" { return NotifyTransportAnswer(status: 200, body: Data(#"{"access_token":"T0K"}"#.utf8)) }
            // The second batch: its 51st call is refused for quota.
            let second = String(decoding: body, as: UTF8.self).contains("j100")
            return Self.batchAnswer(body) { second && $0 == 50 ? 429 : 200 }
        }
        let sender = NotifySender(transport: recorder, now: { Date(timeIntervalSince1970: 1_800_000_000) }, makeID: { "fixed" })
        let result = await sender.google(Self.changes(300), key: key, endpoint: "https://indexing.example/api/")
        let posts = recorder.recorded
        #expect(posts.map(\.address) == ["https://token.example/t", "https://indexing.example/api/batch", "https://indexing.example/api/batch"])
        #expect(posts[0].headers["Content-Type"] == "application/x-www-form-urlencoded")
        #expect(String(decoding: posts[0].body, as: UTF8.self).hasPrefix("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=ey"))
        #expect(posts[1].headers["Authorization"] == "Bearer T0K")
        #expect(posts[1].headers["Content-Type"] == "multipart/mixed; boundary=\"openings-batch-fixed\"")
        #expect(String(decoding: posts[1].body, as: UTF8.self).contains("POST /api/v3/urlNotifications:publish HTTP/1.1\r\n"))
        #expect(result.requests == 2)
        // The other calls of the second batch were taken; the third batch is not sent.
        #expect(result.sent.count == 199)
        #expect(result.notSent.count == 101)
        #expect(result.notSent[0].change.url == Self.url("j150"))
        #expect(result.notSent[0].reason.hasPrefix("429 Too Many Requests: the Indexing API's quota is used up (Google: no)"))
        #expect(result.notSent[1].change.url == Self.url("j200"))
        #expect(result.notSent[1].reason.hasPrefix("not tried after an earlier batch failed: 429 Too Many Requests"))
        #expect(Set(result.sent.map(\.url) + result.notSent.map(\.change.url)).count == 300)
    }

    @Test func noTokenMeansNothingIsPublishedAndSaysWhy() async throws {
        let key = try ServiceAccountKey(json: Self.keyFile(["token_uri": "https://token.example/t"]), source: "k")
        let refused = Recorder { _, _, _ in
            NotifyTransportAnswer(status: 400, reason: "Bad Request", body: Data(#"{"error":"invalid_grant","error_description":"Invalid JWT Signature."}"#.utf8))
        }
        let result = await NotifySender(transport: refused).google(Self.changes(3), key: key)
        #expect(refused.recorded.count == 1)
        #expect(result.sent.isEmpty && result.notSent.count == 3)
        #expect(result.notSent[0].reason.hasPrefix("no access token: https://token.example/t answered 400: invalid_grant (Invalid JWT Signature.)"))
        let unreachable = Recorder { _, _, _ in throw Failure("the connection was refused (is the address right, and is the server up?)") }
        let offline = await NotifySender(transport: unreachable).google(Self.changes(2), key: key)
        #expect(offline.notSent.map(\.reason) == Array(repeating:
            "no access token: no answer from https://token.example/t: the connection was refused (is the address right, and is the server up?)", count: 2))
    }

    @Test func indexNowStopsWhenTheKeyIsRefusedAndGoesOnAfterAServerError() async throws {
        let changes = Self.changes(3, kind: .removed)
        let forbidden = Recorder { _, _, _ in NotifyTransportAnswer(status: 403) }
        let refused = await NotifySender(transport: forbidden).indexNow(changes, key: "abcdefgh", site: Self.site, endpoint: "http://x.example/in")
        #expect(forbidden.recorded.count == 1)
        #expect(forbidden.recorded[0].headers["Content-Type"] == "application/json; charset=utf-8")
        #expect(refused.notSent.map(\.change) == changes)
        #expect(refused.notSent[0].reason.hasPrefix("403 Forbidden: the key is not valid"))

        let accepted = Recorder { _, _, _ in NotifyTransportAnswer(status: 202) }
        let pending = await NotifySender(transport: accepted).indexNow(changes, key: "abcdefgh", site: Self.site)
        #expect(accepted.recorded.map(\.address) == ["https://api.indexnow.org/indexnow"])
        #expect(pending.sent == changes && pending.notSent.isEmpty)
        #expect(pending.notes == ["received; IndexNow has yet to fetch https://careers.acme.example/abcdefgh.txt to confirm the key"])
        let body = try JSONSerialization.jsonObject(with: accepted.recorded[0].body) as? [String: Any]
        #expect(body?["urlList"] as? [String] == changes.map(\.url))

        // A server error costs its own request only.
        let many = Self.changes(10_001)
        let flaky = Recorder { _, _, number in NotifyTransportAnswer(status: number == 1 ? 500 : 200, reason: "Internal Server Error") }
        let partly = await NotifySender(transport: flaky).indexNow(many, key: "abcdefgh", site: Self.site)
        #expect(flaky.recorded.count == 2)
        #expect(partly.sent == [many[10_000]])
        #expect(partly.notSent.count == 10_000)
        #expect(partly.notSent[0].reason == "IndexNow answered 500 Internal Server Error (a problem on its side; try again later)")
    }
}
