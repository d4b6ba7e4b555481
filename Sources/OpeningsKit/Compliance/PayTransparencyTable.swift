/// The built-in table of pay-transparency laws, `Data/pay-transparency.yml`, parsed once.
enum PayTransparencyTable {
    /// Countries whose laws are set state by state or province by province (US, CA):
    /// there a place without its region cannot be placed under a law.
    static let regionalCountries: Set<String> = Set(laws.compactMap { $0.region?.split(separator: "-").first.map(String.init) })

    /// Every row, in the table's order: versions and pending laws included.
    static let laws: [PayTransparencyLaw] = {
        var diagnostics: [Diagnostic] = []
        let laws = parse(EmbeddedData.payTransparency, diagnostics: &diagnostics)
        precondition(diagnostics.isEmpty, "Data/pay-transparency.yml: \(diagnostics.map(\.formatted))")
        return laws
    }()

    /// The codes `pay_transparency_overrides` may name.
    static let codes: Set<String> = Set(laws.map(\.code))

    /// Per jurisdiction, the row that binds on `date`: the newest one in force. A
    /// jurisdiction with only pending or future rows has none.
    static func binding(_ laws: [PayTransparencyLaw], on date: CalendarDate) -> [PayTransparencyLaw] {
        var newest: [String: PayTransparencyLaw] = [:]
        for law in laws where law.binds(on: date) {
            if let known = newest[law.code], let a = known.inForce, let b = law.inForce, a >= b { continue }
            newest[law.code] = law
        }
        var seen: Set<String> = []
        return laws.compactMap { law in
            guard let row = newest[law.code], seen.insert(law.code).inserted else { return nil }
            return row
        }
    }

    /// Per jurisdiction, the row a site forces on with `pay_transparency_overrides: { CODE: on }`:
    /// the one binding on `date`, else the next to come.
    static func forced(_ laws: [PayTransparencyLaw], code: String, on date: CalendarDate) -> PayTransparencyLaw? {
        let rows = laws.filter { $0.code == code }
        let last = CalendarDate(year: 9999, month: 12, day: 31)!
        return rows.filter { $0.binds(on: date) }.max { ($0.inForce ?? date) < ($1.inForce ?? date) }
            ?? rows.min { ($0.inForce ?? last) < ($1.inForce ?? last) }
    }

    static func parse(_ text: String, diagnostics: inout [Diagnostic]) -> [PayTransparencyLaw] {
        let file = SourceFile(relativePath: "Data/pay-transparency.yml", displayPath: "Data/pay-transparency.yml", text: text)
        guard case .success(let root?) = YAMLReader.parse(text, firstLine: 1, file: file),
              case .sequence(let entries) = root.kind else {
            diagnostics.append(Diagnostic(.error, at: file.location(line: 1, column: 1), "expected a list of laws"))
            return []
        }
        var laws: [PayTransparencyLaw] = []
        var versions: [String: YAMLNode] = [:]
        for entry in entries {
            guard var reader = MappingReader(entry, subject: "law", file: file, diagnostics: &diagnostics) else { continue }
            let code = reader.string("code", required: true)
            let name = reader.string("name", required: true)
            let scope = reader.choice("scope", PayTransparencyLaw.Scope.self)
            var region: String?, cityNames: [String] = [], countries: Set<String> = []
            if let node = reader.value("match", required: true),
               var match = MappingReader(node, subject: "match", file: file, diagnostics: &reader.diagnostics) {
                region = match.string("region")
                cityNames = match.stringList("cities") ?? []
                countries = Set(match.stringList("countries") ?? [])
                match.reportUnknownKeys()
                reader.diagnostics += match.diagnostics
            }
            let status = reader.choice("status", PayTransparencyLaw.Status.self)
            let inForce = reader.date("in_force", required: status != .pending)
            let enforcedFrom = reader.date("enforced_from")
            let employees = reader.value("employees").flatMap { reader.number($0, key: "employees") } ?? 1
            let remote = reader.bool("remote") ?? false
            let binds = reader.string("binds", required: true)
            var requires: Set<PayTransparencyLaw.Requirement> = []
            for item in reader.stringList("requires") ?? [] {
                if let requirement = PayTransparencyLaw.Requirement(rawValue: item) { requires.insert(requirement) }
                else if let node = reader.pairs["requires"]?.value { reader.error(node, "unknown requirement `\(item)`") }
            }
            var single = true, openEnded = false, width: Double?, exempt: Double?, currency: String?
            if let node = reader.value("range"),
               var range = MappingReader(node, subject: "range", file: file, diagnostics: &reader.diagnostics) {
                single = range.bool("single_number_ok") ?? true
                openEnded = range.bool("open_ended_ok") ?? false
                width = range.value("max_width").flatMap { range.number($0, key: "max_width") }
                exempt = range.value("width_exempt_above").flatMap { range.number($0, key: "width_exempt_above") }
                currency = range.string("currency")
                range.reportUnknownKeys()
                reader.diagnostics += range.diagnostics
            }
            var wording: Set<PayTransparencyLaw.WordingRule> = []
            for item in reader.stringList("wording") ?? [] {
                if let rule = PayTransparencyLaw.WordingRule(rawValue: item) { wording.insert(rule) }
                else if let node = reader.pairs["wording"]?.value { reader.error(node, "unknown wording rule `\(item)`") }
            }
            let shows = reader.string("shows", required: true)
            let citation = reader.string("citation", required: true)
            let source = reader.string("source", required: true)
            let reviewed = reader.date("reviewed", required: true)
            if let source, !source.hasPrefix("https://"), let node = reader.pairs["source"]?.value {
                reader.error(node, "`source` must be the official text's https:// address")
            }
            var duplicate = false
            if let code, let node = reader.pairs["in_force"]?.value {
                let key = "\(code) \(inForce?.description ?? "")"
                if versions[key] != nil { reader.error(node, "`\(code)` already has a row from this date"); duplicate = true }
                versions[key] = node
            }
            reader.reportUnknownKeys()
            diagnostics += reader.diagnostics
            guard let code, let name, let scope, let status, let binds, let shows, let citation, let source, let reviewed else { continue }
            if (status != .pending && inForce == nil) || duplicate { continue }
            laws.append(PayTransparencyLaw(
                code: code, name: name, scope: scope, region: region, cities: Set(cityNames.map { $0.lowercased() }),
                cityNames: cityNames, countries: countries, status: status, inForce: inForce, enforcedFrom: enforcedFrom,
                minimumEmployees: Int(employees), requires: requires, singleNumberAllowed: single, openEndedAllowed: openEnded,
                maximumWidth: width, widthExemptAbove: exempt, widthCurrency: currency, coversRemote: remote, wording: wording,
                binds: binds, shows: shows, citation: citation, source: source, reviewed: reviewed))
        }
        return laws
    }
}
