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

    public init(language: String) {
        primary = language.split(separator: "-").first.map { $0.lowercased() } ?? "en"
    }

    public func category(_ n: Int) -> Category {
        switch primary {
        case "fr", "pt":
            // French and (Brazilian) Portuguese: 0 and 1 are singular.
            return n == 0 || n == 1 ? .one : .other
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
