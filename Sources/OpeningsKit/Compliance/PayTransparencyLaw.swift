/// One jurisdiction's pay-transparency rules for job postings, from
/// `Data/pay-transparency.yml`.
public struct PayTransparencyLaw: Sendable {
    public enum Scope: String, Sendable, CaseIterable { case region, city, union, country }
    public enum Requirement: String, Sendable { case range, benefits, deadline }
    public enum WordingRule: String, Sendable { case payHistory = "pay_history", canadianExperience = "canadian_experience", genderNeutralTitle = "gender_neutral_title" }

    public var code: String
    public var name: String
    public var scope: Scope
    /// `US-CO` for region and city laws.
    public var region: String?
    /// Lower-cased city names for city laws.
    public var cities: Set<String>
    /// Countries for union and country laws.
    public var countries: Set<String>
    public var inForce: CalendarDate
    public var minimumEmployees: Int
    public var requires: Set<Requirement>
    public var singleNumberAllowed: Bool
    public var maximumWidth: Double?
    public var widthExemptAbove: Double?
    public var widthCurrency: String?
    public var coversRemote: Bool
    public var wording: Set<WordingRule>
    public var citation: String

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

/// The built-in table, parsed once.
enum PayTransparencyTable {
    /// Countries whose laws are set state by state or province by province (US, CA):
    /// there a place without its region cannot be placed under a law.
    static let regionalCountries: Set<String> = Set(laws.compactMap { $0.region?.split(separator: "-").first.map(String.init) })

    static let laws: [PayTransparencyLaw] = {
        var diagnostics: [Diagnostic] = []
        let laws = parse(EmbeddedData.payTransparency, diagnostics: &diagnostics)
        precondition(diagnostics.isEmpty, "Data/pay-transparency.yml: \(diagnostics.map(\.formatted))")
        return laws
    }()

    static func parse(_ text: String, diagnostics: inout [Diagnostic]) -> [PayTransparencyLaw] {
        let file = SourceFile(relativePath: "Data/pay-transparency.yml", displayPath: "Data/pay-transparency.yml", text: text)
        guard case .success(let root?) = YAMLReader.parse(text, firstLine: 1, file: file),
              case .sequence(let entries) = root.kind else {
            diagnostics.append(Diagnostic(.error, at: file.location(line: 1, column: 1), "expected a list of laws"))
            return []
        }
        var laws: [PayTransparencyLaw] = []
        for entry in entries {
            guard var reader = MappingReader(entry, subject: "law", file: file, diagnostics: &diagnostics) else { continue }
            let code = reader.string("code", required: true)
            let name = reader.string("name", required: true)
            let scope = reader.choice("scope", PayTransparencyLaw.Scope.self)
            var region: String?, cities: Set<String> = [], countries: Set<String> = []
            if let node = reader.value("match", required: true),
               var match = MappingReader(node, subject: "match", file: file, diagnostics: &reader.diagnostics) {
                region = match.string("region")
                cities = Set((match.stringList("cities") ?? []).map { $0.lowercased() })
                countries = Set(match.stringList("countries") ?? [])
                match.reportUnknownKeys()
                reader.diagnostics += match.diagnostics
            }
            let inForce = reader.date("in_force", required: true)
            let employees = reader.value("employees").flatMap { reader.number($0, key: "employees") } ?? 1
            var requires: Set<PayTransparencyLaw.Requirement> = []
            for item in reader.stringList("requires") ?? [] {
                if let requirement = PayTransparencyLaw.Requirement(rawValue: item) { requires.insert(requirement) }
                else if let node = reader.pairs["requires"]?.value { reader.error(node, "unknown requirement `\(item)`") }
            }
            var single = true, width: Double?, exempt: Double?, currency: String?
            if let node = reader.value("range"),
               var range = MappingReader(node, subject: "range", file: file, diagnostics: &reader.diagnostics) {
                single = range.bool("single_number_ok") ?? true
                width = range.value("max_width").flatMap { range.number($0, key: "max_width") }
                exempt = range.value("width_exempt_above").flatMap { range.number($0, key: "width_exempt_above") }
                currency = range.string("currency")
                range.reportUnknownKeys()
                reader.diagnostics += range.diagnostics
            }
            let remote = reader.bool("remote") ?? false
            var wording: Set<PayTransparencyLaw.WordingRule> = []
            for item in reader.stringList("wording") ?? [] {
                if let rule = PayTransparencyLaw.WordingRule(rawValue: item) { wording.insert(rule) }
                else if let node = reader.pairs["wording"]?.value { reader.error(node, "unknown wording rule `\(item)`") }
            }
            let citation = reader.string("citation", required: true)
            reader.reportUnknownKeys()
            diagnostics += reader.diagnostics
            guard let code, let name, let scope, let inForce, let citation else { continue }
            laws.append(PayTransparencyLaw(code: code, name: name, scope: scope, region: region, cities: cities,
                                           countries: countries, inForce: inForce, minimumEmployees: Int(employees),
                                           requires: requires, singleNumberAllowed: single, maximumWidth: width,
                                           widthExemptAbove: exempt, widthCurrency: currency, coversRemote: remote,
                                           wording: wording, citation: citation))
        }
        return laws
    }
}
