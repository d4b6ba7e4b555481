import Foundation
import Testing
@testable import OpeningsKit

/// What else than a posting can sit under `Content/` under a posting's name: a named
/// pipe (reading it would wait forever), a socket, a link to nothing, a folder, an
/// editor's lock; and a posting that is gone or replaced between being listed and
/// being read. Each is skipped or reported in one line; nothing hangs or crashes.
@Suite(.timeLimit(.minutes(1))) struct ContentEntryTests {
    @Test func entriesThatAreNotPostingsAreSkippedAndNamed() throws {
        let site = try TestSite(["Content/jobs/backend.md": TestSite.validJob])
        defer { site.remove() }
        let jobs = site.root + "/Content/jobs"
        #expect(mkfifo(jobs + "/pipe.md", 0o644) == 0)
        try Self.bindSocket(at: jobs + "/socket.md")
        try FileManager.default.createSymbolicLink(atPath: jobs + "/gone.md", withDestinationPath: "nowhere.md")
        // Emacs's lock: a link to `user@host.pid` that leads nowhere, named like a dot file.
        try FileManager.default.createSymbolicLink(atPath: jobs + "/.#backend.md", withDestinationPath: "root@host.1234:1700000000")
        // A folder named like a posting is a folder of postings.
        try site.write("Content/jobs/folder.md/inside.md", Data(TestSite.validJob.replacingOccurrences(of: "ENG-1", with: "ENG-2")
            .replacingOccurrences(of: "Backend Engineer", with: "Frontend Engineer").utf8))

        let report = site.build(output: site.root + "/Public")
        #expect(site.lines(report.diagnostics) == [
            "Content/jobs/gone.md:1:1: warning: symbolic link to a file that does not exist; it is not read; remove the link, or restore the file it points to",
            "Content/jobs/pipe.md:1:1: warning: this is not a regular file (a named pipe, socket or device) and is not read; remove it, or replace it with the file it stands for",
            "Content/jobs/socket.md:1:1: warning: this is not a regular file (a named pipe, socket or device) and is not read; remove it, or replace it with the file it stands for",
        ])
        #expect(report.succeeded)
        #expect(site.read("Public/jobs/backend/index.html") != nil)
        #expect(site.read("Public/jobs/inside/index.html") != nil)
    }

    /// A name whose bytes are not UTF-8 (copied from an old archive, say) cannot be
    /// read through a Swift path: it was reported as "disappeared during the build".
    @Test func aNameThatIsNotUTF8IsNamedAsSuch() throws {
        let site = try TestSite(["Content/jobs/backend.md": TestSite.validJob])
        defer { site.remove() }
        let bad = Array((site.root + "/Content/jobs/caf").utf8) + [0xE9] + Array(".md".utf8) + [0]
        let fd = bad.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT, 0o644) }
        #expect(fd >= 0)
        close(fd)
        let report = site.build(output: site.root + "/Public")
        #expect(site.lines(report.diagnostics) == [
            "Content/jobs/caf\u{FFFD}.md:1:1: warning: this name is not valid UTF-8 (shown with �) and is not read; rename it, e.g. `mv` it to a name in plain letters",
        ])
        #expect(report.succeeded)
    }

    /// A file listed, then gone or replaced before it is read: the race of an editor's
    /// save or a `git checkout` during a build. `SiteFiles.read` is where it lands.
    @Test func aFileGoneOrReplacedAfterListingIsOneFinding() throws {
        let site = try TestSite(["Content/jobs/backend.md": TestSite.validJob])
        defer { site.remove() }
        let files = SiteFiles(root: site.root)
        let path = "Content/jobs/backend.md"
        guard case .success = files.read(path) else { Issue.record("the posting reads"); return }

        try FileManager.default.removeItem(atPath: site.root + "/" + path)
        guard case .failure(let gone) = files.read(path) else { Issue.record("a missing file reads"); return }
        #expect(site.lines([gone]) == ["Content/jobs/backend.md:1:1: error: file disappeared while the site was being read (moved or deleted during the build); build again once the change is complete"])

        // A named pipe where the file was: read without waiting for a writer that never comes.
        #expect(mkfifo(site.root + "/" + path, 0o644) == 0)
        guard case .failure(let pipe) = files.read(path) else { Issue.record("a pipe reads"); return }
        #expect(site.lines([pipe]) == ["Content/jobs/backend.md:1:1: error: cannot read file: it is not a regular file (a named pipe, socket or device); replace it with the file it stands for"])
    }

    /// A named pipe under `Themes/` and among the assets: the build's fingerprint reads
    /// every file there, and a theme's assets are copied.
    @Test func aNamedPipeInTheThemeDoesNotStallTheBuild() throws {
        let site = try TestSite(["Content/jobs/backend.md": TestSite.validJob,
                                 "Themes/custom/theme.yml": "extends: default\n"],
                                siteYML: TestSite.siteYML + "theme: custom\n")
        defer { site.remove() }
        try FileManager.default.createDirectory(atPath: site.root + "/Themes/custom/assets", withIntermediateDirectories: true)
        #expect(mkfifo(site.root + "/Themes/custom/assets/pipe.css", 0o644) == 0)
        let report = site.build(output: site.root + "/Public")
        #expect(report.succeeded, "\(report.failure ?? "")")
        #expect(site.lines(report.diagnostics) == [
            "Themes/custom/assets/pipe.css:1:1: warning: this is not a regular file (a named pipe, socket or device) and is not read; remove it, or replace it with the file it stands for",
        ])
    }

    static func bindSocket(at path: String) throws {
        #if canImport(Glibc)
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_UNIX, SOCK_STREAM, 0)
        #endif
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { throw Failure("socket path too long: \(path)") }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else { throw Failure("cannot bind a socket at \(path)") }
    }
}
