import Foundation

/// Whether a job title is gender-neutral by the conventions of the posting's language, as
/// pay-transparency and equal-treatment laws ask: the EU Pay Transparency Directive
/// (Directive (EU) 2023/970, art. 5(3): neutral vacancy notices and job titles) and, before
/// and beside it, Germany's AGG § 11, Austria's GlBG § 9, France's Code du travail
/// L1142-1, Italy's D.Lgs. 198/2006 art. 27, Brazil's CLT art. 373-A I and Poland's Labour
/// Code (equal treatment, art. 18³ᵃ ff.).
///
/// Languages: `en`, `de`, `fr`, `es`, `it`, `nl`, `pl`, `pt`, named by the primary subtag of
/// a BCP 47 tag (`de-AT` is German). A title in any other language is not judged: `init`
/// fails and `finding(in:language:)` returns nil.
///
/// What "gendered" means differs with the grammar:
///
/// - **Languages whose person nouns have grammatical gender** (de, fr, es, it, pl, pt): a
///   person noun in its masculine (or feminine) form names one gender, so a title is
///   gendered unless it carries a marker (`(m/w/d)`, `(H/F)`, `(h/m)`, `(m/f)`, `(k/m)`),
///   spells the noun inclusively (`Verkäufer*in`, `vendeur·euse`, `vendedor/a`,
///   `commesso/a`, `sprzedawca/-czyni`, `vendedor(a)`, or both forms:
///   `Verkäuferin / Verkäufer`), or is headed by a neutral noun (`Leitung`, `Fachkraft`;
///   `Responsable`, `Comptable`; `Analista`; `Osoba`). Titles that name no person
///   (`Praktikum im Marketing`, `Initiativbewerbung`, `Stage en marketing`) pass. English
///   job names on a German posting count as masculine ("Software Engineer" needs
///   "(m/w/d)"); in the other languages they are epicene and pass.
/// - **Languages whose job titles are neutral as a rule** (en, nl): only forms that name one
///   gender are reported (`Salesman`, `Waitress`; `verkoopster`, `directrice`, `vakman`).
///
/// Precision comes first: a title that follows any of these conventions passes, and a word
/// is reported only when it is a person noun by its form. What each language counts is in
/// the tables below, with where the convention comes from.
struct GenderNeutralTitle: Sendable, Hashable {
    /// A title that is not gender-neutral.
    struct Finding: Sendable, Hashable, CustomStringConvertible {
        /// As written in the title: the gendered word (`Verkäufer`, `Engineer`), or the
        /// marker that lacks an option (`(m/w)`).
        var word: String
        /// Characters (`Character`s, not bytes or scalars) from the start of the title to
        /// `word`, from 0: the title's own column plus this is the word's column.
        var offset: Int
        /// What to write instead, in the language's own convention:
        /// `add “(m/w/d)” or use an inclusive form such as “Verkäufer*in”`.
        var hint: String

        var description: String { "“\(word)” at \(offset): \(hint)" }
    }

    enum Language: String, Sendable, CaseIterable {
        case en, de, fr, es, it, nl, pl, pt
    }

    let language: Language

    /// Nil for a language whose conventions this does not know (say `sv`, `ja`, or "").
    init?(language tag: String) {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        guard let language = Language(rawValue: primary) else { return nil }
        self.language = language
    }

    /// Nil when `title` is gender-neutral by the conventions of `language` (a BCP 47 tag
    /// such as `de-DE`, `fr`, `en-US`), or when the language is not one of en, de, fr, es,
    /// it, nl, pl, pt; otherwise what to change.
    static func finding(in title: String, language: String) -> Finding? {
        GenderNeutralTitle(language: language)?.finding(in: title)
    }

    func finding(in title: String) -> Finding? {
        let scan = Scan(title)
        guard !scan.tokens.isEmpty else { return nil }
        let markers = Self.markers(in: scan)
        // A marker with a third option, or "all genders": neutral in every language.
        if markers.contains(where: \.isFull) || Self.hasAllGendersPhrase(scan) { return nil }
        if hasInclusiveForm(scan) { return nil }
        if let binary = markers.first {
            // "(m/w)" in German names two genders and leaves out the third that German law has
            // recognised since 2019 (BVerfG 1 BvR 2019/16 of 10 October 2017; PStG § 22(3)
            // "divers"), which is why "(m/w/d)" replaced it. Elsewhere the two-letter marker
            // is the convention itself: "(H/F)", "(h/m)", "(m/f)", "(k/m)", "(m/v)".
            guard language == .de else { return nil }
            return Finding(word: binary.text, offset: binary.start, hint: "add the third option: “(m/w/d)”")
        }
        if let english = Self.englishGenderedWord(in: scan) {
            let neutral = Self.englishNeutral[english.word.lowercased()].map { "use a neutral title, e.g. “\($0)”" }
                ?? "use a neutral title"
            let hint = language == .en || language == .nl ? neutral : "\(neutral), or add “\(Self.marker[language]!)”"
            return Finding(word: english.word, offset: english.offset, hint: hint)
        }
        switch language {
        case .en: return nil
        case .nl: return dutchFinding(scan)
        case .de: return germanFinding(scan)
        case .fr, .es, .it, .pt, .pl: return headFirstFinding(scan, rules: Self.headFirstRules[language]!)
        }
    }

    /// The marker each language's job ads use, for hints.
    static let marker: [Language: String] = [
        .en: "(m/f/d)", .de: "(m/w/d)", .fr: "(H/F)", .es: "(h/m)", .it: "(m/f)", .nl: "(m/v/x)", .pl: "(k/m)", .pt: "(m/f)",
    ]
}

// MARK: - Reading the title

extension GenderNeutralTitle {
    /// A run of letters and digits, with hyphens between letters kept (`Software-Entwickler`,
    /// `Expert-comptable`); apostrophes and every other mark separate words.
    struct Token: Sendable {
        var text: String
        var lower: String
        /// Lower-cased with accents and umlauts removed (`ä` → `a`, `é` → `e`; `ß`, `ł` stay).
        var folded: String
        /// Character offsets; `end` is past the last.
        var start: Int
        var end: Int
    }

    struct Scan: Sendable {
        let characters: [Character]
        var tokens: [Token] = []

        init(_ title: String) {
            characters = Array(title)
            var index = 0
            func isWord(_ c: Character) -> Bool { c.isLetter || c.isNumber }
            while index < characters.count {
                guard isWord(characters[index]) else { index += 1; continue }
                let start = index
                while index < characters.count {
                    if isWord(characters[index]) {
                        index += 1
                    } else if "-\u{2010}\u{2011}".contains(characters[index]), index + 1 < characters.count, isWord(characters[index + 1]) {
                        index += 1
                    } else {
                        break
                    }
                }
                let text = String(characters[start..<index])
                tokens.append(Token(text: text, lower: text.lowercased(), folded: GenderNeutralTitle.fold(text), start: start, end: index))
            }
        }

        /// What lies between token `index` and the next one (or the end of the title).
        func gap(after index: Int) -> String {
            let end = index + 1 < tokens.count ? tokens[index + 1].start : characters.count
            return String(characters[tokens[index].end..<end])
        }

        /// What lies between the previous token (or the start of the title) and token `index`.
        func gap(before index: Int) -> String {
            let start = index > 0 ? tokens[index - 1].end : 0
            return String(characters[start..<tokens[index].start])
        }

        /// Tokens in runs that separators split: dashes set off by spaces, `–`, `|`, `,`,
        /// `:`, `;`, `/`, brackets. "Stage – Développeur web" is two parts.
        var segments: [[Int]] {
            var segments: [[Int]] = []
            var current: [Int] = []
            for index in tokens.indices {
                if index > 0, Self.separates(gap(before: index)), !current.isEmpty {
                    segments.append(current)
                    current = []
                }
                current.append(index)
            }
            if !current.isEmpty { segments.append(current) }
            return segments
        }

        static func separates(_ gap: String) -> Bool {
            if gap.contains(where: { "–—|,:;()[]{}/\\•·+".contains($0) }) { return true }
            return gap.contains("-") && gap.contains(where: \.isWhitespace)
        }
    }

