/// What an import did, one line per source file or posting: written where, or skipped
/// and why. The CLI prints it; tests read it.
public struct ImportReport: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        /// Written to this site-relative path.
        case written(path: String)
        /// Not written; the reason says what to do about it.
        case skipped(reason: String)
        /// Not a posting (a list page, an authors' template, a page outside the postings'
        /// folders): nothing to do, and no failure.
        case leftOut(reason: String)
    }

    public struct Line: Sendable, Equatable {
        /// The source (`_posts/x.md`, `Greenhouse job 4012345`).
        public var source: String
        public var outcome: Outcome

        public init(source: String, outcome: Outcome) {
            self.source = source
            self.outcome = outcome
        }

        /// `_posts/x.md → Content/jobs/x.md` or `_posts/y.md: skipped, …`.
        public var formatted: String {
            switch outcome {
            case .written(let path): "\(source) → \(path)"
            case .skipped(let reason): "\(source): skipped, \(reason)"
            case .leftOut(let reason): "\(source): left out, \(reason)"
            }
        }
    }

    public var lines: [Line] = []

    public init(lines: [Line] = []) { self.lines = lines }

    public var written: Int { lines.filter { if case .written = $0.outcome { true } else { false } }.count }
    public var skipped: Int { lines.filter { if case .skipped = $0.outcome { true } else { false } }.count }
    public var leftOut: Int { lines.count - written - skipped }
}
