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
                                     because: "a \(job.workplace.rawValue) hire may live in \(law.name) (remote_countries: \(country))"))
            }
        }
        return result
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
        var reportedWording: Set<String> = []
        for reason in reasons {
            let law = reason.law
            let cite = "(\(law.name): \(law.citation))"
            if law.requires.contains(.range) {
                if let salary = resolved.salary {
                    if salary.minimum == 0, salary.maximum > 0 {
                        diagnostics.append(Diagnostic(.error, at: at("salary"),
                            "open-ended pay range (from 0) where \(law.name) requires a real range, because \(reason.because) \(cite)",
                            hint: "set `min` to the lowest pay you would offer", rule: "pay-range"))
                    } else if salary.minimum == salary.maximum, !law.singleNumberAllowed {
                        diagnostics.append(Diagnostic(.error, at: at("salary"),
                            "single pay figure where \(law.name) requires a range, because \(reason.because) \(cite)",
                            hint: "give the minimum and maximum you would in good faith pay", rule: "pay-range"))
                    }
                    if let cap = law.maximumWidth, salary.maximum - salary.minimum > cap,
                       law.widthExemptAbove.map({ salary.maximum <= $0 }) ?? true {
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
                } else {
                    diagnostics.append(Diagnostic(.error, at: at(reason.key),
                        "no pay range, which \(law.name) requires because \(reason.because) \(cite)",
                        hint: "add `salary: { min: …, max: …, currency: …, period: year }` or `salary: { band: … }`", rule: "pay-range"))
                }
            }
            if law.requires.contains(.benefits), job.benefits.isEmpty {
                diagnostics.append(Diagnostic(.warning, at: at(reason.key),
                    "no benefits listed; \(law.name) asks for a general description of benefits and other compensation \(cite)",
                    hint: "add `benefits: [...]`", rule: "pay-benefits"))
            }
            if law.requires.contains(.deadline), job.closes == nil {
                diagnostics.append(Diagnostic(.warning, at: at(reason.key),
                    "no application deadline; \(law.name) asks for the date the application window is expected to close \(cite)",
                    hint: "add `closes: YYYY-MM-DD`", rule: "pay-deadline"))
            }
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
}
