/// Stage 1: reads a site folder into a `Site`, with every per-file problem found.
///
/// `load()` reads everything. A session supplies the job files' listing and parsing
/// itself (it keeps both between builds, see `Session/`); the rest is read each time.
public struct SiteLoader: Sendable {
    public let siteFolder: String
    public let gitDates: Bool
    let files: SiteFiles

    public init(siteFolder: String, gitDates: Bool = true) {
        self.siteFolder = siteFolder
        self.gitDates = gitDates
        files = SiteFiles(root: siteFolder)
    }

    public func load() -> (site: Site?, diagnostics: [Diagnostic]) {
        load(listJobs: listJobs, loadJobs: { LoadedJobs($0.parallelMap(loadJob)) })
    }

    /// The paths of every posting under `Content/jobs/`, with the walk's findings.
    func listJobs() -> (paths: [String], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let paths = folderFiles("Content/jobs", recursive: true, diagnostics: &diagnostics)
        return (paths, diagnostics)
    }

    /// Reads and parses one posting.
    @Sendable func loadJob(_ path: String) -> (Job?, [Diagnostic]) { decodeFile(path, JobDecoder.decode) }

    /// Parses one posting already read.
    static func parseJob(_ file: SourceFile) -> (Job?, [Diagnostic]) { decode(file, JobDecoder.decode) }

    func isFile(_ path: String) -> Bool {
        var ignored: [Diagnostic] = []
        return files.kind(path, diagnostics: &ignored) == .file
    }

    /// The site, with the job files listed by `listJobs` and parsed by `loadJobs` (one result per path, in order).
    func load(listJobs: () -> (paths: [String], diagnostics: [Diagnostic]),
              loadJobs: ([String]) -> LoadedJobs) -> (site: Site?, diagnostics: [Diagnostic]) {
        // Each file's last commit, asked of git while the site is read: `git log` walks the
        // whole history (70 ms for a short one with a cold disk, seconds for a long one).
        let siteFolder = siteFolder
        let history = gitDates ? BackgroundValue { GitHistory.read(siteFolder: siteFolder) } : nil
        var diagnostics: [Diagnostic] = []
        let configPath = "Content/site.yml"
        guard files.kind(configPath, diagnostics: &diagnostics) == .file else {
            if files.kind("Content/site.yaml", diagnostics: &diagnostics) == .file {
                diagnostics.append(Diagnostic(.error, at: SourceLocation(path: files.displayPath("Content/site.yaml"), line: 1, column: 1),
                    "Openings reads its settings from Content/site.yml, not site.yaml", hint: "rename it to site.yml"))
                return (nil, diagnostics)
            }
            diagnostics.append(Diagnostic(.error, at: SourceLocation(path: files.displayPath(configPath), line: 1, column: 1),
                "no Content/site.yml: this folder is not an Openings site",
                hint: "run in a site folder, pass --site DIR, or create Content/site.yml with `title` and `base_url`"))
            return (nil, diagnostics)
        }
        var config: SiteConfig?
        switch files.read(configPath) {
        case .failure(let diagnostic): diagnostics.append(diagnostic)
        case .success(let file): config = SiteConfigDecoder.decode(file, diagnostics: &diagnostics)
        }

        let misnamed = misnamedContent()
        diagnostics += misnamed.diagnostics
        var bands: [String: SalaryBand] = [:]
        // `bands.yaml` instead of `bands.yml`: its error says so; postings naming its bands say nothing more.
        var brokenBands = BrokenBands(wholeFile: misnamed.bands)
        if files.kind("Content/bands.yml", diagnostics: &diagnostics) == .file {
            switch files.read("Content/bands.yml") {
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                brokenBands.wholeFile = true
            case .success(let file): bands = BandsDecoder.decode(file, broken: &brokenBands, diagnostics: &diagnostics)
            }
        }

        // The theme does not depend on the postings: it is read and parsed while they are
        // (its templates' parsing is fixed work, ~10% of a 1,000-posting build's loading).
        let files = files
        let themeLoad = config.map { config in
            BackgroundValue { () -> (Theme?, [Diagnostic]) in
                var diagnostics: [Diagnostic] = []
                let theme = Theme.load(named: config.theme, files: files, requestedAt: config.location(of: "theme"), diagnostics: &diagnostics)
                return (theme, diagnostics)
            }
        }
        let listing = listJobs()
        diagnostics += listing.diagnostics
        let jobResults = loadJobs(listing.paths)
        let interviewResults = folderFiles("Content/interview", recursive: false, diagnostics: &diagnostics)
            .map { decodeFile($0, InterviewDecoder.decode) }
        let pageResults = folderFiles("Content/pages", recursive: false, diagnostics: &diagnostics)
            .map { decodeFile($0, PageDecoder.decode) }
        diagnostics += jobResults.diagnostics
        for result in interviewResults { diagnostics += result.1 }
        for result in pageResults { diagnostics += result.1 }

        var interviews: [String: InterviewProcess] = [:]
        for process in interviewResults.compactMap(\.0) { interviews[process.name] = process }

        var theme: Theme?
        if let (loaded, themeDiagnostics) = themeLoad?.value() {
            theme = loaded
            diagnostics += themeDiagnostics
        }
        guard let config, let theme else { return (nil, diagnostics) }
        var site = Site(config: config, bands: bands, jobs: jobResults.jobs, interviews: interviews,
                        pages: pageResults.compactMap(\.0), theme: theme)
        site.brokenBands = brokenBands
        if let history = history?.value() { site.lastCommit = history.lastCommit }
        return (site, diagnostics)
    }

