/// Stage 3b: pay-transparency, inclusive-language and structure findings for every job.
enum ComplianceChecker {
    static func check(_ site: ResolvedSite) -> [Diagnostic] {
        let config = site.site.config
        let rules = LanguageRuleSet.builtIn
        let pay = PayTransparencyChecker(laws: PayTransparencyTable.laws, mode: config.payTransparency,
                                         employees: config.employees, overrides: config.payTransparencyOverrides,
                                         wording: rules)
        let linter = LanguageLinter(rules: rules, settings: config.languageRules, interviewRequired: config.interviewRequired)
        return site.jobs.parallelMap { resolved -> [Diagnostic] in
            let scanner = TextScanner(file: resolved.job.file, bodyFirstLine: resolved.job.bodyFirstLine)
            return pay.check(resolved, scanner: scanner) + linter.check(resolved, scanner: scanner)
        }.flatMap { $0 }
    }
}
