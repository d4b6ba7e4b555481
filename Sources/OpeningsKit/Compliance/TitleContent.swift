import Foundation

/// Pay or a place written into a job title. Job boards want the job's name alone:
/// Indeed, "Do not include other types of information, such as salary, employment type,
/// job location" (`<title>`, docs.indeed.com/indeed-apply/xml-feed); Google, "Don't
/// include job codes, addresses, dates, salaries, or company names in the title field"
/// (`title`, developers.google.com/search/docs/appearance/structured-data/job-posting).
/// Both reject or rank down postings that do.
///
/// Precision first: a title is a name people choose, so only what cannot be part of a
/// job's name is reported. Pay is an amount with a currency or a pay period beside it
/// (`$120k`, `€60.000`, `120,000 USD`, `25/hr`); a place is a part set off by
/// parentheses or a dash (`Engineer – Berlin`, `Engineer (Remote, US)`) that names where
/// the work is: remote work, the job's own places, a country, a US state or Canadian
/// province. `Head of EMEA`, `Berlin Office Manager` and `Engineer (AI)` are names.
enum TitleContent {
    // MARK: Pay

    /// Symbols written beside an amount.
    static let currencySymbols: Set<Character> = ["$", "€", "£", "¥", "₹", "₩", "₽", "₪", "₦", "₱", "฿", "₫", "₴", "₺", "₿"]
    /// Words after an amount that make it pay: "/hr", "per year", "an hour", "OTE".
    static let periodUnits: Set<String> = ["h", "hr", "hrs", "hour", "yr", "year", "mo", "month", "wk", "week", "day", "annum"]
    static let periodWords: Set<String> = ["ote", "p.a."]

    /// The pay in `title` as written (`$120k`, `120,000 USD`), if there is any.
    static func pay(in title: String) -> String? {
        let chars = Array(title)
        var index = 0
        while index < chars.count {
            guard chars[index].isASCIIDigit, index == 0 || !(chars[index - 1].isLetter || chars[index - 1].isNumber) else {
                index += 1
                continue
            }
            let start = index
            var digits = 0
            while index < chars.count {
                if chars[index].isASCIIDigit {
                    digits += 1
                    index += 1
                } else if ".,\u{20}\u{A0}\u{202F}".contains(chars[index]), index + 1 < chars.count, chars[index + 1].isASCIIDigit,
                          chars[index] == "." || chars[index] == "," || index + 3 < chars.count && chars[index + 3].isASCIIDigit {
                    // A decimal or thousands mark, or a space between thousands (`60 000 €`).
                    index += 1
                } else {
                    break
                }
            }
            var end = index
            // `120k`, `1.2M`: a multiplier, not the start of a word (`3D`, `5G`, `2km`).
            if end < chars.count, "kKmM".contains(chars[end]), end + 1 == chars.count || !chars[end + 1].isLetter { end += 1 }
            let large = digits >= 2 || end > index
            // A symbol before (`$120k`, `R$ 5.000`) or after (`60.000 €`, `60k€`).
            var before = start - 1
            if before >= 0, chars[before] == " " { before -= 1 }
            if before >= 0, currencySymbols.contains(chars[before]) {
                // With the letters written onto the symbol: `R$`, `US$`, `CA$`.
                var first = before
                while first > 0, before - first < 3, chars[first - 1].isUppercase { first -= 1 }
                return String(chars[first..<end])
            }
            var after = end
            if after < chars.count, chars[after] == " " { after += 1 }
            if after < chars.count, currencySymbols.contains(chars[after]) { return String(chars[start...after]) }
            // An ISO 4217 code before or after, written as one (`USD 120,000`, `120k EUR`).
            if large {
                if let code = word(endingBefore: start, in: chars), isCurrencyCode(code.text) {
                    return String(chars[code.start..<end])
                }
                if let code = word(startingAfter: end, in: chars), isCurrencyCode(code.text) {
                    return String(chars[start..<code.end])
                }
                // A pay period: `25/hr`, `120k per year`, `30 an hour`, `200k OTE`.
                if after < chars.count, chars[after] == "/", let unit = word(startingAt: after + 1, in: chars),
                   periodUnits.contains(unit.text.lowercased()) {
                    return String(chars[start..<unit.end])
                }
                // A range of thousands without a currency (`100k-120k`, `90K – 110K`): nothing
                // else in a title is written so.
                if end > index, let rangeEnd = thousandsRange(from: end, in: chars) { return String(chars[start..<rangeEnd]) }
                if let first = word(startingAfter: end, in: chars) {
                    let lowered = first.text.lowercased()
                    if periodWords.contains(lowered) { return String(chars[start..<first.end]) }
                    if ["per", "an", "a"].contains(lowered), let unit = word(startingAfter: first.end, in: chars),
                       periodUnits.contains(unit.text.lowercased()) {
                        return String(chars[start..<unit.end])
                    }
                }
            }
            index = max(end, start + 1)
        }
        return nil
    }

