/// What `openings notify` sends to each service for a set of changes: every URL to
/// IndexNow; to Google at most `googleQuota` publish calls, the rest held back.
public struct NotifyPlan: Sendable, Equatable {
    /// Google's default for `DefaultPublishRequestsPerDayPerProject`; both notification types count.
    public static let defaultGoogleQuota = 200

    /// The URLs for IndexNow, sorted; nil when the site has no `indexnow_key`.
    public var indexNow: [JobChanges.Change]?
    /// The Google publish calls to make, in priority order; nil without `--google-key`.
    public var google: [JobChanges.Change]?
    /// Changes Google is not told of this time: the quota is spent before them.
    public var overGoogleQuota: [JobChanges.Change]
    public var googleQuota: Int

    public init(changes: JobChanges, indexNow: Bool, google: Bool, googleQuota: Int = NotifyPlan.defaultGoogleQuota) {
        self.googleQuota = max(0, googleQuota)
        self.indexNow = indexNow ? changes.all : nil
        if google {
            // When the quota cannot cover everything, removals go first, then new jobs (see `byPriority`).
            let ordered = changes.byPriority
            self.google = Array(ordered.prefix(self.googleQuota))
            overGoogleQuota = Array(ordered.dropFirst(self.googleQuota))
        } else {
            self.google = nil
            overGoogleQuota = []
        }
    }

    /// The notification a change becomes: a removed page is `URL_DELETED`, any other `URL_UPDATED`.
    public static func call(for change: JobChanges.Change) -> IndexingBatch.Call {
        IndexingBatch.Call(url: change.url, type: change.kind == .removed ? .deleted : .updated)
    }

    /// Why a change over the quota is not sent.
    public var overQuotaReason: String {
        "over the quota of \(googleQuota) publish call\(googleQuota == 1 ? "" : "s") this run may use "
            + "(--google-quota; Google allows \(Self.defaultGoogleQuota) a day by default)"
    }
}
