/// The words postings use for how people work rather than where (`Remote`, `Hybrid or
/// Remote`, `Homeoffice`, `Télétravail`, `Zdalnie`), in the languages pages are written
/// in: English, German, French, Spanish, Dutch, Polish, Italian and Portuguese.
///
/// A `location:` made of these names no place, so it must not become one (a location
/// page, a filter entry, a place on the card); `PlaceText` reads it as a workplace.
enum WorkplaceWords {
    /// Phrases that say how people work, lower-case, words separated by one space, and
    /// what each says. `Flexible` is hybrid, as the importers read it (`ForeignValues`),
    /// but only alone (`weak`).
    static let phrases: [String: Workplace] = {
        var table: [String: Workplace] = [:]
        let remote = [
            "remote", "wfh", "work from home", "working from home", "home based", "home office", "homeoffice", "anywhere",
            "distributed", "telecommute", "telework", "teleworking", "worldwide", "virtual",
            "mobiles arbeiten", "mobile arbeit", "fernarbeit", "telearbeit", "von zu hause", "von zuhause", "ortsunabhängig",
            "überall", "weltweit",
            "télétravail", "teletravail", "à distance", "distanciel",
            "teletrabajo", "remoto", "remota", "a distancia", "desde casa",
            "op afstand", "thuiswerken", "thuis werken", "vanuit huis",
            "zdalnie", "zdalna", "zdalny", "zdalne", "z domu",
            "telelavoro", "smart working", "lavoro agile",
            "teletrabalho", "a distância", "à distância",
        ]
        let hybrid = [
            "hybrid", "hybride", "híbrido", "hibrido", "híbrida", "hibrida", "hybrydowo", "hybrydowa", "hybrydowy", "hybrydowe",
            "ibrido", "ibrida",
        ] + weak.sorted()
        let onsite = [
            "onsite", "on site", "in office", "office", "in person", "office based", "on premises",
            "vor ort", "präsenz", "im büro", "büro", "sur site", "présentiel", "presentiel", "au bureau", "bureau",
            "presencial", "en la oficina", "oficina", "op locatie", "op kantoor", "kantoor",
            "stacjonarnie", "stacjonarna", "stacjonarny", "w biurze", "biuro", "in sede", "in presenza", "in ufficio", "ufficio",
            "no escritório", "escritório",
        ]
        for (words, workplace) in [(remote, Workplace.remote), (hybrid, .hybrid), (onsite, .onsite)] {
            for phrase in words { table[phrase] = workplace }
        }
        return table
    }()

    /// Words that name no place and say hybrid when nothing else says how people work
    /// (`Flexible`), but say nothing beside other words: `Remote (flexible hours)` is
    /// remote and `Denver, CO (flexible hours)` onsite.
    static let weak: Set<String> = ["flexible", "flex", "flexibel", "flessibile", "flexível", "elastycznie"]

    /// Words that join or qualify the phrases but say nothing alone: `Fully remote`,
    /// `Remote or hybrid`, `Hybride möglich`, `Praca zdalna`, `Da remoto`.
    static let glue: Set<String> = [
        "or", "and", "fully", "full", "100%", "100", "%", "only", "first", "friendly", "possible", "optional", "in", "on",
        "the", "from", "with", "work", "working", "based", "mostly", "partially", "partly",
        "oder", "und", "möglich", "nur", "teilweise", "arbeit", "im", "von", "zu", "mit", "auch", "komplett", "vollständig",
        "ou", "et", "en", "partiel", "total", "uniquement", "travail",
        "o", "y", "posible", "solo", "sólo", "trabajo", "parcial",
        "of", "mogelijk", "alleen", "werken", "gedeeltelijk", "volledig", "deels",
        "lub", "albo", "i", "oraz", "praca", "możliwa", "możliwe", "tylko", "częściowo", "w", "pełni",
        "e", "possibile", "lavoro", "da", "parziale",
        "possível", "trabalho", "em", "só", "apenas",
    ]