    /// Where `-120k` (or ` – 120K`) that starts at `position` ends, if it is there.
    private static func thousandsRange(from position: Int, in chars: [Character]) -> Int? {
        var index = position
        if index < chars.count, chars[index] == " " { index += 1 }
        guard index < chars.count, chars[index] == "-" || chars[index] == "–" else { return nil }
        index += 1
        if index < chars.count, chars[index] == " " { index += 1 }
        let digits = index
        while index < chars.count, chars[index].isASCIIDigit || chars[index] == "." { index += 1 }
        guard index > digits, index < chars.count, chars[index] == "k" || chars[index] == "K",
              index + 1 == chars.count || !chars[index + 1].isLetter else { return nil }
        return index + 1
    }

    private static func isCurrencyCode(_ text: String) -> Bool {
        text.count == 3 && text.allSatisfy { $0.isASCII && $0.isUppercase } && ISOCodes.currencies[text] != nil
    }

    private struct Word { var text: String; var start: Int; var end: Int }

    /// The run of letters (and `.`) starting exactly at `start`.
    private static func word(startingAt start: Int, in chars: [Character]) -> Word? {
        var end = start
        while end < chars.count, chars[end].isLetter || chars[end] == "." { end += 1 }
        return end > start ? Word(text: String(chars[start..<end]), start: start, end: end) : nil
    }

    /// The word after one space (or none) from `position`.
    private static func word(startingAfter position: Int, in chars: [Character]) -> Word? {
        var start = position
        if start < chars.count, chars[start] == " " { start += 1 }
        return word(startingAt: start, in: chars)
    }

    /// The word that ends one space (or none) before `position`.
    private static func word(endingBefore position: Int, in chars: [Character]) -> Word? {
        var end = position
        if end > 0, chars[end - 1] == " " { end -= 1 }
        var start = end
        while start > 0, chars[start - 1].isLetter { start -= 1 }
        guard start < end, start == 0 || !chars[start - 1].isLetter else { return nil }
        return Word(text: String(chars[start..<end]), start: start, end: end)
    }

    // MARK: Places

    /// The part of `title` that names where `job` is worked (`Remote, US` of `Engineer
    /// (Remote, US)`, `Berlin` of `Engineer – Berlin`), if one does.
    static func place(in title: String, job: Job) -> String? {
        let segments = segments(of: title)
        guard !segments.isEmpty else { return nil }
        let known = KnownPlaces(job)
        return segments.first { isPlace($0, known: known) }
    }

    /// The parts set off from the job's name: each `(…)` or `[…]`, and what follows the
    /// last dash between words (` - `, `–`, `—`) or ` | `.
    static func segments(of title: String) -> [String] {
        // Most titles have no bracket, dash, bar or comma (0xE2 leads the en and em dash,
        // 0xEF the full-width brackets): nothing to split.
        guard title.utf8.contains(where: { $0 == 0x28 || $0 == 0x5B || $0 == 0x2D || $0 == 0x7C || $0 == 0x2C || $0 == 0xE2 || $0 == 0xEF })
        else { return [] }
        var bytes = title
        if let segments = bytes.withUTF8({ asciiSegments(of: $0) }) { return segments }
        return characterSegments(of: title)
    }

