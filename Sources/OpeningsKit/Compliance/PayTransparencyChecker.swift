/// Pay-transparency rules for one posting: which laws bind it on the as-of date
/// (`check --as-of`, by default the build date), and what each asks it to show.
///
/// A posting on the site is an advertisement on every day it stays up, so the date
/// that counts is the day the site is checked or built, not `posted`: a posting from
/// 2025 still online when Delaware's law starts on 2027-09-26 must comply from then.
struct PayTransparencyChecker {
    /// Every row of the table: versions, future and pending laws included.
    let laws: [PayTransparencyLaw]
    let mode: SiteConfig.PayTransparency
    let employees: Int?
    /// `pay_transparency_overrides` in site.yml: law code → applies or not.
    let overrides: [String: Bool]
    let asOf: CalendarDate
    /// The site's language (`language:` in site.yml), for gender-neutral titles.
    let language: String

    /// Why a law applies: the key that brought the posting into scope, and a phrase.
    struct Reason {
        var law: PayTransparencyLaw
        var key: String
        var because: String
    }

    /// What a posting lacks under one law.
    /// In the order findings are reported.
    enum Gap: CaseIterable, Sendable {
        case noRange, payBeforeInterview, openEnded, singleFigure, tooWide, widthUnchecked, openEndedText
        case noBenefits, noDeadline, noAIStatement, noVacancyStatement
        case payHistory, canadianExperience, genderedTitle

        var rule: String {
            switch self {
            case .noRange, .openEnded, .singleFigure: return "pay-range"
            case .payBeforeInterview: return "pay-before-interview"
            case .tooWide, .widthUnchecked: return "pay-range-width"
            case .openEndedText: return "open-ended-pay"
            case .noBenefits: return "pay-benefits"
            case .noDeadline: return "pay-deadline"
            case .noAIStatement: return "ai-screening"
            case .noVacancyStatement: return "vacancy"
            case .payHistory: return "pay-history"
            case .canadianExperience: return "canadian-experience"
            case .genderedTitle: return "gender-neutral-title"
            }
        }

        /// How serious the gap is while the law is enforced: an error when the posting
        /// as published breaks the law, a warning when it may (the page still shows the
        /// range; only the employer knows whether AI screens), a note when the law
        /// lets the employer meet it elsewhere (pay before the interview).
        var severity: Diagnostic.Severity {
            switch self {
            case .noRange, .openEnded, .singleFigure, .tooWide, .noVacancyStatement: return .error
            case .payBeforeInterview, .widthUnchecked: return .note
            default: return .warning
            }
        }

        /// The gap in a few words, for the compliance report.
        var summary: String {
            switch self {
            case .noRange: return "no pay range"
            case .payBeforeInterview: return "no pay in the posting: give it before the interview"
            case .openEnded: return "open-ended pay range"
            case .singleFigure: return "a single pay figure, not a range"
            case .tooWide: return "pay range too wide"
            case .widthUnchecked: return "range width not checked (other currency)"
            case .openEndedText: return "open-ended pay in the text"
            case .noBenefits: return "no benefits described"
            case .noDeadline: return "no application deadline"
            case .noAIStatement: return "does not say whether AI screens applicants"
            case .noVacancyStatement: return "does not say whether the vacancy exists"
            case .payHistory: return "asks about pay history"
            case .canadianExperience: return "requires Canadian experience"
            case .genderedTitle: return "title not gender-neutral"
            }
        }
    }

    /// One law's verdict on one posting, for `openings compliance report`: the gaps
    /// are the findings `check` reports for that law.
    struct Assessment {
        var reason: Reason
        var gaps: [Gap]
        /// The duty exists but is not enforced yet on the as-of date.
        var unenforced: Bool

        /// An error becomes a warning while the law is not enforced: the one rule for
        /// `check`'s findings and the report's pass / review / fail.
        func severity(of gap: Gap) -> Diagnostic.Severity {
            gap.severity == .error && unenforced ? .warning : gap.severity
        }
    }

    /// The rows that can bind on the as-of date: per code, the newest in force, and
    /// the row a site forces on whatever its date. Made once per build, not per posting.
    private let candidates: [PayTransparencyLaw]

    init(laws: [PayTransparencyLaw], mode: SiteConfig.PayTransparency, employees: Int?, overrides: [String: Bool],
         asOf: CalendarDate, language: String = "en") {
        self.laws = laws
        self.mode = mode
        self.employees = employees
        self.overrides = overrides
        self.asOf = asOf
        self.language = language
        var rows = PayTransparencyTable.binding(laws, on: asOf).filter { overrides[$0.code] == nil }
        for (code, on) in overrides.sorted(by: { $0.key < $1.key }) where on {
            if let row = PayTransparencyTable.forced(laws, code: code, on: asOf) { rows.append(row) }
        }
        candidates = rows
    }

