/// Stage 2: rules that need more than one file — unique ids and slugs, and free
/// pages that would overwrite generated folders.
enum SiteValidator {
    /// Top-level output names the build generates; a free page may not take them.
    static let reservedPageSlugs: Set<String> = ["jobs", "departments", "workplaces", "locations", "assets", "index", "404",
                                                 "feed", "sitemap", "robots"]

    static func validate(_ site: Site) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // Indexes, not copies: a Job is large and a site can have tens of thousands.
        var ids: [String: Int] = [:]
        var slugs: [String: Int] = [:]
        for (index, job) in site.jobs.enumerated() {
            if let first = ids[job.id].map({ site.jobs[$0] }) {
                diagnostics.append(Diagnostic(.error, at: job.location(of: "id"),
                    "duplicate `id` \(job.id): also used by \(first.file.displayPath):\(first.location(of: "id").line)",
                    hint: "give each posting its own requisition id", related: [first.file.displayPath]))
            } else {
                ids[job.id] = index
            }
            if let first = slugs[job.slug].map({ site.jobs[$0] }) {
                diagnostics.append(Diagnostic(.error, at: job.location(of: "slug"),
                    "duplicate slug `\(job.slug)`: \(first.file.displayPath) has the same URL jobs/\(job.slug)/",
                    hint: "rename one file or set `slug:` in its front matter", related: [first.file.displayPath]))
            } else {
                slugs[job.slug] = index
            }
        }
        var departments: [String: String] = [:]
        var slugOfDepartment: [String: String] = [:]
        for job in site.jobs {
            let slug = slugOfDepartment[job.department] ?? Slug.make(from: job.department)
            slugOfDepartment[job.department] = slug
            if let other = departments[slug], other != job.department {
                diagnostics.append(Diagnostic(.error, at: job.location(of: "department"),
                    "department `\(job.department)` and `\(other)` would share the page departments/\(slug)/",
                    hint: "spell the department the same way in every posting"))
            } else {
                departments[slug] = job.department
            }
        }
        var pageSlugs: [String: Page] = [:]
        for page in site.pages {
            let location = page.file.location(line: 1, column: 1)
            if reservedPageSlugs.contains(page.slug) {
                diagnostics.append(Diagnostic(.error, at: location,
                    "page slug `\(page.slug)` is used by the generated site",
                    hint: "rename the page or set another `slug:`"))
            } else if let first = pageSlugs[page.slug] {
                diagnostics.append(Diagnostic(.error, at: location,
                    "duplicate page slug `\(page.slug)`: \(first.file.displayPath) has the same URL"))
            } else {
                pageSlugs[page.slug] = page
            }
        }
        var claimed: [String: InterviewProcess] = [:]
        for process in site.interviews.values.sorted(by: { $0.name < $1.name }) {
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
}
