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
    private var read: Set<String> = []
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
            if pairs[key] == nil { order.append(key) }
            pairs[key] = entry
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
        read.insert(key)
        guard let value = pairs[key]?.value, !value.isNull else {
            if required {
                diagnostics.append(Diagnostic(.error, at: location(of: key),
                    pairs[key] == nil ? "missing required field `\(key)` in \(subject)" : "`\(key)` is empty",
                    hint: pairs[key] == nil ? "add `\(key): …`" : nil))
            }
            return nil
        }
        return value
    }

    /// Marks keys as known without reading them (aliases handled elsewhere).
    mutating func accept(_ keys: String...) { read.formUnion(keys) }

    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let node = value(key, required: required) else { return nil }
        return text(node, key: key)
    }

    /// A scalar as text; `key` names it in the error.
    mutating func text(_ node: YAMLNode, key: String) -> String? {
        guard let text = node.scalar else {
            error(node, "`\(key)` must be text, not \(node.typeName)")
            return nil
        }
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty {
            error(node, "`\(key)` is empty")
            return nil
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
            return text(node, key: key).map { [$0] }
        case .sequence(let items):
            var result: [String] = []
            for item in items {
                if item.isNull { continue }
                if let value = text(item, key: "\(key)` item `") { result.append(value) }
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
        let parts = text.split(separator: "-")
        if parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) {
            error(node, "`\(key)` is \(text), a date that does not exist", hint: "check the month and day")
        } else {
            error(node, "`\(key)` must be a date in the form YYYY-MM-DD, not `\(text)`", hint: "write e.g. 2026-11-01")
        }
        return nil
    }

    mutating func number(_ node: YAMLNode, key: String) -> Double? {
        guard case .scalar(let text, let plain) = node.kind, plain,
              let value = Double(text.replacingAll("_", with: "")), value.isFinite,
              text.first.map({ $0.isASCIIDigit || $0 == "-" || $0 == "+" || $0 == "." }) == true
        else {
            let shown = node.scalar.map { " `\($0)`" } ?? ""
            error(node, "`\(key)` must be a number, not \(node.scalar == nil ? node.typeName : "text")\(shown)",
                  hint: "write digits only, e.g. 68000")
            return nil
        }
        return value
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
        let known = read.union(extra)
        var meant: Set<String> = []
        for key in order where !known.contains(key) {
            guard let pair = pairs[key] else { continue }
            if let suggestion = Suggestion.closest(to: key, in: known.sorted()) {
                meant.insert(suggestion)
                error(pair.key, "unknown key `\(key)` in \(subject)", hint: "did you mean `\(suggestion)`?")
            } else {
                warning(pair.key, "unknown key `\(key)` in \(subject) is ignored",
                        hint: "remove it, or see the fields listed in README.md")
            }
        }
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
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        guard first.properties.isWhitespace || last.properties.isWhitespace else { return self }
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }
}
