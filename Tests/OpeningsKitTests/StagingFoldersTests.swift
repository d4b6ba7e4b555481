import Foundation
import Testing
@testable import OpeningsKit

/// What the next build does with the folders of builds that died (see
/// `StagingFolders.removeStale`): clears them, without losing what the user keeps in
/// the output, and leaves alone those of builds still running when it cannot be sure.
@Suite struct StagingFoldersTests {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("openings-staging-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ text: String, _ path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    static func entries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test func namesOfThisOutputOnly() {
        let folders = StagingFolders(output: "/srv/site/Public")
        #expect(folders.path(pid: 42) == "/srv/site/.Public.openings-42-new")
        #expect(folders.path(pid: 42, old: true) == "/srv/site/.Public.openings-42-old")
        #expect(folders.parse(".Public.openings-42-new")! == (42, false))
        #expect(folders.parse(".Public.openings-42-old")! == (42, true))
        #expect(folders.parse(".Public-new.openings-42-new") == nil, "another output's")
        #expect(folders.parse(".Public.openings-x-new") == nil)
        #expect(folders.parse(".Public.openings.json") == nil)
        // An output whose name ends in -new gets an -old folder of its own name.
        #expect(StagingFolders(output: "/srv/site-new").path(pid: 7, old: true) == "/srv/.site-new.openings-7-old")
    }

    /// A build killed after moving the output's `.git` into its staging folder, just
    /// before the swap: the `.git` goes back into the output, the rest is removed.
    @Test func aDeadBuildsFoldersGoAndTheUsersDotEntriesStay() throws {
        let parent = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        try Self.write("old page", parent + "/Public/index.html")
        try Self.write("ref: refs/heads/main\n", parent + "/.Public.openings-999999-new/.git/HEAD")
        try Self.write("half a page", parent + "/.Public.openings-999999-new/index.html")
        try Self.write("half a page", parent + "/.Public.openings-999998-new/index.html")
        try Self.write("another output's", parent + "/.Staging.openings-999997-new/index.html")

        #expect(StagingFolders(output: parent + "/Public").removeStale(locked: false) == [])
        #expect(Self.entries(parent) == [".Staging.openings-999997-new", "Public"])
        #expect(Self.entries(parent + "/Public") == [".git", "index.html"])
        #expect(try String(contentsOfFile: parent + "/Public/index.html", encoding: .utf8) == "old page")
    }

    /// Killed between its two renames (where folders cannot be exchanged in one step):
    /// the output is missing and the previous build sits in the `-old` folder.
    @Test func aMissingOutputComesBackFromTheOldFolder() throws {
        let parent = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        try Self.write("previous page", parent + "/.Public.openings-999999-old/index.html")
        try Self.write("new page", parent + "/.Public.openings-999999-new/index.html")
        _ = StagingFolders(output: parent + "/Public").removeStale(locked: false)
        #expect(Self.entries(parent) == ["Public"])
        #expect(try String(contentsOfFile: parent + "/Public/index.html", encoding: .utf8) == "previous page")
    }

    /// Without the lock, a folder whose process is alive may be a build at work.
    @Test func aLiveBuildsFolderStaysUnlessLocked() throws {
        let parent = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let live = ".Public.openings-\(getppid())-new"
        try Self.write("being written", parent + "/" + live + "/index.html")
        let folders = StagingFolders(output: parent + "/Public")
        #expect(folders.liveBuild())
        _ = folders.removeStale(locked: false)
        #expect(Self.entries(parent) == [live])
        _ = folders.removeStale(locked: true)
        #expect(Self.entries(parent) == [])
    }
}
