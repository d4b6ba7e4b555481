/// Stage 4: pay-transparency, inclusive-language and structure findings.
///
/// Made once per build from site.yml; `check(_:)` handles one job, `check(site:)` all.
public struct ComplianceChecker: Sendable {
    private let pay: PayTransparencyChecker
    private let linter: LanguageLinter
    private let patterns: CompliancePatterns

    public init(config: SiteConfig) {
        let rules = LanguageRuleSet.builtIn
        pay = PayTransparencyChecker(laws: PayTransparencyTable.laws, mode: config.payTransparency,
                                     employees: config.employees, overrides: config.payTransparencyOverrides)
        linter = LanguageLinter(rules: rules, settings: config.languageRules, interviewRequired: config.interviewRequired)
        patterns = CompliancePatterns(rules: rules, custom: config.languageRules.custom, disabled: config.languageRules.disabled)
    }

    public func check(_ resolved: ResolvedJob) -> [Diagnostic] {
        let scanner = TextScanner(file: resolved.job.file, bodyFirstLine: resolved.job.bodyFirstLine)
        let found = patterns.matcher.scan(scanner, ids: patterns.ids)
        let payFindings = pay.check(resolved, scanner: scanner, patterns: patterns, found: found)
        var languageFindings = linter.check(resolved, scanner: scanner, patterns: patterns, found: found)
        // An unreadable place is one mistake: the pay rule's error says it; the
        // search-engine warning about the same text would repeat it.
        if payFindings.contains(where: { $0.rule == "unreadable-place" }) {
            languageFindings.removeAll { $0.rule == "jobposting-location" }
        }
        return payFindings + languageFindings
    }

    public func check(site: ResolvedSite) -> [Diagnostic] {
        site.jobs.parallelMap(check).flatMap { $0 }
    }
}
