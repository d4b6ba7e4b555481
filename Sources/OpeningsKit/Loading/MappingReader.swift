import Foundation

/// Reads the keys of one YAML mapping into typed values, collecting a diagnostic
/// for every key that is missing, mistyped or unknown instead of stopping at the first.
struct MappingReader {
    let file: SourceFile
    /// What the mapping is, for messages: "job front matter", "salary".
    let subject: String
    let line: Int
    let column: Int
    private(set) var pairs: [String: (key: YAMLNode, value: YAMLNode)] = [:]
    private var order: [String] = []
    /// Every key asked for (`value`, `accept`), present or not, in the order asked: a list,
    /// not a set. A decoder asks for ~40 keys per posting, and hashing each into a set
    /// cost more than reading its value; the set is made only in `reportUnknownKeys`.
    private var read: [String] = []
    var diagnostics: [Diagnostic] = []

    /// Nil (with a diagnostic) when `node` is not a mapping.
    init?(_ node: YAMLNode, subject: String, file: SourceFile, diagnostics: inout [Diagnostic]) {
        guard case .mapping(let entries) = node.kind else {
            diagnostics.append(Diagnostic(.error, at: file.location(line: node.line, column: node.column),
                "\(subject) must be a mapping of `key: value` lines, not \(node.typeName)"))
            return nil
        }
        self.file = file
        self.subject = subject
        self.line = node.line
        self.column = node.column
        for entry in entries {
            guard let key = entry.key.scalar else {
                diagnostics.append(Diagnostic(.error, at: at(entry.key), "keys in \(subject) must be plain words"))
                continue
            }
            if pairs.updateValue(entry, forKey: key) == nil { order.append(key) }
        }
        findSeparatedNumbers(entries)
    }

    /// Required keys that are missing while a near miss of them is present.
    private var pendingMissing: [String] = []

    /// Keys other tools use (`date_posted`) present here → the key they stand for (`posted`).
    private(set) var foreign: [String: String] = [:]

    /// Notes which keys are another tool's name for one of ours (`FieldAliases`), before
    /// any is read, so a required field written under a foreign name is not also "missing".
    /// - Parameter known: the mapping's own keys, skipped without normalising (most keys are).
    mutating func recognise(_ aliases: [String: String], known: Set<String>) {
        for key in order where !known.contains(key) {
            let normalised = FieldAliases.normalise(key)
            if let target = FieldAliases.target(of: key, in: aliases, known: known), pairs[target] == nil || pairs[target]!.value.isNull {
                // `published: true` and `hidden: false` change nothing; only the other way round hides a posting.
                if target == "draft", !FieldAliases.meansDraft(key: normalised, value: pairs[key]?.value.scalar ?? "") { continue }
                foreign[key] = target
            }
        }
    }

    /// Keys whose number was cut at a thousands separator: already reported, read as absent.
    private var cutNumbers: Set<String> = []

    /// `{ min: 95,000 }`: in a flow mapping the comma ends the value, so YAML reads
    /// `min: 95` and a key `000` with no value. Reported once, at the number, and the
    /// cut value is not used: 95 would be a wrong salary.
    private mutating func findSeparatedNumbers(_ entries: [(key: YAMLNode, value: YAMLNode)]) {
        var index = 1
        while index < entries.count {
            let previous = entries[index - 1]
            guard let name = previous.key.scalar, case .scalar(let head, plain: true) = previous.value.kind,
                  !head.isEmpty, head.allSatisfy(\.isASCIIDigit) else { index += 1; continue }
            var groups: [String] = []
            while index < entries.count, case .scalar(let group, plain: true) = entries[index].key.kind,
                  group.count == 3, group.allSatisfy(\.isASCIIDigit), entries[index].value.isNull,
                  entries[index].key.line == previous.value.line {
                groups.append(group)
                if let position = order.firstIndex(of: group) { order.remove(at: position) }
                pairs[group] = nil
                index += 1
            }
            if !groups.isEmpty {
                let written = ([head] + groups).joined(separator: ",")
                cutNumbers.insert(name)
                error(previous.value, "`\(name): \(written)` has a thousands separator; inside `{ … }` the comma ends the value, so YAML reads \(head)",
                      hint: "write `\(name): \(([head] + groups).joined())`, without separators")
            }
            index += 1
        }
    }

    func at(_ node: YAMLNode) -> SourceLocation { file.location(line: node.line, column: node.column) }

    /// The key's position, or the mapping's when the key is absent.
    func location(of key: String) -> SourceLocation {
        pairs[key].map { at($0.key) } ?? file.location(line: line, column: column)
    }

