/// A "How We Interview" process from `Content/interview/<name>.md`.
public struct InterviewProcess: Sendable {
    // Copy-on-write storage: every job carries one along the stages, so a copy must be one reference.
    final class Storage: @unchecked Sendable {
        var file: SourceFile
        var name: String
        var title: String
        var departments: [String]
        var stages: [Stage]
        var body: String
        var bodyFirstLine: Int
        var keyLocations: [String: SourceLocation]

        init(file: SourceFile, name: String, title: String, departments: [String], stages: [Stage], body: String, bodyFirstLine: Int, keyLocations: [String: SourceLocation]) {
            self.file = file
            self.name = name
            self.title = title
            self.departments = departments
            self.stages = stages
            self.body = body
            self.bodyFirstLine = bodyFirstLine
            self.keyLocations = keyLocations
        }

        func copy() -> Storage { Storage(file: file, name: name, title: title, departments: departments, stages: stages, body: body, bodyFirstLine: bodyFirstLine, keyLocations: keyLocations) }
    }

    private var storage: Storage

    public init(file: SourceFile, name: String, title: String, departments: [String], stages: [Stage], body: String, bodyFirstLine: Int, keyLocations: [String: SourceLocation]) {
        storage = Storage(file: file, name: name, title: title, departments: departments, stages: stages, body: body, bodyFirstLine: bodyFirstLine, keyLocations: keyLocations)
    }

    /// Storage this value alone holds, for a mutation (a shared one is never written, hence Sendable).
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }
    public struct Stage: Hashable, Sendable {
        public var name: String
        public var duration: String?
        public var format: String?
        public var assesses: [String]
    }

    public var file: SourceFile {
        get { storage.file }
        set { unique().file = newValue }
    }
    /// The file name without `.md`, as jobs refer to it.
    public var name: String {
        get { storage.name }
        set { unique().name = newValue }
    }
    public var title: String {
        get { storage.title }
        set { unique().title = newValue }
    }
    /// Departments that use this process unless a job names another.
    public var departments: [String] {
        get { storage.departments }
        set { unique().departments = newValue }
    }
    public var stages: [Stage] {
        get { storage.stages }
        set { unique().stages = newValue }
    }
    public var body: String {
        get { storage.body }
        set { unique().body = newValue }
    }
    public var bodyFirstLine: Int {
        get { storage.bodyFirstLine }
        set { unique().bodyFirstLine = newValue }
    }
    public var keyLocations: [String: SourceLocation] {
        get { storage.keyLocations }
        set { unique().keyLocations = newValue }
    }
}
