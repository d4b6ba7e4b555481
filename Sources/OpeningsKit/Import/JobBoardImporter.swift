import Foundation

/// `openings import greenhouse|lever|ashby SOURCE`: a hosted job board's public API
/// response as Openings postings. (Being written: see issue 14.)
public enum JobBoardImporter {
    public enum Vendor: String, Sendable, CaseIterable { case greenhouse, lever, ashby }

    /// The postings in one saved (or fetched) API response; `source` names it in messages.
    public static func read(_ data: Data, vendor: Vendor, source: String) throws -> [ImportedPosting] {
        throw Failure("importing from \(vendor.rawValue) is not written yet")
    }
}
