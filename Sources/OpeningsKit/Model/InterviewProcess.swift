/// A "How We Interview" process from `Content/interview/<name>.md`.
///
/// Immutable and shared by reference: every job of a department carries the same one.
public final class InterviewProcess: Sendable, KeyedDocument {
    public struct Stage: Hashable, Sendable {
        public var name: String
        public var duration: String?
        public var format: String?
        public var assesses: [String]
    }

    public let file: SourceFile
    /// The file name without `.md`, as jobs refer to it.
    public let name: String
    public let title: String
    /// Departments that use this process unless a job names another.
    public let departments: [String]
    public let stages: [Stage]
    public let body: String
    public let bodyFirstLine: Int
    public let keyLocations: [String: SourceLocation]

    public init(file: SourceFile, name: String, title: String, departments: [String], stages: [Stage], body: String,
                bodyFirstLine: Int, keyLocations: [String: SourceLocation]) {
        self.file = file
        self.name = name
        self.title = title
        self.departments = departments
        self.stages = stages
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.keyLocations = keyLocations
    }
}

extension InterviewProcess {
    /// `engineering.de.md`: the process `engineering` in another language, which its
    /// postings in that language show (docs/languages.md).
    public var isTranslation: Bool { FileLanguage.named(name).language != nil }
}
