/// Stage 2: rules that need more than one file — unique ids and slugs, and free
/// pages that would overwrite generated folders. Ids, slugs and page slugs are unique
/// per language: a translation (`x.de.md`) shares its original's id and slug, and its
/// page is under its language's folder.
enum SiteValidator {
    /// Top-level output names the build generates; a free page may not take them.
    static let reservedPageSlugs: Set<String> = ["jobs", "departments", "workplaces", "locations", "remote-from", "assets",
                                                 "index", "404", "feed", "sitemap", "robots"]

    static func validate(_ site: Site) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // Indexes, not copies: a Job is large and a site can have tens of thousands.
        var ids: [String: Int] = [:]
        var foldedIDs: [String: Int] = [:]
        var slugs: [String: Int] = [:]
        let config = site.config
        // The language a file belongs to, as a key: "" for the main one (and for every file of a one-language site).
        func language(_ written: String?) -> String {
            guard config.isMultilingual, let written else { return "" }
            return config.siteLanguage(for: written).map { $0.isMain ? "" : $0.tag } ?? written
        }
        for (index, job) in site.jobs.enumerated() {
            let language = language(job.language)
            let id = language.isEmpty ? job.id : language + "\u{0}" + job.id
            if let first = ids[id].map({ site.jobs[$0] }) {
                diagnostics.append(Diagnostic(.error, at: job.location(of: "id"),
                    "duplicate `id` \(job.id): also used by \(first.file.displayPath):\(first.location(of: "id").line)",
                    hint: "give each posting its own requisition id", related: [first.file.displayPath]))
            } else {
                ids[id] = index
                // `fin-0701` beside `FIN-0701`: two ids to a computer, one to the people who use them.
                if let other = foldedIDs[id.lowercased()].map({ site.jobs[$0] }) {
                    diagnostics.append(Diagnostic(.warning, at: job.location(of: "id"),
                        "`id` \(job.id) differs only in case from \(other.id) (\(other.file.displayPath):\(other.location(of: "id").line))",
                        hint: "give each posting its own requisition id", related: [other.file.displayPath]))
                } else {
                    foldedIDs[id.lowercased()] = index
                }
            }
            let slug = language.isEmpty ? job.slug : language + "\u{0}" + job.slug
            if let first = slugs[slug].map({ site.jobs[$0] }) {
                diagnostics.append(Diagnostic(.error, at: job.location(of: "slug"),
                    "duplicate slug `\(job.slug)`: \(first.file.displayPath) has the same URL jobs/\(job.slug)/",
                    hint: "rename one file or set `slug:` in its front matter", related: [first.file.displayPath]))
            } else {
                slugs[slug] = index
            }
        }
        // Spellings of one department page (`Engineering`, `engineering`): the one most
        // postings use is taken as meant, and only the others are findings.
        var spellings: [String: [String: Int]] = [:]
        var slugOfDepartment: [String: String] = [:]
        for job in site.jobs {
            // Per language: a department's page is in its postings' language.
            let key = language(job.language) + "\u{0}" + job.department
            let slug = slugOfDepartment[key] ?? language(job.language) + "\u{0}" + Slug.make(from: job.department)
            slugOfDepartment[key] = slug
            spellings[slug, default: [:]][job.department, default: 0] += 1
        }
        var meant: [String: (name: String, count: Int)] = [:]
        for (slug, names) in spellings where names.count > 1 {
            let best = names.max { a, b in (a.value, b.key) < (b.value, a.key) }!
            meant[slug] = (best.key, best.value)
        }
        if !meant.isEmpty {
            for job in site.jobs {
                guard let key = slugOfDepartment[language(job.language) + "\u{0}" + job.department], let (name, count) = meant[key],
                      name != job.department else { continue }
                let slug = key.split(separator: "\u{0}", omittingEmptySubsequences: false).last.map(String.init) ?? ""
                diagnostics.append(Diagnostic(.error, at: job.location(of: "department"),
                    "department `\(job.department)` is spelled `\(name)` in \(count) other posting\(count == 1 ? "" : "s"); both would make the page departments/\(slug)/",
                    hint: "write `department: \(name)`"))
            }
        }
        diagnostics += departmentNames(site)
        if config.isMultilingual { diagnostics += translations(site) }
        var pageSlugs: [String: Page] = [:]
        // The other languages' folders (`de/`) are the generated site's too.
        let languageFolders = Set(config.languages.filter { !$0.isMain }.map { String($0.prefix.dropLast()) })
        for page in site.pages {
            let location = page.location(of: "slug")
            if let written = page.language, config.siteLanguage(for: written) == nil {
                diagnostics.append(config.undeclaredLanguage(written, in: page))
                continue
            }
            let key = language(page.language) + "\u{0}" + page.slug
            if reservedPageSlugs.contains(page.slug) || languageFolders.contains(page.slug) {
                diagnostics.append(Diagnostic(.error, at: location,
                    "page slug `\(page.slug)` is used by the generated site",
                    hint: "rename the page or set another `slug:`"))
            } else if let first = pageSlugs[key] {
                diagnostics.append(Diagnostic(.error, at: location,
                    "duplicate page slug `\(page.slug)`: \(first.file.displayPath) has the same URL"))
            } else {
                pageSlugs[key] = page
            }
        }
        var claimed: [String: InterviewProcess] = [:]
        for process in site.interviews.values.sorted(by: { $0.name < $1.name }) where !process.isTranslation {
            for department in process.departments {
                if let other = claimed[department] {
                    diagnostics.append(Diagnostic(.error, at: process.location(of: "departments"),
                        "department `\(department)` already has a default interview process in \(other.file.displayPath)",
                        hint: "list each department in one process; jobs can still name another with `interview:`",
                        related: [other.file.displayPath]))
                } else {
                    claimed[department] = process
                }
            }
        }
        return diagnostics
    }

    /// A translation (a posting in another of the site's languages with its original's
    /// `id`) tells the same facts: a reader who switches language must not find another
    /// closing date or another pay. One warning per fact that differs, at the
    /// translation's line for it; wording (titles, places, the band's label) may differ.
    static func translations(_ site: Site) -> [Diagnostic] {
        let config = site.config
        var originals: [String: Job] = [:]
        for job in site.jobs where config.siteLanguage(for: job.language)?.isMain ?? false && originals[job.id] == nil {
            originals[job.id] = job
        }
        func pay(_ job: Job) -> String? {
            switch job.salary {
            case .band(let name, _)?: return "band `\(name)`"
            case .range(let range)?:
                return "\(SalaryRange.plain(range.minimum))–\(SalaryRange.plain(range.maximum)) \(range.currency) a \(range.period.rawValue)"
            case nil: return nil
            }
        }
        let facts: [(key: String, of: (Job) -> String?)] = [
            ("posted", { $0.posted.description }),
            ("closes", { $0.closes?.description }),
            ("salary", pay),
            ("employment_type", { $0.employmentType.rawValue }),
            ("workplace", { $0.workplace.rawValue }),
            ("remote_countries", { $0.remoteCountries.isEmpty ? nil : $0.remoteCountries.joined(separator: ", ") }),
            ("draft", { $0.draft ? "true" : nil }),
        ]
        var diagnostics: [Diagnostic] = []
        for job in site.jobs {
            guard let language = config.siteLanguage(for: job.language), !language.isMain,
                  let original = originals[job.id] else { continue }
            for fact in facts where !job.keysWithErrors.contains(fact.key) && !original.keysWithErrors.contains(fact.key) {
                let (own, theirs) = (fact.of(job), fact.of(original))
                guard own != theirs else { continue }
                let key = fact.key == "salary" && job.keyLocations["salary"] == nil ? "compensation" : fact.key
                diagnostics.append(Diagnostic(.warning, at: job.location(of: job.keyLocations[key] == nil ? "id" : key),
                    "this translation of `\(job.id)` says \(own.map { "`\(fact.key)`: \($0)" } ?? "no `\(fact.key)`"), its original \(original.file.displayPath) says \(theirs ?? "none")",
                    hint: "a posting's translations tell the same facts; make them agree",
                    related: [original.file.displayPath]))
            }
        }
        return diagnostics
    }

    /// A misspelt department silently makes a new department page. With a
    /// `departments:` list in site.yml, a name outside it is an error; without one, a
    /// name only one posting uses that is close to an established one (used by several
    /// postings, or named by an interview process) is a warning.
    static func departmentNames(_ site: Site) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var postings: [String: Int] = [:]
        for job in site.jobs { postings[job.department, default: 0] += 1 }
        if let allowed = site.config.departments {
            let known = Set(allowed)
            // A near miss of a listed name is the posting's typo; a name like none of them
            // is one the list lacks, reported once at the list.
            var unlisted: [String: [Job]] = [:]
            for job in site.jobs where !known.contains(job.department) {
                if let suggestion = Suggestion.closest(to: job.department, in: allowed) {
                    diagnostics.append(Diagnostic(.error, at: job.location(of: "department"),
                        "department `\(job.department)` is not in the `departments:` list of site.yml",
                        hint: "did you mean `\(suggestion)`?", related: [site.config.file.displayPath]))
                } else {
                    unlisted[job.department, default: []].append(job)
                }
            }
            if !unlisted.isEmpty {
                let names = unlisted.sorted { $0.key < $1.key }.map { "`\($0.key)` (\($0.value.count) posting\($0.value.count == 1 ? "" : "s"))" }
                let shown = names.abbreviated()
                diagnostics.append(Diagnostic(.error, at: site.config.location(of: "departments"),
                    "`departments:` does not list \(shown), which postings use",
                    hint: "add them to the list, or change those postings' `department`",
                    related: unlisted.values.flatMap { $0.map(\.file.displayPath) }.sorted()))
            }
            return diagnostics
        }
        var established = Set(postings.filter { $0.value >= 2 }.keys)
        for process in site.interviews.values { established.formUnion(process.departments) }
        let candidates = established.sorted()
        // Suggestions compare every pair; a site with thousands of departments is not misspelling them.
        guard candidates.count <= 1_000 else { return [] }
        // Where every department needs an interview process, the resolver's error for the
        // misspelt one says "did you mean" already.
        let claimed = Set(site.interviews.values.flatMap(\.departments))
        for job in site.jobs where postings[job.department] == 1 && !established.contains(job.department) {
            if site.config.interviewRequired, job.interview == nil, !job.draft, !claimed.contains(job.department) { continue }
            // Names that differ only in case already share a page and get an error above.
            guard let suggestion = Suggestion.closest(to: job.department, in: candidates),
                  Slug.make(from: suggestion) != Slug.make(from: job.department) else { continue }
            let uses = postings[suggestion].map { "used by \($0) posting\($0 == 1 ? "" : "s")" } ?? "named by an interview process"
            diagnostics.append(Diagnostic(.warning, at: job.location(of: "department"),
                "department `\(job.department)` appears only in this posting; did you mean `\(suggestion)` (\(uses))?",
                hint: "each spelling gets its own department page; list the departments in site.yml (`departments: [\(suggestion), …]`) to make this an error"))
        }
        return diagnostics
    }
}