    func reasons(for job: Job) -> [Reason] {
        guard mode != .off else { return [] }
        return Self.placeFirst(candidates.compactMap { law in
            if overrides[law.code] == nil, let employees, employees < law.minimumEmployees { return nil }
            return reason(law, job)
        })
    }

    /// Laws that cover the posting's places but do not bind it on the as-of date:
    /// enacted with a later date, or pending. They never produce findings; the report
    /// lists them so a team sees what comes next.
    func upcoming(for job: Job) -> [Reason] {
        guard mode != .off else { return [] }
        // A code the site overrides is decided: forced on, it already binds; off, it never will.
        return Self.placeFirst(laws.compactMap { law in
            guard !law.binds(on: asOf), overrides[law.code] == nil else { return nil }
            if let employees, employees < law.minimumEmployees { return nil }
            return reason(law, job)
        })
    }

    private func reason(_ law: PayTransparencyLaw, _ job: Job) -> Reason? {
        if let location = job.locations.first(where: { law.covers(country: $0.country, region: $0.region, city: $0.city) }) {
            return Reason(law: law, key: job.keyLocations["locations"] != nil ? "locations" : "location",
                          because: "it is based in \(location.place.label)")
        }
        if law.coversRemote, job.workplace != .onsite, let country = job.remoteCountries.first(where: law.reachable(fromCountry:)) {
            return Reason(law: law, key: "remote_countries",
                          because: "a \(job.workplace.rawValue) hire may live there (remote_countries: \(country))")
        }
        return nil
    }

    /// Laws of the places named first: they are what the author will recognise.
    private static func placeFirst(_ reasons: [Reason]) -> [Reason] {
        reasons.filter { $0.key != "remote_countries" } + reasons.filter { $0.key == "remote_countries" }
    }

    /// What the checker reads in a posting besides its fields.
    struct Text {
        var scanner: TextScanner
        var patterns: CompliancePatterns
        var found: [[TextScanner.Match]]
        var sections: BodySections
    }

    func check(_ resolved: ResolvedJob, text: Text) -> [Diagnostic] {
        assess(resolved, text: text).diagnostics
    }

    func assess(_ resolved: ResolvedJob, text: Text) -> (assessments: [Assessment], diagnostics: [Diagnostic]) {
        let job = resolved.job
        var reasons = reasons(for: job)
        if mode == .always, reasons.allSatisfy({ !$0.law.requires.contains(.range) }) {
            let policy = PayTransparencyLaw(code: "site", name: "this site's policy", scope: .country, region: nil, cities: [],
                                            countries: [], inForce: asOf, minimumEmployees: 0, requires: [.range],
                                            singleNumberAllowed: false, maximumWidth: nil, widthExemptAbove: nil, widthCurrency: nil,
                                            coversRemote: true, wording: [], citation: "site.yml `pay_transparency: always`")
            reasons.append(Reason(law: policy, key: "pay_transparency", because: "every posting must show its pay"))
        }
        // Read only when a law that wants both ends of a range applies.
        let wantsRange = reasons.contains { ($0.law.requires.contains(.range) || $0.law.requires.contains(.rangeOrBeforeInterview)) && !$0.law.openEndedAllowed }
        let openEndedText = resolved.salary == nil || !wantsRange ? [] : OpenEndedPay.find(in: text.scanner)
        // Judged only when a law that asks for neutral titles applies.
        let title = reasons.contains { $0.law.wording.contains(.genderNeutralTitle) } ? titleFinding(job, text: text) : nil
        let wording = Wording(payHistory: Self.unnegated(text, text.patterns.payHistory),
                              canadianExperience: Self.unnegated(text, text.patterns.canadianExperience))
        var assessments: [Assessment] = []
        for reason in reasons {
            let law = reason.law
            var gaps: [Gap] = []
            if law.requires.contains(.range) || law.requires.contains(.rangeOrBeforeInterview) {
                if let salary = resolved.salary {
                    if salary.minimum == 0, salary.maximum > 0, !law.openEndedAllowed {
                        gaps.append(.openEnded)
                    } else if salary.minimum == salary.maximum, !law.singleNumberAllowed {
                        gaps.append(.singleFigure)
                    }
                    if let cap = law.maximumWidth, salary.maximum - salary.minimum > cap,
                       law.widthExemptAbove.map({ salary.maximum <= $0 }) ?? true {
                        gaps.append(law.widthCurrency.map { $0 != salary.currency } ?? false ? .widthUnchecked : .tooWide)
                    }
                    if !openEndedText.isEmpty, !law.openEndedAllowed { gaps.append(.openEndedText) }
                } else if !resolved.salaryHasErrors {
                    // When the salary was written but had an error, that error is the one to fix.
                    gaps.append(law.requires.contains(.range) ? .noRange : .payBeforeInterview)
                }
            }
            // A field written with an error (`deadline:` for `closes:`) already has its finding.
            if law.requires.contains(.benefits), job.benefits.isEmpty, text.sections.benefits == nil,
               !job.keysWithErrors.contains("benefits") { gaps.append(.noBenefits) }
            if law.requires.contains(.deadline), job.closes == nil, !job.keysWithErrors.contains("closes") { gaps.append(.noDeadline) }
            if law.requires.contains(.aiScreening), job.aiScreening == nil, !job.keysWithErrors.contains("ai_screening") {
                gaps.append(.noAIStatement)
            }
            if law.requires.contains(.vacancy), job.vacancy == nil, !job.keysWithErrors.contains("vacancy") { gaps.append(.noVacancyStatement) }
            if law.wording.contains(.payHistory), !wording.payHistory.isEmpty { gaps.append(.payHistory) }
            if law.wording.contains(.canadianExperience), !wording.canadianExperience.isEmpty { gaps.append(.canadianExperience) }
            if law.wording.contains(.genderNeutralTitle), title != nil { gaps.append(.genderedTitle) }
            assessments.append(Assessment(reason: reason, gaps: gaps, unenforced: law.unenforced(on: asOf)))
        }
        return (assessments, diagnostics(assessments, resolved: resolved, wording: wording, openEndedText: openEndedText, title: title))
    }

