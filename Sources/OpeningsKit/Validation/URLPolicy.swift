import Foundation

/// Which link targets authors may write. Candidates click these, so only web and
/// mail addresses pass; `javascript:` and friends never reach a page.
enum URLPolicy {
    static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// Nil when `url` is acceptable; otherwise what is wrong, as a phrase.
    /// `relativeAllowed` admits paths and fragments (links inside the site).
    static func problem(with url: String, relativeAllowed: Bool = false) -> String? {
        // Nearly every link is a web or mail address of visible ASCII: nothing to trim,
        // no control character, the scheme allowed and lower-case. Decided from its bytes
        // (by characters, ~5,000 instructions a link).
        let utf8 = url.utf8
        if utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }),
           utf8.starts(with: "https://".utf8) || utf8.starts(with: "http://".utf8) || utf8.starts(with: "mailto:".utf8) {
            return nil
        }
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
        // Read as bytes when what follows the first `:` is ASCII, so that `:` is a
        // character of its own (every link of every posting comes here).
        let utf8 = url.utf8
        guard let colonByte = utf8.firstIndex(of: 0x3A) else { return nil }
        let afterColon = utf8.index(after: colonByte)
        if afterColon == utf8.endIndex || utf8[afterColon] < 0x80 {
            let candidate = utf8[..<colonByte]
            guard let first = candidate.first, Self.isASCIILetter(first),
                  candidate.allSatisfy({ Self.isASCIILetter($0) || (0x30...0x39).contains($0) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E })
            else { return nil }
            return String(Substring(candidate))
        }
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let candidate = url[..<colon]
        guard let first = candidate.first, first.isASCII, first.isLetter,
              candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return String(candidate)
    }

    /// `localhost`, `127.0.0.1`, `0.0.0.0` or `[::1]` in an http(s) link: an address copied
    /// from a preview.
    static func loopbackHost(_ url: String) -> String? {
        // Most links name no loopback address at all: told apart by their bytes first.
        guard Self.mayNameLoopback(url) else { return nil }
        let lowered = url.lowercased()
        guard let schemeEnd = lowered.range(of: "://"), lowered.hasPrefix("http") else { return nil }
        let rest = lowered[schemeEnd.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let name = host.hasPrefix("[") ? String(host.prefix { $0 != "]" }) + "]" : String(host.prefix { $0 != ":" })
        return ["localhost", "127.0.0.1", "0.0.0.0", "[::1]"].contains(name) || name.hasSuffix(".localhost") ? name : nil
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }

    /// False only for a link `loopbackHost` finds nothing in: one not starting with `http`
    /// (in any case), without `://`, or naming none of the loopback hosts after it. Lower-
    /// casing changes no ASCII punctuation or digit, and no other character lower-cases to
    /// the ASCII letters these names are written with.
    private static func mayNameLoopback(_ url: String) -> Bool {
        var url = url
        return url.withUTF8 { bytes in
            guard bytes.count > 7, bytes[0] | 0x20 == 0x68, bytes[1] | 0x20 == 0x74, bytes[2] | 0x20 == 0x74, bytes[3] | 0x20 == 0x70
            else { return false }
            func find(_ needle: StaticString, in text: UnsafeBufferPointer<UInt8>) -> Int? {
                String.byteOffset(of: UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount), in: text, from: 0)
            }
            guard let separator = find("://", in: bytes) else { return false }
            // After `://`, upper-case ASCII letters lowered, as `lowercased()` lowers them.
            let rest = bytes[(separator + 3)...].map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
            return rest.withUnsafeBufferPointer { rest in
                ["localhost", "127.0.0.1", "0.0.0.0", "[::1]"].contains { (name: StaticString) in find(name, in: rest) != nil }
            }
        }
    }

    /// What is wrong with the `{…}` placeholders of an apply link, if anything: only
    /// `{id}` and `{slug}` are filled in; anything else would reach the page as written.
    static func placeholderProblem(in template: String) -> (message: String, hint: String)? {
        if let start = template.range(of: "{{") {
            let tag = template[start.lowerBound...].prefix { $0 != " " }.prefix(20)
            return ("`\(tag)` is a template engine's placeholder; Openings fills in `{id}` and `{slug}`",
                    "write one pair of braces: `{id}`")
        }
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else {
                return ("`\(rest[open...].prefix(20))` opens a placeholder that is never closed", "write `{id}` or `{slug}`")
            }
            let name = String(rest[rest.index(after: open)..<close])
            if name != "id" && name != "slug" {
                let suggestion = Suggestion.closest(to: name, in: ["id", "slug"])
                    ?? (name.lowercased().contains("id") || name.lowercased().contains("req") ? "id" : nil)
                return ("`{\(name)}` is not filled in: only `{id}` and `{slug}` are, so it would reach the page as written",
                        suggestion.map { "did you mean `{\($0)}`?" } ?? "use `{id}` (the requisition id) or `{slug}`")
            }
            rest = rest[rest.index(after: close)...]
        }
        return nil
    }

    /// The address an author probably meant: `jobs@acme.example` → `mailto:…`,
    /// `www.acme.example/apply` → `https://…`.
    static func likelyAddress(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        guard scheme(of: trimmed) == nil, !trimmed.contains(" ") else { return nil }
        if trimmed.contains("@"), !trimmed.contains("/") { return "mailto:" + trimmed }
        if let host = trimmed.split(separator: "/").first, host.contains("."), host.first?.isLetter == true { return "https://" + trimmed }
        return nil
    }
}