    static func fold(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            folded.append(scalar)
        }
        return String(folded)
    }

    static func hasSuffix(_ word: String, _ suffixes: [String], minimumStem: Int = 2) -> Bool {
        suffixes.contains { word.count >= $0.count + minimumStem && word.hasSuffix($0) }
    }
}

// MARK: - Markers

extension GenderNeutralTitle {
    /// The letters of the markers job ads put after a title, in every language this knows:
    /// m (male, männlich, masculino, mężczyzna, man), w (weiblich), f (female, femme,
    /// femminile, feminino), h (homme, hombre, homem), v (vrouw), k (kobieta). A marker names
    /// at least two of them: "(d/f)" and "(f/i)" in Swiss ads are languages, not genders.
    static let binaryMarkerLetters: Set<String> = ["m", "w", "f", "h", "v", "k"]
    /// The third option: d (divers, the German civil status since 2019), x (Dutch, French,
    /// Spanish, Italian ads), n (non-binaire, niebinarny, non-binair), i (inter), div,
    /// divers, nb.
    static let thirdOptions: Set<String> = ["d", "x", "n", "i", "div", "divers", "diverse", "diverso", "nb"]
    /// Written without separators: "(mwd)". Only these: "(IHK)" (Chamber of Industry and
    /// Commerce) and "(FH)" (university of applied sciences) are common German title parts.
    static let unseparatedMarkers: Set<String> = ["mwd", "wmd", "mfd", "fmd", "dmw", "dwm", "mwx", "wmx", "hfx", "fhx", "hfn", "fhn"]
    /// Between the letters, with spaces and full stops ("div.") left out.
    static let markerSeparators: Set<String> = ["/", "|", ",", "\\"]
    /// Phrases in place of a marker, compared with the folded words of the title.
    static let allGendersPhrases: [[String]] = [
        "all genders", "all gender", "any gender", "alle geschlechter", "genderneutral", "geschlechtsneutral",
        "tous genres", "tous les genres", "todos los generos", "cualquier genero", "todos os generos",
        "tutti i generi", "qualsiasi genere", "alle genders", "wszystkie płcie", "każdej płci",
    ].map { $0.split(separator: " ").map { fold(String($0)) } }

    struct Marker {
        var text: String
        var start: Int
        var isFull: Bool
    }

    /// "(m/w/d)", "F/H/N", "( m / w / d )", "[w/m/div.]", "(mwd)", "m-w-d": in any order and case.
    static func markers(in scan: Scan) -> [Marker] {
        func letters(_ token: Token) -> [String]? {
            let word = token.folded
            if binaryMarkerLetters.contains(word) || thirdOptions.contains(word) { return [word] }
            if unseparatedMarkers.contains(word) { return word.map(String.init) }
            let parts = word.split(separator: "-").map(String.init)
            if parts.count > 1, parts.allSatisfy({ binaryMarkerLetters.contains($0) || thirdOptions.contains($0) }) { return parts }
            return nil
        }
        var markers: [Marker] = []
        var index = 0
        while index < scan.tokens.count {
            guard var found = letters(scan.tokens[index]) else { index += 1; continue }
            var last = index
            while last + 1 < scan.tokens.count,
                  markerSeparators.contains(scan.gap(after: last).filter { !$0.isWhitespace && $0 != "." }),
                  let more = letters(scan.tokens[last + 1]) {
                found += more
                last += 1
            }
            let set = Set(found)
            if set.intersection(binaryMarkerLetters).count >= 2 {
                // From the opening bracket to the closing one, when there are brackets.
                var start = scan.tokens[index].start, end = scan.tokens[last].end
                var before = start - 1
                while before >= 0, scan.characters[before] == " " { before -= 1 }
                if before >= 0, "([".contains(scan.characters[before]) { start = before }
                var after = end
                while after < scan.characters.count, " .".contains(scan.characters[after]) { after += 1 }
                if after < scan.characters.count, ")]".contains(scan.characters[after]) { end = after + 1 }
                markers.append(Marker(text: String(scan.characters[start..<end]), start: start,
                                      isFull: !set.isDisjoint(with: thirdOptions)))
            }
            index = last + 1
        }
        return markers
    }

    static func hasAllGendersPhrase(_ scan: Scan) -> Bool {
        let words = scan.tokens.map(\.folded)
        for phrase in allGendersPhrases where words.count >= phrase.count {
            for start in 0...(words.count - phrase.count) where Array(words[start..<start + phrase.count]) == phrase { return true }
        }
        // "(gn)", "(gn*)": geschlechtsneutral, in German ads.
        return scan.tokens.indices.contains { index in
            scan.tokens[index].folded == "gn" && scan.gap(before: index).hasSuffix("(")
        }
    }
}

// MARK: - Inclusive spellings and pairs

extension GenderNeutralTitle {
    /// What follows the mark of an inclusive spelling (`Verkäufer*in`, `Verkäufer/-in`,
    /// `vendeur·euse`, `vendedor/a`, `vendedor(a)`, `commesso/a`, `sprzedawca/-czyni`).
    static let fragments: [Language: Set<String>] = [
        // Gender star, colon, gap, slash and brackets, the forms German ads use (the Rat für
        // deutsche Rechtschreibung discusses them without admitting them to the rules);
        // the Binnen-I (VerkäuferIn) is looked for on its own. "Angestellte/r".
        .de: ["in", "innen", "frau", "frauen", "mann", "männer", "r"],
        // Écriture inclusive: point médian or full stop (Haut Conseil à l'Égalité, 2015 guide),
        // brackets, slash.
        .fr: ["e", "es", "fe", "ne", "nne", "nnes", "ère", "ères", "ere", "euse", "euses", "se", "ses", "rice", "rices",
              "trice", "trices", "ice", "ve", "ive", "le", "eure", "esse", "sse", "ienne"],
        // And the masculine after the feminine: "Cajera/o", "Commessa/o".
        .es: ["a", "as", "ra", "ras", "ora", "oras", "es", "o", "os"],
        .it: ["a", "e", "essa", "esse", "trice", "trici", "ice", "i", "o"],
        .pt: ["a", "as", "ora", "oras", "ra", "o", "os"],
        // "Księgowy/a", "Asystent/ka", "Sprzedawca/-czyni", "Kierownik/-czka".
        .pl: ["a", "ka", "czka", "iczka", "yczka", "yni", "czyni", "ini", "ki", "owa"],
        .nl: [], .en: [],
    ]

    /// The endings of the feminine form in a pair (`Verkäuferin / Verkäufer`,
    /// `vendeur ou vendeuse`, `vendedor/vendedora`), compared folded.
    static let feminineEndings: [Language: [String]] = [
        .de: ["in", "innen", "frau", "frauen"],
        .fr: ["e", "es", "euse", "rice", "ere", "enne", "esse", "fe"],
        .es: ["a", "as", "ora"],
        .it: ["a", "e", "essa", "trice", "ice"],
        .pt: ["a", "as", "ora", "triz"],
        .pl: ["ka", "yni", "ini", "a"],
        .nl: ["ster", "vrouw", "trice", "es", "e", "in"],
        .en: ["woman", "women", "ess", "ress", "maid"],
    ]

    /// Words that pair with another one unlike it ("Homme/Femme de ménage", "Hostess/Steward").
    static let counterparts: Set<Set<String>> = [
        ["homme", "femme"], ["mann", "frau"], ["man", "woman"], ["hombre", "mujer"], ["uomo", "donna"],
        ["homem", "mulher"], ["mezczyzna", "kobieta"], ["hostess", "steward"], ["hostess", "host"],
        ["waitress", "waiter"], ["actress", "actor"], ["headmistress", "headmaster"], ["gastvrouw", "gastheer"],
    ]

    /// "oder", "ou", "o", "lub": two forms joined by a conjunction.
    static let conjunctions: Set<String> = ["oder", "und", "bzw", "ou", "et", "o", "y", "u", "e", "oppure", "of", "en",
                                           "lub", "albo", "i", "oraz", "or", "and"]