    /// What `Content/` may hold. A near miss (`Content/job/`, `bands.yaml`) would be
    /// skipped without a word, and its postings or bands silently missing.
    static let contentNames = ["bands.yml", "interview", "jobs", "pages", "site.yml"]

    /// - Returns: the findings, and whether a misnamed file holds the bands (then bands.yml is missing).
    private func misnamedContent() -> (diagnostics: [Diagnostic], bands: Bool) {
        guard let entries = DirectoryEntry.entries(of: files.absolute("Content")) else { return ([], false) }
        var diagnostics: [Diagnostic] = []
        var bands = false
        for entry in entries.sorted(by: { $0.name < $1.name }) where !entry.name.hasPrefix(".") && !Self.contentNames.contains(entry.name) {
            let folded = entry.name.lowercased().replacingAll(".yaml", with: ".yml")
            let suggestion = Self.contentNames.contains(folded) ? folded : Suggestion.closest(to: entry.name, in: Self.contentNames)
            guard let suggestion else { continue }
            let holdsBands = suggestion == "bands.yml" && !entries.contains { $0.name == "bands.yml" }
            bands = bands || holdsBands
            diagnostics.append(Diagnostic(holdsBands ? .error : .warning,
                at: SourceLocation(path: files.displayPath("Content/" + entry.name), line: 1, column: 1),
                holdsBands ? "Content/\(entry.name) is not read, so the salary bands postings name are unknown" : "Content/\(entry.name) is not read",
                hint: "did you mean Content/\(suggestion)? Rename it"))
        }
        return (diagnostics, bands)
    }

    private func folderFiles(_ folder: String, recursive: Bool, diagnostics: inout [Diagnostic]) -> [String] {
        guard files.kind(folder, diagnostics: &diagnostics) == .directory else { return [] }
        return files.list(folder, suffix: ".md", recursive: recursive, diagnostics: &diagnostics)
    }

    private func decodeFile<T>(_ path: String, _ decoder: (SourceFile, inout [Diagnostic]) -> T?) -> (T?, [Diagnostic]) {
        switch files.read(path) {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let file): return Self.decode(file, decoder)
        }
    }

    private static func decode<T>(_ file: SourceFile, _ decoder: (SourceFile, inout [Diagnostic]) -> T?) -> (T?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let value = decoder(file, &diagnostics)
        return (value, diagnostics)
    }
}
