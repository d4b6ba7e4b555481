/// What `openings new` knows about a site's departments: which names it already uses,
/// whether a name given on the command line is one of them or a likely misspelling,
/// and the id prefix a new department gets.
struct ScaffoldDepartments {
    /// Department name → postings that use it.
    let postings: [String: Int]
    /// Department name → the interview process that lists it.
    let processes: [String: String]
    /// `departments:` of site.yml, when the site keeps such a list.
    let allowed: [String]?

    init(_ site: Site) {
        var postings: [String: Int] = [:]
        for job in site.jobs { postings[job.department, default: 0] += 1 }
        self.postings = postings
        var processes: [String: String] = [:]
        for process in site.interviews.values.sorted(by: { $0.name < $1.name }) {
            for department in process.departments where processes[department] == nil { processes[department] = process.name }
        }
        self.processes = processes
        allowed = site.config.departments
    }

    /// Every department name the site uses somewhere, sorted.
    var known: [String] { Set(postings.keys).union(processes.keys).union(allowed ?? []).sorted() }

    enum Verdict: Equatable {
        case known
        /// A department the site does not have yet; the text says so (standard error).
        case new(String)
        /// Not written: the text says why and what to type instead.
        case refused(String)
    }

    /// Whether `new job --department <name>` may go ahead. A name the site does not use
    /// is refused when it is close to one it does (`Enginering` beside `Engineering`),
    /// or outside site.yml's `departments:` list, unless `newDepartment` says it is meant.
    func verdict(for name: String, newDepartment: Bool) -> Verdict {
        let known = self.known
        if known.contains(name) { return .known }
        // Two spellings of one slug share a department page: an error whatever is meant.
        let slug = Slug.make(from: name)
        if let same = known.first(where: { Slug.make(from: $0) == slug }) {
            return .refused("department `\(name)` would share the page departments/\(slug)/ with `\(same)`\(uses(same)); "
                + "write it as the site does: --department \(Self.shellQuoted(same))")
        }
        let suggestion = Suggestion.closest(to: name, in: known)
        if let allowed, !newDepartment {
            let hint = suggestion.map { "did you mean `\($0)`\(uses($0))? Run again with --department \(Self.shellQuoted($0))" }
                ?? "the list has: \(allowed.joined(separator: ", "))"
            return .refused("department `\(name)` is not in the `departments:` list of Content/site.yml; \(hint), "
                + "or add --new-department (and the name to that list) to start a new department")
        }
        if let suggestion, !newDepartment {
            return .refused("department `\(name)` is not used on this site; did you mean `\(suggestion)`\(uses(suggestion))? "
                + "Run again with --department \(Self.shellQuoted(suggestion)), or add --new-department if `\(name)` is a new department")
        }
        var note = "`\(name)` is a new department"
        if !known.isEmpty { note += " (the site has: \(known.joined(separator: ", ")))" }
        if allowed != nil { note += "; add it to `departments:` in Content/site.yml, or check reports an error" }
        return .new(note)
    }

    /// ` (used by 3 postings)`, ` (listed by the interview process engineering)`.
    private func uses(_ name: String) -> String {
        if let count = postings[name] { return " (used by \(count) posting\(count == 1 ? "" : "s"))" }
        if let process = processes[name] { return " (listed by the interview process \(process))" }
        return " (in site.yml's `departments:`)"
    }

    static func shellQuoted(_ text: String) -> String {
        text.allSatisfy { $0.isLetter || $0.isNumber || "-_.".contains($0) } && text.allSatisfy(\.isASCII)
            ? text : "'" + text.replacingAll("'", with: "'\\''") + "'"
    }

    /// Small words left out of initials (`Research and Development` → `RD`).
    static let minorWords: Set<String> = ["and", "of", "the", "for", "und", "et", "de", "y", "e"]

    /// The id prefix for a department that has no postings yet: the first three letters
    /// of a one-word name (`Engineering` → `ENG`), the initials of a longer one (`People
    /// Operations` → `PO`, `R&D` → `RD`, `Research and Development` → `RD`), folded to
    /// ASCII. A prefix another department already uses grows by the next letters of the
    /// last word (`Engagement` → `ENGA` beside Engineering's `ENG`).
    static func prefix(for department: String, taken: Set<String>) -> String {
        // `&` separates words here; `Slug.make` would spell it "and".
        let words = department.split { !$0.isLetter && !$0.isNumber }
            .map { Slug.make(from: String($0)).filter { $0.isLetter || $0.isNumber }.uppercased() }
            .filter { !$0.isEmpty }
        let significant = words.filter { !minorWords.contains($0.lowercased()) }
        let parts = significant.isEmpty ? words : significant
        guard let last = parts.last else { return "JOB" }
        var base: String
        var rest: Substring
        if parts.count == 1 {
            base = String(last.prefix(3))
            rest = last.dropFirst(3)
        } else {
            base = String(parts.prefix(4).compactMap(\.first))
            rest = last.dropFirst()
        }
        while taken.contains(base), let next = rest.first, base.count < 8 {
            base.append(next)
            rest = rest.dropFirst()
        }
        return base
    }
}