    func hasInclusiveForm(_ scan: Scan) -> Bool {
        let tokens = scan.tokens
        let fragments = Self.fragments[language] ?? []
        for index in tokens.indices {
            let token = tokens[index]
            // Binnen-I: "VerkäuferIn", "MitarbeiterInnen" (not "LinkedIn").
            if language == .de, token.text.count > 4, let i = token.text.lastIndex(of: "I") {
                let rest = token.text[token.text.index(after: i)...]
                if rest == "n" || rest == "nnen", i > token.text.startIndex,
                   token.text[token.text.index(before: i)].isLowercase,
                   Self.isGermanPersonNoun(Self.fold(String(token.text[..<i]))) { return true }
            }
            // "Vendeur-euse", "Chargé-e", "Vendedor-a" (not German: "Check-in").
            if language != .de, !fragments.isEmpty,
               let dash = token.lower.lastIndex(of: "-"), fragments.contains(String(token.lower[token.lower.index(after: dash)...])),
               token.lower[..<dash].count >= 3 { return true }
            guard index + 1 < tokens.count else { continue }
            let next = tokens[index + 1]
            let gap = scan.gap(after: index)
            let mark = gap.filter { !$0.isWhitespace }
            // An ending after a mark.
            if fragments.contains(next.lower), token.lower.count >= 3, !token.lower.allSatisfy(\.isNumber) {
                let tight = !gap.contains(where: \.isWhitespace)
                switch mark {
                case "/", "/-", "|": return true
                case "·", "•", "∙", "⋅", "*", ":", "_", ".", "·-", ".-":
                    if tight { return true }
                case "(", "(-":
                    if !gap.hasSuffix(" "), scan.gap(after: index + 1).hasPrefix(")") { return true }
                default: break
                }
            }
            // Both forms: "Verkäuferin / Verkäufer", "vendeur ou vendeuse", "Kauffrau/Kaufmann".
            if ["/", "|", "&", "/-"].contains(mark), isPair(token.folded, next.folded) { return true }
            if index + 2 < tokens.count, Self.conjunctions.contains(next.folded), mark.isEmpty,
               ["", "."].contains(scan.gap(after: index + 1).filter { !$0.isWhitespace }),
               isPair(token.folded, tokens[index + 2].folded) { return true }
        }
        return false
    }

    /// Two forms of one noun: a shared stem, short endings, one of them feminine.
    func isPair(_ a: String, _ b: String) -> Bool {
        guard a != b else { return false }
        if Self.counterparts.contains([a, b]) { return true }
        let prefix = zip(a, b).prefix { $0 == $1 }.count
        let shorter = min(a.count, b.count), longer = max(a.count, b.count)
        guard prefix >= 3, prefix * 2 >= shorter, longer - prefix <= 7 else { return false }
        let endings = Self.feminineEndings[language] ?? []
        return endings.contains { a.hasSuffix($0) || b.hasSuffix($0) }
    }
}

// MARK: - English

extension GenderNeutralTitle {
    /// The `gendered-word` rule of `Data/language-rules.yml` (salesman, chairman, foreman,
    /// waitress, …), and the job names that list leaves out. English job titles are neutral
    /// as a rule, so only these are reported; they are looked for in every language, since
    /// English titles are posted everywhere.
    static let englishTerms: [TermPattern] = {
        let builtIn = LanguageRuleSet.builtIn.rules.first { $0.id == "gendered-word" }?.terms ?? []
        let titles = [
            "businessman", "businessmen", "businesswoman", "repairman", "repairmen", "cameraman", "cameramen",
            "draftsman", "draughtsman", "fireman", "firemen", "policeman", "policewoman", "handyman", "deliveryman",
            "serviceman", "servicemen", "barman", "barmaid", "doorman", "lineman", "linemen", "journeyman",
            "journeymen", "saleswoman", "saleswomen", "chairwoman", "forewoman", "spokeswoman", "craftswoman",
            "headmistress", "hostess", "actress", "seamstress", "manageress", "chambermaid", "housemaid",
            "cleaning lady", "tea lady", "weatherman", "anchorman", "anchorwoman", "fisherman", "fishermen",
            "watchman", "nightwatchman", "warehouseman", "storeman", "workman", "workmen", "tradesman", "tradesmen",
            "postman", "postwoman", "milkman", "dustman", "garbageman", "groundsman", "linesman", "signalman",
            "cowboy", "paperboy", "busboy", "delivery boy", "girl friday", "cameragirl", "salesgirl",
        ]
        return builtIn + titles.map(TermPattern.init)
    }()

    /// Neutral titles for the hint.
    static let englishNeutral: [String: String] = [
        "salesman": "salesperson", "salesmen": "salespeople", "saleswoman": "salesperson", "saleswomen": "salespeople",
        "chairman": "chair", "chairmen": "chairs", "chairwoman": "chair", "foreman": "supervisor", "foremen": "supervisors",
        "forewoman": "supervisor", "waitress": "server", "stewardess": "flight attendant", "headmaster": "head teacher",
        "headmistress": "head teacher", "craftsman": "craftsperson", "craftsmen": "craftspeople", "craftswoman": "craftsperson",
        "spokesman": "spokesperson", "spokeswoman": "spokesperson", "middleman": "intermediary", "manpower": "workforce",
        "businessman": "businessperson", "businesswoman": "businessperson", "repairman": "repair technician",
        "cameraman": "camera operator", "draftsman": "drafter", "draughtsman": "drafter", "fireman": "firefighter",
        "policeman": "police officer", "policewoman": "police officer", "handyman": "maintenance technician",
        "deliveryman": "delivery driver", "serviceman": "service technician", "barman": "bartender", "barmaid": "bartender",
        "doorman": "door attendant", "lineman": "line worker", "journeyman": "journey-level worker", "hostess": "host",
        "actress": "actor", "seamstress": "sewer", "manageress": "manager", "chambermaid": "room attendant",
        "housemaid": "housekeeper", "weatherman": "meteorologist", "anchorman": "anchor", "anchorwoman": "anchor",
        "fisherman": "fisher", "watchman": "security guard", "nightwatchman": "night guard", "warehouseman": "warehouse worker",
        "storeman": "storekeeper", "workman": "worker", "tradesman": "tradesperson", "tradesmen": "tradespeople",
        "postman": "postal worker", "postwoman": "postal worker", "groundsman": "groundskeeper", "linesman": "line judge",
        "signalman": "signaller", "busboy": "busser", "salesgirl": "salesperson", "guys": "everyone",
        "cleaning lady": "cleaner", "tea lady": "catering assistant",
    ]

    /// The first word of `englishTerms` in the title, with its offset.
    static func englishGenderedWord(in scan: Scan) -> (word: String, offset: Int)? {
        // The terms are in TextScanner's words, which a hyphen splits ("man-hours").
        var words: [(lower: String, text: String, start: Int)] = []
        for token in scan.tokens {
            var offset = token.start
            for part in token.text.split(separator: "-", omittingEmptySubsequences: false) {
                words.append((part.lowercased(), String(part), offset))
                offset += part.count + 1
            }
        }
        for start in words.indices {
            for term in englishTerms where start + term.words.count <= words.count {
                if term.words.indices.allSatisfy({ term.matches(words[start + $0].lower, at: $0) }) {
                    let last = words[start + term.words.count - 1]
                    let end = last.start + last.text.count
                    return (String(scan.characters[words[start].start..<end]), words[start].start)
                }
            }
        }
        return nil
    }
}

// MARK: - Dutch

extension GenderNeutralTitle {
    // Dutch job names are neutral as a rule: the Taalunie's advice is that the base form
    // ("verkoper", "directeur", "medewerker") names anyone, and ads add "(m/v)" or "(m/v/x)"
    // at most. Reported are the forms that name one gender: -man/-vrouw compounds, the
    // feminine suffixes -ster, -trice, -esse, -euse, -es, -iste, and a few words.

