import Foundation

/// What the last successful build into an output folder was made from and what it
/// wrote. When the inputs hash the same and every file it lists is still there
/// unchanged, `openings build` has nothing to do: a no-op rebuild reads the inputs
/// once and writes nothing.
///
/// The record lives in the site's own hidden folder, `.openings/build-<hash>.json`,
/// one per output folder (the hash is of the output's absolute path): neither the
/// output, which stays exactly what was rendered, nor anywhere outside the site.
public struct BuildManifest: Sendable, Equatable {
    /// `<site>/.openings/build-<hash of the output path>.json`.
    static func path(siteFolder: String, outputFolder: String) -> String {
        var hasher = ContentHasher()
        hasher.add(outputFolder)
        return SiteFiles.displayPath(".openings/build-\(hasher.hex.prefix(16)).json", root: siteFolder)
    }

    /// Where earlier versions kept the record: `<parent>/.<name>.openings.json`, beside
    /// the output. Removed when a build writes the new one.
    static func legacyPath(outputFolder: String) -> String {
        let url = URL(fileURLWithPath: outputFolder)
        return url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".openings.json"
    }

    static let formatVersion = 2

    public struct Entry: Sendable, Equatable {
        var path: String
        var size: Int64
        var modified: Int64
    }

    /// The output folder the record is for (a check against a hash collision).
    var outputFolder: String
    var fingerprint: String
    var files: [Entry]
    /// The findings of that build, printed again so a no-op build says what a full one says.
    var diagnostics: [Diagnostic]

    // MARK: - Fingerprint

    /// A hash of everything the output depends on: the binary, the options, git's
    /// HEAD when dates come from git, and the path and bytes of every file under
    /// `Content/` and `Themes/`.
    /// With `skippingJobs`, leaves out `Content/jobs/`: what every page shares, for `SessionCache`.
    static func fingerprint(_ options: BuildOptions, skippingJobs: Bool = false) -> String {
        // The commit is asked of git while the files are read (a child process: ~20 ms
        // with a cold disk, before any file was read).
        let siteFolder = options.siteFolder
        let head = options.gitDates ? BackgroundValue { GitHistory.run(["rev-parse", "HEAD"], in: siteFolder) ?? "-" } : nil
        var hasher = ContentHasher()
        hasher.add("openings-build \(formatVersion)")
        if let executable = RunningExecutable.status() {
            hasher.add("exe \(executable.size) \(executable.modifiedSeconds).\(executable.modifiedNanosecondPart) \(executable.inode)")
        } else {
            hasher.add("exe \(CommandLine.arguments.first ?? "")")
        }
        hasher.add("date \(options.buildDate)\(options.complianceDate.map { " laws \($0)" } ?? "") drafts \(options.includeDrafts) strict \(options.strict)")
        hasher.add("base \(options.baseURL?.absolute("") ?? "-")")
        let files = SiteFiles(root: options.siteFolder)
        var ignored: [Diagnostic] = []
        var paths: [String] = []
        for folder in ["Content", "Themes"] where files.kind(folder, diagnostics: &ignored) == .directory {
            if skippingJobs, folder == "Content" {
                paths += files.list(folder, suffix: "", recursive: false, diagnostics: &ignored)
                for sub in ["interview", "pages"] where files.kind("Content/" + sub, diagnostics: &ignored) == .directory {
                    paths += files.list("Content/" + sub, suffix: "", recursive: true, diagnostics: &ignored)
                }
            } else {
                paths += files.list(folder, suffix: "", recursive: true, diagnostics: &ignored)
            }
        }
        paths.sort()
        let digests = paths.parallelMap { path -> [UInt64] in
            var file = ContentHasher()
            file.add(path)
            // A named pipe put where a file was listed must not block the build (see `RegularFile`).
            guard case .success(let bytes) = RegularFile.read(files.absolute(path)) else { return [0, 0] }
            bytes.withUnsafeBytes { file.add(bytes: $0) }
            return [file.a, file.b]
        }
        if let head { hasher.add("git \(head.value())") }
        for digest in digests { hasher.add(words: digest) }
        hasher.add("files \(paths.count)")
        return hasher.hex
    }

    // MARK: - Reading and writing

