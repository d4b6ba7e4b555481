/// How other systems write the values Openings has fields for, read one way for every
/// importer: employment types (`Full-time`, `FullTime`, `Permanent`), workplace words,
/// dates, pay ranges written as text (`$120,000 – $150,000 a year`) and places
/// (`Denver, CO; Remote`). Each reader returns nil rather than guess.
public enum ForeignValues {
    public static func employmentType(_ text: String) -> EmploymentType? {
        let word = String(text.lowercased().filter(\.isLetter))
        switch word {
        case "fulltime", "permanent", "regular", "ft", "fulltimeemployee", "permanentfulltime", "fte": return .fullTime
        case "parttime", "pt", "parttimeemployee": return .partTime
        case "contract", "contractor", "freelance", "freelancer", "consultant", "consulting", "contracttohire": return .contract
        case "temporary", "temp", "seasonal", "fixedterm", "term", "termappointment": return .temporary
        case "intern", "internship", "apprentice", "apprenticeship", "trainee", "workingstudent": return .intern
        default: return nil
        }
    }

    public static func workplace(_ text: String) -> Workplace? {
        let word = String(text.lowercased().filter(\.isLetter))
        switch word {
        case "remote", "fullyremote", "remotefirst", "distributed", "anywhere", "remoteonly", "workfromhome", "wfh", "true":
            return .remote
        case "hybrid", "flexible", "remoteorhybrid", "hybridorremote", "partlyremote":
            return .hybrid
        case "onsite", "inoffice", "office", "inperson", "false", "onpremises":
            return .onsite
        default:
            return nil
        }
    }

    /// `2026-11-20`, `2026-11-20T10:00:00Z`, `November 20, 2026`, `20.11.2026`.
    public static func date(_ text: String) -> CalendarDate? {
        if let date = CalendarDate(iso: text.trimmingWhitespace()) { return date }
        if case .date(let date) = WrittenDate.read(text) { return date }
        return nil
    }

    private static let symbols: [(String, String)] = [
        ("CA$", "CAD"), ("C$", "CAD"), ("A$", "AUD"), ("AU$", "AUD"), ("NZ$", "NZD"), ("US$", "USD"), ("HK$", "HKD"),
        ("S$", "SGD"), ("R$", "BRL"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₹", "INR"), ("zł", "PLN"),
        ("CHF", "CHF"), ("kr", "SEK"),
    ]

    /// A pay range written as text: two amounts, a currency by symbol or code, and a
    /// period by word (a year when none is written and the amounts are a salary's size).
    public static func salary(_ text: String) -> SalaryRange? {
        var rest = text.replacingAll("\u{00A0}", with: " ")
        var currency: String?
        for word in rest.uppercased().split(whereSeparator: { !$0.isLetter }) where word.count == 3 {
            if ISOCodes.currencies[String(word)] != nil { currency = String(word); break }
        }
        if currency == nil {
            for (symbol, code) in symbols where rest.contains(symbol) { currency = code; break }
        }
        guard let currency else { return nil }
        let lowered = rest.lowercased()
        let period: SalaryPeriod? =
            ["/hour", "/hr", "per hour", "an hour", "hourly", " hour", "/h"].contains(where: lowered.contains) ? .hour
            : ["/month", "per month", "a month", "monthly", "/mo"].contains(where: lowered.contains) ? .month
            : ["/week", "per week", "a week", "weekly"].contains(where: lowered.contains) ? .week
            : ["/day", "per day", "a day", "daily"].contains(where: lowered.contains) ? .day
            : nil
        // Everything but the numbers and the range's dash goes.
        for (symbol, _) in symbols { rest = rest.replacingAll(symbol, with: " ") }
        var numbers: [Double] = []
        var current = ""
        func flush() {
            defer { current = "" }
            var digits = current
            var multiplier = 1.0
            if digits.lowercased().hasSuffix("k") { multiplier = 1000; digits.removeLast() }
            digits = digits.replacingAll(",", with: "")
            if let value = Double(digits), value > 0 { numbers.append(value * multiplier) }
        }
        var previous: Character = " "
        for character in rest {
            if character.isASCIIDigit || (character == "," && !current.isEmpty) || (character == "." && !current.isEmpty)
                || ((character == "k" || character == "K") && previous.isASCIIDigit) {
                current.append(character)
            } else if !current.isEmpty {
                flush()
            }
            previous = character
        }
        if !current.isEmpty { flush() }
        guard numbers.count == 2, numbers[0] <= numbers[1] else { return nil }
        let resolved = period ?? (numbers[0] >= 1000 ? .year : nil)
        guard let resolved else { return nil }
        return SalaryRange(minimum: numbers[0], maximum: numbers[1], currency: currency, period: resolved)
    }

    /// Places written as text, possibly several (`Denver, CO; Austin, TX`, `London or
    /// Remote`): each read by `PlaceText` when only one reading fits, kept as text
    /// otherwise; workplace words give the workplace instead of a place.
    public static func places(_ text: String) -> (locations: [JobLocation], workplace: Workplace?, unread: [String]) {
        var locations: [JobLocation] = []
        var workplace: Workplace?
        var unread: [String] = []
        var parts = [text]
        for separator in [";", "|", " / ", "\n", " or ", " OR ", " and ", " & ", " · "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        for part in parts.map({ $0.trimmingWhitespace() }).filter({ !$0.isEmpty }) {
            switch PlaceText.read(part) {
            case .place(let location, _):
                if !locations.contains(location) { locations.append(location) }
                if part.lowercased().contains("remote") { workplace = workplace ?? .hybrid }
            case .workplaceOnly:
                let found = self.workplace(part) ?? (part.lowercased().contains("remote") ? .remote : nil)
                if let found, workplace != .hybrid { workplace = found }
            case .unreadable:
                locations.append(JobLocation(text: part))
                unread.append(part)
            }
        }
        return (locations, workplace, unread)
    }
}
