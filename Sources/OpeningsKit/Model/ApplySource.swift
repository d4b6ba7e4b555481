/// `apply_source:` in site.yml: tells the applicant tracking system that an applicant
/// came from the careers site, through the apply link's query.
///
/// - `apply_source: careers-site` — one value, under the parameter the link's ATS reads
///   for its source report (`ATS.parameter(forHost:)`): `gh_src` for Greenhouse,
///   `lever-source` for Lever, `utm_source` for Ashby and any other address.
/// - `apply_source: "utm_source=careers&utm_medium=website"` — these parameters, as
///   written, for every http(s) apply link.
///
/// A parameter the link already has is never added a second time: what a posting's own
/// `apply_url` says wins. `mailto:` links are left as they are.
public struct ApplySource: Sendable, Equatable {
    public struct Parameter: Sendable, Equatable {
        public var name: String
        public var value: String
    }

    public enum Form: Sendable, Equatable {
        case value(String)
        case parameters([Parameter])
    }

    public var form: Form

    /// Reads what an author wrote; nil with the reason when it cannot go into a URL.
    public static func parse(_ text: String) -> Result<ApplySource, Problem> {
        var text = Substring(text.trimmingCharacters(in: .whitespaces))
        if text.first == "?" || text.first == "&" { text = text.dropFirst() }
        guard !text.isEmpty else { return .failure(Problem(message: "`apply_source` is empty", hint: "e.g. `apply_source: careers-site`")) }
        if let bad = text.first(where: { !allowed.contains($0) }) {
            return .failure(Problem(message: "`apply_source` has `\(bad)`, which cannot stand in a link's query unencoded",
                                    hint: bad == " " ? "use a hyphen: `\(String(text).replacingAll(" ", with: "-"))`"
                                        : "use letters, digits and - _ . ~ (and = and & between parameters)"))
        }
        guard text.contains("=") else { return .success(ApplySource(form: .value(String(text)))) }
        var parameters: [Parameter] = []
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !parts[1].contains("=") else {
                return .failure(Problem(message: "`apply_source` part `\(pair)` is not `name=value`",
                                        hint: "write parameters as `name=value` joined by `&`, e.g. `utm_source=careers&utm_medium=website`"))
            }
            guard !parameters.contains(where: { $0.name == parts[0] }) else {
                return .failure(Problem(message: "`apply_source` names `\(parts[0])` twice", hint: "keep one of them"))
            }
            parameters.append(Parameter(name: String(parts[0]), value: String(parts[1])))
        }
        return .success(ApplySource(form: .parameters(parameters)))
    }

    public struct Problem: Error, Sendable, Equatable {
        public var message: String
        public var hint: String
    }

    /// Unreserved characters (RFC 3986) and the two separators: nothing needs encoding.
    private static let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~=&")

    /// `url` with the source's parameters that it does not have yet, before any `#fragment`.
    public func applied(to url: String) -> String {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return url }
        let fragmentStart = url.firstIndex(of: "#") ?? url.endIndex
        let beforeFragment = url[..<fragmentStart]
        let queryStart = beforeFragment.firstIndex(of: "?")
        let existing: Set<String> = queryStart.map { start in
            Set(beforeFragment[beforeFragment.index(after: start)...].split(separator: "&").map {
                String($0.prefix { $0 != "=" })
            })
        } ?? []
        let wanted: [Parameter]
        switch form {
        case .value(let value): wanted = [Parameter(name: Self.parameter(forURL: url), value: value)]
        case .parameters(let parameters): wanted = parameters
        }
        let added = wanted.filter { !existing.contains($0.name) }
        guard !added.isEmpty else { return url }
        let query = added.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
        let separator: String
        if let queryStart {
            separator = beforeFragment.index(after: queryStart) == beforeFragment.endIndex || beforeFragment.hasSuffix("&") ? "" : "&"
        } else {
            separator = "?"
        }
        return beforeFragment + separator + query + url[fragmentStart...]
    }

    /// The parameter each applicant tracking system reads a source from, by its hosted
    /// job boards' addresses. Sources: Greenhouse, "External Job Board Tracking Links
    /// Overview" (gh_src); Lever, the `lever-source` parameter of its job site links;
    /// Ashby and most others read Google's `utm_source`.
    static let parameters: [(hostSuffix: String, parameter: String)] = [
        ("greenhouse.io", "gh_src"),
        ("lever.co", "lever-source"),
        ("ashbyhq.com", "utm_source"),
    ]

    static func parameter(forURL url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return "utm_source" }
        let rest = url[schemeEnd.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
        for (suffix, parameter) in parameters where host == suffix || host.hasSuffix("." + suffix) { return parameter }
        return "utm_source"
    }
}
