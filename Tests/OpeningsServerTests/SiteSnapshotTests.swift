import Foundation
@testable import OpeningsServer
@testable import OpeningsKit
import Testing

/// The preview's snapshots: what each serves after a sequence of builds, whichever way
/// `next` took (an edit's few changed files over a shared base, or a whole new table).
@Suite struct SiteSnapshotTests {
    static func page(_ path: String, _ body: String) -> OutputFile {
        OutputFile(path: path, contents: .text("<html><body>\(body)</body></html>"))
    }

    static func served(_ snapshot: SiteSnapshot, _ path: String) -> String? {
        snapshot.file(path).map { String(buffer: $0.bytes) }
    }

    @Test func anEditChangesOnlyItsFileAndKeepsTheOthersDates() {
        let early = Date(timeIntervalSince1970: 1_000), late = Date(timeIntervalSince1970: 2_000)
        let first = [Self.page("index.html", "home"), Self.page("jobs/a/index.html", "A"), Self.page("jobs/b/index.html", "B")]
        let (one, all) = SiteSnapshot.empty.next(first, inject: "<script></script>", now: early)
        #expect(all == 3)
        var second = first
        second[1] = Self.page("jobs/a/index.html", "A, edited")
        let (two, changed) = one.next(second, inject: "<script></script>", now: late)
        #expect(changed == 1)
        #expect(Self.served(two, "jobs/a/index.html") == "<html><body>A, edited<script></script></body></html>")
        #expect(two.file("jobs/a/index.html")?.modified == late)
        #expect(two.file("jobs/b/index.html")?.modified == early)
        #expect(two.folders == ["", "jobs", "jobs/a", "jobs/b"])
        // The same text made again (new storage, equal bytes) is not a change.
        var third = second
        third[2] = Self.page("jobs/b/index.html", "B")
        let (three, unchanged) = two.next(third, inject: "<script></script>", now: late)
        #expect(unchanged == 0)
        #expect(three.file("jobs/b/index.html")?.modified == early)
    }

    @Test func manyEditsFoldIntoANewBaseAndStillServeTheLatestOfEachFile() {
        let count = SiteSnapshot.overlayLimit + 40
        var output = (0..<count).map { Self.page("jobs/\($0)/index.html", "job \($0)") }
        var (snapshot, _) = SiteSnapshot.empty.next(output, inject: "", now: Date())
        // Each build changes one more file than the last kept in the overlay, past its limit.
        for round in 0..<count {
            output[round] = Self.page("jobs/\(round)/index.html", "job \(round), edited")
            let (next, changed) = snapshot.next(output, inject: "", now: Date())
            #expect(changed == 1)
            snapshot = next
        }
        for index in [0, SiteSnapshot.overlayLimit - 1, SiteSnapshot.overlayLimit, count - 1] {
            #expect(Self.served(snapshot, "jobs/\(index)/index.html") == "<html><body>job \(index), edited</body></html>")
        }
    }

    @Test func filesAddedOrRemovedChangeTheFolders() {
        let first = [Self.page("index.html", "home"), Self.page("jobs/a/index.html", "A")]
        let (one, _) = SiteSnapshot.empty.next(first, inject: "", now: Date())
        let (two, added) = one.next(first + [Self.page("jobs/b/index.html", "B")], inject: "", now: Date())
        #expect(added == 1)
        #expect(two.folders.contains("jobs/b"))
        let (three, _) = two.next([first[0]], inject: "", now: Date())
        #expect(three.file("jobs/a/index.html") == nil)
        #expect(three.folders == [""])
        #expect(Self.served(three, "index.html") == "<html><body>home</body></html>")
    }
}
