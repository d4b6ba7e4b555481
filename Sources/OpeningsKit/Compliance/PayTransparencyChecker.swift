/// Pay-transparency rules for one posting: which laws it falls under on its
/// `posted` date, and what they require it to show.
struct PayTransparencyChecker {
    var laws: [PayTransparencyLaw]
    var mode: SiteConfig.PayTransparency
    var employees: Int?
    /// `pay_transparency_overrides` in site.yml: law code → applies or not.
    var overrides: [String: Bool]

    /// Why a law applies: the key that brought the posting into scope, and a phrase.
    struct Reason {
        var law: PayTransparencyLaw
        var key: String
        var because: String
    }

    func reasons(for job: Job) -> [Reason] {
        guard mode != .off else { return [] }
        var result: [Reason] = []
        for law in laws {
            if let forced = overrides[law.code], !forced { continue }
            if overrides[law.code] == nil {
                guard law.inForce <= job.posted else { continue }
                if let employees, employees < law.minimumEmployees { continue }
            }
            if let location = job.locations.first(where: { law.covers(country: $0.country, region: $0.region, city: $0.city) }) {
                result.append(Reason(law: law, key: job.keyLocations["locations"] != nil ? "locations" : "location",
                                     because: "it is based in \(location.place.label)"))
            } else if law.coversRemote, job.workplace != .onsite,
                      let country = job.remoteCountries.first(where: law.reachable(fromCountry:)) {
                result.append(Reason(law: law, key: "remote_countries",
                                     because: "a \(job.workplace.rawValue) hire may live there (remote_countries: \(country))"))
            }
        }
        // Laws of the places named first: they are what the author will recognise.
        return result.filter { $0.key != "remote_countries" } + result.filter { $0.key == "remote_countries" }
    }

