/// What `openings notify` sends to each service for a set of changes: to IndexNow
/// every URL under the site's address; to Google at most `googleQuota` publish calls,
/// the rest held back.
public struct NotifyPlan: Sendable, Equatable {
    /// Google's default for `DefaultPublishRequestsPerDayPerProject`; both notification types count.
    public static let defaultGoogleQuota = 200

    /// The URLs for IndexNow, sorted; nil when the site has no `indexnow_key`.
    public var indexNow: [JobChanges.Change]?
    /// Changes outside the site's address (a page of the old address after `base_url`
    /// moved): the key file vouches only for URLs under it, and one such URL makes
    /// IndexNow refuse the whole request, so they are not submitted.
    public var outsideIndexNowSite: [JobChanges.Change]
    /// The address IndexNow's URLs must be under; nil without IndexNow.
    public var indexNowSite: BaseURL?
    /// The Google publish calls to make, in priority order; nil without `--google-key`.
    public var google: [JobChanges.Change]?
    /// Changes Google is not told of this time: the quota is spent before them.
    public var overGoogleQuota: [JobChanges.Change]
    public var googleQuota: Int

    /// `indexNowSite`: the site's address when it has an IndexNow key, else nil.
    public init(changes: JobChanges, indexNowSite: BaseURL?, google: Bool, googleQuota: Int = NotifyPlan.defaultGoogleQuota) {
        self.googleQuota = max(0, googleQuota)
        self.indexNowSite = indexNowSite
        if let indexNowSite {
            let root = indexNowSite.absolute("")
            indexNow = changes.all.filter { $0.url.hasPrefix(root) }
            outsideIndexNowSite = changes.all.filter { !$0.url.hasPrefix(root) }
        } else {
            indexNow = nil
            outsideIndexNowSite = []
        }
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

    /// Why a change outside the site's address is not submitted to IndexNow.
    public var outsideReason: String {
        "not under \(indexNowSite?.absolute("") ?? "the site's address"), where the key file is; "
            + "IndexNow takes only URLs its key file vouches for"
    }

    /// Why a change over the quota is not sent.
    public var overQuotaReason: String {
        "over the quota of \(googleQuota) publish call\(googleQuota == 1 ? "" : "s") this run may use "
            + "(--google-quota; Google allows \(Self.defaultGoogleQuota) a day by default)"
    }
}