    /// Wording some laws ban, as the text has it: "we never ask for your salary history" is not asking.
    private struct Wording {
        var payHistory: [TextScanner.Match]
        var canadianExperience: [TextScanner.Match]
    }

    private static func unnegated(_ text: Text, _ pattern: Int) -> [TextScanner.Match] {
        text.found[pattern].filter { !text.scanner.isNegated($0) }
    }

    /// The gendered word of the title, by the conventions of the site's language
    /// (`GenderNeutralTitle`: "(m/w/d)" in German, "(H/F)" in French, …); in a language
    /// it does not know, the English words of the `gendered-word` rule.
    private func titleFinding(_ job: Job, text: Text) -> (line: Int, column: Int, word: String, hint: String)? {
        let titleKey = job.keyLocations["title"] != nil ? "title" : "role"
        let at = job.location(of: titleKey)
        guard let judge = GenderNeutralTitle(language: language) else {
            guard let match = text.found[text.patterns.genderedWord].first(where: { $0.line == at.line }) else { return nil }
            return (match.line, match.column, match.text, "use a neutral title, e.g. “salesperson”, “chair”")
        }
        guard let finding = judge.finding(in: job.title) else { return nil }
        // The title as written on its line (after `title:`, perhaps quoted): the word's
        // column is counted from there; a title not found as written points at its key.
        var column = at.column
        if text.scanner.lines.indices.contains(at.line - 1) {
            let line = text.scanner.string(of: text.scanner.lines[at.line - 1])
            if let colon = line.firstIndex(of: ":"), let range = line[colon...].range(of: job.title) {
                column = line.distance(from: line.startIndex, to: range.lowerBound) + 1 + finding.offset
            }
        }
        return (at.line, column, finding.word, finding.hint)
    }

