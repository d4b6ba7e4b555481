import Foundation

/// Stage 3: follows references between files, reporting the ones that lead nowhere.
///
/// Made once per build from what every job shares; `resolve(_:)` handles one job and
/// `resolve(site:)` the whole site (a session memoises the first, see `Session/`).
public struct SiteResolver: Sendable {
    let bands: [String: SalaryBand]
    let brokenBands: BrokenBands
    let interviews: [String: InterviewProcess]
    let config: SiteConfig
    let buildDate: CalendarDate
    let includeDrafts: Bool
    /// The default process of each department.
    private let byDepartment: [String: InterviewProcess]
    private let departmentsWithProcess: [String]
    private let departmentSlugsWithProcess: Set<String>
    /// site.yml's `departments:`, when it has the list.
    private let listedDepartments: Set<String>?
    private let bandNames: [String]

    public init(_ site: Site, buildDate: CalendarDate, includeDrafts: Bool) {
        bands = site.bands
        brokenBands = site.brokenBands
        interviews = site.interviews
        config = site.config
        self.buildDate = buildDate
        self.includeDrafts = includeDrafts
        var byDepartment: [String: InterviewProcess] = [:]
        // A translation (`engineering.de.md`) is a department's default only for a
        // department no original names (`Entwicklung`): originals come first.
        let processes = site.interviews.values.sorted { ($0.isTranslation ? 1 : 0, $0.name) < ($1.isTranslation ? 1 : 0, $1.name) }
        for process in processes {
            for department in process.departments where byDepartment[department] == nil {
                byDepartment[department] = process
            }
        }
        self.byDepartment = byDepartment
        departmentsWithProcess = byDepartment.keys.sorted()
        departmentSlugsWithProcess = Set(byDepartment.keys.map { Slug.make(from: $0) })
        listedDepartments = site.config.departments.map(Set.init)
        bandNames = site.bands.keys.sorted()
    }

