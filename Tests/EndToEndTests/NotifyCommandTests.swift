import Crypto
import Foundation
import Testing
import _CryptoExtras

/// `openings notify` as a deploy runs it: the real binary against a server on
/// 127.0.0.1 standing in for IndexNow, Google's token endpoint and the Indexing API,
/// recording every request. Asserts the lines printed, the exit codes and what was
/// (or was not) sent.
@Suite struct NotifyCommandTests {
    typealias B = BinaryTests

    static let key = "e2e-indexnow-key-0001"
    static let base = "https://careers.example.com/"
    static func url(_ slug: String) -> String { base + "jobs/\(slug)/" }

    /// A starter site with three postings, built; then one posting removed, one retitled
    /// and one added, built again. Returns the site; the first build's jobs.json is `<folder>/before.json`.
    /// With `git`, each state is a commit of the site (dated like the builds).
    static func changedSite(indexNowKey: Bool = true, git: Bool = false) throws -> String {
        let site = B.temporaryFolder() + "/site"
        let created = try B.run(["init", site])
        #expect(created.status == 0, "\(created.stderr)")
        let posting = try String(contentsOfFile: site + "/Content/jobs/software-engineer.md", encoding: .utf8)
        for (slug, title, id) in [("platform-engineer", "Platform Engineer", "ENG-0002"), ("data-engineer", "Data Engineer", "ENG-0003")] {
            try posting.replacingOccurrences(of: "title: Software Engineer", with: "title: \(title)")
                .replacingOccurrences(of: "id: ENG-0001", with: "id: \(id)")
                .write(toFile: site + "/Content/jobs/\(slug).md", atomically: true, encoding: .utf8)
        }
        if indexNowKey {
            let settings = try String(contentsOfFile: site + "/Content/site.yml", encoding: .utf8)
            try (settings + "indexnow_key: \(key)\n").write(toFile: site + "/Content/site.yml", atomically: true, encoding: .utf8)
        }
        let first = try B.run(["build", "--site", site])
        #expect(first.status == 0, "\(first.stderr)")
        try FileManager.default.copyItem(atPath: site + "/Public/jobs.json", toPath: site + "/../before.json")
        if git {
            try Self.git(["init", "-q"], in: site)
            try Self.git(["add", "-A"], in: site)
            try Self.git(["commit", "-q", "-m", "three postings"], in: site)
        }
        try FileManager.default.removeItem(atPath: site + "/Content/jobs/data-engineer.md")
        try posting.replacingOccurrences(of: "title: Software Engineer", with: "title: Senior Software Engineer")
            .write(toFile: site + "/Content/jobs/software-engineer.md", atomically: true, encoding: .utf8)
        try posting.replacingOccurrences(of: "title: Software Engineer", with: "title: Site Reliability Engineer")
            .replacingOccurrences(of: "id: ENG-0001", with: "id: ENG-0004")
            .write(toFile: site + "/Content/jobs/site-reliability-engineer.md", atomically: true, encoding: .utf8)
        if git {
            try Self.git(["add", "-A"], in: site)
            try Self.git(["commit", "-q", "-m", "one removed, one changed, one added"], in: site)
        }
        let second = try B.run(["build", "--site", site])
        #expect(second.status == 0, "\(second.stderr)")
        return site
    }

    /// The three lines every run over `changedSite` prints, sorted by URL.
    static let changeLines = [
        "removed " + url("data-engineer"),
        "added   " + url("site-reliability-engineer"),
        "changed " + url("software-engineer"),
    ]