    /// `segments` read character by character, for titles that are not ASCII.
    static func characterSegments(of title: String) -> [String] {
        var result: [String] = []
        var outside = ""
        var depth = 0, current = ""
        for character in title {
            switch character {
            case "(", "[", "（":
                if depth == 0 { current = "" } else { current.append(character) }
                depth += 1
            case ")", "]", "）":
                if depth == 0 {
                    outside.append(character)
                    continue
                }
                depth -= 1
                if depth == 0 { result.append(current.trimmingCharacters(in: .whitespaces)) } else { current.append(character) }
            default:
                if depth > 0 { current.append(character) } else { outside.append(character) }
            }
        }
        // Searched as bytes: every title of every build comes here, and Foundation's
        // `range(of:)` goes through NSString for each separator.
        func after(_ offset: Int, _ separator: String) -> String {
            String(decoding: outside.utf8.dropFirst(offset + separator.utf8.count), as: UTF8.self).trimmingCharacters(in: .whitespaces)
        }
        for separator in [" - ", "–", "—", " | "] {
            if let offset = outside.lastByteOffset(of: separator) {
                result.append(after(offset, separator))
                break
            }
        }
        // `Software Engineer, Berlin`, `Engineer, Denver, CO`: what follows the first comma,
        // and the last part alone. A team there (`Engineer, Platform`) is no place.
        if let first = outside.firstByteOffset(of: ", ") {
            result.append(after(first, ", "))
            if let last = outside.lastByteOffset(of: ", "), last != first {
                result.append(after(last, ", "))
            }
        }
        return result.filter { !$0.isEmpty }
    }