    static let dutchSuffixes = ["man", "mannen", "vrouw", "vrouwen", "ster", "sters", "trice", "trices", "esse", "euse",
                                "meisje", "jongen", "iste"]
    /// Words with those endings that name anyone, or no person at all.
    static let dutchNotGendered: Set<String> = [
        "human", "roman", "kaaiman", "caiman", "talisman", "ombudsman", "shaman", "german", "ottoman", "superman", "batman",
        "hetman", "zeeman", "meester", "burgemeester", "master", "minister", "register", "semester", "monster", "hamster",
        "cluster", "venster", "poster", "booster", "toaster", "rooster", "klooster", "oester", "caster", "hipster", "lobster",
        "roadster", "mister", "ginster", "priester", "koster", "orkester", "matrice", "interesse", "finesse", "delicatesse",
        "adresse", "piste", "liste", "checkliste",
    ]
    /// Endings of words that name anyone ("burgemeester", "webmaster", "broadcaster").
    static let dutchNotGenderedEndings = ["meester", "master", "caster", "cluster", "register", "rooster", "human"]
    static let dutchGendered: Set<String> = [
        "kassière", "kassiere", "caissière", "caissiere", "lerares", "zangeres", "danseres", "eigenares", "tekenares",
        "onderwijzeres", "gastheer", "bazin", "boerin", "waardin", "zuster",
    ]
    /// Neutral forms for the hint.
    static let dutchNeutral: [String: String] = [
        "verkoopster": "verkoper", "kapster": "kapper", "schoonmaakster": "schoonmaker", "werkster": "schoonmaker",
        "medewerkster": "medewerker", "directrice": "directeur", "kassière": "kassamedewerker", "kassiere": "kassamedewerker",
        "secretaresse": "secretaris", "lerares": "leraar", "zakenman": "ondernemer", "zakenvrouw": "ondernemer",
        "vakman": "vakkracht", "timmerman": "timmerkracht", "schoonmaakvrouw": "schoonmaker", "gastvrouw": "host",
        "gastheer": "host", "verpleegster": "verpleegkundige", "zuster": "verpleegkundige", "voorzitster": "voorzitter",
        "actrice": "acteur", "masseuse": "masseur", "coiffeuse": "kapper", "leidster": "leider", "inspectrice": "inspecteur",
        "brandweerman": "brandweerlid", "huishoudster": "huishoudelijk medewerker",
    ]

    func dutchFinding(_ scan: Scan) -> Finding? {
        for token in scan.tokens {
            let word = token.lower
            let gendered = Self.dutchGendered.contains(word)
                || (!Self.dutchNotGendered.contains(word)
                    && !Self.dutchNotGenderedEndings.contains(where: { word.hasSuffix($0) })
                    && Self.hasSuffix(word, Self.dutchSuffixes))
            guard gendered else { continue }
            let neutral = Self.dutchNeutral[word].map { "use a neutral title such as “\($0)”, or add “(m/v/x)”" }
                ?? "use a neutral title (e.g. “verkoper” for “verkoopster”, “vakkracht” for “vakman”), or add “(m/v/x)”"
            return Finding(word: String(token.text), offset: token.start, hint: neutral)
        }
        return nil
    }
}

// MARK: - German

extension GenderNeutralTitle {
    // German person nouns are masculine or feminine ("Verkäufer", "Verkäuferin"), and the
    // masculine is no longer read as generic in job ads: AGG § 11 forbids a posting that
    // breaches § 7(1), German labour courts take such a posting as an indication
    // (Indiz, § 22 AGG) of discrimination, and employers answer with "(m/w/d)" on every
    // title, or with inclusive spellings or neutral nouns (Leitung, Fachkraft). Austria's
    // GlBG § 9 asks the same. So a German title is gendered when a person noun in it has
    // no marker, no inclusive spelling and no neutral noun ahead of it.
    //
    // English job names on a German posting count too: German makes feminines of them
    // ("Managerin", "Designerin"), so a bare "Software Engineer" reads as masculine, and
    // German ads write "Software Engineer (m/w/d)". Acronyms ("CTO") are left alone.

    /// Endings of person nouns, for compounds too (`Facharzt`, `Betriebswirt`, `Küchenchef`).
    static let germanPersonEndings: [String] = [
        "arzt", "arzte", "wirt", "anwalt", "koch", "chef", "pilot", "kollege", "experte", "geselle", "soldat", "kandidat",
        "architekt", "beamter", "lotse", "sekretar", "volontar", "funktionar", "notar", "bibliothekar", "kommissar",
        "lehrling", "psychologe", "padagoge", "fotograf", "geograf", "kartograf", "typograf", "biograf",
        // -ent, -ant, -and: only these, since most such words are not people ("Management",
        // "Talent", "Versand").
        "student", "studenten", "referent", "referenten", "assistent", "assistenten", "dozent", "dozenten", "agent",
        "agenten", "prasident", "absolvent", "absolventen", "konsulent", "produzent", "dirigent", "korrespondent",
        "dezernent", "abiturient", "interessent", "praktikant", "praktikanten", "laborant", "laboranten", "intendant",
        "kommandant", "doktorand", "doktoranden", "diplomand", "masterand", "consultant", "accountant", "assistant",
    ]
    /// English person nouns without a German ending; also, those for which a hint suggests
    /// only the marker (no "Engineer*in").
    static let englishPersonNouns: Set<String> = [
        "head", "lead", "chief", "executive", "representative", "associate", "trainee", "clerk", "expert", "analyst",
        "engineer", "developer", "officer", "owner", "scientist", "specialist", "consultant", "accountant", "assistant",
        "technician", "architect", "designer", "manager", "leader", "member", "partner", "writer", "agent", "intern",
    ]
    /// Words that end like person nouns but are not ("Lager", "Server", "Sommer", "Senior").
    static let germanNotPersons: Set<String> = [
        "oder", "aber", "uber", "unter", "hinter", "wieder", "immer", "jeder", "einer", "keiner", "unser", "ihrer", "seiner",
        "weiter", "spater", "after", "other", "under", "never", "either", "whether", "together", "super", "inner",
        "outer", "upper", "lower", "former", "better", "greater", "lager", "zimmer", "center", "centre", "keller",
        "computer", "server", "container", "kinder", "steuer", "wasser", "sommer", "winter", "september", "oktober",
        "november", "dezember", "power", "cluster", "layer", "tower", "customer", "user", "consumer", "order", "paper",
        "number", "transfer", "router", "docker", "folder", "filter", "printer", "scanner", "sensor", "senior", "junior",
        "sektor", "sector", "motor", "labor", "faktor", "factor", "monitor", "interior", "exterior", "floor", "door",
        "vendor", "investor", "master", "bachelor", "color", "colour", "error", "behavior", "major", "minor", "quarter",
        "water", "matter", "letter", "chapter", "theater", "theatre", "meter", "liter", "muster", "fenster", "koffer",
        "korper", "futter", "feuer", "alter", "fehler", "rechner", "schalter", "sender", "speicher", "zahler", "bagger",
        "anhanger", "register", "semester", "orchester", "charter", "banner", "poster", "marker", "tracker", "header",
        "footer", "border", "trailer", "teaser", "newsletter", "flyer", "sticker", "timer", "trigger", "buffer",
        "compiler", "debugger", "browser", "laser", "polymer", "cancer", "hamburger", "mitglieder", "prozessor",
        "processor", "reaktor", "traktor", "transistor", "generator", "kondensator", "simulator", "indikator",
        "katalysator", "vektor", "vector", "kalkulator", "calculator", "akkumulator", "tenor", "humor", "terror",
        "tresor", "dekor", "korridor", "meteor", "checklist", "playlist", "shortlist", "wishlist", "paragraph",
        "dialoge", "kataloge", "prologe", "login", "checklisten",
    ]
    /// The same, as the last part of a compound ("Zentrallager", "Callcenter").
    static let germanNotPersonEndings: [String] = [
        "lager", "zimmer", "center", "centre", "keller", "computer", "server", "container", "wasser", "power", "cluster",
        "layer", "tower", "customer", "paper", "papier", "filter", "printer", "scanner", "sensor", "sektor", "sector",
        "motor", "labor", "monitor", "floor", "theater", "meter", "liter", "muster", "fenster", "fehler", "rechner",
        "schalter", "speicher", "register", "semester", "banner", "poster", "tracker", "newsletter", "browser", "laser",
        "revier", "klavier", "turnier", "quartier", "spalier",
    ]
    /// Nouns that name anyone (Leitung, Fachkraft, Assistenz, Aushilfe, Pflegekraft,
    /// Werkstudierende, Person): they make a title neutral when they come before any
    /// gendered noun in it ("Teamleitung Vertrieb", not "Werkstudent Projektleitung").
    /// Nouns for the post ("Praktikum im Marketing", "Initiativbewerbung") name no person
    /// and so pass anyway; one beside a person noun does not excuse it ("Ausbildung
    /// Industriemechaniker", "Praktikum als Softwareentwickler").
    static let germanNeutralNouns: [String] = [
        "kraft", "krafte", "leitung", "leitungen", "assistenz", "aushilfe", "aushilfen", "hilfe", "hilfen", "person",
        "personen", "studierende", "mitarbeitende", "beschaftigte", "auszubildende", "leute", "vertretung",
        "unterstutzung", "verstarkung", "fuhrung", "sachbearbeitung", "azubi", "azubis",
    ]
    /// Words after which the title goes on about the job, not the person: "Kaufmann im
    /// Einzelhandel", "Fachkraft für Lagerlogistik", "Head of Sales".
    static let germanPrepositions: Set<String> = [
        "im", "in", "fur", "fuer", "der", "des", "die", "das", "den", "dem", "bei", "beim", "mit", "von", "vom", "am", "an",
        "auf", "aus", "nach", "ab", "bis", "uber", "zu", "of", "for", "at", "to", "with", "the", "on", "ohne", "gesucht",
    ]
    /// Words after which a person is named: "Praktikum als …", "Ausbildung zum …".
    static let germanRoleWords: Set<String> = ["als", "zum", "zur", "as"]
    /// Attributive adjectives ("Technischer Redakteur", "Technischer Support"): they end in
    /// -er, but only name the person when nothing follows ("Angestellter").
    static let germanAdjectiveEndings = ["ischer", "licher", "iver", "barer", "samer", "ierter", "nnter", "rnter"]
    /// Endings of adjectives and of nouns alike ("Leitender Oberarzt", "Erfahrener
    /// Verkäufer", but "Quereinsteiger", "Maler", "Hersteller"): an adjective when a person
    /// noun follows.
    static let germanNounOrAdjectiveEndings = ["iger", "ender", "ener", "aler", "eller", "loser"]
    static let germanAdjectives: Set<String> = ["freier", "neuer", "erster", "zweiter", "dritter", "junger", "guter",
                                                "geprufter", "ausgebildeter", "staatlich"]

