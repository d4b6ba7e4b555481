/// Which plural form a count takes in a language, after the CLDR plural rules
/// (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html)
/// for whole numbers. Written out for the languages the default theme speaks, and the
/// English rule (one for 1, else other) for the rest: no ICU, so the binary stays
/// self-contained and a page does not change with the machine's ICU version.
public struct PluralRule: Sendable {
    public enum Category: String, Sendable, CaseIterable {
        case zero, one, two, few, many, other
    }

    private let primary: String
    private let region: String?

    public init(language: String) {
        let parts = language.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" })
        primary = parts.first.map(String.init) ?? "en"
        // `pt-PT`, `pt-Latn-PT`: the region is the first two-letter subtag after the language.
        region = parts.dropFirst().first(where: { $0.count == 2 }).map(String.init)
    }

    public func category(_ count: Int) -> Category {
        let n = count.magnitude
        // French, Spanish, Italian, Portuguese and Catalan: whole millions take `many`
        // ("1 000 000 de postes"), as CLDR 42 has it.
        let million = n != 0 && n % 1_000_000 == 0
        switch primary {
        case "fr":
            // French: 0 and 1 are singular.
            return n == 0 || n == 1 ? .one : million ? .many : .other
        case "pt" where region == "pt":
            // European Portuguese: only 1 is singular.
            return n == 1 ? .one : million ? .many : .other
        case "pt":
            // Brazilian Portuguese (and `pt` alone): 0 and 1 are singular.
            return n == 0 || n == 1 ? .one : million ? .many : .other
        case "es", "it", "ca":
            return n == 1 ? .one : million ? .many : .other
        case "pl":
            if n == 1 { return .one }
            let (ones, tens) = (n % 10, n % 100)
            if (2...4).contains(ones) && !(12...14).contains(tens) { return .few }
            return .many
        case "cs", "sk":
            return n == 1 ? .one : (2...4).contains(n) ? .few : .other
        case "ja", "zh", "ko", "id", "vi", "th":
            return .other
        default:
            return n == 1 ? .one : .other
        }
    }
}
