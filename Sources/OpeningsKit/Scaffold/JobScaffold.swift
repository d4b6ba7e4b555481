import Foundation

/// `openings new job` and `openings new interview`: files that check clean, with
/// the sections a good posting has, written as drafts so nothing half-written is published.
public enum JobScaffold {

    /// The next id for a department: its jobs' prefix and one more than their highest
    /// number (`ENG-0007` after `ENG-0006`); a new department gets a prefix from its name
    /// (`ScaffoldDepartments.prefix`: `ENG`, `PO`, `RD`).
    public static func nextID(department: String, existing: [Job]) -> String {
        var prefixes: [String: (count: Int, maximum: Int, width: Int)] = [:]
        for job in existing where job.department == department {
            guard let dash = job.id.lastIndex(of: "-"), let number = Int(job.id[job.id.index(after: dash)...]) else { continue }
            let prefix = String(job.id[..<dash])
            let entry = prefixes[prefix] ?? (0, 0, 0)
            prefixes[prefix] = (entry.count + 1, max(entry.maximum, number), max(entry.width, job.id.count - prefix.count - 1))
        }
        let taken = Set(existing.map(\.id))
        if let (prefix, entry) = prefixes.max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) }) {
            var number = entry.maximum + 1
            var id = format(prefix, number, width: entry.width)
            while taken.contains(id) { number += 1; id = format(prefix, number, width: entry.width) }
            return id
        }
        var otherPrefixes: Set<String> = []
        for job in existing where job.department != department {
            if let dash = job.id.lastIndex(of: "-") { otherPrefixes.insert(String(job.id[..<dash])) }
        }
        let prefix = ScaffoldDepartments.prefix(for: department, taken: otherPrefixes)
        var number = 1
        while taken.contains(format(prefix, number, width: 4)) { number += 1 }
        return format(prefix, number, width: 4)
    }

    static func format(_ prefix: String, _ number: Int, width: Int) -> String {
        let digits = String(number)
        return prefix + "-" + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// YAML double-quoted scalar, so any title or department is read back as written.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                // What YAML may hold as printed text (its c-printable set, which libyaml
                // checks byte by byte); anything else, DEL and C1 controls and U+FEFF
                // included, is escaped (found by fuzz-import-boards).
                let value = scalar.value
                if YAMLReader.isPrintable(scalar) { out.unicodeScalars.append(scalar) }
                else if value <= 0xFF { out += "\\x" + String(format: "%02X", value) }
                else { out += "\\u" + String(format: "%04X", value) }
            }
        }
        return out + "\""
    }

    /// Writes `Content/jobs/[<department>/]<title-slug>.md` and returns its site-relative
    /// path, with a note for the author when the department is new to the site. A
    /// department the site does not use is refused when it looks like a misspelling of
    /// one it does, or is missing from site.yml's `departments:` list, unless
    /// `newDepartment` says it is meant (see `ScaffoldDepartments.verdict`).
    public static func newJob(title: String, department: String, newDepartment: Bool = false, siteFolder: String,
                              date: CalendarDate) throws -> (path: String, note: String?) {
        let (site, _) = SiteLoader(siteFolder: siteFolder, gitDates: false).load()
        guard let site else { throw Failure("\(siteFolder) is not an Openings site (no valid Content/site.yml); run `openings init` first") }
        var note: String?
        switch ScaffoldDepartments(site).verdict(for: department, newDepartment: newDepartment) {
        case .known: break
        case .new(let text): note = text
        case .refused(let reason): throw Failure(reason + "; nothing was written")
        }
        let slug = Slug.make(from: title)
        guard !slug.isEmpty else { throw Failure("cannot make a file name from the title \(quoted(title))") }
        let departmentSlug = Slug.make(from: department)
        let files = SiteFiles(root: siteFolder)
        var ignored: [Diagnostic] = []
        let folder = files.kind("Content/jobs/" + departmentSlug, diagnostics: &ignored) == .directory
            ? "Content/jobs/\(departmentSlug)" : "Content/jobs"
        let path = "\(folder)/\(slug).md"
        if files.kind(path, diagnostics: &ignored) != .missing || site.jobs.contains(where: { $0.slug == slug }) {
            throw Failure("a job with the slug `\(slug)` already exists; choose another title")
        }
        let process = site.interviews.values.sorted { $0.name < $1.name }.first { $0.departments.contains(department) }
        let text = """
            ---
            title: \(quoted(title))
            id: \(nextID(department: department, existing: site.jobs))
            department: \(quoted(department))
            # level: Mid
            employment_type: full_time              # full_time | part_time | contract | temporary | intern
            workplace: remote                       # onsite | hybrid | remote
            # locations:                            # required for onsite and hybrid jobs
            #   - { city: Denver, region: CO, country: US }
            # remote_countries: [US]                # where a remote hire may live
            posted: \(date)
            # closes: YYYY-MM-DD
            # salary: { min: 0, max: 0, currency: USD, period: year }   # or { band: name from bands.yml }
            # benefits: [Health, Retirement]
            # vacancy: existing                     # existing | future (a talent pool); Ontario asks every posting to say
            # ai_screening: false                   # true when AI screens, assesses or selects applicants; the page says so
            \(process.map { "interview: \($0.name)" } ?? "# interview: name of a file in Content/interview/")
            draft: true                             # set to false (or remove) to publish
            ---
            \(placeholderBody)

            """
        try create(path, text, in: files)
        return (path, note)
    }

    /// Writes `Content/interview/<name>.md` and returns its site-relative path.
    ///
    /// `departments:` lists `departments` when given (each checked like `new job`'s, and
    /// refused when another process lists it already: a department has one process).
    /// Otherwise it lists the process's own name when that is a department of the site
    /// no process claims yet (`new interview "People Operations"`), and else stays empty
    /// with an example of the site's unclaimed departments in a comment.
    public static func newInterview(name: String, departments: [String] = [], newDepartment: Bool = false,
                                    siteFolder: String) throws -> String {
        let slug = Slug.make(from: name)
        guard !slug.isEmpty else { throw Failure("cannot make a file name from \(quoted(name))") }
        let files = SiteFiles(root: siteFolder)
        var ignored: [Diagnostic] = []
        guard files.kind("Content/site.yml", diagnostics: &ignored) == .file else {
            throw Failure("\(siteFolder) is not an Openings site (no Content/site.yml); run `openings init` first")
        }
        let path = "Content/interview/\(slug).md"
        guard files.kind(path, diagnostics: &ignored) == .missing else { throw Failure("\(path) already exists") }
        let site = SiteLoader(siteFolder: siteFolder, gitDates: false).load().site
        let known = site.map(ScaffoldDepartments.init)
        var listed: [String] = []
        for department in departments where !listed.contains(department) {
            if let process = known?.processes[department] {
                throw Failure("department `\(department)` already uses the interview process \(process) "
                    + "(Content/interview/\(process).md), and a department may be listed by one process only; nothing was written")
            }
            if case .refused(let reason)? = known?.verdict(for: department, newDepartment: newDepartment) {
                throw Failure(reason + "; nothing was written")
            }
            listed.append(department)
        }
        var comment = "departments that use this process by default"
        if departments.isEmpty, let known {
            let unclaimed = known.known.filter { known.processes[$0] == nil && (known.postings[$0] != nil || known.allowed != nil) }
            if let own = unclaimed.first(where: { Slug.make(from: $0) == slug }) {
                listed = [own]
            } else {
                let example = unclaimed.isEmpty ? [name] : Array(unclaimed.prefix(3))
                comment += ", e.g. [\(example.map(quoted).joined(separator: ", "))]"
            }
        }
        let list = "departments: [\(listed.map(quoted).joined(separator: ", "))]"
        let text = """
            ---
            title: \(quoted("How We Interview — " + name))
            \(list.padding(toLength: max(list.count + 1, 40), withPad: " ", startingAt: 0))# \(comment)
            stages:
              - name: Introductory call
                duration: 30 min
                format: video
                assesses: [motivation, logistics]
              - name: Structured interview
                duration: 60 min
                format: video
                assesses: [the skills the role needs]
            ---
            How to prepare, which accommodations you offer and how to ask for them, and how and
            when candidates hear back.

            """
        try create(path, text, in: files)
        return path
    }

    private static func create(_ path: String, _ text: String, in files: SiteFiles) throws {
        let target = files.absolute(path)
        try FileManager.default.createDirectory(atPath: target.parentPath, withIntermediateDirectories: true)
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: target), options: .withoutOverwriting)
        } catch {
            throw Failure("\(files.displayPath(path)) already exists; nothing was written")
        }
    }
}
