/// Open-ended pay written in a posting's text: "$70,000 and up", "starting at
/// €50k", "up to $90,000", "ab 60.000 €". Laws that ask for a range want both ends
/// (Colorado's rules say so outright: 7 CCR 1103-13, Rule 2.2), so text like this
/// contradicts the range the page shows from `salary:`.
///
/// Precision first: only an amount with a currency, on a line that speaks of pay
/// (salary, pay, base, compensation, wage, rate, Gehalt, salaire, …) and not of a
/// bonus, budget or allowance, and not part of a range ("from $70,000 to $90,000").
enum OpenEndedPay {
    /// Words before an amount that leave the other end open, longest first so "a
    /// minimum of" wins over "minimum of".
    static let before = ["starting at", "starting from", "starts at", "beginning at", "from", "at least", "a minimum of", "minimum of",
                         "minimum", "up to", "as much as", "ab", "bis zu", "mindestens", "à partir de", "jusqu'à", "jusqu’à", "au moins",
                         "desde", "hasta", "a partir de", "vanaf", "tot", "minimaal", "od", "do", "powyżej"].sorted { $0.count > $1.count }
    /// Words after an amount that leave the top open.
    static let after = ["and up", "and above", "or more", "or higher", "+", "und mehr", "et plus", "o más", "of meer", "i więcej"]
    /// A line must speak of pay…
    static let payWords = ["salary", "pay", "base", "compensation", "wage", "rate", "ote", "gehalt", "vergütung", "verdienst",
                           "salaire", "rémunération", "salario", "sueldo", "salaris", "loon", "wynagrodzenie", "pensja", "stipendio",
                           "retribuzione"]
    /// …and not of money that is not pay.
    static let otherMoney = ["bonus", "budget", "stipend", "allowance", "relocation", "signing", "sign-on", "learning",
                             "401", "reimburse", "referral", "per diem", "expense", "prämie", "prime", "tuition"]

    private static let currencySymbols: Set<Character> = ["$", "€", "£", "¥", "₹"]
    private static let currencyCodes = ["usd", "eur", "gbp", "cad", "aud", "chf", "pln", "zł", "sek", "nok", "dkk", "czk", "huf", "ron",
                                        "euro", "euros", "dollars"]

    struct Amount { var start: Int; var end: Int }

    static func find(in scanner: TextScanner) -> [TextScanner.Match] {
        var result: [TextScanner.Match] = []
        for line in scanner.lines where line.isBody && !line.words.isEmpty && !line.isComment {
            // Most lines have no figure: an ASCII line without a digit is passed over unread.
            let bytes = scanner.bytes[line.bytes]
            guard bytes.contains(where: { ($0 >= 0x30 && $0 <= 0x39) || $0 >= 0x80 }) else { continue }
            let scalars = scanner.scalars(of: line)
            guard scalars.contains(where: { $0.properties.numericType != nil }) else { continue }
            let characters = scalars.map { Character($0) }
            // Lower-cased one character at a time, so indexes stay the line's columns.
            let chars = characters.map { character -> Character in
                let lower = String(character).lowercased()
                return lower.count == 1 ? Character(lower) : character
            }
            let lower = String(chars)
            guard payWords.contains(where: { Self.containsWord(lower, $0) }),
                  !otherMoney.contains(where: { lower.contains($0) }) else { continue }
            for amount in amounts(chars) {
                if let phrase = openBefore(chars, amount) ?? openAfter(chars, amount) {
                    let text = String(characters[phrase.start..<phrase.end]).trimmingWhitespace()
                    result.append(TextScanner.Match(line: line.number, column: phrase.start + 1, text: text))
                }
            }
        }
        return result
    }

