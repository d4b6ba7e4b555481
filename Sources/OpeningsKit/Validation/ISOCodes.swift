/// ISO 3166-1 countries, ISO 3166-2 subdivisions and ISO 4217 currencies, from the
/// tables in `ISOCodes+Data.swift`.
public enum ISOCodes {
    /// Alpha-2 code → short English name.
    public static let countries: [String: String] = table(countryTable)
    /// `US-CO` → `Colorado`.
    public static let subdivisions: [String: String] = table(subdivisionTable)
    /// Alpha-3 code → name.
    public static let currencies: [String: String] = table(currencyTable)

    private static func table(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 1)
            if fields.count == 2 { result[String(fields[0])] = String(fields[1]) }
        }
        return result
    }

    /// Region codes of one country, without the prefix, for hints.
    static func regions(of country: String) -> [String] {
        let prefix = country + "-"
        return subdivisions.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }.sorted()
    }
}
