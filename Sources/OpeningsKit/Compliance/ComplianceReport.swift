/// `openings compliance report`: per posting, which pay-transparency laws bind it on
/// the as-of date and why, what each asks, whether the posting meets it, with
/// citations; and the laws that cover it but do not bind it yet. For HR or counsel
/// to review: the same verdicts `check` reports, laid out per law.
public struct ComplianceReport: Sendable {
    public enum Outcome: String, Sendable {
        /// Nothing missing.
        case pass
        /// Only warnings or notes: something to review.
        case review
        /// Something the law requires is missing.
        case fail
    }

    /// One law's verdict on one posting.
    public struct LawResult: Sendable {
        public var code: String
        public var name: String
        /// "it is based in Toronto, ON, Canada".
        public var because: String
        public var requires: [String]
        /// What is missing, in a few words each.
        public var gaps: [String]
        public var outcome: Outcome
        /// Penalties start later (`enforced_from`): gaps are warnings until then.
        public var enforcedFrom: CalendarDate?
        public var citation: String
        public var source: String
    }

    /// A law that covers a posting's places but does not bind it on the as-of date.
    public struct Upcoming: Sendable {
        public var code: String
        public var name: String
        public var status: PayTransparencyLaw.Status
        /// The day it binds (enacted) or is expected to (pending), when known.
        public var from: CalendarDate?
        public var because: String
        public var shows: String
        public var citation: String
        public var source: String
    }

    public struct Posting: Sendable {
        public var path: String
        public var id: String
        public var title: String
        public var places: String
        public var draft: Bool
        public var closed: Bool
        public var laws: [LawResult]
        public var upcoming: [Upcoming]
        /// The worst of its laws' outcomes.
        public var outcome: Outcome {
            laws.contains { $0.outcome == .fail } ? .fail : laws.contains { $0.outcome == .review } ? .review : .pass
        }
    }

    /// Per jurisdiction: how many postings it binds and how they fare.
    public struct Total: Sendable {
        public var code: String
        public var name: String
        public var postings = 0
        public var pass = 0
        public var review = 0
        public var fail = 0
    }

    public var siteTitle: String
    public var asOf: CalendarDate
    public var employees: Int?
    public var mode: SiteConfig.PayTransparency
    public var postings: [Posting]
    /// Posting files with errors that keep them out of the site, so out of this report.
    public var leftOut: [String] = []

    public var totals: [Total] {
        var order: [String] = []
        var totals: [String: Total] = [:]
        for posting in postings {
            for law in posting.laws {
                if totals[law.code] == nil { order.append(law.code); totals[law.code] = Total(code: law.code, name: law.name) }
                totals[law.code]!.postings += 1
                switch law.outcome {
                case .pass: totals[law.code]!.pass += 1
                case .review: totals[law.code]!.review += 1
                case .fail: totals[law.code]!.fail += 1
                }
            }
        }
        return order.map { totals[$0]! }.sorted { ($0.fail, $0.postings) > ($1.fail, $1.postings) }
    }

    /// Assesses every posting `check` reads (drafts and closed postings too, marked).
    public init(site: ResolvedSite, asOf: CalendarDate) {
        let checker = ComplianceChecker(config: site.config, asOf: asOf)
        siteTitle = site.config.title
        self.asOf = asOf
        employees = site.config.employees
        mode = site.config.payTransparency
        postings = site.jobs.parallelMap { resolved in
            let (binding, upcoming) = checker.assess(resolved)
            let job = resolved.job
            var places = job.locations.map(\.place.label)
            if job.workplace != .onsite {
                places.append(job.workplace.rawValue + (job.remoteCountries.isEmpty ? "" : " from \(job.remoteCountries.joined(separator: ", "))"))
            }
            return Posting(
                path: job.file.displayPath, id: job.id, title: job.title, places: places.joined(separator: "; "),
                draft: job.draft, closed: resolved.isClosed,
                laws: binding.map { assessment in
                    let law = assessment.reason.law
                    let severities = assessment.gaps.map(assessment.severity(of:))
                    let outcome: Outcome = severities.contains(.error) ? .fail : severities.isEmpty ? .pass : .review
                    return LawResult(code: law.code, name: law.name, because: assessment.reason.because + Self.headcount(law, site.config.employees),
                                     requires: Self.requirements(law), gaps: assessment.gaps.map(\.summary), outcome: outcome,
                                     enforcedFrom: assessment.unenforced ? law.enforcedFrom : nil,
                                     citation: law.citation, source: law.source)
                },
                upcoming: upcoming.map { reason in
                    let law = reason.law
                    return Upcoming(code: law.code, name: law.name, status: law.status, from: law.inForce, because: reason.because + Self.headcount(law, site.config.employees),
                                    shows: law.shows, citation: law.citation, source: law.source)
                })
        }
    }

    /// Why the employer is covered: "; 120 employees (covers 15 or more)".
    static func headcount(_ law: PayTransparencyLaw, _ employees: Int?) -> String {
        guard law.minimumEmployees > 1 else { return "" }
        guard let employees else { return "; headcount not set (covers \(law.minimumEmployees) or more)" }
        return "; \(employees) employees (covers \(law.minimumEmployees) or more)"
    }

    /// What a law asks of a posting, in a few words each.
    public static func requirements(_ law: PayTransparencyLaw) -> [String] {
        var result: [String] = []
        for requirement in PayTransparencyLaw.Requirement.allCases where law.requires.contains(requirement) {
            switch requirement {
            case .range:
                var text = law.openEndedAllowed ? "pay (a minimum is enough)" : law.singleNumberAllowed ? "pay range (or a single figure)" : "pay range"
                if let cap = law.maximumWidth {
                    text += " at most \(SalaryRange.plain(cap))\(law.widthCurrency.map { " \($0)" } ?? "") wide"
                    if let above = law.widthExemptAbove { text += " unless the top exceeds \(SalaryRange.plain(above))" }
                }
                result.append(text)
            case .rangeOrBeforeInterview: result.append("pay in the posting or before the interview")
            case .benefits: result.append("benefits")
            case .deadline: result.append("application deadline")
            case .aiScreening: result.append("whether AI screens applicants")
            case .vacancy: result.append("whether the vacancy exists")
            }
        }
        for rule in PayTransparencyLaw.WordingRule.allCases where law.wording.contains(rule) {
            switch rule {
            case .payHistory: result.append("no pay-history questions")
            case .canadianExperience: result.append("no “Canadian experience” requirement")
            case .genderNeutralTitle: result.append("gender-neutral title")
            }
        }
        return result
    }
}
