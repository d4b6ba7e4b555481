/// How other systems write the values Openings has fields for, read one way for every
/// importer: employment types (`Full-time`, `FullTime`, `Permanent`), workplace words,
/// dates, pay ranges written as text (`$120,000 – $150,000 a year`) and places
/// (`Denver, CO; Remote`). Each reader returns nil rather than guess.
public enum ForeignValues {
    public static func employmentType(_ text: String) -> EmploymentType? {
        let word = String(text.lowercased().filter(\.isLetter))
        switch word {
        case "fulltime", "permanent", "perm", "regular", "ft", "fulltimeemployee", "permanentfulltime", "fte": return .fullTime
        case "parttime", "pt", "parttimeemployee": return .partTime
        case "contract", "contractor", "freelance", "freelancer", "consultant", "consulting", "contracttohire": return .contract
        case "temporary", "temp", "seasonal", "fixedterm", "term", "termappointment": return .temporary
        case "intern", "internship", "apprentice", "apprenticeship", "trainee", "workingstudent": return .intern
        default:
            // `Permanent employment`, `Full time, permanent`, `12-month contract`: the
            // one kind the words name, when they name only one.
            let words = Set(text.lowercased().split { !$0.isLetter }.map(String.init))
            let kinds: [(EmploymentType, Bool)] = [
                (.fullTime, !words.isDisjoint(with: ["permanent", "perm", "regular"]) || (words.contains("full") && words.contains("time"))
                    || words.contains("fulltime")),
                (.partTime, (words.contains("part") && words.contains("time")) || words.contains("parttime")),
                (.contract, !words.isDisjoint(with: ["contract", "contractor", "freelance", "freelancer", "consultant"])),
                (.temporary, !words.isDisjoint(with: ["temporary", "temp", "seasonal"]) || (words.contains("fixed") && words.contains("term"))),
                (.intern, !words.isDisjoint(with: ["intern", "internship", "apprentice", "apprenticeship", "trainee"])),
            ]
            let named = kinds.filter(\.1).map(\.0)
            return named.count == 1 ? named[0] : nil
        }
    }

    public static func workplace(_ text: String) -> Workplace? {
        let word = String(text.lowercased().filter(\.isLetter))
        switch word {
        case "remote", "fullyremote", "remotefirst", "distributed", "anywhere", "remoteonly", "workfromhome", "wfh", "true",
             "virtual", "virtualremote", "remotevirtual":
            return .remote
        case "hybrid", "flexible", "remoteorhybrid", "hybridorremote", "partlyremote":
            return .hybrid
        case "onsite", "inoffice", "office", "inperson", "false", "onpremises":
            return .onsite
        default:
            return nil
        }
    }

    /// `2026-11-20`, `2026-11-20T10:00:00Z`, `November 20, 2026`, `20.11.2026`, and with
    /// a weekday before or a time after (`Friday, June 11, 2021 at 11:59PM EDT`).
    public static func date(_ text: String) -> CalendarDate? {
        if let date = CalendarDate(iso: text.trimmingWhitespace()) { return date }
        if case .date(let date) = WrittenDate.read(text) { return date }
        var words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," })
        if let first = words.first, weekdays.contains(where: { first.hasPrefix($0) }), first.count <= 9 { words.removeFirst() }
        // The time of day: after "at", or the first word with a `:` or am/pm once the year is read.
        if let at = words.firstIndex(of: "at") {
            words = Array(words[..<at])
        } else if let year = words.firstIndex(where: { $0.count == 4 && $0.allSatisfy(\.isASCIIDigit) }), year < words.count - 1,
                  words[year + 1].contains(":") || words[year + 1].hasSuffix("am") || words[year + 1].hasSuffix("pm") {
            words = Array(words[...year])
        }
        if case .date(let date) = WrittenDate.read(words.joined(separator: " ")) { return date }
        return nil
    }

