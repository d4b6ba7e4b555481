import Foundation
import Testing

extension ServeAbuseTests {
    /// Requests while the site is rebuilt again and again: a rebuild swaps in a whole new
    /// in-memory site, so every answer is a complete page of one build — the old or the
    /// new, never a mix, never cut short, never a failure.
    @Suite struct RequestsDuringRebuilds {
        /// What went wrong, collected from the reader threads.
        final class Tally: @unchecked Sendable { // all state is only reached under `lock`
            private let lock = NSLock()
            private var requests = 0
            private var failures: [String] = []
            private var slowest = 0.0
            func record(_ failure: String?, seconds: Double) {
                lock.withLock {
                    requests += 1
                    slowest = max(slowest, seconds)
                    if let failure, failures.count < 20 { failures.append(failure) }
                }
            }
            var summary: (requests: Int, failures: [String], slowest: Double) { lock.withLock { (requests, failures, slowest) } }
        }

        static let titles = ["Backend Engineer", "Frontend Engineer"]

        /// Nil when `response` to `path` is a whole page of one build, else what is wrong with it.
        static func problem(path: String, _ response: RawConnection.Response) -> String? {
            let text = response.text
            if path == "/jobs.json" {
                guard response.status == 200, (try? JSONSerialization.jsonObject(with: Data(response.body))) != nil else {
                    return "\(path): \(response.status), not whole JSON (\(response.body.count) bytes)"
                }
                return nil
            }
            guard text.hasSuffix("</html>\n") else { return "\(path): \(response.status), cut short (\(response.body.count) bytes)" }
            if path == "/jobs/data-engineer/" {
                return response.status == 404 || (response.status == 200 && text.contains("Data Engineer")) ? nil : "\(path): \(response.status)"
            }
            guard response.status == 200 else { return "\(path): \(response.status)" }
            let found = titles.filter { text.contains($0) }
            return found.count == 1 ? nil : "\(path): titles \(found), not one build's"
        }

        @Test func everyAnswerIsAWholePageOfOneBuild() throws {
            let server = try ServeProcess()
            let job = server.site + "/Content/jobs/backend-engineer.md"
            let original = try String(contentsOfFile: job, encoding: .utf8)
            let extra = server.site + "/Content/jobs/data-engineer.md"
            let extraText = original.replacingOccurrences(of: "Backend Engineer", with: "Data Engineer").replacingOccurrences(of: "ENG-1", with: "ENG-2")
            let paths = ["/", "/jobs/backend-engineer/", "/jobs/data-engineer/", "/jobs.json"]
            let tally = Tally()
            let stop = LockedFlag()
            let port = server.port
            let readers = DispatchGroup()
            for reader in 0..<6 {
                DispatchQueue.global().async(group: readers) {
                    var connection: RawConnection?
                    var turn = reader
                    while !stop.isSet {
                        let path = paths[turn % paths.count]
                        turn += 1
                        let start = Date()
                        do {
                            // Half the readers keep their connection alive, half open one per request.
                            let keep = reader.isMultiple(of: 2)
                            let current = try connection ?? RawConnection(port: port, timeout: 5)
                            current.send("GET \(path) HTTP/1.1\r\nHost: localhost\r\n\(keep ? "" : "Connection: close\r\n")\r\n")
                            guard let response = try current.readResponse() else { throw RawConnection.Failure(description: "no answer") }
                            connection = keep ? current : nil
                            tally.record(Self.problem(path: path, response), seconds: Date().timeIntervalSince(start))
                        } catch {
                            connection = nil
                            tally.record("\(path): \(error)", seconds: Date().timeIntervalSince(start))
                        }
                    }
                }
            }
            // Edits for three seconds: the title flips, a posting comes and goes, and every
            // fifth save is broken (the last good site stays served).
            var saves = 0
            let end = Date().addingTimeInterval(3)
            while Date() < end {
                saves += 1
                let title = Self.titles[saves % 2]
                let text = saves.isMultiple(of: 5) ? original.replacingOccurrences(of: "workplace: remote", with: "workplace: [remote")
                    : original.replacingOccurrences(of: "Backend Engineer", with: title)
                try text.write(toFile: job, atomically: true, encoding: .utf8)
                if saves.isMultiple(of: 3) {
                    if FileManager.default.fileExists(atPath: extra) { try FileManager.default.removeItem(atPath: extra) }
                    else { try extraText.write(toFile: extra, atomically: true, encoding: .utf8) }
                }
                usleep(120_000)
            }
            stop.set()
            readers.wait()

            let (requests, failures, slowest) = tally.summary
            let rebuilds = server.stderr.components(separatedBy: "\n").filter { $0.contains("rendered") || $0.contains("build failed") }.count
            print("\(requests) requests during \(saves) saves (\(rebuilds) rebuilds): \(failures.count) failures, slowest \(slowest) s")
            #expect(failures.isEmpty, "\(failures)")
            #expect(requests > 200, "only \(requests) requests")
            #expect(rebuilds > 10, "only \(rebuilds) rebuilds: \(server.stderr)")
        }
    }
}

/// A flag set once, read from several threads.
final class LockedFlag: @unchecked Sendable { // `value` is only reached under `lock`
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
