/// Stage 4: pay-transparency, inclusive-language and structure findings.
///
/// Made once per build from site.yml; `check(_:)` handles one job, `check(site:)` all.
public struct ComplianceChecker: Sendable {
    private let pay: PayTransparencyChecker
    /// For a posting in another of the site's languages (`x.de.md`), by tag: titles are
    /// judged by the conventions of the language they are written in.
    private let payInLanguage: [String: PayTransparencyChecker]
    private let linter: LanguageLinter
    private let patterns: CompliancePatterns
    private let placeholder = PlaceholderText()

    /// `asOf`: the day the laws are read for (`check --as-of`, by default the build date).
    public init(config: SiteConfig, asOf: CalendarDate) {
        let rules = LanguageRuleSet.builtIn
        func checker(_ language: String) -> PayTransparencyChecker {
            PayTransparencyChecker(laws: PayTransparencyTable.laws, mode: config.payTransparency, employees: config.employees,
                                   overrides: config.payTransparencyOverrides, asOf: asOf, language: language)
        }
        pay = checker(config.language)
        payInLanguage = Dictionary(config.languages.filter { !$0.isMain }.map { ($0.tag, checker($0.tag)) }) { first, _ in first }
        linter = LanguageLinter(rules: rules, settings: config.languageRules, interviewRequired: config.interviewRequired,
                                linkedInFeed: config.feeds.linkedIn)
        patterns = CompliancePatterns(rules: rules, custom: config.languageRules.custom, disabled: config.languageRules.disabled)
    }

    public func check(_ resolved: ResolvedJob) -> [Diagnostic] {
        let text = text(of: resolved.job)
        let payFindings = (resolved.language.flatMap { payInLanguage[$0.tag] } ?? pay).check(resolved, text: text)
        var languageFindings = linter.check(resolved, scanner: text.scanner, patterns: patterns, found: text.found, sections: text.sections)
        // An unreadable place is one mistake: the pay rule's error says it; the
        // search-engine warning about the same text would repeat it.
        if payFindings.contains(where: { $0.rule == "unreadable-place" }) {
            languageFindings.removeAll { $0.rule == "jobposting-location" }
        }
        return payFindings + languageFindings + placeholderFindings(resolved.job, scanner: text.scanner)
    }

    /// The posting's words, term matches and body sections, read once for every rule.
    private func text(of job: Job) -> PayTransparencyChecker.Text {
        let scanner = TextScanner(file: job.file, bodyFirstLine: job.bodyFirstLine)
        let found = patterns.matcher.scan(scanner, ids: patterns.ids)
        let sections = BodySections(job.body, firstLine: job.bodyFirstLine,
                                    isComment: scanner.hasComments ? { scanner.lines[$0 - 1].isComment } : nil)
        return PayTransparencyChecker.Text(scanner: scanner, patterns: patterns, found: found, sections: sections)
    }

    /// Per law that binds the posting on the as-of date, what it lacks; and the laws
    /// that cover its places but do not bind it yet. For `openings compliance report`.
    func assess(_ resolved: ResolvedJob) -> (binding: [PayTransparencyChecker.Assessment], upcoming: [PayTransparencyChecker.Reason]) {
        (pay.assess(resolved, text: text(of: resolved.job)).assessments, pay.upcoming(for: resolved.job))
    }

    public func check(site: ResolvedSite) -> [Diagnostic] {
        Self.fold(site.jobs.parallelMap(check).flatMap { $0 }, site: site)
    }

    /// A department without an interview process is one `missing-interview` finding, at
    /// its first posting, naming the others (they are related, for `--changed-since`).
    public static func fold(_ diagnostics: [Diagnostic], site: ResolvedSite) -> [Diagnostic] {
        let missing = diagnostics.filter { $0.rule == "missing-interview" }
        guard missing.count > 1 else { return diagnostics }
        var departmentOf: [String: String] = [:]
        for resolved in site.jobs { departmentOf[resolved.job.file.displayPath] = resolved.job.department }
        var result = diagnostics.filter { $0.rule != "missing-interview" }
        let groups = Dictionary(grouping: missing) { departmentOf[$0.location.path] ?? "" }
        for (_, group) in groups.sorted(by: { $0.key < $1.key }) {
            guard group.count > 1, let first = Diagnostic.folding(group, tell: { " (nor have \($0) more postings in this department: \($1))" }) else {
                result += group
                continue
            }
            result.append(first)
        }
        return result
    }

    /// Guidance text from `openings new job` still in the body of a published posting:
    /// it would be on the page. A draft is work in progress and may keep it.
    private func placeholderFindings(_ job: Job, scanner: TextScanner) -> [Diagnostic] {
        let isComment = { (offset: Int) in scanner.lines.indices.contains(job.bodyFirstLine - 1 + offset) && scanner.lines[job.bodyFirstLine - 1 + offset].isComment }
        guard !job.draft, let found = placeholder.untouched(in: job.body, isComment: isComment) else { return [] }
        let quote = found.text.count > 60 ? found.text.prefix(57) + "…" : Substring(found.text)
        let lines = found.count == 1 ? "this line" : "\(found.count) lines, from this one"
        return [Diagnostic(.error, at: job.file.location(line: job.bodyFirstLine + found.offset, column: 1),
            "the guidance text of `openings new job` is still here (\(lines)): “\(quote)”",
            hint: "replace it with what candidates should know about this job", rule: "placeholder-text")]
    }
}