    private static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

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
            if let value = amount(current) { numbers.append(value) }
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
    /// `prose`: text that is no place at all (a sentence, "preference for working hours
    /// that overlap …"), which a page would otherwise show as a location.
    public static func places(_ text: String) -> (locations: [JobLocation], workplace: Workplace?, unread: [String], prose: [String]) {
        var locations: [JobLocation] = []
        var workplace: Workplace?
        var unread: [String] = []
        var prose: [String] = []
        var parts = [text]
        // Sentences ("We have offices in Denver and Austin. …") are kept whole: cut at
        // their "and"s they would be several wrong places.
        if !isSentences(text) {
            for separator in [";", "|", " / ", "\n", " or ", " OR ", " and ", " & ", " · "] {
                parts = parts.flatMap { $0.components(separatedBy: separator) }
            }
        }
        func found(_ said: Workplace) {
            if workplace != .hybrid { workplace = said }
        }
        for whole in parts.map({ $0.trimmingWhitespace() }).filter({ !$0.isEmpty }) {
            var part = whole
            // `Virtual (100% Remote)`, and `Virtual (100% Remote), Washington, DC`: how, then where.
            if let said = Self.workplace(part) {
                found(said)
                continue
            }
            if let comma = part.firstIndex(of: ","), let said = Self.workplace(String(part[..<comma])) {
                found(said)
                part = String(part[part.index(after: comma)...]).trimmingWhitespace()
            }
            switch PlaceText.read(part) {
            case .place(let location, _):
                if !locations.contains(location) { locations.append(location) }
                if part.lowercased().contains("remote") { workplace = workplace ?? .hybrid }
            case .workplace(let said, let country):
                // `ImportedPlaces` reads a remote country from the part's text, kept for it.
                if country != nil { locations.append(JobLocation(text: part)) }
                found(said)
            case .unreadable:
                // A place's name is a few words; more is someone's explanation.
                if isSentences(part) || part.split(separator: " ").count > 5 {
                    prose.append(part)
                } else {
                    locations.append(JobLocation(text: part))
                    unread.append(part)
                }
            }
        }
        return (locations, workplace, unread, prose)
    }

    /// Whether text is prose: a full stop ends a word of three letters or more and more
    /// follows (`St. Louis, MO` is not a sentence).
    static func isSentences(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return words.dropLast().contains { $0.count >= 4 && $0.hasSuffix(".") && $0.dropLast().allSatisfy(\.isLetter) }
    }

    /// The one currency of each country where employers pay in it, from ISO 4217's list
    /// of currencies by country (and the European Central Bank's list of euro-area
    /// members, 2026). Only for a pay range written without one: `salary_min: 120000`
    /// beside `location: Denver, CO` is in US dollars.
    static let countryCurrencies: [String: String] = {
        var table = ["US": "USD", "PR": "USD", "CA": "CAD", "GB": "GBP", "AU": "AUD", "NZ": "NZD", "CH": "CHF", "LI": "CHF",
                     "JP": "JPY", "IN": "INR", "SG": "SGD", "HK": "HKD", "SE": "SEK", "NO": "NOK", "DK": "DKK", "PL": "PLN",
                     "CZ": "CZK", "HU": "HUF", "RO": "RON", "BR": "BRL", "MX": "MXN", "IL": "ILS", "ZA": "ZAR", "AE": "AED",
                     "KR": "KRW", "CN": "CNY", "TW": "TWD", "PH": "PHP", "AR": "ARS", "CL": "CLP", "CO": "COP"]
        for country in ["AT", "BE", "BG", "HR", "CY", "EE", "FI", "FR", "DE", "GR", "IE", "IT", "LV", "LT", "LU", "MT", "NL",
                        "PT", "SK", "SI", "ES"] { table[country] = "EUR" }
        return table
    }()

    /// The currency all `countries` share, or nil (none given, one unknown, or several).
    public static func currency(ofCountries countries: [String]) -> String? {
        let currencies = Set(countries.map { countryCurrencies[$0] })
        guard currencies.count == 1, let only = currencies.first else { return nil }
        return only
    }

    /// A currency written as its ISO code or its symbol alone (`usd`, `$`, `€`, `CA$`).
    public static func currency(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        if trimmed.count == 3, ISOCodes.currencies[trimmed.uppercased()] != nil { return trimmed.uppercased() }
        return symbols.first { $0.0 == trimmed }?.1
    }

    /// One amount as people write it: `128,078`, `$84k`, `84000.00`, `84 000`; nil when
    /// it is not one positive number.
    public static func amount(_ text: String) -> Double? {
        var digits = text.replacingAll("\u{00A0}", with: "").replacingAll(" ", with: "").replacingAll(",", with: "")
        for (symbol, _) in symbols { digits = digits.replacingAll(symbol, with: "") }
        var multiplier = 1.0
        if let last = digits.last, last == "k" || last == "K" { multiplier = 1000; digits.removeLast() }
        // `84.000` is 84,000 in some countries and 84 in others: not read, as `check` does not.
        guard !MappingReader.hasDotThousands(digits), !digits.isEmpty, digits.allSatisfy({ $0.isASCIIDigit || $0 == "." }), let value = Double(digits), value > 0 else { return nil }
        return value * multiplier
    }

    /// A pay period as a word: `year`, `yearly`, `annual`, `per hour`, `monthly`.
    public static func period(_ text: String) -> SalaryPeriod? {
        let word = String(text.lowercased().filter(\.isLetter))
        switch word {
        case "year", "yearly", "annual", "annually", "peryear", "perannum", "ayear", "yr", "y": return .year
        case "month", "monthly", "permonth", "amonth", "mo": return .month
        case "week", "weekly", "perweek", "aweek", "wk": return .week
        case "day", "daily", "perday", "aday": return .day
        case "hour", "hourly", "perhour", "anhour", "hr", "h": return .hour
        default: return nil
        }
    }
}
