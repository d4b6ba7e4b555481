/// One posting read from another system (a Jekyll or Hugo file, a job board's JSON), in
/// Openings' terms, before it is written: what could be mapped in fields, the rest kept
/// for a person to look at (`leftovers`, `notes`), never dropped without a word.
public struct ImportedPosting: Equatable, Sendable {
    /// Where it came from, as the import's report and the file's comment name it
    /// (`_posts/2024-01-05-designer.md`, `Greenhouse job 4012345`).
    public var source: String
    /// The file to write under `Content/jobs/`, without `.md` (a slug).
    public var fileName: String

    public var title: String?
    public var id: String?
    public var department: String?
    public var level: String?
    public var employmentType: EmploymentType?
    public var workplace: Workplace?
    /// Structured where the text allowed (`Denver, CO`), the text kept otherwise.
    public var locations: [JobLocation] = []
    public var remoteCountries: [String] = []
    public var posted: CalendarDate?
    public var closes: CalendarDate?
    public var salary: SalaryRange?
    public var applyURL: String?
    public var tags: [String] = []
    public var draft = false
    /// What the source held that has no Openings field, as `key: value` text.
    public var leftovers: [Leftover] = []
    /// What the import did that a person should check (template tags removed, a
    /// location kept as text, a salary it could not read).
    public var notes: [String] = []
    /// The posting's Markdown, with nothing of a template language left in it.
    public var body: String = ""

    public struct Leftover: Equatable, Sendable {
        public var key: String
        public var value: String
        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    public init(source: String, fileName: String) {
        self.source = source
        self.fileName = fileName
    }
}
