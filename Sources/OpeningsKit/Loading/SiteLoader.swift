/// Stage 1: reads a site folder into a `Site`, with every per-file problem found.
public enum SiteLoader {
    /// With a `cache`, job files parse only when their text changed; with `changed`
    /// too (site-relative paths a watcher saw change), other job files are not even read.
    public static func load(siteFolder: String, gitDates: Bool = true, cache: BuildCache? = nil,
                            changed: Set<String>? = nil) -> (site: Site?, diagnostics: [Diagnostic]) {
        let files = SiteFiles(root: siteFolder)
        var diagnostics: [Diagnostic] = []

        let configPath = "Content/site.yml"
        guard files.kind(configPath, diagnostics: &diagnostics) == .file else {
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

        var bands: [String: SalaryBand] = [:]
        if files.kind("Content/bands.yml", diagnostics: &diagnostics) == .file {
            switch files.read("Content/bands.yml") {
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            case .success(let file): bands = BandsDecoder.decode(file, diagnostics: &diagnostics)
            }
        }

        let jobPaths: [String]
        var ignored: [Diagnostic] = []
        var listed = false
        if let cache, let changed, let known = cache.jobListing(unless: changed, isFile: { files.kind($0, diagnostics: &ignored) == .file }) {
            jobPaths = known.paths
            diagnostics += known.diagnostics
        } else {
            var walkDiagnostics: [Diagnostic] = []
            jobPaths = folderFiles("Content/jobs", recursive: true, files: files, diagnostics: &walkDiagnostics)
            diagnostics += walkDiagnostics
            cache?.setJobListing(jobPaths, diagnostics: walkDiagnostics)
            listed = true
        }
        let jobResults = jobPaths.parallelMap { path -> (Job?, [Diagnostic]) in
            guard let cache else { return decodeFile(path, files: files, JobDecoder.decode) }
            // A file the watcher did not report is as it was: its parse result stands.
            if let changed, !changed.contains(path), let parsed: (Job?, [Diagnostic]) = cache.stored(.parsed, path) {
                return parsed
            }
            let file: SourceFile
            switch files.read(path) {
            case .failure(let diagnostic): return (nil, [diagnostic])
            case .success(let read): file = read
            }
            return cache.value(.parsed, path, source: file.text) {
                var diagnostics: [Diagnostic] = []
                let job = JobDecoder.decode(file, diagnostics: &diagnostics)
                return (job, diagnostics)
            }
        }
        if listed { cache?.keep(paths: Set(jobPaths)) }
        let interviewResults = folderFiles("Content/interview", recursive: false, files: files, diagnostics: &diagnostics)
            .map { decodeFile($0, files: files, InterviewDecoder.decode) }
        let pageResults = folderFiles("Content/pages", recursive: false, files: files, diagnostics: &diagnostics)
            .map { decodeFile($0, files: files, PageDecoder.decode) }
        for result in jobResults { diagnostics += result.1 }
        for result in interviewResults { diagnostics += result.1 }
        for result in pageResults { diagnostics += result.1 }

        var interviews: [String: InterviewProcess] = [:]
        for process in interviewResults.compactMap(\.0) { interviews[process.name] = process }

        var theme: Theme?
        if let config {
            theme = Theme.load(named: config.theme, files: files,
                               requestedAt: config.keyLocations["theme"] ?? config.file.location(line: 1, column: 1),
                               diagnostics: &diagnostics)
        }
        guard let config, let theme else { return (nil, diagnostics) }
        var site = Site(config: config, bands: bands, jobs: jobResults.compactMap(\.0), interviews: interviews,
                        pages: pageResults.compactMap(\.0), theme: theme)
        if gitDates, let history = GitHistory.read(siteFolder: siteFolder) { site.lastCommit = history.lastCommit }
        return (site, diagnostics)
    }

    private static func folderFiles(_ folder: String, recursive: Bool, files: SiteFiles, diagnostics: inout [Diagnostic]) -> [String] {
        guard files.kind(folder, diagnostics: &diagnostics) == .directory else { return [] }
        return files.list(folder, suffix: ".md", recursive: recursive, diagnostics: &diagnostics)
    }

    private static func decodeFile<T>(_ path: String, files: SiteFiles,
                                      _ decode: (SourceFile, inout [Diagnostic]) -> T?) -> (T?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        switch files.read(path) {
        case .failure(let diagnostic): return (nil, [diagnostic])
        case .success(let file):
            let value = decode(file, &diagnostics)
            return (value, diagnostics)
        }
    }
}
