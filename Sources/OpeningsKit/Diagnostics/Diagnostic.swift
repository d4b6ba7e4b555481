/// A place in a file of the site, as an author sees it in an editor:
/// 1-based line and column, columns counted in characters.
public struct SourceLocation: Hashable, Sendable, Comparable {
    /// Path as it is printed: the site folder as given, joined with the file's path in the site.
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }
}

/// One finding about the content. The build collects all of them before it decides
/// whether to write anything, so authors fix a whole pull request in one pass.
public struct Diagnostic: Hashable, Sendable, Error {
    public enum Severity: String, Sendable, Comparable, CaseIterable {
        /// Information that needs no change (a rule that could not be applied, say).
        case note, warning, error

        private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// How to fix it, when there is more to say than the message.
    public var hint: String?
    /// The id of the compliance or language rule that made it, for configuration and CI.
    public var rule: String?
    /// Other files the finding depends on (the first of two duplicate ids, the bands
    /// file), so `check --changed-since` keeps it when one of them changed.
    public var relatedPaths: [String]

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, hint: String? = nil,
                rule: String? = nil, related: [String] = []) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
        self.rule = rule
        self.relatedPaths = related
    }

    /// `path:line:column: error: message; hint` — the shape compilers use, which
    /// editors and CI log viewers turn into links.
    /// Always one line, even when a message quotes a line break from a file: CI logs,
    /// editors and the preview server's log read findings line by line.
    public var formatted: String {
        var text = hint.map { "\(message); \($0)" } ?? message
        if let rule { text += " [\(rule)]" }
        let line = "\(location.path):\(location.line):\(location.column): \(severity.rawValue): \(text)"
        guard line.contains(where: \.isNewline) else { return line }
        return String(line.map { $0.isNewline ? " " : $0 })
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Findings in `paths` (display paths) or caused by them: `check --changed-since`.
    public func touching(_ paths: Set<String>) -> [Diagnostic] {
        filter { paths.contains($0.location.path) || $0.relatedPaths.contains(where: paths.contains) }
    }

    /// `--strict`: every warning becomes an error; notes stay notes.
    public func strict() -> [Diagnostic] {
        map { var d = $0; if d.severity == .warning { d.severity = .error }; return d }
    }

    /// Stable order for output: by file, then position, then text.
    public func sortedForOutput() -> [Diagnostic] {
        sorted { a, b in
            if a.location != b.location { return a.location < b.location }
            if a.severity != b.severity { return a.severity > b.severity }
            return a.message < b.message
        }
    }
}
