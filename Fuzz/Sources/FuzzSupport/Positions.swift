@testable import OpeningsKit

extension Fuzz {
    /// Every finding in `file` points at a character of it (or just past a line's end),
    /// says something, and is given once: "one clear finding at the right line".
    public static func checkFindings(_ diagnostics: [Diagnostic], in file: SourceFile) {
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        var seen = Set<Diagnostic>()
        for diagnostic in diagnostics {
            let location = diagnostic.location
            check(!diagnostic.message.isEmpty, "a finding without a message at \(location)")
            check(seen.insert(diagnostic).inserted, "the same finding twice: \(diagnostic.formatted)")
            guard location.path == file.displayPath else { continue }
            check(location.line >= 1 && location.line <= lines.count,
                  "\(diagnostic.formatted)\n  line \(location.line) is outside the file's \(lines.count) lines")
            let length = lines[location.line - 1].count
            check(location.column >= 1 && location.column <= length + 1,
                  "\(diagnostic.formatted)\n  column \(location.column) is outside line \(location.line) (\(length) characters)")
        }
    }
}
