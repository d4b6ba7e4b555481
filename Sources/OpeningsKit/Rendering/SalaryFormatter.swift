/// Formats pay ranges the way candidates read them in the site's language:
/// `$68,000 – $96,000 USD per year` (en), `68.000 € – 96.000 € EUR pro Jahr` (de).
///
/// Hand-rolled rather than Foundation's `NumberFormatter`: the output must not change
/// with the machine's ICU version, and the few conventions needed fit in a table.
public struct SalaryFormatter: Sendable {
    struct Convention {
        var group: String
        var decimal: String
        var symbolFirst: Bool
        var periods: [SalaryPeriod: String]
        var rangeWord: String? = nil
    }

    static let english = Convention(group: ",", decimal: ".", symbolFirst: true, periods: [
        .year: "per year", .month: "per month", .week: "per week", .day: "per day", .hour: "per hour"])

    static let conventions: [String: Convention] = [
        "en": english,
        "de": Convention(group: ".", decimal: ",", symbolFirst: false, periods: [
            .year: "pro Jahr", .month: "pro Monat", .week: "pro Woche", .day: "pro Tag", .hour: "pro Stunde"]),
        "fr": Convention(group: "\u{202F}", decimal: ",", symbolFirst: false, periods: [
            .year: "par an", .month: "par mois", .week: "par semaine", .day: "par jour", .hour: "de l’heure"]),
        "es": Convention(group: ".", decimal: ",", symbolFirst: false, periods: [
            .year: "al año", .month: "al mes", .week: "a la semana", .day: "al día", .hour: "por hora"]),
        "nl": Convention(group: ".", decimal: ",", symbolFirst: true, periods: [
            .year: "per jaar", .month: "per maand", .week: "per week", .day: "per dag", .hour: "per uur"]),
        "it": Convention(group: ".", decimal: ",", symbolFirst: false, periods: [
            .year: "all’anno", .month: "al mese", .week: "a settimana", .day: "al giorno", .hour: "all’ora"]),
        "pt": Convention(group: ".", decimal: ",", symbolFirst: false, periods: [
            .year: "por ano", .month: "por mês", .week: "por semana", .day: "por dia", .hour: "por hora"]),
        // Polish typography groups digits with a (no-break) space: `5 600 zł`.
        "pl": Convention(group: "\u{00A0}", decimal: ",", symbolFirst: false, periods: [
            .year: "rocznie", .month: "miesięcznie", .week: "tygodniowo", .day: "dziennie", .hour: "za godzinę"]),
    ]

    static let symbols: [String: String] = [
        "USD": "$", "CAD": "$", "AUD": "$", "NZD": "$", "SGD": "$", "HKD": "$", "MXN": "$",
        "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "¥", "INR": "₹", "KRW": "₩", "ILS": "₪",
        "NGN": "₦", "PHP": "₱", "BRL": "R$", "PLN": "zł", "ZAR": "R",
    ]

    /// Symbols written after the amount in their own country (`5 600 zł`): in a language
    /// that puts symbols first they would read wrongly (`zł5,600`), so there the amount
    /// stands alone and the currency code after the range names it, as for CHF.
    static let symbolAfterAmount: Set<String> = ["PLN"]

    /// Currencies paid in whole units.
    static let noMinorUnits: Set<String> = ["JPY", "KRW", "CLP", "ISK", "VND", "PYG", "UGX", "XAF", "XOF"]

    let convention: Convention

    /// `language` is a BCP 47 tag; unknown languages use English conventions.
    public init(language: String) {
        let primary = language.split(separator: "-").first.map { $0.lowercased() } ?? "en"
        convention = Self.conventions[primary] ?? Self.english
    }

    /// `$68,000 – $96,000 USD per year`; one amount when min equals max.
    public func format(_ range: SalaryRange) -> String {
        let showCents = !Self.noMinorUnits.contains(range.currency)
            && (range.minimum != range.minimum.rounded() || range.maximum != range.maximum.rounded())
        let low = amount(range.minimum, currency: range.currency, cents: showCents)
        let high = amount(range.maximum, currency: range.currency, cents: showCents)
        let span = range.minimum == range.maximum ? low : "\(low) – \(high)"
        return "\(span) \(range.currency) \(convention.periods[range.period] ?? Self.english.periods[range.period]!)"
    }

    /// The period on its own ("per year").
    public func periodLabel(_ period: SalaryPeriod) -> String {
        convention.periods[period] ?? Self.english.periods[period]!
    }

    func amount(_ value: Double, currency: String, cents: Bool) -> String {
        let number = grouped(value, cents: cents)
        guard let symbol = Self.symbols[currency], !(convention.symbolFirst && Self.symbolAfterAmount.contains(currency)) else {
            return number
        }
        return convention.symbolFirst ? symbol + number : number + "\u{00A0}" + symbol
    }

    func grouped(_ value: Double, cents: Bool) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100
        var digits = Array(String(whole))
        var result = ""
        while digits.count > 3 {
            result = convention.group + String(digits.suffix(3)) + result
            digits.removeLast(3)
        }
        result = String(digits) + result
        if cents {
            let fraction = hundredths % 100
            result += convention.decimal + (fraction < 10 ? "0" : "") + String(fraction)
        }
        return result
    }
}
