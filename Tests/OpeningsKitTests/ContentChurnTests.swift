import Foundation
import Testing
@testable import OpeningsKit

/// Builds while files change under them: an editor saving (in place, or by renaming a
/// copy over the file), postings deleted and renamed, a named pipe where a posting was,
/// a whole folder renamed. Builds, checks and a preview session run meanwhile; none may
/// crash or hang, each either succeeds or reports findings about the files that moved,
/// and once the churn stops the next build is exactly the final content.
@Suite(.serialized, .timeLimit(.minutes(2))) struct ContentChurnTests {
    static let churned = (1...4).map { "Content/jobs/churn-\($0).md" }
    static let teams = ["Content/jobs/team", "Content/jobs/crew"]

    static func posting(_ id: String, title: String) -> String {
        TestSite.job("""
            title: \(title)
            id: \(id)
            department: Engineering
            workplace: remote
            remote_countries: [US]
            posted: 2026-11-01
            salary: { min: 100000, max: 140000, currency: USD, period: year }

            """, body: "## What you'll do\n\nWork on \(title).\n")
    }

    /// What the churn touched since the session's last build, as a watcher reports it:
    /// nil once a folder moved (inotify says "anything may have changed" then).
    final class Touched: Sendable {
        private let paths = LockedValue<Set<String>?>([])
        func add(_ path: String) { paths.withLock { $0?.insert(path) } }
        func lose() { paths.withLock { $0 = nil } }
        func take() -> Set<String>? { paths.withLock { value in defer { value = [] }; return value } }
    }

    @Test func buildsDuringChurnSucceedOrReportAndTheNextBuildMatchesTheFinalContent() throws {
        var files: [String: String] = [:]
        for number in 1...20 { files["Content/jobs/steady-\(number).md"] = Self.posting("ST-\(number)", title: "Steady \(number)") }
        for number in 1...3 { files["Content/jobs/team/member-\(number).md"] = Self.posting("TM-\(number)", title: "Member \(number)") }
        for (index, path) in Self.churned.enumerated() { files[path] = Self.posting("CH-\(index + 1)", title: "Churn \(index + 1) v0") }
        let site = try TestSite(files)
        defer { site.remove() }
        let root = site.root
        let session = BuildSession(options: site.options())
        #expect(session.build().files != nil, "the site builds before the churn")

        let stop = LockedValue(false)
        let touched = Touched()
        let reports = LockedValue<[(String, BuildReport)]>([])
        let group = DispatchGroup()

        // The churn: one change every millisecond or two, for 1.5 s, and on until ten
        // builds have run (a sanitizer build is many times slower), 40 s at most.
        DispatchQueue.global().async(group: group) {
            var random = SeededRandom(state: 7)
            var version = 0
            let end = Date().addingTimeInterval(1.5), latest = Date().addingTimeInterval(40)
            while Date() < end || (reports.withLock({ $0.count }) < 10 && Date() < latest) {
                version += 1
                let index = Int(random.next() % 4)
                let path = Self.churned[index], absolute = root + "/" + path
                let text = Self.posting("CH-\(index + 1)", title: "Churn \(index + 1) v\(version)")
                switch random.next() % 6 {
                case 0: // saved in place: truncated, then written in two parts
                    if let handle = FileHandle(forWritingAtPath: absolute) {
                        handle.truncateFile(atOffset: 0)
                        let bytes = Data(text.utf8)
                        handle.write(bytes.prefix(bytes.count / 2))
                        usleep(300)
                        handle.write(bytes.dropFirst(bytes.count / 2))
                        try? handle.close()
                    }
                case 1: // saved by renaming a copy over it
                    try? Data(text.utf8).write(to: URL(fileURLWithPath: absolute + ".tmp"))
                    rename(absolute + ".tmp", absolute)
                    touched.add(path + ".tmp")
                case 2: // deleted, and written again a moment later
                    unlink(absolute)
                    touched.add(path)
                    usleep(500)
                    try? Data(text.utf8).write(to: URL(fileURLWithPath: absolute))
                case 3: // renamed over another churned posting
                    let other = Self.churned[Int(random.next() % 4)]
                    rename(absolute, root + "/" + other)
                    touched.add(other)
                case 4: // a named pipe where the posting was, for a moment
                    unlink(absolute)
                    mkfifo(absolute, 0o644)
                    touched.add(path)
                    usleep(500)
                    unlink(absolute)
                    try? Data(text.utf8).write(to: URL(fileURLWithPath: absolute))
                default: // the whole folder renamed
                    let (from, to) = FileManager.default.fileExists(atPath: root + "/" + Self.teams[0])
                        ? (Self.teams[0], Self.teams[1]) : (Self.teams[1], Self.teams[0])
                    rename(root + "/" + from, root + "/" + to)
                    touched.lose()
                }
                touched.add(path)
                usleep(UInt32(500 + random.next() % 1000))
            }
            stop.withLock { $0 = true }
        }
        // Two one-shot builders, each with its own output, alternating build and check.
        for builder in 1...2 {
            DispatchQueue.global().async(group: group) {
                var round = 0
                while !stop.withLock({ $0 }) {
                    round += 1
                    var options = site.options(output: root + "/Out-\(builder)")
                    options.skipIfUnchanged = false
                    let report = round % 2 == 0 ? BuildPipeline.check(options) : BuildPipeline.build(options)
                    reports.withLock { $0.append((round % 2 == 0 ? "check" : "build \(builder)", report)) }
                    if round % 2 == 1, report.succeeded { Self.expectConsistent(root + "/Out-\(builder)") }
                }
            }
        }
        // The preview session, told what changed as its watcher would tell it.
        DispatchQueue.global().async(group: group) {
            while !stop.withLock({ $0 }) {
                let result = session.build(changed: touched.take())
                reports.withLock { $0.append(("session", result.report)) }
                #expect((result.files != nil) == result.report.succeeded)
            }
        }
        #expect(group.wait(timeout: .now() + 100) == .success, "a build hung")

        let all = reports.withLock { $0 }
        #expect(all.count >= 10, "only \(all.count) builds ran during the churn")
        for (kind, report) in all {
            #expect(report.failure == nil, "\(kind): \(report.failure ?? "")")
            // Only the files that moved may have findings: nothing else changed.
            for diagnostic in report.diagnostics {
                let path = diagnostic.location.path.replacingOccurrences(of: root + "/", with: "")
                #expect(Self.churned.contains(path) || Self.teams.contains { path.hasPrefix($0) },
                        "\(kind): \(diagnostic.formatted)")
            }
        }

        // The churn is over: the final content, written once more.
        for (index, path) in Self.churned.enumerated() {
            try site.write(path, Data(Self.posting("CH-\(index + 1)", title: "Final \(index + 1)").utf8))
            touched.add(path)
        }
        if FileManager.default.fileExists(atPath: root + "/" + Self.teams[1]) {
            #expect(rename(root + "/" + Self.teams[1], root + "/" + Self.teams[0]) == 0)
            touched.lose()
        }
        var options = site.options(output: root + "/Final")
        options.skipIfUnchanged = false
        let final = BuildPipeline.build(options)
        #expect(final.succeeded && final.diagnostics.isEmpty, "\(site.lines(final.diagnostics)) \(final.failure ?? "")")
        for number in 1...4 {
            #expect(site.read("Final/jobs/churn-\(number)/index.html")?.contains("Final \(number)") == true)
        }
        #expect(Self.expectConsistent(root + "/Final") == 27)

        // The session, told what changed since its last build, gives the same site.
        let result = session.build(changed: touched.take())
        let served = try #require(result.files, "\(site.lines(result.report.diagnostics))")
        let written = try RenderingTests.tree(root + "/Final")
        #expect(Set(served.map(\.path)) == Set(written.keys))
        for file in served {
            switch file.contents {
            case .text(let text): #expect(Data(text.utf8) == written[file.path], "\(file.path) differs")
            case .deflated(let page): #expect(Data(page.text.utf8) == written[file.path], "\(file.path) differs")
            case .parts(let parts): #expect(Data(parts.joined().utf8) == written[file.path], "\(file.path) differs")
            case .bytes(let bytes), .utf8(let bytes): #expect(Data(bytes) == written[file.path], "\(file.path) differs")
            case .copy, .written: break
            }
        }
    }

    /// A successful build's output agrees with itself: jobs.json lists as many postings
    /// as there are job pages. Returns that number.
    @discardableResult
    static func expectConsistent(_ output: String) -> Int {
        let data = FileManager.default.contents(atPath: output + "/jobs.json") ?? Data()
        let count = ((try? JSONSerialization.jsonObject(with: data)) as? [String: Any])?["count"] as? Int ?? -1
        let pages = ((try? FileManager.default.contentsOfDirectory(atPath: output + "/jobs")) ?? []).filter {
            FileManager.default.fileExists(atPath: "\(output)/jobs/\($0)/index.html")
        }
        #expect(count == pages.count, "jobs.json lists \(count) postings, \(pages.count) job pages in \(output)")
        return count
    }
}
