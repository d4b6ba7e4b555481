/// One finding for many postings that share a cause: the first of them, naming the
/// others (`SiteResolver.fold`, `ComplianceChecker.fold`, `SiteValidator`).
extension Array where Element == String {
    /// "a, b, c and 4 more": at most `limit` of the names, then how many are left.
    func abbreviated(limit: Int = 3) -> String {
        prefix(limit).joined(separator: ", ") + (count > limit ? " and \(count - limit) more" : "")
    }
}

extension Diagnostic {
    /// The first of `group` by position, its message extended with `tell(others)` (the
    /// other files, abbreviated), and those files related, so `check --changed-since`
    /// keeps the finding when any of them changed.
    static func folding(_ group: [Diagnostic], tell: (_ count: Int, _ names: String) -> String) -> Diagnostic? {
        let sorted = group.sorted { $0.location < $1.location }
        guard var first = sorted.first else { return nil }
        let others = sorted.dropFirst().map(\.location.path)
        first.message += tell(others.count, others.abbreviated())
        first.relatedPaths += others
        return first
    }
}
