import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `openings build` when the machine fails it: the disk fills up, a file grows past
/// the size limit, the process is killed halfway. Each time the previous output must
/// stay exactly as it was, and nothing of the failed build may stay behind.
@Suite(.serialized) struct BuildFaultTests {
    /// A 2 MB disk holding a small site's build; a site of 200 pages (about 3 MB) does
    /// not fit. The error names the file and the cause, and the old build is untouched.
    @Test(.enabled(if: OtherUser.isRoot, "mounting a tmpfs needs root"))
    func diskFillsUpMidBuild() throws {
        let folder = BinaryTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try BinaryTests.copySite(to: folder, fixture: "minimal")
        try GeneratedSite.write(to: folder + "/big", count: 200)
        let disk = try Tmpfs.mount(at: folder + "/disk", size: "2m")
        defer { disk.unmount() }
        let output = disk.path + "/Public"

        let first = try BinaryTests.run(["build", "--site", folder + "/site", "--output", output])
        #expect(first.status == 0, "\(first.stderr)")
        let before = FolderSnapshot(output)
        #expect(before.files["index.html"] != nil)

        let full = try BinaryTests.run(["build", "--site", folder + "/big", "--output", output])
        #expect(full.status == 1)
        let error = full.stderr.split(separator: "\n").first { $0.hasPrefix("error: ") }.map(String.init) ?? ""
        #expect(error.hasPrefix("error: cannot write \(output)/"), "\(full.stderr)")
        #expect(error.hasSuffix(": No space left on device"), "\(full.stderr)")
        #expect(full.stderr.contains("build failed; \(output) was not changed"))
        #expect(FolderSnapshot(output) == before, "the previous build is byte for byte as it was")
        #expect(FolderSnapshot.stagingLeftovers(beside: output).isEmpty)
        // The space the failed build took is free again: the small site builds again.
        let again = try BinaryTests.run(["build", "--site", folder + "/site", "--output", output, "--force"])
        #expect(again.status == 0, "\(again.stderr)")
    }

    /// A volume mounted at the output (a container's `-v …:/site/Public`) cannot be
    /// renamed, so the swap fails. The build says why, and the dot entries it had moved
    /// into its staging folder for the swap (a deploy repository's `.git`) are put back
    /// before that folder is removed: they used to be deleted with it.
    @Test(.enabled(if: OtherUser.isRoot, "mounting a tmpfs needs root"))
    func outputIsAMountPointKeepsItsDotEntries() throws {
        let folder = BinaryTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try BinaryTests.copySite(to: folder, fixture: "minimal")
        let volume = try Tmpfs.mount(at: folder + "/Public", size: "4m")
        defer { volume.unmount() }
        try GeneratedSite.write("ref: refs/heads/main\n", to: volume.path + "/.git/HEAD")
        try GeneratedSite.write("<!doctype html>deployed\n", to: volume.path + "/index.html")
        let before = FolderSnapshot(volume.path)

        let build = try BinaryTests.run(["build", "--site", folder + "/site", "--output", volume.path])
        #expect(build.status == 1)
        #expect(build.stderr.contains("error: cannot replace \(volume.path): Device or resource busy: it looks like a mount point"), "\(build.stderr)")
        #expect(FolderSnapshot(volume.path) == before, "the volume, .git included, is as it was")
        #expect(FolderSnapshot.stagingLeftovers(beside: volume.path).isEmpty)
    }

    /// The same fault without root: a file size limit (`ulimit -f`, with SIGXFSZ
    /// ignored as a shell's `trap '' XFSZ` does, so the write fails with EFBIG instead
    /// of the signal killing the build) that one posting's page exceeds.
    @Test func fileSizeLimitMidBuild() throws {
        let folder = BinaryTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try GeneratedSite.write(to: folder + "/site", count: 3)
        let output = folder + "/Public"
        let first = try BinaryTests.run(["build", "--site", folder + "/site", "--output", output])
        #expect(first.status == 0, "\(first.stderr)")
        let before = FolderSnapshot(output)

        // A 64 KB body: its page is far past the 32 KB limit; every other file is below it.
        let body = String(repeating: "A paragraph about the work, long enough to matter. ", count: 1300)
        try GeneratedSite.write(GeneratedSite.posting(2, body: body), to: folder + "/site/Content/jobs/engineer-2.md")
        let limited = try BinaryTests.run(["-c", "trap '' XFSZ; ulimit -f 32; exec \"$0\" \"$@\"", BinaryTests.binary,
                                           "build", "--site", folder + "/site", "--output", output],
                                          executable: "/bin/bash")
        #expect(limited.status == 1, "\(limited.stderr)")
        #expect(limited.stderr.contains("error: cannot write \(output)/jobs/engineer-2/index.html: File too large"), "\(limited.stderr)")
        #expect(FolderSnapshot(output) == before)
        #expect(FolderSnapshot.stagingLeftovers(beside: output).isEmpty)
    }

    /// SIGKILL cannot be caught: a build killed halfway leaves its staging folder
    /// (`.Public.openings-<pid>-new`), and each kill used to add one more. The next
    /// build clears them away, keeps the user's dot entries, and writes a complete site.
    @Test func killedBuildsLeaveNoStagingBehind() throws {
        let folder = BinaryTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let count = 1000
        try GeneratedSite.write(to: folder + "/site", count: count)
        let output = folder + "/site/Public"
        let first = try BinaryTests.run(["build", "--site", folder + "/site"])
        #expect(first.status == 0, "\(first.stderr)")
        // A deploy repository kept in the output, as docs/deploy.md suggests.
        try GeneratedSite.write("ref: refs/heads/main\n", to: output + "/.git/HEAD")

        for round in 1...2 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: BinaryTests.binary)
            process.arguments = ["build", "--site", folder + "/site", "--force"]
            process.environment = ProcessInfo.processInfo.environment.merging(["SOURCE_DATE_EPOCH": "1795824000"]) { _, new in new }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let staging = "\(folder)/site/.Public.openings-\(process.processIdentifier)-new"
            // Killed once it is writing job pages into its staging folder.
            let deadline = Date().addingTimeInterval(60)
            while process.isRunning, Date() < deadline, !FileManager.default.fileExists(atPath: staging + "/jobs") { usleep(2_000) }
            #expect(process.isRunning, "the build ended before it could be killed; make the site larger")
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)
            // The build just killed left its folder; the one killed before was cleared by it.
            #expect(FolderSnapshot.stagingLeftovers(beside: output) == [".Public.openings-\(process.processIdentifier)-new"], "kill \(round)")
            #expect(FileManager.default.fileExists(atPath: output + "/index.html"), "the previous build is still served")
        }

        let next = try BinaryTests.run(["build", "--site", folder + "/site"])
        #expect(next.status == 0, "\(next.stderr)")
        // As many files as the first, complete build wrote.
        let written = { (stderr: String) in stderr.firstMatch(of: /built (\d+) files/).map { String($0.1) } }
        #expect(written(next.stderr) != nil && written(next.stderr) == written(first.stderr), "\(next.stderr)")
        #expect(FolderSnapshot.stagingLeftovers(beside: output).isEmpty)
        let jobs = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output + "/jobs.json"))) as? [String: Any]
        #expect(jobs?["count"] as? Int == count)
        let pages = try FileManager.default.contentsOfDirectory(atPath: output + "/jobs").filter {
            FileManager.default.fileExists(atPath: "\(output)/jobs/\($0)/index.html")
        }
        #expect(pages.count == count)
        #expect(FileManager.default.contents(atPath: output + "/.git/HEAD") == Data("ref: refs/heads/main\n".utf8))
    }
}
