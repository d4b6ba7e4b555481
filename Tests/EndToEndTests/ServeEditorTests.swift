import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `openings serve` while editors save the way they really do: by renaming a copy
/// over the file (with Vim's probe file and backup), by truncating and writing in
/// place, with swap, lock and backup files beside the posting, and whole folders
/// renamed, moved away and deleted. The real binary serves on a free port; rebuilds
/// are counted from its log, one line each (see README, `serve`).
@Suite(.serialized, .timeLimit(.minutes(1))) struct ServeEditorTests {
    static let posting = "Content/jobs/backend-engineer.md"

    static func job(_ title: String, id: String = "ENG-1") -> String {
        """
        ---
        title: \(title)
        id: \(id)
        department: Engineering
        workplace: remote
        remote_countries: [US, CA]
        vacancy: existing
        ai_screening: false
        posted: 2026-11-01
        salary: { min: 120000, max: 150000, currency: USD }
        ---
        Build the **scheduling** service.

        """
    }

    /// A copy of the minimal site, served.
    static func serve(_ body: (String, ServeProcess) throws -> Void) throws {
        let server = try ServeProcess()
        defer { server.stop() }
        #expect(ServeProcess.eventually { server.builds.count == 1 }, "the initial build")
        try body(server.site, server)
    }

    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// Saving by rename, as Vim does by default and as editors' "atomic save" does:
    /// Vim's probe file `4913` made and removed, the posting renamed to its backup
    /// `x.md~`, the new text written, the backup removed; then a copy `x.md.tmp` renamed
    /// over the posting. Each save rebuilds for the posting alone.
    @Test func savingByRenameRebuildsForThePostingOnly() throws {
        try Self.serve { site, server in
            let path = site + "/" + Self.posting
            let jobs = site + "/Content/jobs"
            try Self.write("", to: jobs + "/4913")
            unlink(jobs + "/4913")
            #expect(rename(path, path + "~") == 0)
            try Self.write(Self.job("Vim Saved Engineer"), to: path)
            unlink(path + "~")
            #expect(try ServeProcess.eventually { try server.get("/jobs/backend-engineer/").body.contains("Vim Saved Engineer") })

            try Self.write(Self.job("Renamed Over Engineer"), to: path + ".tmp")
            #expect(rename(path + ".tmp", path) == 0)
            #expect(try ServeProcess.eventually { try server.get("/jobs/backend-engineer/").body.contains("Renamed Over Engineer") })

            usleep(200_000)
            let rebuilds = server.builds.dropFirst()
            #expect(!rebuilds.isEmpty)
            // On a busy machine a save may be split into two batches (the posting gone, then
            // back), but every batch is about the posting: no scratch file is ever the news.
            for line in rebuilds {
                #expect(line.hasPrefix("\(Self.posting): "), "a rebuild for something else: \(line)")
            }
            #expect(rebuilds.last?.hasPrefix("\(Self.posting): rendered 1 job page") == true)
        }
    }

    /// Files editors keep beside the posting while it is open, and nothing else: no rebuild.
    @Test func swapLockAndBackupFilesDoNotRebuild() throws {
        try Self.serve { site, server in
            let jobs = site + "/Content/jobs"
            for name in [".backend-engineer.md.swp", ".backend-engineer.md.swx", "backend-engineer.md~", "4913", "5036",
                         "#backend-engineer.md#", "backend-engineer.md.tmp"] {
                try Self.write("scratch", to: jobs + "/" + name)
                try Self.write("scratch, changed", to: jobs + "/" + name)
                unlink(jobs + "/" + name)
            }
            // Emacs's lock: a dangling symbolic link.
            try FileManager.default.createSymbolicLink(atPath: jobs + "/.#backend-engineer.md", withDestinationPath: "root@host.1234:1700000000")
            unlink(jobs + "/.#backend-engineer.md")
            usleep(600_000)
            #expect(server.builds.count == 1, "rebuilt for scratch files: \(server.builds.dropFirst())")
            // The watcher still works: a real save is seen.
            try Self.write(Self.job("Still Watched Engineer"), to: site + "/" + Self.posting)
            #expect(try ServeProcess.eventually { try server.get("/jobs/backend-engineer/").body.contains("Still Watched Engineer") })
        }
    }

    /// Saved in place: the file is empty for a moment (longer than the debounce here).
    /// The build of the empty file fails, the last good page stays served meanwhile,
    /// and the written text is served once it is there.
    @Test func truncateThenWriteKeepsTheLastGoodPageUntilTheTextIsThere() throws {
        try Self.serve { site, server in
            let path = site + "/" + Self.posting
            let handle = try #require(FileHandle(forWritingAtPath: path))
            handle.truncateFile(atOffset: 0)
            #expect(ServeProcess.eventually { server.builds.count == 2 }, "the empty file is built")
            #expect(server.builds.last?.contains("build failed with 1 error") == true, "\(server.builds)")
            let during = try server.get("/jobs/backend-engineer/")
            #expect(during.status == 200)
            #expect(during.body.contains("Backend Engineer"), "the last good page while the file is empty")

            handle.write(Data(Self.job("Rewritten Engineer").utf8))
            try handle.close()
            #expect(try ServeProcess.eventually { try server.get("/jobs/backend-engineer/").body.contains("Rewritten Engineer") })
            #expect(server.builds.last?.contains(": rendered 1 job page") == true, "\(server.builds)")
            #expect(server.process.isRunning)
        }
    }

    /// A department's folder renamed (its postings keep their pages, and edits in it are
    /// seen under the new name), moved out of the site (pages go; its later edits are
    /// not the site's), moved back, and deleted.
    @Test func foldersRenamedMovedAwayAndDeletedAreSeen() throws {
        try Self.serve { site, server in
            let jobs = site + "/Content/jobs"
            try FileManager.default.createDirectory(atPath: jobs + "/engineering", withIntermediateDirectories: true)
            try Self.write(Self.job("Platform Engineer", id: "ENG-2"), to: jobs + "/engineering/platform-engineer.md")
            #expect(try ServeProcess.eventually { try server.get("/jobs/platform-engineer/").status == 200 })

            #expect(rename(jobs + "/engineering", jobs + "/eng") == 0)
            try Self.write(Self.job("Renamed Platform Engineer", id: "ENG-2"), to: jobs + "/eng/platform-engineer.md")
            #expect(try ServeProcess.eventually { try server.get("/jobs/platform-engineer/").body.contains("Renamed Platform Engineer") },
                    "an edit inside the renamed folder")

            let away = site + "-away"
            #expect(rename(jobs + "/eng", away) == 0)
            #expect(try ServeProcess.eventually { try server.get("/jobs/platform-engineer/").status == 404 })
            usleep(200_000)
            let settled = server.builds.count
            try Self.write(Self.job("Elsewhere Engineer", id: "ENG-2"), to: away + "/platform-engineer.md")
            usleep(500_000)
            #expect(server.builds.count == settled, "rebuilt for a folder outside the site: \(server.builds.suffix(1))")

            #expect(rename(away, jobs + "/engineering") == 0)
            #expect(try ServeProcess.eventually { try server.get("/jobs/platform-engineer/").body.contains("Elsewhere Engineer") })

            try FileManager.default.removeItem(atPath: jobs + "/engineering")
            #expect(try ServeProcess.eventually { try server.get("/jobs/platform-engineer/").status == 404 })
            #expect(try server.get("/jobs/backend-engineer/").status == 200)
            #expect(server.process.isRunning)
        }
    }
}