    /// Whether a folded German (or English, on a German posting) word is a person noun.
    static func isGermanPersonNoun(_ word: String) -> Bool {
        guard word.count >= 3, !germanNotPersons.contains(word), word.first?.isLetter == true else { return false }
        let last = word.split(separator: "-").last.map(String.init) ?? word
        if englishPersonNouns.contains(last) { return true }
        guard !germanNotPersons.contains(last), !germanNotPersonEndings.contains(where: { last.hasSuffix($0) }) else { return false }
        if germanPersonEndings.contains(where: { last.hasSuffix($0) }) { return true }
        return hasSuffix(last, ["er", "or", "eur", "eure", "ician", "yst", "ist", "isten", "loge", "logen"], minimumStem: 3)
    }

    /// Forms that name one gender whatever else the title says: -mann/-frau compounds
    /// ("Kaufmann", "Fachfrau") and feminine person nouns ("Verkäuferin", "Ärztin").
    static func isGermanGenderedForm(_ word: String) -> Bool {
        guard word.count > 4, !germanNotPersons.contains(word) else { return false }
        if ["mann", "manner", "frau", "frauen"].contains(where: { word.hasSuffix($0) && word.count > $0.count }) {
            return !["hermann", "neumann", "hoffmann", "hofmann", "lehmann", "baumann", "jungfrau"].contains(word)
        }
        for ending in ["innen", "in"] where word.hasSuffix(ending) {
            let base = String(word.dropLast(ending.count))
            // "Kollegin" → "Kollege", "Beamtin" → "Beamter"; not "Termin", "Berlin", "Login".
            if base.count >= 3, isGermanPersonNoun(base) || germanPersonEndings.contains(where: { (base + "e").hasSuffix($0) })
                || base.hasSuffix("beamt") {
                return true
            }
        }
        return false
    }

    func germanFinding(_ scan: Scan) -> Finding? {
        let tokens = scan.tokens
        for segment in scan.segments {
            // Phrases: the words up to a preposition or conjunction. The first phrase names
            // the job, as do phrases after "als", "zum", "zur", and after "und"/"oder" in one.
            var phrases: [(words: [Int], namesJob: Bool)] = [([], true)]
            for index in segment {
                let word = tokens[index].folded
                if Self.germanRoleWords.contains(word) {
                    phrases.append(([], true))
                } else if ["und", "oder", "bzw", "sowie", "and", "or"].contains(word) {
                    phrases.append(([], phrases.last!.namesJob))
                } else if Self.germanPrepositions.contains(word) {
                    phrases.append(([], false))
                } else {
                    phrases[phrases.count - 1].words.append(index)
                }
            }
            for phrase in phrases where phrase.namesJob && !phrase.words.isEmpty {
                if let gendered = phrase.words.first(where: { Self.isGermanGenderedForm(tokens[$0].folded) }) {
                    return germanFinding(tokens[gendered], strong: true)
                }
                var candidate: Int?
                for (position, index) in phrase.words.enumerated() {
                    let word = tokens[index].folded
                    if candidate == nil, Self.germanNeutralNouns.contains(where: { word == $0 || word.hasSuffix($0) }) { break }
                    guard Self.isGermanPersonNoun(word) else { continue }
                    if position + 1 < phrase.words.count {
                        let next = tokens[phrase.words[position + 1]].folded
                        if Self.germanAdjectives.contains(word) || Self.hasSuffix(word, Self.germanAdjectiveEndings, minimumStem: 1) { continue }
                        if Self.hasSuffix(word, Self.germanNounOrAdjectiveEndings, minimumStem: 1),
                           Self.isGermanPersonNoun(next) || Self.germanNeutralNouns.contains(where: { next.hasSuffix($0) }) { continue }
                    }
                    candidate = index
                }
                if let candidate { return germanFinding(tokens[candidate], strong: false) }
            }
        }
        return nil
    }

    func germanFinding(_ token: Token, strong: Bool) -> Finding {
        let word = String(token.text), folded = token.folded
        let last = folded.split(separator: "-").last.map(String.init) ?? folded
        var hint = "add “(m/w/d)”"
        if strong, let ending = ["mann", "frau"].first(where: { folded.hasSuffix($0) }) {
            hint = "add “(m/w/d)” or name both forms, such as “\(word.dropLast(ending.count))frau/-mann”"
        } else if strong, !folded.hasSuffix("in") {
            // "Kauffrauen", "Fachmänner": the marker alone.
            hint = "add “(m/w/d)”"
        } else if let inclusive = Self.germanInclusive(word, folded: folded) {
            hint = "add “(m/w/d)” or use an inclusive form such as “\(inclusive)”"
        } else if Self.englishPersonNouns.contains(last) {
            hint = "add “(m/w/d)”: in German an English job name reads as masculine"
        }
        return Finding(word: word, offset: token.start, hint: hint)
    }

    /// "Verkäufer" → "Verkäufer*in", "Verkäuferin" → "Verkäufer*in", "Kollege" → "Kolleg*in",
    /// "Facharzt" → "Fachärzt*in"; nil for English names ("Engineer").
    static func germanInclusive(_ word: String, folded: String) -> String? {
        let last = folded.split(separator: "-").last.map(String.init) ?? folded
        if englishPersonNouns.contains(last) { return nil }
        if folded.hasSuffix("innen") { return String(word.dropLast(5)) + "*innen" }
        if isGermanGenderedForm(folded), folded.hasSuffix("in") { return String(word.dropLast(2)) + "*in" }
        for (masculine, stem) in [("arzt", "ärzt"), ("koch", "köch"), ("anwalt", "anwält")] where folded.hasSuffix(masculine) {
            let kept = String(word.dropLast(masculine.count))
            return kept + (kept.isEmpty ? stem.prefix(1).uppercased() + stem.dropFirst() : stem) + "*in"
        }
        if folded.hasSuffix("beamter") { return String(word.dropLast(2)) + "*in" }
        // Nominalised adjectives: "Mitarbeitender" → "Mitarbeitende", "Angestellter" → "Angestellte*r".
        if folded.hasSuffix("ender") { return String(word.dropLast()) }
        if hasSuffix(folded, ["ellter", "igter", "nnter", "standiger"], minimumStem: 1) { return String(word.dropLast()) + "*r" }
        if folded.hasSuffix("en"), hasSuffix(folded, ["isten", "enten", "anten", "anden"], minimumStem: 2) { return String(word.dropLast(2)) + "*in" }
        if folded.hasSuffix("e") { return String(word.dropLast()) + "*in" }
        return word + "*in"
    }
}

