/// Places as job seekers read them, in the site's language: `Berlin, Germany` (en),
/// `Berlin, Deutschland` (de), `Denver, CO, United States`, `Bayern, Deutschland`.
///
/// The form, per place:
/// - city and country: `Berlin, Germany`. The region code goes between them only in
///   countries where people write it after the city (`regionCodeCountries`): elsewhere
///   an ISO 3166-2 code means nothing to a reader (`Berlin, BE` reads as Belgium,
///   `Paris, 75` as nothing);
/// - a region without a city: the region's name, when ISO 3166-2 knows it
///   (`Colorado, United States`, `Bayern, Deutschland`);
/// - a country alone: its name;
/// - free text: as written.
///
/// Country names are CLDR's (`CountryNames`). Region names are ISO 3166-2's
/// (`Data/iso-codes/`): CLDR has subdivision names, but Babel, which the country names
/// come through, does not carry them, and ISO's names are mostly the region's own
/// (`Bayern`, `Île-de-France`), which read well in any language.
///
/// Only labels come from here: a place's slug, and so its URL (`locations/berlin-be-de/`),
/// stays `JobLocation.place.slug`, whatever the language. Compliance messages and the
/// job-board feeds keep their English, machine-facing forms.
///
/// Cheap to make and to call: the tables are parsed once per process, a value holds a
/// reference to its language's table, and a label is a few lookups. Make one per build
/// (`ResolvedSite.placeNames`) and call it for every card.
public struct PlaceNames: Sendable {
    /// The language whose names are used: the tag's primary subtag (`de` for `de-AT`),
    /// or `en` when the tables have no names in it.
    public let language: String
    private let names: [String: String]

    /// Where people write the region's code after the city, and the code is ISO 3166-2's
    /// own, so a reader of any country's postings knows it:
    /// - US: `Denver, CO`. ISO 3166-2:US codes are the USPS state abbreviations
    ///   (USPS Publication 28, appendix B), written after the city in every address.
    /// - CA: `Vancouver, BC`. ISO 3166-2:CA codes are Canada Post's province and
    ///   territory symbols (Canada Post Addressing Guidelines, "Provinces and territories").
    /// - AU: `Sydney, NSW`. ISO 3166-2:AU codes are the state abbreviations Australia
    ///   Post's addressing guidelines put after the town.
    /// - BR: `Campinas, SP`. ISO 3166-2:BR codes are the UF abbreviations (siglas) that
    ///   Brazilian addresses and job boards write after the city (Correios: "Cidade – UF").
    ///
    /// Left out on purpose: MX (people write `Jal.`, `N.L.`, `CDMX`; ISO's `JAL`, `NLE`,
    /// `CMX` would read as foreign), IN (addresses name the state in full; `KA` is a
    /// vehicle-plate code to most readers), IT (the province code goes in parentheses in
    /// a postal address, `Rho (MI)`, not in a list of places), and every country whose
    /// ISO codes are numbers or made for registries (FR `75`, GB `LND`, IE `D`, DE `BE`).
    static let regionCodeCountries: Set<String> = ["US", "CA", "AU", "BR"]

    /// `language` is a BCP 47 tag (`de-DE`); languages without names use English.
    public init(language: String) {
        let primary = language.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        if let names = CountryNames.byLanguage[primary] {
            (self.language, self.names) = (primary, names)
        } else {
            (self.language, self.names) = ("en", CountryNames.english)
        }
    }

    /// A country's name in the language (`DE` → `Deutschland`): else in English, else
    /// ISO's name, else the code as given.
    public func country(_ code: String) -> String {
        if let name = names[code] ?? CountryNames.english[code] { return name }
        let upper = code.uppercased()
        return names[upper] ?? CountryNames.english[upper] ?? ISOCodes.countries[upper] ?? code
    }

    /// The place as a listing, a card or a job page shows it (see the type's comment).
    public func label(_ location: JobLocation) -> String {
        if let text = location.text { return text }
        let countryName = location.country.map(country)
        var parts: [String] = []
        parts.reserveCapacity(3)
        if let city = location.city, !city.isEmpty {
            // "Singapore, Singapore", "Luxembourg, Luxembourg": the city-state once, in
            // the reader's language.
            if let code = location.country, let countryName, Self.sameName(city, countryName, english: CountryNames.english[code]) {
                return countryName
            }
            parts.append(city)
            if let region = location.region, let code = location.country, Self.regionCodeCountries.contains(code) {
                parts.append(region)
            }
        } else if let region = location.region, let code = location.country, let name = Self.regionName(region, in: code) {
            parts.append(name)
        }
        if let countryName { parts.append(countryName) }
        return parts.joined(separator: ", ")
    }

    private static func sameName(_ city: String, _ name: String, english: String?) -> Bool {
        // Folding allocates; most cities are not their country, and their lengths say so.
        func near(_ other: String) -> Bool { abs(other.utf8.count - city.utf8.count) <= 4 }
        guard near(name) || english.map(near) == true else { return false }
        let folded = ISOCodes.fold(city)
        return folded == ISOCodes.fold(name) || english.map { folded == ISOCodes.fold($0) } == true
    }

    /// A region's name as people read it beside a country or a city, nil when ISO 3166-2
    /// does not know the code. ISO writes some names the way an index sorts them, the
    /// designation after a comma (`London, City of`, `Madrid, Comunidad de`, `Komi,
    /// Respublika`), which would read "London, City of, United Kingdom": those give the
    /// name alone. A comma that joins places (`Bournemouth, Christchurch and Poole`) stays.
    static func regionName(_ region: String, in country: String) -> String? {
        guard let name = ISOCodes.subdivisions["\(country)-\(region)"] else { return nil }
        guard let comma = name.range(of: ", ") else { return name }
        let rest = name[comma.upperBound...]
        if [" and ", " y ", " et ", " i "].contains(where: { rest.contains($0) }) { return name }
        return String(name[..<comma.lowerBound])
    }
}
