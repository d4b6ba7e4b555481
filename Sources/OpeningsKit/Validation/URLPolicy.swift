import Foundation

/// Which link targets authors may write. Candidates click these, so only web and
/// mail addresses pass; `javascript:` and friends never reach a page.
enum URLPolicy {
    static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// Nil when `url` is acceptable; otherwise what is wrong, as a phrase.
    /// `relativeAllowed` admits paths and fragments (links inside the site).
    static func problem(with url: String, relativeAllowed: Bool = false) -> String? {
        let trimmed = url.trimmingWhitespace()
        if trimmed.isEmpty { return "is empty" }
        if trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == " " || $0 == "\u{7F}" }) {
            return "`\(trimmed)` contains spaces or control characters"
        }
        guard let scheme = self.scheme(of: trimmed) else {
            return relativeAllowed ? nil : "`\(trimmed)` is not an absolute http(s) or mailto address"
        }
        if !allowedSchemes.contains(scheme.lowercased()) {
            return "uses the `\(scheme):` scheme, which is not allowed (only http, https and mailto)"
        }
        if scheme.lowercased() != "mailto", !trimmed.dropFirst(scheme.count + 1).hasPrefix("//") {
            return "`\(trimmed)` has no host"
        }
        return nil
    }

    /// The scheme as RFC 3986 defines it, or nil for a relative reference.
    static func scheme(of url: String) -> String? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let candidate = url[..<colon]
        guard let first = candidate.first, first.isASCII, first.isLetter,
              candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return String(candidate)
    }
}