// MARK: - French, Spanish, Italian, Portuguese, Polish

extension GenderNeutralTitle {
    // In these languages a title starts with the noun that names the person ("Directeur
    // commercial", "Jefe de proyecto", "Addetto alle vendite", "Kierownik projektu"), and
    // that noun has a masculine and a feminine form, unless it is epicene ("Comptable",
    // "Responsable", "Analista", "Assistente"). So the first word of each part of the title
    // that is not an article, "Senior" or a word for the post ("Stage", "Prácticas") is
    // looked at: an epicene noun makes the part neutral; a masculine or feminine form,
    // without a marker or an inclusive spelling, makes the title gendered.
    //
    // English job names on such postings pass: French, Spanish, Italian and Portuguese use
    // them as epicene nouns ("une manager", "la designer"), and an English title starts
    // with a modifier ("Software Engineer"), so its first word is not a person noun here.
    // Polish makes feminines of loans ("menedżerka"), but English titles there follow the
    // same rule; a Polish-style "Manager sklepu" is looked at like any Polish noun.

    struct HeadFirstRules: Sendable {
        /// Articles, "Senior", "Junior": passed over.
        var skip: Set<String>
        /// After these the title is about the job ("de", "en", "ds.").
        var prepositions: Set<String>
        /// The post, not the person ("Stage", "Prácticas", "Staż"): the next word may name the person.
        var positions: Set<String>
        var neutral: Set<String>
        var neutralSuffixes: [String]
        var masculine: Set<String>
        var masculineSuffixes: [String]
        var feminine: Set<String>
        var feminineSuffixes: [String]
        /// Words the suffixes would take for person nouns ("secteur", "carrière", "salario").
        var notPersons: Set<String>
        var notPersonSuffixes: [String] = []
        /// The inclusive form of a masculine noun, for hints.
        var inclusive: @Sendable (String) -> String?
        var example: String
    }

    enum Gender { case neutral, masculine, feminine }

    static let headFirstRules: [Language: HeadFirstRules] = [.fr: french, .es: spanish, .it: italian, .pt: portuguese, .pl: polish]

    /// French: the Code du travail (L1142-1) forbids naming a sex in an offer; ads write
    /// "(H/F)" or "(F/H)", the point médian ("vendeur·euse"), or both forms. Epicene nouns
    /// (-aire, -iste, -able, -logue, -graphe: "Comptable", "Secrétaire", "Analyste",
    /// "Responsable") need neither. "Chef" is masculine ("cheffe" is its feminine).
    static let french = HeadFirstRules(
        skip: ["le", "la", "les", "l", "un", "une", "senior", "junior", "sr", "jr", "jeune", "futur", "future", "nouveau", "nouvelle"],
        prepositions: ["de", "du", "des", "d", "en", "pour", "à", "au", "aux", "chez", "dans", "sur", "avec", "par", "et", "ou"],
        positions: ["stage", "stages", "alternance", "apprentissage", "poste", "emploi", "job", "cdi", "cdd", "mission",
                    "contrat", "offre", "intérim", "interim", "freelance", "vie", "volontariat", "recrutement", "internship"],
        neutral: ["membre", "pilote", "guide", "médecin", "cadre", "aide", "garde", "concierge", "interne", "élève", "bénévole",
                  "sage-femme", "coach", "architecte", "adulte", "artiste", "interprète", "athlète", "diplomate", "camarade", "collègue"],
        neutralSuffixes: ["iste", "yste", "aire", "able", "ible", "logue", "graphe", "iatre", "ète", "crate"],
        masculine: ["chef", "apprenti", "expert", "adjoint", "maître", "avocat", "candidat", "magistrat", "lauréat", "soldat",
                    "commercial", "patron", "vigneron", "compagnon", "homme", "garçon", "conseiller", "boulanger", "boucher",
                    "horloger", "berger", "fromager", "maraîcher", "messager", "passager", "chargé", "employé", "délégué",
                    "attaché", "salarié", "préposé", "diplômé", "associé", "député", "écrivain", "marin", "infirmier",
                    "ingénieur", "hôte"],
        masculineSuffixes: ["eur", "ier", "ien", "ant", "ent"],
        feminine: ["femme", "fille", "cheffe", "experte", "apprentie", "commerciale", "avocate", "adjointe", "maîtresse",
                   "hôtesse", "princesse", "comtesse", "doctoresse", "dame", "chargée", "employée", "déléguée", "attachée",
                   "salariée", "préposée", "diplômée", "associée", "députée", "patronne", "vigneronne", "écrivaine",
                   "conseillère", "boulangère", "bouchère", "horlogère", "bergère", "fromagère", "maraîchère",
                   "messagère", "passagère", "ménagère", "ingénieure", "professeure", "auteure", "autrice"],
        feminineSuffixes: ["euse", "rice", "ière", "ienne", "ante", "ente"],
        notPersons: [
            // -eur
            "secteur", "intérieur", "extérieur", "supérieur", "inférieur", "ordinateur", "moteur", "capteur", "valeur",
            "couleur", "honneur", "labeur", "erreur", "hauteur", "largeur", "longueur", "processeur", "compteur", "radiateur",
            "réacteur", "rigueur", "vigueur", "bonheur", "malheur", "chaleur", "fleur", "odeur", "saveur", "douleur",
            "humeur", "faveur", "meilleur", "majeur", "mineur", "cœur", "sœur", "lueur", "teneur", "ardeur", "vapeur",
            // -ier
            "courrier", "papier", "dossier", "métier", "quartier", "atelier", "chantier", "premier", "dernier", "janvier",
            "février", "entier", "fichier", "calendrier", "clavier", "escalier", "panier", "acier", "sentier", "cahier",
            "collier", "levier", "palier", "particulier", "régulier", "foncier", "immobilier", "hospitalier", "denier",
            // -ien
            "soutien", "maintien", "entretien", "moyen", "ancien", "quotidien", "lien", "bien", "chien", "rien", "combien",
            "italien", "européen",
            // -ant, -ent
            "client", "patient", "talent", "content", "event", "restaurant", "carburant", "volant", "instant", "montant",
            "avant", "pendant", "durant", "suivant", "courant", "brillant", "important", "constant", "différent",
            "excellent", "urgent", "absent", "présent", "argent", "accent", "accountant", "attendant", "applicant",
            "servant", "student", "resident", "diamant", "aimant", "enfant", "vivant", "orient", "agrément",
            // -euse, -rice, -ière, -ienne, -ante, -ente
            "berceuse", "perceuse", "tondeuse", "agrafeuse", "friteuse", "chargeuse", "niveleuse", "meuleuse", "ponceuse",
            "broyeuse", "couveuse", "veilleuse", "matrice", "cicatrice", "motrice", "carrière", "barrière", "matière",
            "lumière", "rivière", "manière", "première", "dernière", "frontière", "filière", "bannière", "gouttière",
            "litière", "croisière", "chaudière", "cimetière", "derrière", "arrière", "bière", "théière", "ancienne",
            "quotidienne", "moyenne", "italienne", "européenne", "vente", "rente", "pente", "tente", "attente", "entente",
            "descente", "fente", "plante", "soixante", "quarante", "cinquante", "trente", "détente", "constante",
            "variante", "charpente", "suivante", "courante", "importante", "urgente", "présente", "absente", "récente",
            "permanente",
        ],
        notPersonSuffixes: ["ment"],
        inclusive: { word in
            let lower = word.lowercased()
            if ["ingénieur", "professeur", "docteur", "procureur", "successeur", "gouverneur"].contains(lower) { return word + "·e" }
            if lower == "chef" { return word + "·fe" }
            if lower == "hôte" { return word + "·sse" }
            // "directeur·rice", "opérateur·rice", but "acheteur·euse", "monteur·euse".
            if ["ateur", "cteur", "iteur", "uteur"].contains(where: { lower.hasSuffix($0) }) { return word + "·rice" }
            if lower.hasSuffix("eur") { return word + "·euse" }
            if lower.hasSuffix("er") { return word + "·ère" }
            if lower.hasSuffix("ien") || lower.hasSuffix("on") { return word + "·ne" }
            if ["é", "ant", "ent", "at", "ert", "oint", "i", "al", "in"].contains(where: { lower.hasSuffix($0) }) { return word + "·e" }
            return nil
        },
        example: "vendeur·euse")