    /// `fingerprint`: only a record made from the same inputs is wanted; any other is not
    /// parsed (the record of 10,000 postings takes ~50 ms to parse, before the build starts).
    static func read(siteFolder: String, outputFolder: String, fingerprint wanted: String? = nil) -> BuildManifest? {
        guard let data = FileManager.default.contents(atPath: path(siteFolder: siteFolder, outputFolder: outputFolder)),
              wanted.map({ data.range(of: Data($0.utf8)) != nil }) ?? true,
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              object["version"] as? Int == formatVersion,
              object["output"] as? String == outputFolder,
              let fingerprint = object["fingerprint"] as? String,
              let files = object["files"] as? [[Any]],
              let diagnostics = object["diagnostics"] as? [[Any]] else { return nil }
        var entries: [Entry] = []
        entries.reserveCapacity(files.count)
        for file in files {
            guard file.count == 3, let path = file[0] as? String, let size = file[1] as? Int, let modified = file[2] as? Int else { return nil }
            entries.append(Entry(path: path, size: Int64(size), modified: Int64(modified)))
        }
        var findings: [Diagnostic] = []
        for item in diagnostics {
            guard item.count == 8, let severity = (item[0] as? String).flatMap(Diagnostic.Severity.init(rawValue:)),
                  let path = item[1] as? String, let line = item[2] as? Int, let column = item[3] as? Int,
                  let message = item[4] as? String, let related = item[7] as? [String] else { return nil }
            findings.append(Diagnostic(severity, at: SourceLocation(path: path, line: line, column: column), message,
                                       hint: item[5] as? String, rule: item[6] as? String, related: related))
        }
        return BuildManifest(outputFolder: outputFolder, fingerprint: fingerprint, files: entries, diagnostics: findings)
    }

    /// Records the files now in `outputFolder` (their sizes and modification times).
    static func record(fingerprint: String, paths: [String], diagnostics: [Diagnostic], outputFolder: String) -> BuildManifest {
        let entries = paths.sorted().compactMap { path -> Entry? in
            guard let status = FileStatus(outputFolder + "/" + path) else { return nil }
            return Entry(path: path, size: status.size, modified: status.modified)
        }
        return BuildManifest(outputFolder: outputFolder, fingerprint: fingerprint, files: entries, diagnostics: diagnostics)
    }

    /// Written with a rename, so a reader sees the old record or the new one.
    func write(siteFolder: String) throws {
        // Written with the site's own JSON writer: JSONSerialization took ~110k instructions
        // a listed file (2% of a build). Integers go in as written: a time in nanoseconds
        // is past what a Double holds exactly.
        func integer(_ value: some BinaryInteger) -> JSONValue { .raw(String(value)) }
        let object = JSONValue.object([
            ("diagnostics", .array(diagnostics.map { d in
                .array([.string(d.severity.rawValue), .string(d.location.path), integer(d.location.line), integer(d.location.column),
                        .string(d.message), d.hint.map { .string($0) } ?? .null, d.rule.map { .string($0) } ?? .null,
                        .array(d.relatedPaths.map { .string($0) })])
            })),
            ("files", .array(files.map { .array([.string($0.path), integer($0.size), integer($0.modified)]) })),
            ("fingerprint", .string(fingerprint)),
            ("output", .string(outputFolder)),
            ("version", integer(Self.formatVersion)),
        ])
        let data = Array(object.serialized().utf8)
        let path = Self.path(siteFolder: siteFolder, outputFolder: outputFolder)
        let folder = path.parentPath
        let temporary = path + ".tmp-\(getpid())"
        do {
            try AtomicWriter.makeFolders(folder)
            try data.withUnsafeBytes { try RegularFile.write($0, to: temporary) }
            guard rename(temporary, path) == 0 else { throw SystemError.current }
        } catch {
            unlink(temporary)
            throw Failure("cannot record the build in \(folder)/: \(error)")
        }
        unlink(Self.legacyPath(outputFolder: outputFolder))
    }

    /// Whether every file the record lists is still in its output folder as written.
    func isIntact() -> Bool {
        !files.isEmpty && files.allSatisfy { entry in
            guard let status = FileStatus(outputFolder + "/" + entry.path) else { return false }
            return status.kind == .file && status.size == entry.size && status.modified == entry.modified
        }
    }
}
