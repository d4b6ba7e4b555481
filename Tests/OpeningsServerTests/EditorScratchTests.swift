import Foundation
@testable import OpeningsServer
import Testing

/// Which names the watchers take for editors' scratch files, and the poller (the
/// watcher on macOS) skipping them: a save that only touches those is no rebuild.
@Suite struct EditorScratchTests {
    @Test func scratchNames() {
        for name in [".x.md.swp", ".x.md.swx", ".#x.md", ".x.md.kate-swp", "x.md~", "#x.md#", "4913", "5036",
                     "x.md.tmp", "x.md___jb_tmp___", "x.md___jb_old___", "x.md.crswap"] {
            #expect(EditorScratch.isScratch(name), "\(name)")
        }
        for name in ["x.md", "site.yml", "bands.yml", "style.css", "404.md", "job-4913.md", "#", "logo.svg", "theme.yml"] {
            #expect(!EditorScratch.isScratch(name), "\(name)")
        }
    }

    @Test(.timeLimit(.minutes(1))) func thePollerReportsThePostingNotTheScratch() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("openings-scratch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/jobs/.git", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "old".write(toFile: folder + "/jobs/a.md", atomically: false, encoding: .utf8)

        let poller = SiteWatcher(folders: [folder])
        let (batches, output) = AsyncStream<Debouncer.Event>.makeStream()
        let changes = poller.changes()
        let watching = Task { await Debouncer(quiet: poller.debounce).run(changes) { output.yield($0) } }
        defer { watching.cancel() }
        // Vim's save: its probe, the swap file, the backup, then the new text.
        for name in ["4913", ".a.md.swp", "a.md~", "#a.md#", "a.md.tmp", ".git/index"] {
            try "scratch".write(toFile: folder + "/jobs/" + name, atomically: false, encoding: .utf8)
        }
        try "new".write(toFile: folder + "/jobs/a.md", atomically: false, encoding: .utf8)

        var iterator = batches.makeAsyncIterator()
        #expect(await iterator.next() == .some([folder + "/jobs/a.md"]))
    }
}