    /// Spanish: ads write "(h/m)", "(m/f)" or "(h/m/x)", or "vendedor/a", "vendedor(a)".
    /// Nouns in -ista, -ante, -ente, -able, -ar, -al are epicene ("Analista", "Gerente",
    /// "Responsable", "Auxiliar", "Comercial").
    static let spanish = HeadFirstRules(
        skip: ["el", "la", "los", "las", "un", "una", "senior", "sénior", "junior", "júnior", "sr", "jr"],
        prepositions: ["de", "del", "en", "para", "con", "a", "al", "por", "y", "e", "o", "u"],
        positions: ["prácticas", "practicas", "beca", "puesto", "empleo", "oferta", "trabajo", "contrato", "vacante",
                    "convocatoria", "internship"],
        neutral: ["guía", "policía", "colega", "piloto", "modelo", "miembro", "testigo", "persona", "personal", "atleta",
                  "conserje", "chef", "joven", "aprendiz", "intérprete"],
        neutralSuffixes: ["ista", "ante", "ente", "able", "ible", "iatra", "euta", "ar", "al"],
        masculine: ["abogado", "empleado", "encargado", "licenciado", "graduado", "delegado", "apoderado", "titulado",
                    "diplomado", "asociado", "jefe", "mozo", "chico", "maestro", "cirujano", "artesano", "hombre"],
        masculineSuffixes: ["ero", "ario", "ico", "ivo", "ólogo", "ologo", "dor", "tor", "sor"],
        feminine: ["abogada", "empleada", "encargada", "licenciada", "graduada", "delegada", "titulada", "diplomada",
                   "asociada", "jefa", "moza", "chica", "maestra", "cirujana", "artesana", "azafata", "dependienta",
                   "asistenta", "presidenta", "gerenta", "médica", "técnica", "administrativa", "ejecutiva", "mujer", "señora"],
        feminineSuffixes: ["era", "aria", "dora", "tora", "sora", "óloga", "ologa"],
        notPersons: [
            "dinero", "enero", "febrero", "número", "sendero", "tablero", "primero", "crucero", "agujero", "acero",
            "salario", "horario", "calendario", "inventario", "escenario", "diccionario", "formulario", "comentario",
            "cuestionario", "sanitario", "público", "básico", "tráfico", "diagnóstico", "periódico", "jurídico",
            "objetivo", "archivo", "motivo", "dispositivo", "incentivo", "activo", "colectivo", "servidor", "ordenador",
            "procesador", "contenedor", "indicador", "marcador", "buscador", "navegador", "simulador", "acelerador",
            "refrigerador", "sector", "motor", "factor", "tractor", "vector", "monitor", "televisor", "ascensor",
            "compresor", "investor", "vendor", "carrera", "primera", "frontera", "manera", "cartera", "escalera", "madera",
            "esfera", "espera", "primavera", "carretera", "cantera", "bandera", "hora", "ahora", "aurora", "impresora",
            "computadora", "lavadora", "secadora", "aspiradora", "calculadora", "mejora", "demora", "fotocopiadora",
        ],
        inclusive: { word in
            let lower = word.lowercased()
            return ["o", "or", "e"].contains(where: { lower.hasSuffix($0) }) ? word + "/a" : nil
        },
        example: "vendedor/a")

