import Foundation
import Testing

/// What a team needs to run Openings from its own repository: `init --ci`, recipes that
/// only call what the binary has, `theme export`, `--version`.
@Suite struct AdoptionTests {
    typealias B = BinaryTests

    static let recipes = ["github": "docs/recipes/github-actions.yml", "gitlab": "docs/recipes/gitlab-ci.yml",
                          "netlify": "docs/recipes/netlify.toml"]
    static let destinations = ["github": ".github/workflows/careers.yml", "gitlab": ".gitlab-ci.yml", "netlify": "netlify.toml"]

    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test(arguments: ["github", "gitlab", "netlify"])
    func initWithCIWritesARepositoryPeopleCanLiveIn(_ service: String) throws {
        let folder = B.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let created = try B.run(["init", folder + "/careers", "--ci", service])
        #expect(created.status == 0, "\(created.stderr)")
        let recipe = try #require(Self.destinations[service])
        #expect(created.stdout.contains(folder + "/careers/" + recipe))
        #expect(try Self.read(folder + "/careers/" + recipe) == Self.read(B.packageRoot + "/" + Self.recipes[service]!))
        let ignore = try Self.read(folder + "/careers/.gitignore")
        #expect(ignore.contains("/Public/") && ignore.contains("/.openings/"))
        let readme = try Self.read(folder + "/careers/README.md")
        #expect(readme.contains("openings check") && readme.contains("openings serve") && readme.contains("Content/jobs/"))
        #expect(try B.run(["check", "--site", folder + "/careers"]).status == 0)
        let unknown = try B.run(["init", folder + "/other", "--ci", "jenkins"])
        #expect(unknown.status == 2 && unknown.stderr.contains("jenkins"))
    }

    /// Every `openings …` a recipe runs names a subcommand and options the binary's
    /// `--help` lists, and each recipe file parses.
    @Test(arguments: ["docs/recipes/github-actions.yml", "docs/recipes/gitlab-ci.yml", "docs/recipes/netlify.toml",
                      "docs/recipes/pre-commit", "Scripts/dist-check.sh"])
    func recipesRunOnlyWhatTheBinaryHas(_ path: String) throws {
        let text = try Self.read(B.packageRoot + "/" + path)
        let help = try B.run(["--help"]).stdout
        let invocation = /(?:^|[\s;&|(])(?:openings|\.openings\/bin\/openings|"\$bin")((?:[ \t]+[a-z][a-z-]*)+)((?:[ \t]+(?:--?[a-z][a-z-]*|"[^"]*"|[^\s;&|)]+))*)/
        var found = 0
        for match in text.matches(of: invocation.anchorsMatchLineEndings()) {
            let words = match.output.1.split(separator: " ").map(String.init)
            var command: [String] = []
            // Subcommands are the leading words the help lists ("theme export").
            for word in words where command.count < 2 {
                let listing = try B.run(command + ["--help"]).stdout
                guard listing.contains("\n  \(word) ") || listing.contains("\n  \(word)\n") else { break }
                command.append(word)
            }
            #expect(!command.isEmpty, "\(path): `openings\(match.output.1)` is not a command of \(help)")
            let commandHelp = try B.run(command + ["--help"]).stdout
            for option in match.output.2.split(separator: " ").filter({ $0.hasPrefix("--") }) {
                let listed = [" ", "\n", ",", " <"].contains { commandHelp.contains(option + $0) }
                #expect(listed, "\(path): `openings \(command.joined(separator: " ")) \(option)` is not an option")
            }
            found += 1
        }
        #expect(found > 0, "\(path) runs no openings command")
        if path.hasSuffix(".toml") {
            // Python's own TOML reader (3.11+), the same rules Netlify's parser follows.
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-c", "import sys, tomllib; tomllib.load(open(sys.argv[1], 'rb'))", B.packageRoot + "/" + path]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(path) is not valid TOML")
        }
    }

    /// A theme exported from the built-in default builds the very same site.
    @Test func exportedThemeBuildsTheSameSite() throws {
        let folder = B.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let site = folder + "/careers"
        #expect(try B.run(["init", site]).status == 0)
        #expect(try B.run(["build", "--site", site, "--output", folder + "/before"]).status == 0)
        let exported = try B.run(["theme", "export", "--site", site])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stdout.contains(site + "/Themes/custom/templates/job.mustache"))
        #expect(exported.stderr.contains("theme: custom"))
        #expect(try Self.read(site + "/Themes/custom/theme.yml").contains("name: custom"))
        let settings = try Self.read(site + "/Content/site.yml").replacingOccurrences(of: "theme: default ", with: "theme: custom  ")
        try settings.write(toFile: site + "/Content/site.yml", atomically: true, encoding: .utf8)
        #expect(try B.run(["build", "--site", site, "--output", folder + "/after"]).status == 0)
        let before = try RenderingTestsTree.tree(folder + "/before"), after = try RenderingTestsTree.tree(folder + "/after")
        #expect(before.count > 10 && before == after)
        #expect(try B.run(["theme", "export", "--site", site]).status == 1, "refuses a folder with files")
    }

    @Test func versionNamesTheReleaseTheCommitAndTheAllocator() throws {
        let version = try B.run(["--version"])
        #expect(version.status == 0)
        // The allocator is read from the linked jemalloc: a build that lost it says so.
        // A sanitizer build has the sanitizer's malloc instead (Package.swift).
        #if OPENINGS_SYSTEM_MALLOC
        let allocator = "system malloc"
        #else
        let allocator = #"jemalloc \d+\.\d+\.\d+"#
        #endif
        let line = try Regex(#"\d+\.\d+\.\d+ \(commit (?:[0-9a-f]{7,40}(?:-dirty)?|unknown), "# + allocator + #"\)\n"#)
        #expect(version.stdout.wholeMatch(of: line) != nil, "\(version.stdout)")
        // The recipes are pinned to the version this source is.
        let number = String(version.stdout.prefix { $0 != " " })
        for path in Self.recipes.values {
            #expect(try Self.read(B.packageRoot + "/" + path).contains("OPENINGS_VERSION\(path.hasSuffix(".toml") ? " = " : ": ")\"\(number)\""), "\(path)")
        }
    }
}

/// The files of a folder, by path.
enum RenderingTestsTree {
    static func tree(_ root: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = FileManager.default.contents(atPath: root + "/" + path)
            }
        }
        return result
    }
}
