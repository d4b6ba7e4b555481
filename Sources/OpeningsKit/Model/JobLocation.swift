import Foundation

/// Where a job is based: a structured place, or free text from the seed template.
public struct JobLocation: Hashable, Sendable {
    public var city: String?
    /// ISO 3166-2 subdivision code without the country prefix (`CO`).
    public var region: String?
    /// ISO 3166-1 alpha-2 (`US`).
    public var country: String?
    /// Free text (`Hybrid or Remote`) when the posting gives no structure.
    public var text: String?

    /// A place as listings show and group it: `Denver, CO, United States` under
    /// `locations/denver-co-us/`.
    public struct Place: Sendable, Hashable {
        public var slug: String
        public var label: String
    }

    public var place: Place {
        if let text {
            let slug = Slug.make(from: text)
            return Place(slug: slug.isEmpty ? "location" : slug, label: text)
        }
        let parts = [city, region, ISOCodes.countries[country ?? ""] ?? country].compactMap { $0 }
        let slug = Slug.make(from: [city, region, country].compactMap { $0 }.joined(separator: " "))
        return Place(slug: slug.isEmpty ? "location" : slug, label: parts.joined(separator: ", "))
    }

    /// Structured enough for a search engine: an address with a country.
    public var isAddress: Bool { text == nil && country != nil }
}

/// One `name: {target: …}` item of a seed-style `metrics` list.
public struct JobMetric: Hashable, Sendable {
    public var name: String
    public var target: String
}
