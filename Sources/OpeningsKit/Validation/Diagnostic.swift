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
    public enum Severity: String, Sendable, Comparable {
        case warning, error

        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// How to fix it, when there is more to say than the message.
    public var hint: String?

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// `path:line:column: error: message; hint` — the shape compilers use, which
    /// editors and CI log viewers turn into links.
    public var formatted: String {
        let text = hint.map { "\(message); \($0)" } ?? message
        return "\(location.path):\(location.line):\(location.column): \(severity.rawValue): \(text)"
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Stable order for output: by file, then position, then text.
    public func sortedForOutput() -> [Diagnostic] {
        sorted { a, b in
            if a.location != b.location { return a.location < b.location }
            if a.severity != b.severity { return a.severity > b.severity }
            return a.message < b.message
        }
    }
}
