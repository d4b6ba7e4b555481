import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds on folders the builder may not write or read: a read-only disk, an output of
/// another user, a site checked out read-only, a posting nobody may read. One clear
/// line, exit 1 (or success where only the output needs writing), no crash, and the
/// previous output untouched.
@Suite(.serialized) struct BuildPermissionTests {
    static func errorLine(_ stderr: String) -> String {
        stderr.split(separator: "\n").first { $0.hasPrefix("error: ") }.map(String.init) ?? ""
    }

    @Test(.enabled(if: OtherUser.isRoot, "remounting a file system read-only needs root"))
    func readOnlyOutputFileSystem() throws {
        let folder = BinaryTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try BinaryTests.copySite(to: folder, fixture: "minimal")
        let disk = try Tmpfs.mount(at: folder + "/disk", size: "4m")
        defer { disk.unmount() }
        let output = disk.path + "/Public"
        #expect(try BinaryTests.run(["build", "--site", folder + "/site", "--output", output]).status == 0)
        let before = FolderSnapshot(output)
        try disk.makeReadOnly()

        let build = try BinaryTests.run(["build", "--site", folder + "/site", "--output", output, "--force"])
        #expect(build.status == 1)
        #expect(Self.errorLine(build.stderr).hasSuffix(": Read-only file system"), "\(build.stderr)")
        #expect(Self.errorLine(build.stderr).contains(output), "names the output")
        #expect(build.stderr.contains("build failed; \(output) was not changed"))
        #expect(FolderSnapshot(output) == before)
    }

    /// An output (and its folder) built by root, rebuilt by another user.
    @Test func outputOwnedBySomeoneElse() throws {
        let folder = BinaryTests.temporaryFolder()
        defer { chmod(folder + "/out", 0o755); try? FileManager.default.removeItem(atPath: folder) }
        try BinaryTests.copySite(to: folder, fixture: "minimal")
        let output = folder + "/out/Public"
        #expect(try BinaryTests.run(["build", "--site", folder + "/site", "--output", output]).status == 0)
        let before = FolderSnapshot(output)
        if !OtherUser.isRoot { chmod(folder + "/out", 0o555) } // as root, `nobody` may not write it anyway

        let build = try OtherUser.run(["build", "--site", folder + "/site", "--output", output, "--force"])
        #expect(build.status == 1)
        #expect(Self.errorLine(build.stderr) == "error: cannot create a folder beside \(output) to build in (.Public.openings-\(Self.pid(in: build.stderr))-new): Permission denied",
                "\(build.stderr)")
        #expect(FolderSnapshot(output) == before)
        #expect(FolderSnapshot.stagingLeftovers(beside: output).isEmpty)
    }

    /// Only the output is writable (a read-only checkout, a site owned by someone else):
    /// the build succeeds, writes nothing into the site, and says it could not record
    /// itself.
    @Test func siteFolderNobodyCanWrite() throws {
        let folder = BinaryTests.temporaryFolder()
        defer { chmod(folder + "/site", 0o755); try? FileManager.default.removeItem(atPath: folder) }
        try BinaryTests.copySite(to: folder, fixture: "minimal")
        let site = FolderSnapshot(folder + "/site")
        let siteEntries = try FileManager.default.contentsOfDirectory(atPath: folder + "/site")
        if !OtherUser.isRoot { chmod(folder + "/site", 0o555) }
        try OtherUser.sharedFolder(folder + "/out")
        let output = folder + "/out/Public"

        let build = try OtherUser.run(["build", "--site", folder + "/site", "--output", output])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains("note: cannot record the build in \(folder)/site/.openings/: Permission denied"), "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: output + "/jobs/backend-engineer/index.html"))
        #expect(FolderSnapshot(folder + "/site") == site, "nothing written into the site")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/site") == siteEntries)
        // And again: without its record the build is simply done again.
        #expect(try OtherUser.run(["build", "--site", folder + "/site", "--output", output]).status == 0)
    }

    /// A posting, then a whole folder of postings, that the builder may not read.
    @Test func contentNobodyCanRead() throws {
        let folder = BinaryTests.temporaryFolder()
        defer {
            chmod(folder + "/site/Content/jobs", 0o755)
            try? FileManager.default.removeItem(atPath: folder)
        }
        try BinaryTests.copySite(to: folder, fixture: "minimal")
        try OtherUser.sharedFolder(folder + "/out")
        let output = folder + "/out/Public"
        #expect(try OtherUser.run(["build", "--site", folder + "/site", "--output", output]).status == 0)
        let before = FolderSnapshot(output)
        let posting = folder + "/site/Content/jobs/backend-engineer.md"

        chmod(posting, 0o000)
        let file = try OtherUser.run(["build", "--site", folder + "/site", "--output", output])
        #expect(file.status == 1)
        #expect(file.stderr.contains("\(posting):1:1: error: cannot read file: Permission denied; make it readable (chmod a+r) for the user who builds"),
                "\(file.stderr)")
        #expect(FolderSnapshot(output) == before)

        chmod(posting, 0o644)
        chmod(folder + "/site/Content/jobs", 0o000)
        // Without a finding this built a careers site with no postings.
        let listing = try OtherUser.run(["build", "--site", folder + "/site", "--output", output])
        #expect(listing.status == 1)
        #expect(listing.stderr.contains("\(folder)/site/Content/jobs:1:1: error: cannot read this folder: Permission denied"), "\(listing.stderr)")
        #expect(FolderSnapshot(output) == before)
        #expect(FolderSnapshot.stagingLeftovers(beside: output).isEmpty)
    }

    /// The pid in a staging folder's name as the error printed it.
    static func pid(in stderr: String) -> String {
        stderr.firstMatch(of: /\.Public\.openings-(\d+)-new/).map { String($0.1) } ?? "?"
    }
}
