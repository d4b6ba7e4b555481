/// What `openings notify` needs from Content/site.yml: the IndexNow key and the
/// address the site is published at. Only site.yml is read, so a broken posting
/// elsewhere does not stop notifications about the pages that were deployed.
public struct NotifySettings: Sendable {
    public var indexNowKey: String?
    public var baseURL: BaseURL
    /// The folders of a multilingual site's other languages (`de/`), each with its own
    /// jobs.json (docs/languages.md); empty for a site in one language.
    public var languageFolders: [String] = []

    public init(indexNowKey: String?, baseURL: BaseURL, languageFolders: [String] = []) {
        self.indexNowKey = indexNowKey
        self.baseURL = baseURL
        self.languageFolders = languageFolders
    }

    public init(siteFolder: String) throws {
        let files = SiteFiles(root: siteFolder)
        var diagnostics: [Diagnostic] = []
        let path = "Content/site.yml"
        guard files.kind(path, diagnostics: &diagnostics) == .file else {
            throw Failure("no \(files.displayPath(path)): \(siteFolder) is not an Openings site; run in a site folder or pass --site DIR")
        }
        var config: SiteConfig?
        switch files.read(path) {
        case .failure(let diagnostic): diagnostics.append(diagnostic)
        case .success(let file): config = SiteConfigDecoder.decode(file, diagnostics: &diagnostics)
        }
        let errors = diagnostics.filter { $0.severity == .error }
        guard let config, errors.isEmpty else {
            // The first finding where it is, as `check` prints it without the word `error`, which the command adds.
            let first = errors.first.map { error in
                "\(error.location.path):\(error.location.line):\(error.location.column): " + (error.hint.map { "\(error.message); \($0)" } ?? error.message)
            } ?? "\(files.displayPath(path)) could not be read"
            let more = errors.count > 1 ? " (and \(errors.count - 1) more)" : ""
            throw Failure(first + more + "; fix site.yml (`openings check` lists every finding), then notify again")
        }
        self.init(indexNowKey: config.indexNowKey, baseURL: config.baseURL,
                  languageFolders: config.languages.filter { !$0.isMain }.map(\.prefix))
    }
}