    /// Whether `word` stands in `text` as a whole word (no letter on either side).
    static func containsWord(_ text: String, _ word: String) -> Bool {
        var rest = Substring(text)
        while let range = rest.range(of: word) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return true }
            rest = text[range.upperBound...]
        }
        return false
    }

    /// Amounts with a currency: `$70,000`, `70.000 €`, `USD 120k`, `€50k`.
    static func amounts(_ chars: [Character]) -> [Amount] {
        var result: [Amount] = []
        var index = 0
        while index < chars.count {
            guard chars[index].isNumber, index == 0 || !chars[index - 1].isNumber else { index += 1; continue }
            var end = index
            while end < chars.count, chars[end].isNumber || ((chars[end] == "," || chars[end] == "." || chars[end] == "'" || chars[end] == "\u{202F}")
                                                               && end + 1 < chars.count && chars[end + 1].isNumber) { end += 1 }
            if end < chars.count, chars[end] == "k" || chars[end] == "K" { end += 1 }
            var start = index
            var hasCurrency = false
            // A symbol or code just before: `$70,000`, `USD 70,000`, `$ 70k`.
            var look = start - 1
            while look >= 0, chars[look] == " " { look -= 1 }
            if look >= 0, currencySymbols.contains(chars[look]) { start = look; hasCurrency = true }
            else if let code = currencyCodes.first(where: { suffix(chars, upTo: look + 1) == $0 }) { start = look + 1 - code.count; hasCurrency = true }
            // Or just after: `70.000 €`, `70,000 USD`, `5000 zł`.
            var tail = end
            while tail < chars.count, chars[tail] == " " { tail += 1 }
            if tail < chars.count, currencySymbols.contains(chars[tail]) { end = tail + 1; hasCurrency = true }
            else if let code = currencyCodes.first(where: { prefix(chars, from: tail) == $0 && (tail + $0.count == chars.count || !chars[tail + $0.count].isLetter) }) {
                end = tail + code.count; hasCurrency = true
            }
            if hasCurrency { result.append(Amount(start: start, end: end)) }
            index = max(end, index + 1)
        }
        return result
    }

    private static func suffix(_ chars: [Character], upTo end: Int) -> String? {
        guard end > 0 else { return nil }
        var start = end
        while start > 0, chars[start - 1].isLetter { start -= 1 }
        return start < end ? String(chars[start..<end]) : nil
    }

    private static func prefix(_ chars: [Character], from start: Int) -> String {
        var end = start
        while end < chars.count, chars[end].isLetter { end += 1 }
        return String(chars[start..<end])
    }

    /// "starting at $70,000" not followed by "to $90,000" or "– 90,000".
    private static func openBefore(_ chars: [Character], _ amount: Amount) -> Amount? {
        var end = amount.start
        while end > 0, chars[end - 1] == " " { end -= 1 }
        for word in before {
            let start = end - word.count
            guard start >= 0, String(chars[start..<end]) == word, start == 0 || !chars[start - 1].isLetter else { continue }
            return continuesAsRange(chars, after: amount.end) ? nil : Amount(start: start, end: amount.end)
        }
        return nil
    }

    /// "$70,000 and up", "$70k+".
    private static func openAfter(_ chars: [Character], _ amount: Amount) -> Amount? {
        var start = amount.end
        while start < chars.count, chars[start] == " " { start += 1 }
        for word in after {
            let end = start + word.count
            guard end <= chars.count, String(chars[start..<end]) == word, end == chars.count || !chars[end].isLetter else { continue }
            if word == "+", end < chars.count, chars[end].isNumber { continue }
            return Amount(start: amount.start, end: end)
        }
        return nil
    }

    /// Whether a range's other end follows: "– 90,000", "to $90k", "bis 80.000 €".
    private static func continuesAsRange(_ chars: [Character], after end: Int) -> Bool {
        var index = end
        while index < chars.count, chars[index] == " " { index += 1 }
        for joiner in ["-", "–", "—", "to", "and", "bis", "à", "a", "et", "y", "tot", "en", "do", "i"] {
            let stop = index + joiner.count
            guard stop <= chars.count, String(chars[index..<stop]) == joiner else { continue }
            var next = stop
            while next < chars.count, chars[next] == " " || currencySymbols.contains(chars[next]) { next += 1 }
            if next < chars.count, chars[next].isNumber { return true }
            if let code = currencyCodes.first(where: { prefix(chars, from: next) == $0 }) {
                next += code.count
                while next < chars.count, chars[next] == " " { next += 1 }
                if next < chars.count, chars[next].isNumber { return true }
            }
        }
        return false
    }
}
