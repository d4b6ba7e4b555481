import Foundation
import Testing

/// `openings serve` attacked from outside, over raw TCP: every test starts the real
/// binary. The suites run one at a time (the load tests measure latency and memory,
/// which a neighbour would disturb); `swift test --filter ServeAbuseTests` runs them all.
@Suite(.serialized) enum ServeAbuseTests {}

extension ServeAbuseTests {
    /// `..` in every encoding, absolute paths, NUL bytes and symlinks: nothing outside
    /// the build is ever served. The preview answers from the in-memory build only
    /// (never from `Public/`, never from disk at request time), so the only files that
    /// exist are the build's; these tests keep it that way.
    @Suite struct Traversal {
        static let secret = "SECRET-OUTSIDE-THE-OUTPUT-5c1d"

        /// Request targets an attacker would try, sent byte for byte.
        static let targets: [String] = [
            // Plain and dot-segment forms.
            "/../../../../../../etc/passwd", "/..", "/../", "/./../etc/passwd", "/jobs/../../etc/passwd",
            "/assets/../../../secret.txt", "/.../etc/passwd", "/....//....//etc/passwd", "/assets/..;/..;/etc/passwd",
            // Percent-encoded dots and slashes, in either case.
            "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/%2E%2e%2f%2E%2e%2f%2e%2E%2fetc%2fpasswd", "/..%2f..%2f..%2fetc%2fpasswd",
            "/.%2e/.%2e/etc/passwd", "/%2e./%2e./etc/passwd", "/jobs/%2e%2e/%2e%2e/secret.txt",
            // Double encoding: decoded once it is `%2e%2e`, a name no file has; decoded twice it would escape.
            "/%252e%252e/%252e%252e/etc/passwd", "/%252e%252e%252f%252e%252e%252fetc%252fpasswd", "/..%252f..%252fetc%252fpasswd",
            // Backslashes, raw and encoded (Windows separators).
            "/..\\..\\..\\etc\\passwd", "/..%5c..%5c..%5cetc%5cpasswd", "/%5c..%5c..%5cetc/passwd", "/..%255c..%255cetc/passwd",
            // Overlong and look-alike UTF-8 dots and slashes.
            "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "/%c0%ae%c0%ae%c0%afetc%c0%afpasswd", "/%e0%80%ae%e0%80%ae/etc/passwd",
            "/%c1%9c..%c1%9cetc/passwd", "/%ef%bc%8e%ef%bc%8e/%ef%bc%8e%ef%bc%8e/etc/passwd", "/%uff0e%uff0e/etc/passwd",
            // NUL: truncation tricks.
            "/robots.txt%00", "/robots.txt%00.html", "/%00../../etc/passwd", "/secret.txt%00/",
            // Absolute paths and absolute-form targets.
            "//etc/passwd", "///etc/passwd", "/%2fetc%2fpasswd", "/etc/passwd", "/proc/self/environ", "/proc/self/cmdline",
            "http://localhost/../../../etc/passwd", "http://127.0.0.1/%2e%2e/%2e%2e/etc/passwd", "file:///etc/passwd",
            // The site's own sources, which are not part of the output.
            "/Content/site.yml", "/../Content/site.yml", "/site/Content/site.yml", "/../site/Content/site.yml",
            "/%2e%2e/site/Content/site.yml", "/Public/leak.txt", "/secret.txt", "/stderr.txt",
            // Symlinks planted in the theme's assets and in Public/ (see `plantSecrets`).
            "/assets/leak.txt", "/assets/passwd", "/leak.txt", "/passwd", "/Public/passwd",
        ]

        /// Things that must never appear in an answer.
        static func leaked(_ text: String) -> String? {
            for marker in [secret, "root:x:0", "base_url:", "SOURCE_DATE_EPOCH"] where text.contains(marker) { return marker }
            return nil
        }