    /// One job: nil for a draft left out of the build (its findings still count).
    public func resolve(_ job: Job) -> (job: ResolvedJob?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let departmentSlug = Slug.make(from: job.department)
        var salary: SalaryRange?
        var salaryHasErrors = job.keysWithErrors.contains("salary")
        switch job.salary {
        case .range(let range): salary = range
        case .band(let name, let location):
            if let band = bands[name] {
                salary = band.range
            } else if brokenBands.covers(name) {
                // bands.yml's own error says what is wrong with it.
                salaryHasErrors = true
            } else {
                salaryHasErrors = true
                let suggestion = Suggestion.closest(to: name, in: bandNames)
                let known = bandNames.isEmpty ? "Content/bands.yml defines no bands" : "known bands: \(bandNames.joined(separator: ", "))"
                diagnostics.append(Diagnostic(.error, at: location, "unknown salary band `\(name)`",
                    hint: suggestion.map { "did you mean `\($0)`? \(known)" } ?? known,
                    related: [config.file.displayPath(ofSiteFile: "Content/bands.yml")]))
            }
        case nil: break
        }

        var interview: InterviewProcess?
        if let name = job.interview {
            interview = interviews[name]
            if interview == nil {
                let names = interviews.keys.sorted()
                // `interview: engineering.md` names the file, not the process.
                let bare = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
                let suggestion = interviews[bare] != nil ? bare : Suggestion.closest(to: name, in: names)
                diagnostics.append(Diagnostic(.error, at: job.location(of: "interview"),
                    "no interview process `\(name)` (Content/interview/\(name).md)",
                    hint: suggestion.map { "did you mean `\($0)`?" }
                        ?? (names.isEmpty ? "add Content/interview/\(name).md" : "known processes: \(names.joined(separator: ", "))")))
            }
        } else {
            interview = byDepartment[job.department]
            // A department outside site.yml's `departments:` list has its own error (stage 2).
            let unlisted = listedDepartments.map { !$0.contains(job.department) } ?? false
            // `engineering` beside `Engineering`'s process: the spelling is the finding (stage 2).
            let otherSpelling = interview == nil && departmentSlugsWithProcess.contains(departmentSlug)
            if interview == nil, config.interviewRequired, !job.draft, !unlisted, !otherSpelling {
                let suggestion = Suggestion.closest(to: job.department, in: departmentsWithProcess)
                diagnostics.append(Diagnostic(.error, at: job.location(of: "department"),
                    "no How We Interview process for department `\(job.department)`, and site.yml sets `interview_required: true`",
                    hint: suggestion.map { "did you mean `\($0)`? Otherwise add `interview: <name>`, or list `\(job.department)` under `departments:` in a file in Content/interview/" }
                        ?? "add `interview: <name>` naming a file in Content/interview/, or list `\(job.department)` under `departments:` in one",
                    rule: Self.noInterviewRule))
            }
        }

        let language = config.siteLanguage(for: job.language)
        if language == nil, let written = job.language {
            diagnostics.append(config.undeclaredLanguage(written, in: job))
        }
        // A posting in another language shows its process's translation when there is one.
        if let process = interview, let language, !language.isMain, !process.isTranslation {
            interview = [language.tag, language.primary].lazy.compactMap { self.interviews[process.name + "." + $0] }.first ?? process
        }

        let template = job.applyURL ?? config.applyURL
        let applyURL = template.map { url in
            let expanded = Self.expand(url, job: job)
            return config.applySource.map { $0.applied(to: expanded) } ?? expanded
        }
        if applyURL == nil, !job.draft, !job.keysWithErrors.contains("apply_url") {
            diagnostics.append(Diagnostic(.error, at: job.location(of: "id"),
                "no apply link: neither this job nor site.yml sets `apply_url`",
                hint: "add `apply_url: https://…` here or a site-wide `apply_url` with {id}", rule: Self.noApplyLinkRule))
        }

        let isClosed = job.closes.map { $0 < buildDate } ?? false
        if job.posted > buildDate, !job.draft {
            diagnostics.append(Diagnostic(.warning, at: job.location(of: "posted"),
                "`posted` (\(job.posted)) is after the build date (\(buildDate)): the job is published now, dated in the future",
                hint: "keep `draft: true` until it opens, or write the day it is published"))
        }
        if isClosed, !job.draft, !job.keysWithErrors.contains("closes"), let closes = job.closes {
            // Not a mistake in itself, but it quietly takes the job off every listing.
            diagnostics.append(Diagnostic(.note, at: job.location(of: "closes"),
                "`closes` \(closes) is before the build date (\(buildDate)): the job is left out of the listings, feeds and sitemap, and its page says it is closed",
                hint: "move `closes` to a later date to reopen it, or remove the file when the page is no longer wanted",
                rule: Self.closedRule))
        }
        if job.draft && !includeDrafts { return (nil, diagnostics) }
        return (ResolvedJob(job: job, salary: salary, interview: interview,
                            departmentSlug: departmentSlug.isEmpty ? "department" : departmentSlug,
                            applyURL: applyURL, isClosed: isClosed, salaryHasErrors: salaryHasErrors,
                            language: language.flatMap { $0.isMain ? nil : $0 }), diagnostics)
    }

    /// The whole site, from each job's result (in `site.jobs` order), jobs sorted for the listings.
    /// `order`: given the jobs and the sort, the order to use (a session keeps it while
    /// the jobs' sort keys are unchanged); the sort itself when nil.
    public func assemble(_ site: Site, results: [(job: ResolvedJob?, diagnostics: [Diagnostic])], baseURL: BaseURL?,
                         order: ((_ jobs: [Job], _ sort: () -> [Int]) -> [Int])? = nil) -> (ResolvedSite, [Diagnostic]) {
        var resolved = results.compactMap(\.job)
        let sort = { [resolved] () -> [Int] in
            // Keys read once: comparing through the jobs' references costs more than the sort.
            let keys = resolved.map { ($0.job.department, $0.job.title, $0.job.slug) }
            return resolved.indices.sorted { keys[$0] < keys[$1] }
        }
        let sorted = order?(resolved.map(\.job), sort) ?? sort()
        resolved = sorted.map { resolved[$0] }
        return (ResolvedSite(config: site.config, interviews: site.interviews, pages: site.pages, theme: site.theme,
                             lastCommit: site.lastCommit, jobs: resolved, buildDate: buildDate,
                             baseURL: baseURL ?? site.config.baseURL),
                Self.fold(results.flatMap(\.diagnostics), site: site))
    }

