/// One row of `Data/pay-transparency.yml`: a jurisdiction's pay-transparency rules
/// for job postings, from one date on.
///
/// A jurisdiction whose rules changed has one row per version under the same `code`:
/// on a given day the newest row in force is the one that binds (California's SB 1162
/// from 2023, then SB 642 from 2026).
public struct PayTransparencyLaw: Sendable {
    public enum Scope: String, Sendable, CaseIterable { case region, city, union, country }

    /// Where the law stands: `pending` rows (a bill, a directive not yet transposed)
    /// never produce findings; `enacted` rows bind from their `in_force` date like
    /// `in_force` ones, the status only says what was true on the review date.
    public enum Status: String, Sendable, CaseIterable {
        case inForce = "in_force", enacted, pending
    }

    /// What a posting must show.
    public enum Requirement: String, Sendable, CaseIterable {
        /// The pay or its range in the posting itself.
        case range
        /// The pay in the posting, or given to the candidate before the interview: the
        /// law lets the employer choose, so a posting without it is not unlawful.
        case rangeOrBeforeInterview = "range_or_before_interview"
        /// A general description of benefits and other compensation.
        case benefits
        /// The date applications close.
        case deadline
        /// Whether artificial intelligence screens, assesses or selects applicants.
        case aiScreening = "ai_screening"
        /// Whether the posting is for an existing vacancy.
        case vacancy
    }

    public enum WordingRule: String, Sendable, CaseIterable {
        case payHistory = "pay_history", canadianExperience = "canadian_experience", genderNeutralTitle = "gender_neutral_title"
    }

    public var code: String
    public var name: String
    public var scope: Scope
    /// `US-CO` for region and city laws.
    public var region: String?
    /// Lower-cased city names for city laws.
    public var cities: Set<String>
    /// The city names as written, for the report.
    public var cityNames: [String] = []
    /// Countries for union and country laws.
    public var countries: Set<String>
    public var status: Status = .inForce
    /// The first day postings must comply; for a pending law, the expected day if one
    /// was announced.
    public var inForce: CalendarDate?
    /// When penalties start, if later than the duty (Columbus): before it a gap is a
    /// warning, not an error.
    public var enforcedFrom: CalendarDate?
    public var minimumEmployees: Int
    public var requires: Set<Requirement>
    public var singleNumberAllowed: Bool
    /// A minimum alone (Austria: the collective-agreement minimum and a willingness to
    /// pay more) satisfies the law.
    public var openEndedAllowed: Bool = false
    public var maximumWidth: Double?
    public var widthExemptAbove: Double?
    public var widthCurrency: String?
    public var coversRemote: Bool
    public var wording: Set<WordingRule>
    /// Who the law binds, in one sentence (for the report and docs/compliance.md).
    public var binds: String = ""
    /// What a posting must show, in one sentence.
    public var shows: String = ""
    public var citation: String
    /// The official text.
    public var source: String = ""
    /// The day this row was last checked against its source.
    public var reviewed: CalendarDate?

    /// Whether the law binds postings on `date`.
    public func binds(on date: CalendarDate) -> Bool {
        guard status != .pending, let inForce else { return false }
        return inForce <= date
    }

    /// Whether a gap is only a warning on `date`: the duty exists, penalties come later.
    func unenforced(on date: CalendarDate) -> Bool {
        enforcedFrom.map { date < $0 } ?? false
    }

    /// Whether a place (country, `CC-RR` region, city) lies in this jurisdiction.
    func covers(country: String?, region: String?, city: String?) -> Bool {
        guard let country else { return false }
        switch scope {
        case .union, .country: return countries.contains(country)
        case .region: return region.map { "\(country)-\($0)" } == self.region
        case .city:
            guard region.map({ "\(country)-\($0)" }) == self.region, let city else { return false }
            return cities.contains(city.lowercased())
        }
    }

    /// Whether a remote hire living anywhere in `country` could be in this jurisdiction.
    func reachable(fromCountry country: String) -> Bool {
        switch scope {
        case .union, .country: return countries.contains(country)
        case .region, .city: return region?.hasPrefix(country + "-") == true
        }
    }
}
