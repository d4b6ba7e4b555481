/// The words of one page language: the theme's translation tables (`i18n/*.yml`)
/// looked up for the page's language, then for the site's own language, then in
/// English, the language every theme's words start from. Made once per build and
/// language; what templates see as `t`, and what the renderer writes itself (counts,
/// dates, labels, pay).
public struct UIStrings: Sendable {
    /// The page language, a BCP 47 tag as written (`de-DE`).
    public let language: String
    let entries: [String: TranslationTable.Entry]
    /// Keys whose words came from another language than the page's.
    public let borrowed: [String]
    let rule: PluralRule
    let salary: SalaryFormatter
    let months: [String]
    let datePattern: String
    /// `t` in templates: texts, lists, and plural entries as their forms (`t.x.one`).
    let template: TemplateContext

    /// The base language: the default theme's `en.yml` has every word.
    static let base = "en"

    init(tables: [String: TranslationTable], language: String, fallback: String) {
        self.language = language
        let own = Self.candidates(language)
        var chain = own
        for tag in Self.candidates(fallback) + [Self.base] where !chain.contains(tag) { chain.append(tag) }
        var entries: [String: TranslationTable.Entry] = [:]
        var borrowed: [String] = []
        for tag in chain.reversed() {
            guard let table = tables[tag] else { continue }
            entries.merge(table.entries) { _, nearer in nearer }
        }
        let ownKeys = Set(own.compactMap { tables[$0] }.flatMap(\.entries.keys))
        borrowed = entries.keys.filter { !ownKeys.contains($0) }.sorted()
        self.entries = entries
        self.borrowed = borrowed
        rule = PluralRule(language: language)
        salary = SalaryFormatter(language: language)
        // The built-in English table always has both; a number is the last resort.
        if case .list(let months)? = entries["months"], months.count == 12 { self.months = months } else { months = (1...12).map(String.init) }
        if case .text(let pattern)? = entries["date"] { datePattern = pattern } else { datePattern = "{month} {day}, {year}" }
        self.template = TemplateContext(value: entries.mapValues(Self.templateValue))
    }

    /// The words of a theme for `language` on a site written in `fallback`.
    public init(theme: Theme, language: String, fallback: String) {
        self.init(tables: theme.translations, language: language, fallback: fallback)
    }

    /// An entry as templates see it: text, a list, or plural entries with every form,
    /// those the language does not use as `other` (a template may name them all;
    /// filter.js picks one with the browser's plural rules).
    static func templateValue(_ entry: TranslationTable.Entry) -> Any {
        switch entry {
        case .text(let text): return text
        case .list(let items): return items
        case .plural(let forms):
            return Dictionary(uniqueKeysWithValues: PluralRule.Category.allCases.map { ($0.rawValue, forms[$0] ?? forms[.other] ?? "") })
        }
    }

    /// `de-DE` → `de-de`, `de`: a table for the region first, then the language's.
    static func candidates(_ tag: String) -> [String] {
        let lower = tag.lowercased().replacingAll("_", with: "-")
        let primary = lower.split(separator: "-").first.map(String.init) ?? lower
        return lower == primary ? [lower] : [lower, primary]
    }

    /// The words for `key`, `{name}` placeholders filled from `values`. A key no table
    /// has reads as itself, so a typo shows on the page instead of a blank.
    public func text(_ key: String, _ values: KeyValuePairs<String, String> = [:]) -> String {
        switch entries[key] {
        case .text(let text)?: return Self.fill(text, values)
        case .plural(let forms)?: return Self.fill(forms[.other] ?? key, values)
        case .list(let items)?: return items.joined(separator: ", ")
        case nil: return key
        }
    }

    /// The words of a text entry, or nil for a list, plural forms or an unknown key.
    func plainText(_ key: String) -> String? {
        if case .text(let text)? = entries[key] { return text }
        return nil
    }

    /// The language and every entry, to tell two sets of words apart.
    var signature: String {
        var hasher = ContentHasher()
        hasher.add(language)
        for (key, entry) in entries.sorted(by: { $0.key < $1.key }) {
            hasher.add(key)
            switch entry {
            case .text(let text): hasher.add(text)
            case .list(let items): hasher.add(items.joined(separator: "\u{1}"))
            case .plural(let forms): hasher.add(forms.sorted { $0.key.rawValue < $1.key.rawValue }.map { $0.key.rawValue + "=" + $0.value }.joined(separator: "\u{1}"))
            }
        }
        return hasher.hex
    }

    /// The plural form of `key` for `count`, with `{count}` written the language's way.
    public func count(_ key: String, _ count: Int, _ values: KeyValuePairs<String, String> = [:]) -> String {
        let pattern: String
        switch entries[key] {
        case .plural(let forms)?: pattern = forms[rule.category(count)] ?? forms[.other] ?? key
        case .text(let text)?: pattern = text
        default: pattern = key
        }
        return Self.fill(Self.fill(pattern, ["count": number(count)]), values)
    }

    public func number(_ value: Int) -> String {
        salary.grouped(Double(value), cents: false)
    }

    /// A date as people read it (`November 29, 2026`; `29. November 2026`).
    public func date(_ date: CalendarDate) -> String {
        Self.fill(datePattern, ["day": String(date.day), "month": months[date.month - 1], "year": String(date.year)])
    }

    /// One pass over the pattern, so a value that itself holds `{…}` stays as written. A
    /// `{` without a `}` after it is text.
    static func fill(_ pattern: String, _ values: KeyValuePairs<String, String>) -> String {
        guard !values.isEmpty else { return pattern }
        var ascii = pattern
        // Most patterns are ASCII, read as bytes: by characters, filling in a date or a
        // title cost ~12,000 instructions, several times a page.
        if let filled = ascii.withUTF8({ bytes in bytes.allSatisfy { $0 < 0x80 } ? asciiFill(bytes, values) : nil }) { return filled }
        guard pattern.contains("{") else { return pattern }
        var result = ""
        var rest = pattern[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = rest[rest.index(after: open)..<close]
            if let value = values.first(where: { $0.key == name })?.value {
                result += value
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// `fill` of an ASCII pattern, whose characters are its bytes.
    private static func asciiFill(_ pattern: UnsafeBufferPointer<UInt8>, _ values: KeyValuePairs<String, String>) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(pattern.count + values.reduce(0) { $0 + $1.value.utf8.count })
        var index = 0
        while index < pattern.count {
            guard pattern[index] == UInt8(ascii: "{"),
                  let close = pattern[(index + 1)...].firstIndex(of: UInt8(ascii: "}")) else {
                result.append(pattern[index])
                index += 1
                continue
            }
            let name = pattern[(index + 1)..<close]
            if let value = values.first(where: { $0.key.utf8.elementsEqual(name) })?.value {
                result += value.utf8
            } else {
                result += pattern[index...close]
            }
            index = close + 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}
