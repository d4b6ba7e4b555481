import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Two `openings build`s into one output at once (a CI job retried while the first
/// still runs, a save hook firing twice): one waits for the other, and the output is
/// one whole build, recorded as the build it is.
@Suite(.serialized) struct ConcurrentBuildTests {
    /// The binary started with its streams in files (a pipe nobody reads would stall it).
    struct Started {
        let process: Process
        let stderr: String

        init(_ arguments: [String], logs folder: String) throws {
            stderr = folder + "/stderr-\(UUID().uuidString).txt"
            FileManager.default.createFile(atPath: stderr, contents: nil)
            process = Process()
            process.executableURL = URL(fileURLWithPath: BinaryTests.binary)
            process.arguments = arguments
            process.environment = ProcessInfo.processInfo.environment.merging(["SOURCE_DATE_EPOCH": "1795824000"]) { _, new in new }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle(forWritingAtPath: stderr)
            try process.run()
        }

        var errorText: String { (try? String(contentsOfFile: stderr, encoding: .utf8)) ?? "" }

        func finish() -> Int32 {
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    /// Holds the lock a build takes (an exclusive `flock` on the output's parent
    /// folder) the way another build would, so the waiting is certain, not a race.
    @Test func aBuildWaitsForTheBuildWritingItsOutput() throws {
        let folder = BinaryTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try BinaryTests.copySite(to: folder, fixture: "minimal")
        let output = folder + "/out/Public"
        try FileManager.default.createDirectory(atPath: folder + "/out", withIntermediateDirectories: true)

        for (round, message) in [(1, "waiting for another build writing into \(folder)/out/ to finish…"),
                                 (2, "waiting for another build writing \(output) to finish…")] {
            let lock = open(folder + "/out", O_RDONLY | O_DIRECTORY)
            #expect(flock(lock, LOCK_EX) == 0)
            // The second time, the other build is seen writing this very output.
            let other = "\(folder)/out/.Public.openings-\(getpid())-new"
            if round == 2 { try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: false) }

            let build = try Started(["build", "--site", folder + "/site", "--output", output, "--force"], logs: folder)
            let deadline = Date().addingTimeInterval(30)
            while build.process.isRunning, Date() < deadline, !build.errorText.contains("waiting for") { usleep(10_000) }
            #expect(build.errorText.hasPrefix(message + "\n"), "round \(round): \(build.errorText)")
            usleep(300_000)
            #expect(build.process.isRunning, "it waits while the lock is held")
            #expect(round == 2 || !FileManager.default.fileExists(atPath: output), "nothing written while waiting")

            close(lock) // the other build is done
            #expect(build.finish() == 0, "\(build.errorText)")
            #expect(FileManager.default.fileExists(atPath: output + "/index.html"))
            // Under the lock, the other build's staging folder is known to be stale.
            #expect(FolderSnapshot.stagingLeftovers(beside: output).isEmpty)
        }
    }

    /// Two builds started together, of the same site and of two different sites: both
    /// succeed, and the output is exactly one single build's output, file for file.
    /// The build record (`.openings/`) then describes that output: the next build of
    /// either site gives that site's output again.
    @Test func twoBuildsAtOnceGiveOneCompleteBuild() throws {
        let folder = BinaryTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try GeneratedSite.write(to: folder + "/engineers", count: 300, title: "Engineer")
        try GeneratedSite.write(to: folder + "/designers", count: 300, title: "Designer")
        var reference: [String: FolderSnapshot] = [:]
        for site in ["engineers", "designers"] {
            let build = try BinaryTests.run(["build", "--site", folder + "/" + site, "--output", folder + "/reference-" + site])
            #expect(build.status == 0, "\(build.stderr)")
            reference[site] = FolderSnapshot(folder + "/reference-" + site)
        }
        let output = folder + "/out/Public"

        for sites in [["engineers", "engineers"], ["engineers", "designers"]] {
            let builds = try sites.map { try Started(["build", "--site", folder + "/" + $0, "--output", output, "--force"], logs: folder) }
            for build in builds { #expect(build.finish() == 0, "\(build.errorText)") }
            let result = FolderSnapshot(output)
            #expect(result == reference["engineers"] || result == reference["designers"], "\(sites): a mix of two builds")
            #expect(FolderSnapshot.stagingLeftovers(beside: output).isEmpty)
        }
        for site in ["engineers", "designers", "engineers"] {
            let build = try BinaryTests.run(["build", "--site", folder + "/" + site, "--output", output])
            #expect(build.status == 0, "\(build.stderr)")
            #expect(FolderSnapshot(output) == reference[site], "a build of \(site) after the race")
        }
    }
}
