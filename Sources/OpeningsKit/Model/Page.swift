/// A free page from `Content/pages/<slug>.md` (benefits, how we hire, …).
public struct Page: Sendable, KeyedDocument {
    public var file: SourceFile
    public var slug: String
    public var title: String
    public var description: String?
    public var navOrder: Int?
    public var body: String
    public var bodyFirstLine: Int
    public var keyLocations: [String: SourceLocation] = [:]
    /// The language it is written in (`about.de.md` or `language:`); nil for the site's main one.
    public var language: String? = nil
}