    static let closedRule = "closed-job"
    static let noApplyLinkRule = "apply-link"
    static let noInterviewRule = "interview-process"

    /// One missing setting shared by many postings is one finding, not one per posting:
    /// no `apply_url` anywhere is reported at site.yml; a department without an
    /// interview process at its first posting, naming how many more it covers (or at the
    /// process that misspells it); more than three closed postings as one note. The
    /// folded finding lists the other files, so `check --changed-since` still keeps it.
    static func fold(_ diagnostics: [Diagnostic], site: Site) -> [Diagnostic] {
        let config = site.config
        let noApply = diagnostics.filter { $0.rule == noApplyLinkRule }.sorted { $0.location < $1.location }
        let noInterview = diagnostics.filter { $0.rule == noInterviewRule }.sorted { $0.location < $1.location }
        let closed = diagnostics.filter { $0.rule == closedRule }.sorted { $0.location < $1.location }
        guard noApply.count > 1 || !noInterview.isEmpty || closed.count > 3 else { return diagnostics }
        var result = diagnostics.filter { $0.rule != noApplyLinkRule && $0.rule != noInterviewRule && $0.rule != closedRule }
        // A site keeps the pages of closed jobs for years: a note for each on every build
        // would bury the findings that need work.
        if closed.count > 3, let first = Diagnostic.folding(closed, tell: { "; \($0) more postings have closed too (\($1))" }) {
            result.append(first)
        } else {
            result += closed
        }
        if noApply.count > 1 {
            result.append(Diagnostic(.error, at: config.location(ofFirst: ["apply_url", "title"]),
                "no apply link for \(noApply.count) postings (\(noApply.map(\.location.path).abbreviated())): neither they nor site.yml set `apply_url`",
                hint: "add a site-wide `apply_url: https://…?req={id}` here, or `apply_url:` in each posting",
                related: noApply.map(\.location.path)))
        } else {
            result += noApply
        }
        guard !noInterview.isEmpty else { return result }
        var departmentOf: [String: String] = [:]
        for job in site.jobs { departmentOf[job.file.displayPath] = job.department }
        let byDepartment = Dictionary(grouping: noInterview) { departmentOf[$0.location.path] ?? "" }
        // A department an interview process lists but no posting uses, close to one the
        // postings use: the misspelling is in the process file, and that is the finding.
        let used = Set(site.jobs.map(\.department))
        var orphans: [String: InterviewProcess] = [:]
        for process in site.interviews.values.sorted(by: { $0.name < $1.name }) {
            for department in process.departments where !used.contains(department) && orphans[department] == nil {
                orphans[department] = process
            }
        }
        let orphanNames = orphans.keys.sorted()
        for (department, group) in byDepartment.sorted(by: { $0.key < $1.key }) {
            if let misspelt = Suggestion.closest(to: department, in: orphanNames), let process = orphans[misspelt] {
                result.append(Diagnostic(.error, at: process.location(of: "departments"),
                    "`\(misspelt)` in `departments:` is used by no posting; did you mean `\(department)`? \(group.count) posting\(group.count == 1 ? "" : "s") in `\(department)` \(group.count == 1 ? "has" : "have") no How We Interview process",
                    hint: "correct the name here; site.yml sets `interview_required: true`", rule: noInterviewRule,
                    related: group.map(\.location.path)))
                continue
            }
            guard group.count > 1, let first = Diagnostic.folding(group, tell: { " (nor have \($0) more postings in it: \($1))" }) else {
                result += group
                continue
            }
            result.append(first)
        }
        return result
    }

    /// Every job of `site`.
    public func resolve(site: Site, baseURL: BaseURL?) -> (ResolvedSite, [Diagnostic]) {
        assemble(site, results: site.jobs.map(resolve), baseURL: baseURL)
    }

    private static let queryValue: CharacterSet = {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return allowed
    }()

    /// `{id}` and `{slug}` in an apply link, percent-encoded as query values.
    static func expand(_ template: String, job: Job) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        let id = job.id.addingPercentEncoding(withAllowedCharacters: queryValue) ?? job.id
        return template.replacingAll("{id}", with: id).replacingAll("{slug}", with: job.slug)
    }
}
