/// Stage 3b: pay-transparency, inclusive-language and structure findings for every job.
enum ComplianceChecker {
    static func check(_ site: ResolvedSite, cache: BuildCache? = nil) -> [Diagnostic] {
        let config = site.site.config
        let rules = LanguageRuleSet.builtIn
        let pay = PayTransparencyChecker(laws: PayTransparencyTable.laws, mode: config.payTransparency,
                                         employees: config.employees, overrides: config.payTransparencyOverrides)
        let linter = LanguageLinter(rules: rules, settings: config.languageRules, interviewRequired: config.interviewRequired)
        let patterns = CompliancePatterns(rules: rules, custom: config.languageRules.custom, disabled: config.languageRules.disabled)
        return site.jobs.parallelMap { resolved -> [Diagnostic] in
            func check() -> [Diagnostic] {
                let scanner = TextScanner(file: resolved.job.file, bodyFirstLine: resolved.job.bodyFirstLine)
                let found = patterns.matcher.scan(scanner, ids: patterns.ids)
                return pay.check(resolved, scanner: scanner, patterns: patterns, found: found)
                    + linter.check(resolved, scanner: scanner, patterns: patterns, found: found)
            }
            return cache?.value(.compliance, for: resolved.job, compute: check) ?? check()
        }.flatMap { $0 }
    }
}
