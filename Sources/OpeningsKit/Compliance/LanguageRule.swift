/// A wording rule: terms to find in a posting and what to say about them.
public struct LanguageRule: Sendable {
    public var id: String
    public var severity: Diagnostic.Severity
    /// `{match}` is replaced by the text found.
    public var message: String
    public var suggestion: String?
    public var terms: [TermPattern]
}

/// A term of one or more words; a word ending in `*` matches any ending.
public struct TermPattern: Sendable, Hashable {
    public var words: [String]

    public init(_ text: String) {
        words = TextScanner.wordTexts(in: text.lowercased())
        if text.hasSuffix("*"), !words.isEmpty { words[words.count - 1] += "*" }
    }

    func matches(_ word: String, at index: Int) -> Bool {
        let pattern = words[index]
        if pattern.hasSuffix("*") { return word.hasPrefix(pattern.dropLast()) }
        return word == pattern
    }
}

/// The built-in rules of `Data/language-rules.yml`, parsed once.
public struct LanguageRuleSet: Sendable {
    public var rules: [LanguageRule]
    public var codedID = "coded-balance"
    public var codedSeverity: Diagnostic.Severity = .warning
    public var codedThreshold = 6
    public var masculine: [TermPattern] = []
    public var feminine: [TermPattern] = []
    public var payHistory: [TermPattern] = []
    public var canadianExperience: [TermPattern] = []

    static let builtIn: LanguageRuleSet = {
        var diagnostics: [Diagnostic] = []
        let set = parse(EmbeddedData.languageRules, diagnostics: &diagnostics)
        precondition(diagnostics.isEmpty, "Data/language-rules.yml: \(diagnostics.map(\.formatted))")
        return set
    }()

    static func parse(_ text: String, diagnostics: inout [Diagnostic]) -> LanguageRuleSet {
        let file = SourceFile(relativePath: "Data/language-rules.yml", displayPath: "Data/language-rules.yml", text: text)
        var set = LanguageRuleSet(rules: [])
        guard case .success(let root?) = YAMLReader.parse(text, firstLine: 1, file: file),
              var reader = MappingReader(root, subject: "language rules", file: file, diagnostics: &diagnostics) else { return set }
        if let node = reader.value("rules", required: true), case .sequence(let items) = node.kind {
            for item in items {
                if let rule = parseRule(item, file: file, diagnostics: &reader.diagnostics) { set.rules.append(rule) }
            }
        }
        if let node = reader.value("coded"), var coded = MappingReader(node, subject: "coded", file: file, diagnostics: &reader.diagnostics) {
            set.codedID = coded.string("id") ?? set.codedID
            set.codedSeverity = coded.choice("severity", Diagnostic.Severity.self) ?? .warning
            set.codedThreshold = coded.value("threshold").flatMap { coded.number($0, key: "threshold") }.map { Int($0) } ?? 6
            set.masculine = (coded.stringList("masculine") ?? []).map(TermPattern.init)
            set.feminine = (coded.stringList("feminine") ?? []).map(TermPattern.init)
            coded.reportUnknownKeys()
            reader.diagnostics += coded.diagnostics
        }
        if let node = reader.value("wording"), var wording = MappingReader(node, subject: "wording", file: file, diagnostics: &reader.diagnostics) {
            set.payHistory = (wording.stringList("pay_history") ?? []).map(TermPattern.init)
            set.canadianExperience = (wording.stringList("canadian_experience") ?? []).map(TermPattern.init)
            wording.reportUnknownKeys()
            reader.diagnostics += wording.diagnostics
        }
        reader.reportUnknownKeys()
        diagnostics += reader.diagnostics
        return set
    }

    /// One rule from a mapping with id, severity, message, suggestion and terms
    /// (shared by the built-in table and `language_rules.custom` in site.yml).
    static func parseRule(_ node: YAMLNode, file: SourceFile, diagnostics: inout [Diagnostic]) -> LanguageRule? {
        guard var rule = MappingReader(node, subject: "language rule", file: file, diagnostics: &diagnostics) else { return nil }
        defer { diagnostics += rule.diagnostics }
        let id = rule.string("id", required: true)
        let severity = rule.choice("severity", Diagnostic.Severity.self) ?? .warning
        let message = rule.string("message") ?? "“{match}”"
        let suggestion = rule.string("suggestion")
        let terms = rule.value("terms", required: true).flatMap { rule.textList($0, key: "terms") } ?? []
        rule.reportUnknownKeys()
        guard let id, !terms.isEmpty else { return nil }
        return LanguageRule(id: id, severity: severity, message: message, suggestion: suggestion, terms: terms.map(TermPattern.init))
    }
}

/// Per-site changes to the language rules (`language_rules:` in site.yml).
public struct LanguageRuleSettings: Sendable {
    public var disabled: Set<String> = []
    public var severities: [String: Diagnostic.Severity] = [:]
    public var custom: [LanguageRule] = []

    public init() {}
}
