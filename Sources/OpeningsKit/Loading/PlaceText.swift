/// Reads a place written as free text (`location: Denver, CO`) into the structured
/// form the rules and search engines need, where the text allows only one reading.
///
/// Understood: `City, ST` (a US state or Canadian province code or name),
/// `City, Country`, `City, Region, Country`, and a country alone; and text that says
/// how people work rather than where (`WorkplaceWords`: `Hybrid or Remote`,
/// `Homeoffice`, `Remote - US`). Anything else stays free text, and the findings say
/// the rules cannot read it.
enum PlaceText {
    enum Reading: Equatable {
        /// One reading. `doubt` names another place the text could mean (`DE` is
        /// Delaware and Germany), for a warning.
        case place(JobLocation, doubt: String?)
        /// Only how people work (`Remote`, `Hybrid or Remote`, `Télétravail`): no place
        /// at all. `remoteCountry` is the one country a remote phrase names (`Remote -
        /// US`, `Canada (Remote)`): where hires may live, not a place of work.
        case workplace(Workplace, remoteCountry: String?)
        case unreadable
    }

    /// Words that join two places in one part (`Berlin or Munich, Germany`): no one place.
    private static let joiners: Set<String> = ["or", "and", "/", "&", "-", "+"]
    /// US states and territories with a code people write after a city; Canada's provinces.
    private static let northAmerica = ["US", "CA"]

    static func read(_ text: String) -> Reading {
        // A reading is ~60,000 instructions of folding and look-ups (see `TextMemo`).
        readings.value(for: text, uncachedRead)
    }

    private static let readings = TextMemo<Reading>()

    private static func uncachedRead(_ text: String) -> Reading {
        // Tried on the whole text first: `Canada (Remote)` would otherwise be read as a
        // place whose parenthesis only says how.
        if let country = WorkplaceWords.remoteCountry(text) { return .workplace(.remote, remoteCountry: country) }
        var cleaned = text
        // "Denver, CO (Hybrid)": the parenthesis says how, not where.
        if let open = cleaned.firstIndex(of: "("), cleaned.hasSuffix(")") { cleaned = String(cleaned[..<open]) }
        if let said = WorkplaceWords.only(cleaned) { return .workplace(said, remoteCountry: nil) }
        let parts = cleaned.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        guard !parts.isEmpty, parts.count <= 3,
              !parts.contains(where: { part in
                  !WorkplaceWords.named(in: part).isEmpty || part.lowercased().split(separator: " ").contains { joiners.contains(String($0)) }
              })
        else { return .unreadable }
        switch parts.count {
        case 1:
            if let country = ISOCodes.country(named: parts[0]), parts[0].count > 2 {
                return .place(JobLocation(country: country), doubt: nil)
            }
            return .unreadable
        case 2:
            let city = parts[0], second = parts[1]
            for country in northAmerica {
                if let code = regionCode(second, in: country) {
                    let other = second.count == 2 ? ISOCodes.countries[second.uppercased()] : nil
                    return .place(JobLocation(city: city, region: code, country: country),
                                  doubt: other.map { "\(second.uppercased()) is also \($0)’s country code" })
                }
            }
            if let country = ISOCodes.country(named: second) {
                return .place(JobLocation(city: city, country: country), doubt: nil)
            }
            return .unreadable
        default:
            guard let country = ISOCodes.country(named: parts[2]) else { return .unreadable }
            if let code = regionCode(parts[1], in: country) {
                return .place(JobLocation(city: parts[0], region: code, country: country), doubt: nil)
            }
            return .place(JobLocation(city: parts[0], country: country),
                          doubt: "`\(parts[1])` is not a region of \(ISOCodes.countries[country] ?? country) and was left out")
        }
    }

    /// A subdivision of `country` written as its code or its name, as its current code.
    static func regionCode(_ text: String, in country: String) -> String? {
        let upper = text.uppercased()
        if upper.count <= 3, ISOCodes.subdivisions["\(country)-\(upper)"] != nil { return upper }
        if let change = SubdivisionChanges.change(country: country, code: upper) { return change.current }
        return ISOCodes.subdivision(named: text, in: country)
    }
}
