/// One `i18n/<language>.yml` file of a theme: the words it gives, each with where
/// it is written, so a finding about a word points at its line.
///
/// A value is text, a list (`months`), or plural forms (`one`, `few`, `many`,
/// `other`; `other` required). Keys are plain words; unknown ones are kept, since a
/// theme's own templates may use words the default theme does not have.
public struct TranslationTable: Sendable {
    public enum Entry: Sendable, Equatable {
        case text(String)
        case list([String])
        case plural([PluralRule.Category: String])
    }

    /// The file's language as written in its name (`de`, `pt-BR`), lowercased.
    public var language: String
    public var path: String
    public var entries: [String: Entry]
    public var locations: [String: SourceLocation]

    /// Parses `file`, adding a finding per entry that cannot be read (the entry is left out).
    static func parse(_ file: SourceFile, language: String, diagnostics: inout [Diagnostic]) -> TranslationTable {
        var table = TranslationTable(language: language.lowercased(), path: file.displayPath, entries: [:], locations: [:])
        let root: YAMLNode
        switch YAMLReader.parse(file.text, firstLine: 1, file: file) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return table
        case .success(nil):
            return table
        case .success(let node?):
            root = node
        }
        guard case .mapping(let pairs) = root.kind else {
            diagnostics.append(Diagnostic(.error, at: file.location(line: root.line, column: root.column),
                "a translation file is a mapping of `key: words` lines, not \(root.typeName)",
                hint: "see Themes/default/i18n/en.yml"))
            return table
        }
        for (keyNode, value) in pairs {
            guard let key = keyNode.scalar else { continue }
            let at = file.location(line: keyNode.line, column: keyNode.column)
            switch value.kind {
            case .scalar(let text, _):
                table.entries[key] = .text(text)
            case .sequence(let items):
                let texts = items.compactMap(\.scalar)
                guard texts.count == items.count else {
                    diagnostics.append(Diagnostic(.error, at: at, "`\(key)` lists something that is not text",
                                                  hint: "write each item as plain words"))
                    continue
                }
                table.entries[key] = .list(texts)
            case .mapping(let forms):
                var plural: [PluralRule.Category: String] = [:]
                var unknown: [String] = []
                for (formKey, formValue) in forms {
                    guard let name = formKey.scalar else { continue }
                    if let category = PluralRule.Category(rawValue: name), let text = formValue.scalar {
                        plural[category] = text
                    } else {
                        unknown.append(name)
                    }
                }
                guard unknown.isEmpty, plural[.other] != nil else {
                    diagnostics.append(Diagnostic(.error, at: at,
                        unknown.isEmpty ? "`\(key)` gives plural forms without `other`"
                            : "`\(key)` has forms `\(unknown.joined(separator: "`, `"))`, which are not plural forms",
                        hint: "write `one:`, `few:`, `many:` as the language needs, and always `other:`"))
                    continue
                }
                table.entries[key] = .plural(plural)
            }
            table.locations[key] = at
        }
        if case .list(let months)? = table.entries["months"], months.count != 12 {
            diagnostics.append(Diagnostic(.error, at: table.locations["months"]!,
                "`months` names \(months.count) months, not 12", hint: "list January to December, in order"))
            table.entries["months"] = nil
        }
        return table
    }
}
