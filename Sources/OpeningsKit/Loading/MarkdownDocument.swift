/// A Markdown file with YAML front matter, split and parsed, positions kept.
struct MarkdownDocument {
    var frontMatter: YAMLNode
    var body: String
    var bodyFirstLine: Int

    static func read(_ file: SourceFile, diagnostics: inout [Diagnostic]) -> MarkdownDocument? {
        switch FrontMatter.split(file.text) {
        case .failure(.missing):
            let firstLine = file.text.prefix { $0 != "\n" }.trimmingTrailingSpaces()
            if firstLine == "+++" {
                diagnostics.append(Diagnostic(.error, at: file.location(line: 1, column: 1),
                    "front matter in TOML (`+++`, Hugo's), which Openings does not read",
                    hint: "write the fields as YAML between `---` lines: `title = \"X\"` becomes `title: X`"))
                return nil
            }
            let hint = firstLine.isEmpty && file.text.contains("\n---")
                ? "remove the blank line(s) before the opening `---`"
                : "start the file with a line `---`, the YAML fields, and another `---`"
            diagnostics.append(Diagnostic(.error, at: file.location(line: 1, column: 1),
                "missing front matter", hint: hint))
            return nil
        case .failure(.unclosed):
            // `----` or `—` typed for the closing line is the usual cause: point at it.
            let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
            if let index = lines.indices.dropFirst().first(where: {
                let line = lines[$0].trimmingTrailingSpaces()
                return line.count >= 2 && (line.allSatisfy { $0 == "-" } || line.allSatisfy { $0 == "—" || $0 == "–" })
            }) {
                diagnostics.append(Diagnostic(.error, at: file.location(line: index + 1, column: 1),
                    "`\(lines[index].trimmingTrailingSpaces())` does not close the front matter: it must be exactly three hyphens",
                    hint: "write `---`"))
                return nil
            }
            diagnostics.append(Diagnostic(.error, at: file.location(line: 1, column: 1),
                "front matter opened here is never closed", hint: "add a line `---` after the last field"))
            return nil
        case .success(let split):
            switch YAMLReader.parse(split.yaml, firstLine: split.yamlFirstLine, file: file) {
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                return nil
            case .success(let node):
                let root = node ?? YAMLNode(kind: .mapping([]), line: split.yamlFirstLine, column: 1)
                return MarkdownDocument(frontMatter: root, body: split.body, bodyFirstLine: split.bodyFirstLine)
            }
        }
    }
}