    /// Words beside a country in a remote phrase that names where hires may live
    /// (`Remote - US only`, `Remote within Canada`, `Homeoffice in Deutschland`).
    private static let countryGlue: Set<String> = glue.union(["within", "innerhalb", "aus", "depuis", "desde", "vanuit", "z", "dentro"])

    /// The longest phrase has three words.
    private static let longest = 3

    /// Lower-case words, split at spaces and the marks that join words in place text
    /// (`On-site`, `Remote - US`, `Remote (Canada)`, `Hybrid/Remote`).
    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: separators.contains).map(String.init)
    }

    /// A set, not a string to search: every place of every posting is split here.
    private static let separators = Set(" ,/|()[]:;+&-–—·\t")

    /// Each word's reading: the phrase it is part of (the longest from its first word),
    /// or nil where no phrase starts or runs; `strong: true` leaves the `weak` words out.
    private static func phrasesCovering(_ words: [String], strong: Bool = false) -> [Workplace?] {
        var result = [Workplace?](repeating: nil, count: words.count)
        var index = 0
        while index < words.count {
            var matched = 0
            for length in stride(from: min(longest, words.count - index), through: 1, by: -1) {
                let phrase = words[index..<(index + length)].joined(separator: " ")
                if let said = phrases[phrase], !(strong && weak.contains(phrase)) {
                    for covered in index..<(index + length) { result[covered] = said }
                    matched = length
                    break
                }
            }
            index += max(matched, 1)
        }
        return result
    }

    /// What the phrases of `words` say together: hybrid when one says hybrid
    /// (`Hybrid or Remote` offers both), else remote, else on-site.
    private static func combined(_ said: [Workplace]) -> Workplace? {
        if said.contains(.hybrid) { return .hybrid }
        if said.contains(.remote) { return .remote }
        return said.isEmpty ? nil : .onsite
    }

    /// The workplace `text` says when it says nothing else: every word a phrase or glue,
    /// at least one a phrase. `Hybrid or Remote` → hybrid; `Flexible` → hybrid; `Berlin` → nil.
    static func only(_ text: String) -> Workplace? {
        let words = words(text)
        let covering = phrasesCovering(words)
        guard !words.isEmpty, zip(words, covering).allSatisfy({ $1 != nil || glue.contains($0) }) else { return nil }
        return combined(phrasesCovering(words, strong: true).compactMap { $0 }) ?? .hybrid
    }

    /// Every workplace a phrase in `text` names (`Hybrid or Remote` → hybrid and remote):
    /// whether the text agrees with a `workplace:` field.
    static func named(in text: String) -> Set<Workplace> {
        Set(phrasesCovering(words(text)).compactMap { $0 })
    }

    /// The workplace the phrases anywhere in `text` say (`Denver, CO (Hybrid)` → hybrid),
    /// nil when it has none (`weak` words say nothing beside a place).
    static func said(in text: String) -> Workplace? {
        combined(phrasesCovering(words(text), strong: true).compactMap { $0 })
    }

    /// The one country where remote hires may live, in a text that says only that:
    /// `Remote - US`, `US Remote`, `Remote (Canada only)`, `Germany - remote`,
    /// `Homeoffice (Deutschland)`. Nil when a phrase says anything but remote
    /// (`Hybrid - Germany`: an office somewhere there) or the rest is not one country.
    static func remoteCountry(_ text: String) -> String? {
        let words = words(text)
        let covering = phrasesCovering(words)
        guard covering.contains(.remote), !covering.contains(where: { $0 != nil && $0 != .remote }) else { return nil }
        // The country runs from the first word neither a phrase nor glue to the last,
        // glue inside it kept (`Bosnia and Herzegovina`, `Isle of Man`).
        let named = words.indices.filter { covering[$0] == nil && !countryGlue.contains(words[$0]) }
        guard let first = named.first, let last = named.last, !covering[first...last].contains(where: { $0 != nil })
        else { return nil }
        return ISOCodes.country(named: words[first...last].joined(separator: " "))
    }
}