    private func diagnostics(_ assessments: [Assessment], resolved: ResolvedJob, wording: Wording,
                             openEndedText: [TextScanner.Match], title: (line: Int, column: Int, word: String, hint: String)?) -> [Diagnostic] {
        let job = resolved.job
        func at(_ key: String) -> SourceLocation { job.location(of: key) }
        var diagnostics: [Diagnostic] = []
        // One finding per kind of gap, naming every law that asks for it: a posting
        // without pay in seven states has one thing to fix, not seven.
        var groups: [Gap: [Assessment]] = [:]
        for assessment in assessments { for gap in assessment.gaps { groups[gap, default: []].append(assessment) } }
        /// The most serious any law of the group makes the gap.
        func severity(_ gap: Gap, _ group: [Assessment]) -> Diagnostic.Severity {
            group.map { $0.severity(of: gap) }.max() ?? gap.severity
        }
        /// " (penalties from 2027-01-01)" when no law of the group is enforced yet.
        func enforcement(_ group: [Assessment]) -> String {
            guard group.allSatisfy(\.unenforced), let date = group.compactMap(\.reason.law.enforcedFrom).min() else { return "" }
            return "; it is enforced from \(date)"
        }
        for gap in Gap.allCases {
            guard let group = groups[gap], let first = group.first else { continue }
            let reasons = group.map(\.reason)
            let level = severity(gap, group)
            let cite = Self.cite(reasons), because = Self.because(reasons), more = enforcement(group)
            switch gap {
            case .noRange:
                diagnostics.append(Diagnostic(level, at: at(first.reason.key),
                    "no pay range, which \(Self.laws(reasons)) because \(because)\(more) \(cite)",
                    hint: "add `salary: { min: …, max: …, currency: …, period: year }` or `salary: { band: … }`", rule: gap.rule))
            case .payBeforeInterview:
                diagnostics.append(Diagnostic(level, at: at(first.reason.key),
                    "no pay in the posting; \(Self.laws(reasons, verb: "requires", plural: "require")) candidates to be told the pay or its range, in the posting or later in the process (\(first.reason.law.name): “\(first.reason.law.shows)”), because \(because) \(cite)",
                    hint: "add `salary:` so the posting shows it, or make sure candidates are told in time", rule: gap.rule))
            case .openEnded:
                diagnostics.append(Diagnostic(level, at: at("salary"),
                    "open-ended pay range (from 0) where \(Self.laws(reasons, verb: "requires", plural: "require")) a real range, because \(because)\(more) \(cite)",
                    hint: "set `min` to the lowest pay you would offer", rule: gap.rule))
            case .singleFigure:
                diagnostics.append(Diagnostic(level, at: at("salary"),
                    "single pay figure where \(Self.laws(reasons, verb: "requires", plural: "require")) a range, because \(because)\(more) \(cite)",
                    hint: "give the minimum and maximum you would in good faith pay", rule: gap.rule))
            case .tooWide, .widthUnchecked:
                guard let salary = resolved.salary else { continue }
                for assessment in group {
                    let law = assessment.reason.law
                    let cap = law.maximumWidth ?? 0
                    let lawCite = "(\(law.name): \(law.citation))"
                    if gap == .widthUnchecked {
                        diagnostics.append(Diagnostic(.note, at: at("salary"),
                            "\(law.name) caps a pay range's width at \(SalaryRange.plain(cap)) \(law.widthCurrency ?? ""); this range is in \(salary.currency), so the cap was not checked (no exchange rate is guessed) \(lawCite)",
                            rule: gap.rule))
                    } else {
                        diagnostics.append(Diagnostic(severity(gap, [assessment]), at: at("salary"),
                            "pay range is \(SalaryRange.plain(salary.maximum - salary.minimum)) \(salary.currency) wide; \(law.name) allows at most \(SalaryRange.plain(cap))\(law.widthExemptAbove.map { " unless the top exceeds \(SalaryRange.plain($0))" } ?? "")\(enforcement([assessment])) \(lawCite)",
                            hint: "narrow the range", rule: gap.rule))
                    }
                }
            case .openEndedText:
                for match in openEndedText {
                    diagnostics.append(Diagnostic(level, at: job.file.location(line: match.line, column: match.column),
                        "“\(match.text)” is open-ended pay; \(Self.laws(reasons, verb: "requires", plural: "require")) a range with a minimum and a maximum \(cite)",
                        hint: "write the range from `salary:` in the text too, or leave pay to the salary line the page shows", rule: gap.rule))
                }
            case .noBenefits:
                diagnostics.append(Diagnostic(level, at: at(first.reason.key),
                    "no benefits listed; \(Self.laws(reasons, verb: "asks", plural: "ask")) for a general description of benefits and other compensation \(cite)",
                    hint: "add `benefits: [...]` or a `## Benefits` section", rule: gap.rule))
            case .noDeadline:
                diagnostics.append(Diagnostic(level, at: at(first.reason.key),
                    "no application deadline; \(Self.laws(reasons, verb: "asks", plural: "ask")) for the date the application window is expected to close \(cite)",
                    hint: "add `closes: YYYY-MM-DD`", rule: gap.rule))
            case .noAIStatement:
                diagnostics.append(Diagnostic(level, at: at(first.reason.key),
                    "the posting does not say whether artificial intelligence screens applicants; \(Self.laws(reasons, verb: "requires", plural: "require")) that statement when AI is used to screen, assess or select them \(cite)",
                    hint: "add `ai_screening: true` (the page then says so) or `ai_screening: false`", rule: gap.rule))
            case .noVacancyStatement:
                diagnostics.append(Diagnostic(level, at: at(first.reason.key),
                    "the posting does not say whether it is for an existing vacancy, which \(Self.laws(reasons)) because \(because)\(more) \(cite)",
                    hint: "add `vacancy: existing`, or `vacancy: future` for a talent pool", rule: gap.rule))
            case .payHistory, .canadianExperience:
                // Wording: one finding per use in the text, citing the first law that bans it.
                let law = first.reason.law
                let (matches, hint) = gap == .payHistory
                    ? (wording.payHistory, "ask for salary expectations instead, or remove it")
                    : (wording.canadianExperience, "describe the skills the experience stands for")
                for match in matches {
                    let what = gap == .payHistory ? "asking about pay history is not allowed in \(law.name)" : "\(law.name) forbids requiring Canadian experience"
                    diagnostics.append(Diagnostic(level, at: job.file.location(line: match.line, column: match.column),
                        "“\(match.text)”: \(what) (\(law.name): \(law.citation))", hint: hint, rule: gap.rule))
                }
            case .genderedTitle:
                guard let title else { continue }
                let law = first.reason.law
                diagnostics.append(Diagnostic(level, at: job.file.location(line: title.line, column: title.column),
                    "job title “\(job.title)” is not gender-neutral (“\(title.word)”) (\(law.name): \(law.citation))",
                    hint: title.hint, rule: gap.rule))
            }
        }
        diagnostics += unreadablePlace(resolved, noRange: groups[.noRange] != nil)
        return diagnostics
    }