        /// A file outside the site, and symlinks to it and to /etc/passwd in the theme's
        /// assets and in Public/ (which serve never reads).
        static func plantSecrets(_ server: ServeProcess) throws {
            try Data(secret.utf8).write(to: URL(fileURLWithPath: server.folder + "/secret.txt"))
            let assets = server.site + "/Themes/custom/assets"
            try FileManager.default.createDirectory(atPath: assets, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: server.site + "/Public", withIntermediateDirectories: true)
            for folder in [assets, server.site + "/Public"] {
                try FileManager.default.createSymbolicLink(atPath: folder + "/leak.txt", withDestinationPath: server.folder + "/secret.txt")
                try FileManager.default.createSymbolicLink(atPath: folder + "/passwd", withDestinationPath: "/etc/passwd")
            }
            try Data("body { color: black; }\n".utf8).write(to: URL(fileURLWithPath: assets + "/extra.css"))
            try Data("extends: default\n".utf8).write(to: URL(fileURLWithPath: server.site + "/Themes/custom/theme.yml"))
            try Data((try String(contentsOfFile: server.site + "/Content/site.yml", encoding: .utf8) + "theme: custom\n").utf8)
                .write(to: URL(fileURLWithPath: server.site + "/Content/site.yml"))
        }

        @Test func dotDotInEveryEncodingNeverLeavesTheOutput() throws {
            let server = try ServeProcess()
            try Self.plantSecrets(server)
            // The theme change rebuilds the site: wait until its own asset is served, so
            // the symlinks beside it have been seen by a build too.
            let deadline = Date().addingTimeInterval(10)
            while !server.answers("/assets/extra.css"), Date() < deadline { usleep(50_000) }
            #expect(server.answers("/assets/extra.css"), "the custom theme was built")

            for target in Self.targets {
                let connection = try RawConnection(port: server.port)
                connection.send("GET \(target) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                let response = try connection.readResponse()
                // A refusal (400), nothing there (404), or the connection closed: never a file.
                if let response {
                    #expect([400, 404].contains(response.status), "\(target) → \(response.status)")
                    #expect(Self.leaked(response.text) == nil, "\(target) leaked \(Self.leaked(response.text) ?? "")")
                    #expect(response.header("location") == nil, "\(target) redirected to \(response.header("location") ?? "")")
                }
            }
            #expect(server.answers(), "still serving after the attempts")
        }

        /// A raw NUL, CR or a space inside the request line is not HTTP: refused with
        /// 400 or the connection closed, never looked up as a path.
        @Test func controlBytesInTheTargetAreRefused() throws {
            let server = try ServeProcess()
            for target in ["/robots.txt\u{0}", "/\u{0}../../etc/passwd", "/robots.txt\r.html", "/../ etc/passwd", "/\u{7f}..", "/\u{1b}[2J"] {
                let connection = try RawConnection(port: server.port)
                connection.send("GET \(target) HTTP/1.1\r\nHost: localhost\r\n\r\n")
                if let response = try? connection.readResponse() {
                    #expect([400, 404].contains(response.status), "\(target.debugDescription) → \(response.status)")
                    #expect(Self.leaked(response.text) == nil)
                }
            }
            #expect(server.answers())
        }

        /// `//name` is a protocol-relative URL: a redirect to `//jobs/` would send the
        /// browser to a host called `jobs`. Empty path segments are not paths of the build.
        @Test func emptySegmentsAreNotFoundNeverAnOpenRedirect() throws {
            let server = try ServeProcess()
            for target in ["//jobs", "///jobs", "/%2fjobs", "//assets", "/jobs//backend-engineer", "//", "/%2f%2fjobs"] {
                let response = try RawConnection.get(target, port: server.port)
                #expect([400, 404].contains(response.status), "\(target) → \(response.status) \(response.header("location") ?? "")")
                #expect(response.header("location") == nil, "\(target) redirected to \(response.header("location") ?? "")")
            }
            // The everyday redirect still works, and stays on this host.
            let redirect = try RawConnection.get("/jobs/backend-engineer", port: server.port)
            #expect(redirect.status == 301)
            #expect(redirect.header("location") == "/jobs/backend-engineer/")
        }
    }
}