    /// Italian: the Codice delle pari opportunità (D.Lgs. 198/2006, art. 27) forbids
    /// selection by sex, also in ads; they write "(m/f)", "(m/f/x)" ("(m/w)" in South
    /// Tyrol), or "commesso/a". Nouns in -ista, -ente, -ante, -bile are epicene ("Barista",
    /// "Assistente", "Responsabile", "Contabile").
    static let italian = HeadFirstRules(
        skip: ["il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "senior", "junior", "sr", "jr", "giovane", "nuovo", "nuova"],
        prepositions: ["di", "del", "della", "dei", "degli", "delle", "dello", "in", "per", "a", "al", "alla", "alle", "ai",
                       "agli", "con", "da", "su", "nel", "nella", "e", "o"],
        positions: ["stage", "tirocinio", "posizione", "lavoro", "offerta", "apprendistato", "praticantato", "contratto",
                    "ricerca", "opportunità", "internship"],
        neutral: ["guida", "collega", "atleta", "interprete", "custode", "vigile", "giudice", "preside", "geometra", "persona",
                  "personale", "figura", "risorsa", "manager", "chef"],
        neutralSuffixes: ["ista", "ente", "ante", "bile", "iatra"],
        masculine: ["impiegato", "avvocato", "laureato", "diplomato", "candidato", "delegato", "incaricato", "magistrato",
                    "deputato", "studente", "ingegnere", "dottore", "postino", "ragazzo", "uomo", "cuoco", "maestro", "chirurgo",
                    "pizzaiolo"],
        masculineSuffixes: ["etto", "esso", "aio", "iere", "tore", "sore", "ico", "ologo", "ario"],
        feminine: ["impiegata", "avvocata", "laureata", "diplomata", "candidata", "delegata", "incaricata", "ingegnera",
                   "postina", "ragazza", "donna", "cuoca", "maestra", "chirurga", "signora", "pizzaiola"],
        feminineSuffixes: ["etta", "essa", "aia", "iera", "trice", "ologa", "aria"],
        notPersons: [
            "progetto", "oggetto", "prospetto", "rispetto", "effetto", "difetto", "aspetto", "concetto", "diretto", "tetto",
            "letto", "petto", "affetto", "processo", "successo", "accesso", "ingresso", "permesso", "stesso", "adesso",
            "spesso", "compromesso", "possesso", "eccesso", "gennaio", "febbraio", "acciaio", "centinaio", "migliaio",
            "cantiere", "quartiere", "mestiere", "bicchiere", "paniere", "settore", "motore", "fattore", "trattore",
            "contatore", "vettore", "rotore", "pubblico", "traffico", "periodico", "carico", "incarico", "unico", "antico",
            "salario", "orario", "calendario", "scenario", "inventario", "vario", "ricetta", "etichetta", "bicicletta",
            "vetta", "fetta", "maglietta", "cassetta", "vendetta", "promessa", "scommessa", "premessa", "stessa", "rimessa",
            "messa", "carriera", "frontiera", "maniera", "bandiera", "preghiera", "costiera", "miniera", "fiera", "riviera",
            "barriera", "matrice", "motrice", "calcolatrice", "lavatrice", "cicatrice", "stampatrice", "aria",
        ],
        inclusive: { word in
            let lower = word.lowercased()
            if lower.hasSuffix("tore") { return word + "/trice" }
            if lower.hasSuffix("sore") || lower == "studente" { return word + "/essa" }
            return ["o", "e"].contains(where: { lower.hasSuffix($0) }) ? word + "/a" : nil
        },
        example: "commesso/a")

    /// Portuguese: Brazil's CLT (art. 373-A I) forbids ads that mention sex; ads in
    /// Portugal and Brazil write "(m/f)", "(h/m)", "vendedor(a)" or "vendedor/a". Nouns in
    /// -ista, -ente, -ante, -ável, -ar are epicene ("Analista", "Gerente", "Responsável",
    /// "Auxiliar"), as is "aprendiz" ("Jovem Aprendiz").
    static let portuguese = HeadFirstRules(
        skip: ["o", "a", "os", "as", "um", "uma", "senior", "sênior", "sénior", "junior", "júnior", "sr", "jr"],
        prepositions: ["de", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas", "para", "com", "ao", "por", "e", "ou"],
        positions: ["estágio", "estagio", "vaga", "emprego", "oferta", "posição", "programa", "trabalho", "contrato", "internship"],
        neutral: ["aprendiz", "chefe", "colega", "guia", "pessoa", "jovem", "piloto", "intérprete", "membro", "policial", "chef"],
        neutralSuffixes: ["ista", "ante", "ente", "ável", "avel", "ível", "ar", "iatra", "euta"],
        masculine: ["advogado", "empregado", "encarregado", "licenciado", "graduado", "delegado", "deputado", "associado",
                    "garçom", "moço", "homem", "mestre"],
        masculineSuffixes: ["eiro", "ário", "ario", "ico", "ivo", "ólogo", "ologo", "dor", "tor", "sor"],
        feminine: ["advogada", "empregada", "encarregada", "licenciada", "graduada", "delegada", "deputada", "associada",
                   "garçonete", "moça", "mulher", "atriz", "chefa", "mestra", "técnica", "senhora"],
        feminineSuffixes: ["eira", "ária", "dora", "tora", "sora", "óloga", "ologa"],
        notPersons: [
            "dinheiro", "primeiro", "terceiro", "janeiro", "fevereiro", "roteiro", "canteiro", "banheiro", "chuveiro",
            "financeiro", "salário", "salario", "horário", "horario", "calendário", "inventário", "cenário", "comentário",
            "formulário", "mobiliário", "público", "básico", "tráfico", "objetivo", "arquivo", "motivo", "dispositivo",
            "ativo", "computador", "setor", "sector", "motor", "fator", "vetor", "servidor", "monitor", "indicador",
            "processador", "investor", "vendor", "carreira", "cadeira", "madeira", "feira", "bandeira", "primeira",
            "fronteira", "maneira", "carteira", "geladeira", "brincadeira", "besteira", "pedreira", "financeira",
            "torneira", "ladeira", "lixeira", "prateleira", "esteira", "impressora", "melhora", "agora", "hora", "fora",
            "embora",
        ],
        inclusive: { word in
            let lower = word.lowercased()
            return ["o", "or"].contains(where: { lower.hasSuffix($0) }) ? word + "(a)" : nil
        },
        example: "vendedor(a)")

    /// Polish: the Labour Code's equal-treatment rules (art. 18³ᵃ ff.) cover recruitment;
    /// Polish ads write "(k/m)", "(m/k)", "(k/m/n)", or both forms
    /// ("sprzedawca/sprzedawczyni", "sprzedawca/-czyni", "księgowy/a"). Almost every Polish
    /// person noun is gendered; "Osoba" ("Osoba do sprzątania") is the neutral head.
    static let polish = HeadFirstRules(
        skip: ["senior", "junior", "mid", "regular", "starszy", "starsza", "młodszy", "młodsza", "główny", "główna",
               "samodzielny", "samodzielna", "sr", "jr"],
        prepositions: ["ds", "do", "w", "we", "na", "z", "ze", "dla", "od", "przy", "i", "oraz", "lub", "of", "for"],
        positions: ["staż", "praktyki", "praktyka", "stanowisko", "praca", "oferta", "program", "internship"],
        neutral: ["osoba", "osoby", "sędzia"],
        neutralSuffixes: [],
        masculine: ["ekspert", "architekt", "opiekun", "prezes", "szef", "mistrz", "kupiec", "księgowy", "kadrowy"],
        masculineSuffixes: ["ista", "ysta", "nik", "yk", "ik", "arz", "erz", "or", "ent", "ant", "wca", "dca", "pca", "ńca",
                            "rca", "owiec", "ciel", "er", "acz", "log"],
        feminine: ["pani", "kobieta", "księgowa", "kadrowa", "pracownica"],
        feminineSuffixes: ["ka", "yni", "ini"],
        notPersons: [
            "wynik", "silnik", "licznik", "zbiornik", "wskaźnik", "czynnik", "słownik", "dziennik", "podręcznik", "język",
            "nawyk", "kosmetyk", "sektor", "motor", "kolor", "humor", "tenor", "wektor", "procesor", "monitor", "projektor",
            "reaktor", "transformator", "generator", "akumulator", "kalkulator", "symulator", "wentylator", "moment",
            "klient", "dokument", "element", "procent", "talent", "patent", "segment", "departament", "fundament",
            "kontynent", "incydent", "wariant", "komputer", "serwer", "kontener", "rower", "papier", "charakter", "numer",
            "transfer", "folder", "skaner", "laser", "sweter", "cukier", "kalendarz", "talerz", "kołnierz", "pancerz",
            "płacz", "katalog", "dialog", "blog", "prolog", "logistyka", "analityka", "informatyka", "grafika", "technika",
            "fizyka", "matematyka", "polityka", "statystyka", "mechanika", "elektronika", "automatyka", "robotyka",
            "praktyka", "logika", "muzyka", "fabryka", "apteka", "biblioteka", "kuchnia",
        ],
        notPersonSuffixes: ["ment"],
        inclusive: { word in
            let lower = word.lowercased()
            guard !lower.contains("-") else { return nil }
            func both(_ feminine: String) -> String { word + "/" + feminine }
            if lower.hasSuffix("ca") { return both(String(word.dropLast(2)) + "czyni") }
            if lower.hasSuffix("ista") || lower.hasSuffix("ysta") { return both(String(word.dropLast()) + "ka") }
            if lower.hasSuffix("ik") || lower.hasSuffix("yk") { return both(String(word.dropLast()) + "czka") }
            if lower.hasSuffix("arz") { return both(String(word.dropLast()) + "ka") }
            if lower.hasSuffix("owy") { return both(String(word.dropLast()) + "a") }
            if ["or", "er", "ent", "ant", "iel", "acz", "ekt", "ert"].contains(where: { lower.hasSuffix($0) }) { return both(word + "ka") }
            return nil
        },
        example: "sprzedawca/sprzedawczyni")

    /// The gender of a person noun by its form, or nil when the word is no person noun
    /// this knows.
    static func gender(of word: String, _ rules: HeadFirstRules) -> Gender? {
        if rules.neutral.contains(word) { return .neutral }
        if rules.masculine.contains(word) { return .masculine }
        if rules.feminine.contains(word) { return .feminine }
        if word.contains("-") {
            // "Aide-soignant", "Expert-comptable", "Technico-commercial": any gendered part.
            let parts = word.split(separator: "-").map(String.init)
            for part in parts { if let gender = gender(of: part, rules), gender != .neutral { return gender } }
            if parts.contains(where: { gender(of: $0, rules) == .neutral }) { return .neutral }
            return nil
        }
        if rules.notPersons.contains(word) || word.allSatisfy(\.isNumber) || rules.notPersonSuffixes.contains(where: { word.hasSuffix($0) }) {
            return nil
        }
        if hasSuffix(word, rules.neutralSuffixes) { return .neutral }
        if hasSuffix(word, rules.feminineSuffixes) { return .feminine }
        if hasSuffix(word, rules.masculineSuffixes) { return .masculine }
        return nil
    }

    func headFirstFinding(_ scan: Scan, rules: HeadFirstRules) -> Finding? {
        for segment in scan.segments {
            for index in segment {
                let token = scan.tokens[index]
                let word = token.lower
                if rules.prepositions.contains(word) { break }
                if rules.skip.contains(word) || word.count == 1 || word.allSatisfy(\.isNumber) { continue }
                if rules.positions.contains(word) { continue }
                switch Self.gender(of: word, rules) {
                case .masculine?:
                    let marker = Self.marker[language]!
                    let hint = rules.inclusive(String(token.text)).map { "add “\(marker)” or write “\($0)”" }
                        ?? "add “\(marker)” or use an inclusive form such as “\(rules.example)”"
                    return Finding(word: String(token.text), offset: token.start, hint: hint)
                case .feminine?:
                    return Finding(word: String(token.text), offset: token.start,
                                   hint: "add “\(Self.marker[language]!)” or use an inclusive form such as “\(rules.example)”")
                case .neutral?, nil:
                    break
                }
                break
            }
        }
        return nil
    }
}