    /// A place the table cannot read is not a place without a law: say so rather than pass.
    private func unreadablePlace(_ resolved: ResolvedJob, noRange: Bool) -> [Diagnostic] {
        let job = resolved.job
        guard !noRange, mode == .jurisdiction, resolved.salary == nil, !resolved.salaryHasErrors else { return [] }
        if let place = job.locations.first(where: { location in
            // A place in a country whose laws go state by state, without its state.
            location.text == nil && location.region == nil
                && location.country.map(PayTransparencyTable.regionalCountries.contains) == true
        }) {
            return [Diagnostic(.error, at: job.location(ofFirst: ["locations", "location"]),
                "`\(place.place.label)` has no `region`: pay-transparency laws there are set by state or province, so they cannot tell whether one requires a pay range",
                hint: "add `region:` (e.g. `region: WA`), or add a salary", rule: "unreadable-place")]
        }
        if let text = job.locations.lazy.compactMap(\.text).first(where: { if case .workplace = PlaceText.read($0) { false } else { true } }) {
            return [Diagnostic(.error, at: job.location(ofFirst: ["locations", "location"]),
                "the pay-transparency rules cannot read the place `\(text)`, so they cannot tell whether a law requires a pay range",
                hint: "write it as `locations: [{ city: …, region: …, country: … }]`, or add a salary", rule: "unreadable-place")]
        }
        return []
    }

    /// "Colorado requires", "Colorado, California and New York require",
    /// "Colorado, California, New York and 4 more require".
    static func laws(_ reasons: [Reason], verb: String = "requires", plural: String = "require") -> String {
        let names = reasons.map(\.law.name)
        switch names.count {
        case 1: return "\(names[0]) \(verb)"
        case 2...4: return "\(names.dropLast().joined(separator: ", ")) and \(names.last!) \(plural)"
        default: return "\(names.prefix(3).joined(separator: ", ")) and \(names.count - 3) more \(plural)"
        }
    }

    /// Why, once per distinct phrase: "it is based in Denver, CO, United States and a
    /// remote hire may live there (remote_countries: US)".
    static func because(_ reasons: [Reason]) -> String {
        var phrases: [String] = []
        for reason in reasons where !phrases.contains(reason.because) { phrases.append(reason.because) }
        if phrases.count > 2 { return "\(phrases[0]) and \(phrases.count - 1) more places" }
        return phrases.joined(separator: " and ")
    }

    /// The first law's citation; the others are in docs/compliance.md and `Data/pay-transparency.yml`.
    static func cite(_ reasons: [Reason]) -> String {
        guard let law = reasons.first?.law else { return "" }
        let more = reasons.count > 1 ? "; the others are cited in docs/compliance.md" : ""
        return "(\(law.name): \(law.citation)\(more))"
    }
}