    static func git(_ arguments: [String], in folder: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder, "-c", "user.name=E2E", "-c", "user.email=e2e@example.com"] + arguments
        // The commits carry the builds' date, so the revision is built as of that day.
        process.environment = ProcessInfo.processInfo.environment.merging([
            "GIT_COMMITTER_DATE": "@1795824000 +0000", "GIT_AUTHOR_DATE": "@1795824000 +0000",
        ]) { _, new in new }
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments)")
    }

    static func cleanUp(_ site: String) { try? FileManager.default.removeItem(atPath: (site as NSString).deletingLastPathComponent) }

    /// A service account key file made for this run, and the key that signs with it.
    static func keyFile(in folder: String, tokenURI: String) throws -> (path: String, key: _RSA.Signing.PrivateKey) {
        let key = try _RSA.Signing.PrivateKey(keySize: .bits2048)
        let object: [String: Any] = [
            "type": "service_account", "project_id": "e2e", "private_key_id": "e2e-key",
            "private_key": key.pkcs8PEMRepresentation, "client_email": "notify@e2e.iam.gserviceaccount.com",
            "client_id": "1", "token_uri": tokenURI,
        ]
        let path = folder + "/service-account.json"
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
        return (path, key)
    }

    /// Google's batch answer: one part per call in the request, each with the call's
    /// Content-ID prefixed by `response-` and `status`.
    static func batchAnswer(to request: LocalHTTPServer.Request, status: Int = 200) -> LocalHTTPServer.Answer {
        let ids = request.text.components(separatedBy: "Content-ID: <").dropFirst().map { String($0.prefix { $0 != ">" }) }
        var body = ""
        for id in ids {
            let json = status == 200 ? #"{"urlNotificationMetadata":{"url":"x"}}"# : #"{"error":{"code":\#(status),"message":"Quota exceeded for quota metric 'Publish requests'"}}"#
            body += "--batch_e2e\r\nContent-Type: application/http\r\nContent-ID: <response-\(id)>\r\n\r\n"
            body += "HTTP/1.1 \(status) \(status == 200 ? "OK" : "Too Many Requests")\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n\(json)\r\n"
        }
        body += "--batch_e2e--\r\n"
        return .init(contentType: "multipart/mixed; boundary=batch_e2e", body: Data(body.utf8))
    }

    /// A stand-in for all three services: IndexNow at /indexnow, the token at /token, batches at /google/batch.
    static func services(indexNowStatus: Int = 200, batchStatus: Int = 200) throws -> LocalHTTPServer {
        try LocalHTTPServer { request in
            switch (request.method, request.path) {
            case ("POST", "/indexnow"): return .init(status: indexNowStatus, contentType: "text/plain", body: Data())
            case ("POST", "/token"):
                return .init(body: Data(#"{"access_token":"e2e-access-token","expires_in":3599,"token_type":"Bearer"}"#.utf8))
            case ("POST", "/google/batch"): return batchAnswer(to: request, status: batchStatus)
            default: return .init(status: 404, contentType: "text/plain", body: Data("not found".utf8))
            }
        }
    }

    /// The calls of a recorded batch: (url, type) per part.
    static func calls(in request: LocalHTTPServer.Request) throws -> [[String: String]] {
        try request.text.components(separatedBy: "\r\n").filter { $0.hasPrefix("{") }.map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String])
        }
    }

    @Test func sendsEachChangedURLOnceToIndexNowAndGoogle() throws {
        let site = try Self.changedSite()
        defer { Self.cleanUp(site) }
        let server = try Self.services()
        defer { server.stop() }
        let local = "http://127.0.0.1:\(server.port)"
        let (keyPath, privateKey) = try Self.keyFile(in: site + "/..", tokenURI: local + "/token")

        let run = try B.run(["notify", "--site", site, "--since", site + "/../before.json", "--send", "--google-key", keyPath,
                             "--indexnow-endpoint", local + "/indexnow", "--google-endpoint", local + "/google"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").map(String.init) == Self.changeLines)
        #expect(run.stderr == """
            IndexNow: 3 of 3 URLs sent in 1 request
            Google Indexing API: 3 of 3 URLs sent in 1 batch
            all sent (1 added, 1 changed, 1 removed)

            """)
        let requests = server.recorded
        #expect(requests.map(\.line) == ["POST /indexnow HTTP/1.1", "POST /token HTTP/1.1", "POST /google/batch HTTP/1.1"])

        let indexNow = try #require(try JSONSerialization.jsonObject(with: requests[0].body) as? [String: Any])
        #expect(requests[0].headers["content-type"] == "application/json; charset=utf-8")
        #expect(indexNow["host"] as? String == "careers.example.com")
        #expect(indexNow["key"] as? String == Self.key)
        #expect(indexNow["keyLocation"] as? String == Self.base + Self.key + ".txt")
        #expect(indexNow["urlList"] as? [String] == ["data-engineer", "site-reliability-engineer", "software-engineer"].map(Self.url))

        // The token request: a JWT signed with the key file's key, for the indexing scope.
        let form = requests[1].text
        #expect(requests[1].headers["content-type"] == "application/x-www-form-urlencoded")
        #expect(form.hasPrefix("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion="))
        let jwt = String(form.split(separator: "=").last ?? "")
        let parts = jwt.split(separator: ".").map(String.init)
        try #require(parts.count == 3)
        func decode(_ text: String) -> Data? {
            var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
            while base64.count % 4 != 0 { base64 += "=" }
            return Data(base64Encoded: base64)
        }
        let claimData = try #require(decode(parts[1]))
        let claims = try #require(try JSONSerialization.jsonObject(with: claimData) as? [String: Any])
        #expect(claims["iss"] as? String == "notify@e2e.iam.gserviceaccount.com")
        #expect(claims["aud"] as? String == local + "/token")
        #expect(claims["scope"] as? String == "https://www.googleapis.com/auth/indexing")
        let signature = _RSA.Signing.RSASignature(rawRepresentation: try #require(decode(parts[2])))
        #expect(privateKey.publicKey.isValidSignature(signature, for: SHA256.hash(data: Data((parts[0] + "." + parts[1]).utf8)),
                                                      padding: .insecurePKCS1v1_5))

        // The batch: removals as URL_DELETED, the rest URL_UPDATED, each URL once.
        #expect(requests[2].headers["authorization"] == "Bearer e2e-access-token")
        #expect(requests[2].headers["content-type"]?.hasPrefix("multipart/mixed; boundary=") == true)
        #expect(try Self.calls(in: requests[2]) == [
            ["url": Self.url("data-engineer"), "type": "URL_DELETED"],
            ["url": Self.url("site-reliability-engineer"), "type": "URL_UPDATED"],
            ["url": Self.url("software-engineer"), "type": "URL_UPDATED"],
        ])
        #expect(requests[2].text.components(separatedBy: "POST /google/v3/urlNotifications:publish HTTP/1.1\r\n").count == 4)
    }

    @Test func aDryRunSendsNothingAndSaysWhatItWould() throws {
        let site = try Self.changedSite()
        defer { Self.cleanUp(site) }
        let server = try Self.services()
        defer { server.stop() }
        let local = "http://127.0.0.1:\(server.port)"
        let (keyPath, _) = try Self.keyFile(in: site + "/..", tokenURI: local + "/token")

        let run = try B.run(["notify", "--site", site, "--since", site + "/../before.json", "--google-key", keyPath,
                             "--indexnow-endpoint", local + "/indexnow", "--google-endpoint", local + "/google"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").map(String.init) == Self.changeLines)
        #expect(run.stderr == """
            IndexNow: would submit 3 URLs in 1 request to \(local)/indexnow (host careers.example.com, key file \(Self.base)\(Self.key).txt)
            Google Indexing API: would publish 3 URLs (2 URL_UPDATED, 1 URL_DELETED) in 1 batch to \(local)/google as notify@e2e.iam.gserviceaccount.com
            dry run (1 added, 1 changed, 1 removed): nothing was sent; add --send to send

            """)
        #expect(server.recorded.isEmpty)
    }

    @Test func theQuotaIsRespectedAndTheRestReportedAsNotSent() throws {
        let site = try Self.changedSite(indexNowKey: false)
        defer { Self.cleanUp(site) }
        let server = try Self.services()
        defer { server.stop() }
        let local = "http://127.0.0.1:\(server.port)"
        let (keyPath, _) = try Self.keyFile(in: site + "/..", tokenURI: local + "/token")

        let arguments = ["notify", "--site", site, "--since", site + "/../before.json", "--google-key", keyPath,
                         "--google-quota", "2", "--google-endpoint", local + "/google"]
        let dry = try B.run(arguments)
        #expect(dry.status == 0)
        let over = "over the quota of 2 publish calls this run may use (--google-quota; Google allows 200 a day by default)"
        #expect(dry.stderr.contains("Google Indexing API: would not be sent: \(Self.url("software-engineer")) (changed): \(over)"))
        #expect(dry.stderr.contains("IndexNow: off (no indexnow_key in site.yml)"))
        #expect(server.recorded.isEmpty)

        let run = try B.run(arguments + ["--send"])
        #expect(run.status == 1)
        #expect(run.stdout.split(separator: "\n").map(String.init) == Self.changeLines)
        #expect(run.stderr == """
            Google Indexing API: not sent: \(Self.url("software-engineer")) (changed): \(over)
            Google Indexing API: 2 of 3 URLs sent in 1 batch; 1 not sent
            not all sent (1 added, 1 changed, 1 removed): the URLs above were not sent

            """)
        #expect(server.requests == ["POST /token HTTP/1.1", "POST /google/batch HTTP/1.1"])
        // The removal and the new job go first.
        #expect(try Self.calls(in: server.recorded[1]) == [
            ["url": Self.url("data-engineer"), "type": "URL_DELETED"],
            ["url": Self.url("site-reliability-engineer"), "type": "URL_UPDATED"],
        ])
    }

    @Test func failingServicesAreReportedURLByURL() throws {
        let site = try Self.changedSite()
        defer { Self.cleanUp(site) }
        let server = try Self.services(indexNowStatus: 500, batchStatus: 429)
        defer { server.stop() }
        let local = "http://127.0.0.1:\(server.port)"
        let (keyPath, _) = try Self.keyFile(in: site + "/..", tokenURI: local + "/token")

        let run = try B.run(["notify", "--site", site, "--since", site + "/../before.json", "--send", "--google-key", keyPath,
                             "--indexnow-endpoint", local + "/indexnow", "--google-endpoint", local + "/google"])
        #expect(run.status == 1)
        #expect(run.stdout.split(separator: "\n").map(String.init) == Self.changeLines)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        for (slug, kind) in [("data-engineer", "removed"), ("site-reliability-engineer", "added"), ("software-engineer", "changed")] {
            #expect(lines.contains("IndexNow: not sent: \(Self.url(slug)) (\(kind)): IndexNow answered 500 Internal Server Error"
                                   + " (a problem on its side; try again later)"), "\(run.stderr)")
            #expect(lines.contains("Google Indexing API: not sent: \(Self.url(slug)) (\(kind)): 429 Too Many Requests: the Indexing API's"
                                   + " quota is used up (Google: Quota exceeded for quota metric 'Publish requests'); it resets at midnight Pacific Time"),
                    "\(run.stderr)")
        }
        #expect(lines.contains("IndexNow: 0 of 3 URLs sent in 1 request; 3 not sent"))
        #expect(lines.contains("Google Indexing API: 0 of 3 URLs sent in 1 batch; 3 not sent"))

        // Nothing listens: every URL is reported with the service and the reason.
        let closed = try LocalHTTPServer(answers: [:])
        closed.stop()
        let gone = "http://127.0.0.1:\(closed.port)"
        let (deadKey, _) = try Self.keyFile(in: site + "/..", tokenURI: gone + "/token")
        let refused = try B.run(["notify", "--site", site, "--since", site + "/../before.json", "--send", "--google-key", deadKey,
                                 "--indexnow-endpoint", gone + "/indexnow", "--google-endpoint", gone + "/google"])
        #expect(refused.status == 1)
        let why = "the connection was refused (is the address right, and is the server up?)"
        #expect(refused.stderr.contains("IndexNow: not sent: \(Self.url("data-engineer")) (removed): no answer from \(gone)/indexnow: \(why)"),
                "\(refused.stderr)")
        #expect(refused.stderr.contains("Google Indexing API: not sent: \(Self.url("software-engineer")) (changed): no access token: "
                                        + "no answer from \(gone)/token: \(why)"), "\(refused.stderr)")
    }

    @Test func previousIsAFileAnAddressOrAGitRevision() throws {
        let site = try Self.changedSite(git: true)
        defer { Self.cleanUp(site) }
        let server = try Self.services()
        defer { server.stop() }
        let before = (site as NSString).deletingLastPathComponent + "/before.json"

        // A git revision: the site as HEAD~1 holds it, built in memory, Public/ untouched.
        let publicBefore = try Data(contentsOf: URL(fileURLWithPath: site + "/Public/jobs.json"))
        let revision = try B.run(["notify", "--site", site, "--since", "HEAD~1"])
        #expect(revision.status == 0, "\(revision.stderr)")
        #expect(revision.stdout.split(separator: "\n").map(String.init) == Self.changeLines)
        #expect(try Data(contentsOf: URL(fileURLWithPath: site + "/Public/jobs.json")) == publicBefore)
        let head = try B.run(["notify", "--site", site, "--since", "HEAD"])
        #expect(head.status == 0 && head.stdout.isEmpty)
        #expect(head.stderr == "no job page was added, changed or removed since HEAD; nothing to send\n")

        // An address, fetched.
        let served = try LocalHTTPServer(answers: ["/before.json": .init(body: try Data(contentsOf: URL(fileURLWithPath: before)))])
        defer { served.stop() }
        let address = try B.run(["notify", "--site", site, "--since", "http://127.0.0.1:\(served.port)/before.json"])
        #expect(address.status == 0, "\(address.stderr)")
        #expect(address.stdout.split(separator: "\n").map(String.init) == Self.changeLines)
        #expect(served.requests == ["GET /before.json HTTP/1.1"])

        // A file of the output folder, and the folder itself.
        let folder = try B.run(["notify", "--site", site, "--since", site + "/Public"])
        #expect(folder.status == 0 && folder.stdout.isEmpty)

        // None of these: one error saying what to give.
        let neither = try B.run(["notify", "--site", site, "--since", "no-such-thing"])
        #expect(neither.status == 2)
        #expect(neither.stderr == "error: --since `no-such-thing` is no file, no http(s) address, nor a revision git knows in \(site);"
                + " give the jobs.json of the deploy before (its path or address) or a commit, tag or branch of the site (e.g. HEAD~1)\n")
        #expect(neither.stdout.isEmpty)
    }

    @Test func unreadableInputsAreOneErrorAndExitTwo() throws {
        let site = try Self.changedSite(indexNowKey: false)
        defer { Self.cleanUp(site) }
        let before = (site as NSString).deletingLastPathComponent + "/before.json"

        let nothing = try B.run(["notify", "--site", site, "--since", before])
        #expect(nothing.status == 2)
        #expect(nothing.stderr.hasPrefix("error: nothing to notify: set `indexnow_key:` in \(site)/Content/site.yml"))
        #expect(nothing.stderr.contains("--google-key FILE"))
        #expect(nothing.stdout.isEmpty)

        let settings = try String(contentsOfFile: site + "/Content/site.yml", encoding: .utf8)
        try (settings + "indexnow_key: \(Self.key)\n").write(toFile: site + "/Content/site.yml", atomically: true, encoding: .utf8)
        let noBuild = try B.run(["notify", "--site", site, "--since", before, "--output", site + "/Elsewhere"])
        #expect(noBuild.status == 2)
        #expect(noBuild.stderr == "error: no \(site)/Elsewhere/jobs.json: run `openings build` first (notify compares the build you deploy with the one before)\n")

        try Data("{\"jobs\": [{\"title\": \"x\"}]}".utf8).write(to: URL(fileURLWithPath: before))
        let broken = try B.run(["notify", "--site", site, "--since", before])
        #expect(broken.status == 2)
        #expect(broken.stderr == "error: \(before): job 1 of 1 has no `url`; is the file complete?\n")

        let keyPath = site + "/../bad-key.json"
        try Data(#"{"type": "service_account", "client_email": "a@b.iam.gserviceaccount.com", "token_uri": "https://oauth2.googleapis.com/token"}"#.utf8)
            .write(to: URL(fileURLWithPath: keyPath))
        let badKey = try B.run(["notify", "--site", site, "--since", site + "/Public", "--google-key", keyPath])
        #expect(badKey.status == 2)
        #expect(badKey.stderr.hasPrefix("error: \(keyPath) has no `private_key`; download a JSON key of the service account"))

        let usage = try B.run(["notify", "--site", site, "--since", before, "--google-quota", "-1"])
        #expect(usage.status == 2)
    }
}
