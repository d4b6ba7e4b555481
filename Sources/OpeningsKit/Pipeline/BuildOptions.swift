import Foundation

/// What to build and how; the CLI and the preview server fill it in.
public struct BuildOptions: Sendable {
    public var siteFolder: String
    /// Defaults to `<site>/Public`.
    public var outputFolder: String?
    public var includeDrafts: Bool
    /// Replaces `base_url` from site.yml (for previews and staging hosts).
    public var baseURL: BaseURL?
    /// "Today" for closing dates, fixed by the caller so builds are reproducible.
    public var buildDate: CalendarDate
    /// The day pay-transparency laws are read for (`check --as-of`); nil means the build date.
    public var complianceDate: CalendarDate?
    /// Warnings count as errors (`--strict`).
    public var strict: Bool
    /// Read file dates from git (off for the preview server, which rebuilds often).
    public var gitDates = true
    /// Skip the build when the output already holds it (see `BuildManifest`); `--force` turns this off.
    public var skipIfUnchanged = true

    public init(siteFolder: String = ".", outputFolder: String? = nil, includeDrafts: Bool = false,
                baseURL: BaseURL? = nil, buildDate: CalendarDate, strict: Bool = false) {
        self.strict = strict
        self.siteFolder = siteFolder
        self.outputFolder = outputFolder
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        self.buildDate = buildDate
    }

    /// The day pay-transparency laws are read for.
    public var lawsDate: CalendarDate { complianceDate ?? buildDate }

    public var resolvedOutputFolder: String {
        outputFolder ?? (siteFolder.hasSuffix("/") ? siteFolder + "Public" : siteFolder + "/Public")
    }

    /// The build date: `SOURCE_DATE_EPOCH` (seconds since 1970, as reproducible-builds.org
    /// defines it) when set, else today in UTC. Nil when the variable is set but not a number.
    public static func buildDate(environment: [String: String] = ProcessInfo.processInfo.environment,
                                 now: Date = Date()) -> CalendarDate? {
        guard let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty else { return CalendarDate(utc: now) }
        guard let seconds = Int64(epoch), seconds >= 0 else { return nil }
        return CalendarDate(utc: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
