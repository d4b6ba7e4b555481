import Foundation

/// Machine-readable forms of findings, for CI.
public enum DiagnosticReport {
    /// `{"version":1,"errors":N,"warnings":N,"diagnostics":[{file,line,column,severity,message,hint}]}`
    /// (documented in docs/check-json.md).
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let notes = diagnostics.filter { $0.severity == .note }.count
        let items: [JSONValue] = diagnostics.map { d in
            .object([
                "file": .string(d.location.path), "line": .number(Double(d.location.line)),
                "column": .number(Double(d.location.column)), "severity": .string(d.severity.rawValue),
                "message": .string(d.message), "hint": .string(d.hint) ?? .null, "rule": .string(d.rule) ?? .null,
            ])
        }
        return JSONValue.object([
            "version": .number(1), "errors": .number(Double(errors)),
            "warnings": .number(Double(diagnostics.count - errors - notes)), "notes": .number(Double(notes)),
            "diagnostics": .array(items),
        ]).serialized(pretty: true)
    }

    /// A GitHub Actions workflow command, so the finding shows on its line in a pull request.
    public static func githubAnnotation(_ d: Diagnostic) -> String {
        func property(_ s: String) -> String {
            s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A").replacingOccurrences(of: ":", with: "%3A")
                .replacingOccurrences(of: ",", with: "%2C")
        }
        func data(_ s: String) -> String {
            s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A")
        }
        let text = d.hint.map { "\(d.message); \($0)" } ?? d.message
        let command = d.severity == .note ? "notice" : d.severity.rawValue
        return "::\(command) file=\(property(d.location.path)),line=\(d.location.line),col=\(d.location.column),title=\(property(d.rule.map { "openings \($0)" } ?? "openings"))::\(data(text))"
    }
}
