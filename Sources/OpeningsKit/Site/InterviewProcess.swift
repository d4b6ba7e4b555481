/// A "How We Interview" process from `Content/interview/<name>.md`.
public struct InterviewProcess: Sendable {
    public struct Stage: Hashable, Sendable {
        public var name: String
        public var duration: String?
        public var format: String?
        public var assesses: [String]
    }

    public var file: SourceFile
    /// The file name without `.md`, as jobs refer to it.
    public var name: String
    public var title: String
    /// Departments that use this process unless a job names another.
    public var departments: [String]
    public var stages: [Stage]
    public var body: String
    public var bodyFirstLine: Int
    public var keyLocations: [String: SourceLocation]
}