    func check(_ resolved: ResolvedJob, scanner: TextScanner, patterns: CompliancePatterns, found: [[TextScanner.Match]]) -> [Diagnostic] {
        let job = resolved.job
        var diagnostics: [Diagnostic] = []
        var reasons = reasons(for: job)
        if mode == .always, reasons.allSatisfy({ !$0.law.requires.contains(.range) }) {
            let policy = PayTransparencyLaw(code: "site", name: "this site's policy", scope: .country, region: nil, cities: [],
                                            countries: [], inForce: job.posted, minimumEmployees: 0, requires: [.range],
                                            singleNumberAllowed: false, maximumWidth: nil, widthExemptAbove: nil, widthCurrency: nil,
                                            coversRemote: true, wording: [], citation: "site.yml `pay_transparency: always`")
            reasons.append(Reason(law: policy, key: "pay_transparency", because: "every posting must show its pay"))
        }
        func at(_ key: String) -> SourceLocation { job.location(of: key) }
        // One finding per kind of gap, naming every law that asks for it: a posting
        // without pay in seven states has one thing to fix, not seven.
        var noRange: [Reason] = [], openEnded: [Reason] = [], singleFigure: [Reason] = []
        var noBenefits: [Reason] = [], noDeadline: [Reason] = []
        for reason in reasons {
            let law = reason.law
            if law.requires.contains(.range) {
                if let salary = resolved.salary {
                    if salary.minimum == 0, salary.maximum > 0 {
                        openEnded.append(reason)
                    } else if salary.minimum == salary.maximum, !law.singleNumberAllowed {
                        singleFigure.append(reason)
                    }
                    if let cap = law.maximumWidth, salary.maximum - salary.minimum > cap,
                       law.widthExemptAbove.map({ salary.maximum <= $0 }) ?? true {
                        let cite = "(\(law.name): \(law.citation))"
                        if let currency = law.widthCurrency, currency != salary.currency {
                            diagnostics.append(Diagnostic(.note, at: at("salary"),
                                "\(law.name) caps a pay range's width at \(SalaryRange.plain(cap)) \(currency); this range is in \(salary.currency), so the cap was not checked (no exchange rate is guessed) \(cite)",
                                rule: "pay-range-width"))
                        } else {
                            diagnostics.append(Diagnostic(.error, at: at("salary"),
                                "pay range is \(SalaryRange.plain(salary.maximum - salary.minimum)) \(salary.currency) wide; \(law.name) allows at most \(SalaryRange.plain(cap))\(law.widthExemptAbove.map { " unless the top exceeds \(SalaryRange.plain($0))" } ?? "") \(cite)",
                                hint: "narrow the range", rule: "pay-range-width"))
                        }
                    }
                } else if !resolved.salaryHasErrors {
                    // When the salary was written but had an error, that error is the one to fix.
                    noRange.append(reason)
                }
            }
            // A field written with an error (`deadline:` for `closes:`) already has its finding.
            if law.requires.contains(.benefits), job.benefits.isEmpty, !job.keysWithErrors.contains("benefits") { noBenefits.append(reason) }
            if law.requires.contains(.deadline), job.closes == nil, !job.keysWithErrors.contains("closes") { noDeadline.append(reason) }
        }
        if noRange.isEmpty, mode == .jurisdiction, resolved.salary == nil, !resolved.salaryHasErrors,
           let place = job.locations.first(where: { location in
               // A place in a country whose laws go state by state, without its state.
               location.text == nil && location.region == nil
                   && location.country.map(PayTransparencyTable.regionalCountries.contains) == true
           }) {
            diagnostics.append(Diagnostic(.error, at: job.location(ofFirst: ["locations", "location"]),
                "`\(place.place.label)` has no `region`: pay-transparency laws there are set by state or province, so they cannot tell whether one requires a pay range",
                hint: "add `region:` (e.g. `region: WA`), or add a salary", rule: "unreadable-place"))
        } else if noRange.isEmpty, mode == .jurisdiction, resolved.salary == nil, !resolved.salaryHasErrors,
           let text = job.locations.lazy.compactMap(\.text).first(where: { PlaceText.read($0) != .workplaceOnly }) {
            // A place the table cannot read is not a place without a law: say so rather than pass.
            diagnostics.append(Diagnostic(.error, at: job.location(ofFirst: ["locations", "location"]),
                "the pay-transparency rules cannot read the place `\(text)`, so they cannot tell whether a law requires a pay range",
                hint: "write it as `locations: [{ city: …, region: …, country: … }]`, or add a salary", rule: "unreadable-place"))
        }
        if let first = noRange.first {
            diagnostics.append(Diagnostic(.error, at: at(first.key),
                "no pay range, which \(Self.laws(noRange)) because \(Self.because(noRange)) \(Self.cite(noRange))",
                hint: "add `salary: { min: …, max: …, currency: …, period: year }` or `salary: { band: … }`", rule: "pay-range"))
        }
        if !openEnded.isEmpty {
            diagnostics.append(Diagnostic(.error, at: at("salary"),
                "open-ended pay range (from 0) where \(Self.laws(openEnded, verb: "requires", plural: "require")) a real range, because \(Self.because(openEnded)) \(Self.cite(openEnded))",
                hint: "set `min` to the lowest pay you would offer", rule: "pay-range"))
        }
        if !singleFigure.isEmpty {
            diagnostics.append(Diagnostic(.error, at: at("salary"),
                "single pay figure where \(Self.laws(singleFigure, verb: "requires", plural: "require")) a range, because \(Self.because(singleFigure)) \(Self.cite(singleFigure))",
                hint: "give the minimum and maximum you would in good faith pay", rule: "pay-range"))
        }
        if let first = noBenefits.first {
            diagnostics.append(Diagnostic(.warning, at: at(first.key),
                "no benefits listed; \(Self.laws(noBenefits, verb: "asks", plural: "ask")) for a general description of benefits and other compensation \(Self.cite(noBenefits))",
                hint: "add `benefits: [...]`", rule: "pay-benefits"))
        }
        if let first = noDeadline.first {
            diagnostics.append(Diagnostic(.warning, at: at(first.key),
                "no application deadline; \(Self.laws(noDeadline, verb: "asks", plural: "ask")) for the date the application window is expected to close \(Self.cite(noDeadline))",
                hint: "add `closes: YYYY-MM-DD`", rule: "pay-deadline"))
        }
        var reportedWording: Set<String> = []
        for reason in reasons {
            let law = reason.law
            let cite = "(\(law.name): \(law.citation))"
            if law.wording.contains(.payHistory), reportedWording.insert("pay-history").inserted {
                for match in found[patterns.payHistory] where !scanner.isNegated(match) {
                    diagnostics.append(Diagnostic(.warning, at: job.file.location(line: match.line, column: match.column),
                        "“\(match.text)”: asking about pay history is not allowed in \(law.name) \(cite)",
                        hint: "ask for salary expectations instead, or remove it", rule: "pay-history"))
                }
            }
            if law.wording.contains(.canadianExperience), reportedWording.insert("canadian-experience").inserted {
                for match in found[patterns.canadianExperience] where !scanner.isNegated(match) {
                    diagnostics.append(Diagnostic(.warning, at: job.file.location(line: match.line, column: match.column),
                        "“\(match.text)”: \(law.name) forbids requiring Canadian experience \(cite)",
                        hint: "describe the skills the experience stands for", rule: "canadian-experience"))
                }
            }
            if law.wording.contains(.genderNeutralTitle), reportedWording.insert("gender-neutral-title").inserted {
                let titleKey = job.keyLocations["title"] != nil ? "title" : "role"
                let titleLine = at(titleKey).line
                for match in found[patterns.genderedWord] where match.line == titleLine {
                    diagnostics.append(Diagnostic(.warning, at: job.file.location(line: match.line, column: match.column),
                        "job title “\(job.title)” is not gender-neutral (“\(match.text)”) \(cite)",
                        hint: "use a neutral title, e.g. “salesperson”, “chair”", rule: "gender-neutral-title"))
                }
            }
        }
        return diagnostics
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
