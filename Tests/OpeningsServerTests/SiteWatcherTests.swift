import Foundation
@testable import OpeningsServer
import Testing

/// The poller is what `serve` uses on macOS; on Linux the server tests go through
/// inotify, so this drives the poller and its debouncer directly.
@Suite struct SiteWatcherTests {
    @Test(.timeLimit(.minutes(1))) func anEditorsSaveIsOneBatchOfItsPaths() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("openings-poll-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/jobs", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "old".write(toFile: folder + "/jobs/a.md", atomically: false, encoding: .utf8)

        let poller = SiteWatcher(folders: [folder])
        let (batches, output) = AsyncStream<Debouncer.Event>.makeStream()
        let changes = poller.changes() // has looked once when it returns
        let watching = Task {
            await Debouncer(quiet: poller.debounce).run(changes) { output.yield($0) }
        }
        defer { watching.cancel() }
        // Write a temporary file, rename it over the posting, add another: one save.
        try "new text".write(toFile: folder + "/jobs/.a.md.tmp", atomically: false, encoding: .utf8)
        #expect(rename(folder + "/jobs/.a.md.tmp", folder + "/jobs/a.md") == 0)
        try "b".write(toFile: folder + "/jobs/b.md", atomically: false, encoding: .utf8)

        var iterator = batches.makeAsyncIterator()
        let batch = await iterator.next()
        #expect(batch == .some([folder + "/jobs/a.md", folder + "/jobs/b.md"]))
    }
}