    var keyLocations: [String: SourceLocation] {
        pairs.mapValues { at($0.key) }
    }

    func has(_ key: String) -> Bool { pairs[key].map { !$0.value.isNull } ?? false }

    mutating func error(_ node: YAMLNode, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(.error, at: at(node), message, hint: hint))
    }

    mutating func warning(_ node: YAMLNode, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(.warning, at: at(node), message, hint: hint))
    }

    /// The value of `key`, marking it read; nil when absent or null.
    mutating func value(_ key: String, required: Bool = false) -> YAMLNode? {
        read.append(key)
        if !cutNumbers.isEmpty, cutNumbers.contains(key) { return nil }
        guard let value = pairs[key]?.value, !value.isNull else {
            // `date_posted:` instead of `posted:` is reported once, at the foreign key.
            if required, !foreign.values.contains(key) {
                if pairs[key] == nil, order.contains(where: { $0 != key && Suggestion.closest(to: $0, in: [key]) != nil }) {
                    // `nmae:` for `name:` is one mistake: decided in `reportUnknownKeys`.
                    pendingMissing.append(key)
                } else {
                    diagnostics.append(Diagnostic(.error, at: location(of: key),
                        pairs[key] == nil ? "missing required field `\(key)` in \(subject)" : "`\(key)` is empty",
                        hint: pairs[key] == nil ? "add `\(key): …`" : nil))
                }
            }
            return nil
        }
        return value
    }

    /// Marks keys as known without reading them (aliases handled elsewhere).
    mutating func accept(_ keys: String...) { read += keys }

    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let node = value(key, required: required) else { return nil }
        return text(node, key: key)
    }

    /// A scalar as text; `key` names it in the error.
    /// - Parameter isItem: `node` is an item of the list `key`, for messages.
    mutating func text(_ node: YAMLNode, key: String, isItem: Bool = false) -> String? {
        // Made only for a finding: most values have none.
        var name: String { isItem ? "a `\(key)` item" : "`\(key)`" }
        let written = { (value: String) in isItem ? "- \"\(value)\"" : "\(key): \"\(value)\"" }
        guard let text = node.scalar else {
            // `apply_url: {id}` or `title: [Remote] Engineer`: YAML read the braces or brackets.
            var hint: String?
            if case .mapping(let pairs) = node.kind, pairs.count == 1, pairs[0].value.isNull, let inner = pairs[0].key.scalar {
                hint = "a value that starts with `{` must be quoted: `\(written("{" + inner + "}…"))`"
            } else if case .mapping(let pairs) = node.kind, pairs.count == 1, let inner = pairs[0].key.scalar,
                      let value = pairs[0].value.scalar, !value.isEmpty {
                hint = "the value contains `: `; put it in quotes: `\(written(inner + ": " + value))`"
            } else if case .sequence = node.kind {
                hint = "a value that starts with `[` must be quoted"
            }
            error(node, "\(name) must be text, not \(node.typeName)", hint: hint)
            return nil
        }
        var trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty {
            error(node, "\(name) is empty")
            return nil
        }
        // Pasted text can carry characters nobody sees: they would end up in ids and links.
        if trimmed.utf8.contains(where: { $0 == 0xE2 || $0 == 0xEF || $0 == 0xC2 }),
           let invisible = trimmed.unicodeScalars.first(where: { Self.invisible.contains($0.value) }) {
            warning(node, "`\(key)` contains an invisible character (U+\(String(invisible.value, radix: 16, uppercase: true))), probably pasted with the text",
                    hint: "retype the value; the character is left out")
            trimmed = String(String.UnicodeScalarView(trimmed.unicodeScalars.filter { !Self.invisible.contains($0.value) }))
        }
        // `Research &amp; Development` from an HTML export: escaped again, readers would see `&amp;`.
        if trimmed.utf8.contains(UInt8(ascii: "&")), let entity = ["&amp;", "&nbsp;", "&lt;", "&gt;", "&quot;", "&#39;", "&rsquo;"].first(where: trimmed.containsBytes) {
            warning(node, "`\(key)` contains the HTML entity `\(entity)`, which the page would show as written",
                    hint: "write the character itself (`&`, a space, `<`, `’`)")
        }
        // A word processor's quotes are not YAML quotes: they would be published as part of the value.
        // (The length is counted last: it walks the whole value, and most values have no such quotes.)
        // All of them start with a byte above ASCII, and so do their last bytes.
        if case .scalar(_, plain: true) = node.kind, let firstByte = trimmed.utf8.first, let lastByte = trimmed.utf8.last,
           firstByte >= 0x80, lastByte >= 0x80, let first = trimmed.first, let last = trimmed.last,
           "“‘„‚«".contains(first), "”’“‘»".contains(last), trimmed.count > 2 {
            warning(node, "`\(key)` is wrapped in curly quotes (\(first)…\(last)), which YAML keeps as part of the text",
                    hint: "use straight quotes \"…\" or none; the curly quotes are left out of the page")
            trimmed = String(trimmed.dropFirst().dropLast()).trimmingWhitespace()
        }
        return trimmed
    }

    /// A list of texts; a single text is taken as a one-item list.
    mutating func stringList(_ key: String) -> [String]? {
        guard let node = value(key) else { return nil }
        return textList(node, key: key)
    }

    mutating func textList(_ node: YAMLNode, key: String) -> [String]? {
        switch node.kind {
        case .scalar:
            guard let value = text(node, key: key) else { return nil }
            // `benefits: "• Medical • 401(k)"`, pasted from a document: the bullets were the list.
            if value.contains("•") {
                let items = value.split(separator: "•").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
                if items.count > 1 {
                    warning(node, "`\(key)` is one text with • bullets; it was read as \(items.count) items",
                            hint: "write a YAML list, one `- item` per line")
                    return items
                }
            }
            return [value]
        case .sequence(let items):
            var result: [String] = []
            for item in items {
                if item.isNull { continue }
                if let value = text(item, key: key, isItem: true) { result.append(value) }
            }
            return result
        case .mapping:
            error(node, "`\(key)` must be a list of texts, not a mapping", hint: "write one `- item` per line")
            return nil
        }
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let node = value(key) else { return nil }
        switch node.scalar?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            error(node, "`\(key)` must be true or false")
            return nil
        }
    }

    mutating func date(_ key: String, required: Bool = false) -> CalendarDate? {
        guard let node = value(key, required: required) else { return nil }
        return date(node, key: key)
    }

    mutating func date(_ node: YAMLNode, key: String) -> CalendarDate? {
        guard let text = node.scalar else {
            error(node, "`\(key)` must be a date like 2026-11-01, not \(node.typeName)")
            return nil
        }
        if let date = CalendarDate(iso: text) { return date }
        switch WrittenDate.read(text) {
        case .date(let date):
            // The day is clear, so the posting is built with it; the warning keeps files uniform.
            warning(node, "`\(key)` is written `\(text)`; dates are written YYYY-MM-DD", hint: "write `\(date)`")
            return date
        case .impossible:
            error(node, "`\(key)` is \(text), a date that does not exist", hint: "check the month and day")
        case .unreadable:
            error(node, "`\(key)` must be a date in the form YYYY-MM-DD, not `\(text)`",
                  hint: text.contains("/") || text.filter({ $0 == "." }).count == 2
                    ? "write year, month and day, e.g. 2026-11-01: `\(text)` means different days in different countries"
                    : "write year, month and day, e.g. 2026-11-01")
        }
        return nil
    }

    mutating func number(_ node: YAMLNode, key: String) -> Double? {
        // `84.000`: a thousands separator in much of Europe, a decimal point to YAML.
        if case .scalar(let text, plain: true) = node.kind, Self.hasDotThousands(text) {
            error(node, "`\(key): \(text)` reads as \(text.split(separator: ".")[0]): in YAML a dot is a decimal point",
                  hint: "write `\(key): \(text.replacingAll(".", with: ""))` for \(text.replacingAll(".", with: ",")), without separators")
            return nil
        }
        guard case .scalar(let text, let plain) = node.kind, plain,
              let value = Double(text.replacingAll("_", with: "")), value.isFinite,
              text.first.map({ $0.isASCIIDigit || $0 == "-" || $0 == "+" || $0 == "." }) == true
        else {
            let shown = node.scalar.map { " `\($0)`" } ?? ""
            error(node, "`\(key)` must be a number, not \(node.scalar == nil ? node.typeName : "text")\(shown)",
                  hint: node.scalar.flatMap(Self.digitsOnly).map {
                      ["min", "max"].contains(key)
                        ? "write `\(key): \($0)`: digits only, without separators or currency signs (the currency goes in `currency:`)"
                        : "write `\(key): \($0)`: digits only, without separators"
                  } ?? (node.scalar.flatMap { Double($0) } != nil ? "write it without quotes"
                        : ["min", "max"].contains(key) ? "write digits only, e.g. 68000" : "write digits only, e.g. `\(key): 3`"))
            return nil
        }
        return value
    }

    /// Zero-width spaces and joiners, the word joiner, a byte-order mark and the soft hyphen.
    static let invisible: Set<UInt32> = [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD]

    /// `84.000`, `1.250.000`: groups of three digits after dots.
    static func hasDotThousands(_ text: String) -> Bool {
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count >= 2, let head = groups.first, (1...3).contains(head.count), head.allSatisfy(\.isASCIIDigit) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(\.isASCIIDigit) }
    }

    /// `$95,000`, `95 000`, `€68k` as the digits to write, when that reading is clear.
    /// `95.000` is not: a dot is a decimal point in some countries and a separator in others.
    static func digitsOnly(_ text: String) -> String? {
        var kept = text.trimmingWhitespace().filter { !"$€£¥ ,_'\u{00A0}\u{202F}".contains($0) }
        for code in ["USD", "EUR", "GBP", "CAD", "usd", "eur", "gbp", "cad"] where kept.hasSuffix(code) || kept.hasPrefix(code) {
            kept = kept.replacingAll(code, with: "")
        }
        var multiplier = 1
        if kept.last == "k" || kept.last == "K" { multiplier = 1000; kept.removeLast() }
        guard !kept.isEmpty, kept.allSatisfy(\.isASCIIDigit), kept != text, let value = Int(kept) else { return nil }
        let (product, overflow) = value.multipliedReportingOverflow(by: multiplier)
        return overflow ? nil : String(product)
    }

    /// One of a fixed set of words.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) -> T? where T.RawValue == String {
        guard let node = value(key), let text = text(node, key: key) else { return nil }
        if let value = T(rawValue: text) { return value }
        if let value = T(rawValue: text.lowercased().replacingAll("-", with: "_")) { return value }
        let allowed = T.allCases.map(\.rawValue)
        let suggestion = Suggestion.closest(to: text, in: allowed)
        error(node, "`\(key)` is `\(text)`, which is not one of \(allowed.joined(separator: ", "))",
              hint: suggestion.map { "did you mean `\($0)`?" })
        return nil
    }

    /// Reports keys nobody read. A near miss of a known key is an error: the value
    /// the author meant to set is silently missing. Other unknown keys are warnings.
    /// - Returns: the known keys the near misses were taken for (`salray` → `salary`).
    @discardableResult
    mutating func reportUnknownKeys(known extra: [String] = []) -> Set<String> {
        let known = Set(read).union(extra)
        var meant: Set<String> = []
        for key in order where !known.contains(key) {
            guard let pair = pairs[key] else { continue }
            if let target = foreign[key] {
                // `salary_min` and `salary_max` are one mistake; the hint shows both.
                guard meant.insert(target).inserted else { continue }
                error(pair.key, "`\(key)` is not an Openings field, so its value is not used",
                      hint: "write it as \(FieldAliases.example(for: target, foreignKey: key, in: self))")
                continue
            }
            if let suggestion = Suggestion.closest(to: key, in: known.sorted()) {
                meant.insert(suggestion)
                error(pair.key, "unknown key `\(key)` in \(subject)", hint: "did you mean `\(suggestion)`?")
            } else {
                warning(pair.key, "unknown key `\(key)` in \(subject) is ignored",
                        hint: "remove it, or see the fields listed in README.md")
            }
        }
        // A required key whose near miss turned out to be another known key is missing after all.
        for key in pendingMissing where !meant.contains(key) {
            diagnostics.append(Diagnostic(.error, at: location(of: key), "missing required field `\(key)` in \(subject)",
                                          hint: "add `\(key): …`"))
        }
        pendingMissing = []
        return meant
    }

    /// Whether an error was reported since `count` findings: `errors(since: before)`.
    func errors(since count: Int) -> Bool {
        diagnostics[count...].contains { $0.severity == .error }
    }
}

extension String {
    /// Without leading and trailing white space (Unicode's White_Space). Most values
    /// have none, and then this returns the string itself: Foundation's
    /// `trimmingCharacters(in:)` copies through NSString every time.
    func trimmingWhitespace() -> String {
        // Most values start and end with a visible ASCII character: nothing to trim, and
        // no Unicode property to look up (every front matter value comes here).
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
           !Self.isASCIIWhitespace(first), !Self.isASCIIWhitespace(last) {
            return self
        }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        guard first.properties.isWhitespace || last.properties.isWhitespace else { return self }
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    /// The ASCII characters with Unicode's White_Space property: tab to carriage return, space.
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool { (0x09...0x0D).contains(byte) || byte == 0x20 }
}