    /// `segments` of an ASCII title, read as bytes (every title of every build comes
    /// here); nil for any other title. In ASCII a character is a byte, the only brackets
    /// and dashes are `(` `[` `)` `]` `-`, and white space is a space or a tab.
    static func asciiSegments(of title: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard title.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
        func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
            var bytes = bytes
            while let first = bytes.first, first == 0x20 || first == 0x09 { bytes.removeFirst() }
            while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
            return String(decoding: bytes, as: UTF8.self)
        }
        var result: [String] = []
        var outside: [UInt8] = [], current: [UInt8] = []
        var depth = 0
        for byte in title {
            switch byte {
            case 0x28, 0x5B:
                if depth == 0 { current = [] } else { current.append(byte) }
                depth += 1
            case 0x29, 0x5D:
                if depth == 0 {
                    outside.append(byte)
                    continue
                }
                depth -= 1
                if depth == 0 { result.append(trimmed(current[...])) } else { current.append(byte) }
            default:
                if depth > 0 { current.append(byte) } else { outside.append(byte) }
            }
        }
        // Searched as the character path searches (`String`'s byte search).
        let text = String(decoding: outside, as: UTF8.self)
        for separator in [" - ", " | "] {
            if let at = text.lastByteOffset(of: separator) {
                result.append(trimmed(outside[(at + separator.utf8.count)...]))
                break
            }
        }
        if let first = text.firstByteOffset(of: ", ") {
            result.append(trimmed(outside[(first + 2)...]))
            if let last = text.lastByteOffset(of: ", "), last != first {
                result.append(trimmed(outside[(last + 2)...]))
            }
        }
        return result.filter { !$0.isEmpty }
    }

    /// Words for where and how the work is done; and what may stand beside them.
    static let workplacePhrases = ["remote", "hybrid", "onsite", "on site", "wfh", "work from home", "home based", "home office",
                                   "telecommute", "telework", "in office", "in person"]
    static let fillerWords: Set<String> = ["remote", "hybrid", "onsite", "on", "site", "wfh", "work", "from", "home", "based",
                                           "office", "in", "person", "telecommute", "telework", "fully", "100", "100%", "%",
                                           "first", "friendly", "only", "ok", "okay", "possible", "optional", "available",
                                           "eligible", "flexible", "flex", "partially", "mostly", "the", "with"]

    /// Whether `segment` says where the work is: remote work (beside names, places or
    /// nothing else), or only places.
    /// What separates the places of a segment (`Berlin / Remote`), made once.
    private static let partSeparators = CharacterSet(charactersIn: ",/;&+–—")

    static func isPlace(_ segment: String, known: KnownPlaces) -> Bool {
        // `Denver, CO`, `Berlin, Germany`, a country's name: one place, read as `location:`
        // text is; a code (`(Platform, AI)`) counts only in the job's own country.
        switch PlaceText.read(segment) {
        case .place(let location, _):
            if let country = location.country {
                let last = segment.split(separator: ",").last.map { String($0).trimmingWhitespace() } ?? ""
                if last.count > 2 || known.countries.contains(country) { return true }
            }
        case .workplace(_, let country?):
            // `Germany (Remote)`: where hires may live, a place as much as `Germany` is.
            // A code counts only in the job's own country, as above (`Remote - AI`).
            if known.countries.contains(country) || !WorkplaceWords.words(segment).contains(country.lowercased()) { return true }
        default: break
        }
        let parts = segment.components(separatedBy: partSeparators)
            .flatMap { $0.components(separatedBy: " or ") }.flatMap { $0.components(separatedBy: " and ") }
            .flatMap { $0.components(separatedBy: " - ") }
            .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard !parts.isEmpty else { return false }
        let workplace = parts.map { isWorkplace($0) || isWorkplace(besidePlaceIn: $0, known: known) }
        if workplace.contains(true) {
            return zip(parts, workplace).allSatisfy { part, isWorkplace in
                isWorkplace || known.contains(part, codes: true) || looksLikeAName(part)
            }
        }
        return parts.allSatisfy { known.contains($0, codes: false) }
    }

    /// `Remote`, `Fully remote`, `Remote-first`, `100% remote`, `On-site`.
    static func isWorkplace(_ part: String) -> Bool {
        let tokens = part.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        guard !tokens.isEmpty, tokens.allSatisfy(fillerWords.contains) else { return false }
        let phrase = " " + tokens.joined(separator: " ") + " "
        return workplacePhrases.contains { phrase.contains(" \($0) ") }
    }

    /// `US Remote`, `Remote Canada`: a workplace word with the rest of the part a place
    /// the job or the world knows (not any capitalised word: `Remote Sensing` is a field).
    static func isWorkplace(besidePlaceIn part: String, known: KnownPlaces) -> Bool {
        let words = part.split(separator: " ").map(String.init)
        guard words.count > 1 else { return false }
        let rest = words.filter { !fillerWords.contains($0.lowercased()) }
        guard rest.count < words.count, !rest.isEmpty, isWorkplace(words.filter { fillerWords.contains($0.lowercased()) }.joined(separator: " "))
        else { return false }
        return known.contains(rest.joined(separator: " "), codes: true)
    }

    /// A proper name beside remote work (`EMEA`, `US Time Zones`): up to three words,
    /// each capitalised.
    static func looksLikeAName(_ part: String) -> Bool {
        let words = part.split(separator: " ")
        return (1...3).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// The places a title may name for one job: its own cities, regions and countries,
    /// every country by name, and the US states and Canadian provinces by name.
    struct KnownPlaces {
        var names: Set<String> = []
        var codes: Set<String> = []
        var countries: Set<String> = []

        init(_ job: Job) {
            for location in job.locations {
                if let text = location.text { names.insert(ISOCodes.fold(text)) }
                if let city = location.city { names.insert(ISOCodes.fold(city)) }
                if let country = location.country {
                    countries.insert(country)
                    if let region = location.region {
                        codes.insert(region)
                        if let name = ISOCodes.subdivisions["\(country)-\(region)"] { names.insert(ISOCodes.fold(name)) }
                    }
                }
            }
            countries.formUnion(job.remoteCountries)
            codes.formUnion(countries)
        }

        func contains(_ part: String, codes allowCodes: Bool) -> Bool {
            if part.count <= 2 || part == part.uppercased() && part.count == 3 && ISOCodes.country(named: part) == nil {
                let upper = part.uppercased()
                return allowCodes && part == upper && (codes.contains(upper) || ISOCodes.countries[upper] != nil
                    || ISOCodes.subdivisions["US-\(upper)"] != nil || ISOCodes.subdivisions["CA-\(upper)"] != nil)
            }
            let folded = ISOCodes.fold(part)
            if names.contains(folded) || ISOCodes.country(folded: folded) != nil { return true }
            for country in countries.union(["US", "CA"]) where ISOCodes.subdivision(folded: folded, in: country) != nil { return true }
            return false
        }
    }
}
