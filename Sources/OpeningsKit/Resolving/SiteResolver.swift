import Foundation

/// Stage 3: follows references between files, reporting the ones that lead nowhere.
enum SiteResolver {
    static func resolve(_ site: Site, buildDate: CalendarDate, includeDrafts: Bool, baseURL: BaseURL?,
                        cache: BuildCache? = nil) -> (ResolvedSite, [Diagnostic]) {
        var byDepartment: [String: InterviewProcess] = [:]
        for process in site.interviews.values.sorted(by: { $0.name < $1.name }) {
            for department in process.departments where byDepartment[department] == nil {
                byDepartment[department] = process
            }
        }
        let bandNames = site.bands.keys.sorted()
        func resolveJob(_ job: Job) -> (job: ResolvedJob?, diagnostics: [Diagnostic]) {
            var diagnostics: [Diagnostic] = []
            var salary: SalaryRange?
            switch job.salary {
            case .range(let range): salary = range
            case .band(let name, let location):
                if let band = site.bands[name] {
                    salary = band.range
                } else {
                    let suggestion = Suggestion.closest(to: name, in: bandNames)
                    let known = bandNames.isEmpty ? "Content/bands.yml defines no bands" : "known bands: \(bandNames.joined(separator: ", "))"
                    diagnostics.append(Diagnostic(.error, at: location, "unknown salary band `\(name)`",
                        hint: suggestion.map { "did you mean `\($0)`? \(known)" } ?? known,
                        related: [site.config.file.displayPath(ofSiteFile: "Content/bands.yml")]))
                }
            case nil: break
            }

            var interview: InterviewProcess?
            if let name = job.interview {
                interview = site.interviews[name]
                if interview == nil {
                    let names = site.interviews.keys.sorted()
                    let suggestion = Suggestion.closest(to: name, in: names)
                    diagnostics.append(Diagnostic(.error, at: job.location(of: "interview"),
                        "no interview process `\(name)` (Content/interview/\(name).md)",
                        hint: suggestion.map { "did you mean `\($0)`?" }
                            ?? (names.isEmpty ? "add Content/interview/\(name).md" : "known processes: \(names.joined(separator: ", "))")))
                }
            } else {
                interview = byDepartment[job.department]
                if interview == nil, site.config.interviewRequired, !job.draft {
                    diagnostics.append(Diagnostic(.error, at: job.location(of: "department"),
                        "no How We Interview process for department `\(job.department)`, and site.yml sets `interview_required: true`",
                        hint: "add `interview: <name>` naming a file in Content/interview/, or list `\(job.department)` under `departments:` in one"))
                }
            }

            let template = job.applyURL ?? site.config.applyURL
            let applyURL = template.map { expand($0, job: job) }
            if applyURL == nil, !job.draft {
                diagnostics.append(Diagnostic(.error, at: job.location(of: "id"),
                    "no apply link: neither this job nor site.yml sets `apply_url`",
                    hint: "add `apply_url: https://…` here or a site-wide `apply_url` with {id}"))
            }

            let isClosed = job.closes.map { $0 < buildDate } ?? false
            let departmentSlug = Slug.make(from: job.department)
            if job.draft && !includeDrafts { return (nil, diagnostics) }
            return (ResolvedJob(job: job, salary: salary, interview: interview,
                                departmentSlug: departmentSlug.isEmpty ? "department" : departmentSlug,
                                applyURL: applyURL, isClosed: isClosed), diagnostics)
        }
        var resolved: [ResolvedJob] = []
        var diagnostics: [Diagnostic] = []
        for job in site.jobs {
            let result = cache?.value(.resolved, for: job) { resolveJob(job) } ?? resolveJob(job)
            if let value = result.job { resolved.append(value) }
            diagnostics += result.diagnostics
        }
        // Keys read once: comparing through the jobs' storage costs more than the sort.
        let keys = resolved.map { ($0.job.department, $0.job.title, $0.job.slug) }
        resolved = resolved.indices.sorted { keys[$0] < keys[$1] }.map { resolved[$0] }
        return (ResolvedSite(site: site, jobs: resolved, buildDate: buildDate, baseURL: baseURL ?? site.config.baseURL),
                diagnostics)
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
