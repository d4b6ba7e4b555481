/// The schema.org `JobPosting` JSON-LD of a job page, following Google's
/// structured-data rules for job postings.
enum JobPostingSchema {
    static func make(_ resolved: ResolvedJob, descriptionHTML: String, site: ResolvedSite) -> JSONValue {
        let source = resolved.job, config = site.config
        var organization: [(String, JSONValue)] = [("@type", .string("Organization")), ("name", .string(config.organization.name))]
        if let url = config.organization.url { organization.append(("sameAs", .string(url))) }
        if let logo = config.organization.logo { organization.append(("logo", .string(absolute(logo, site: site)))) }

        var pairs: [(String, JSONValue)] = [
            ("@context", .string("https://schema.org/")),
            ("@type", .string("JobPosting")),
            ("title", .string(source.title)),
            ("description", .string(descriptionHTML)),
            ("identifier", .object([("@type", .string("PropertyValue")), ("name", .string(config.organization.name)),
                                    ("value", .string(source.id))])),
            ("datePosted", .string(source.posted.description)),
        ]
        if let closes = source.closes { pairs.append(("validThrough", .string(closes.description + "T23:59:59"))) }
        pairs.append(("employmentType", .string(source.employmentType.schemaValue)))
        pairs.append(("hiringOrganization", .object(organization)))

        // Google accepts a PostalAddress only with a country; free text ("Hybrid or
        // Remote") is not an address. A role that can be done remotely is TELECOMMUTE
        // with the countries a hire may live in.
        let addresses = source.locations.compactMap(postalAddress)
        if !addresses.isEmpty, source.workplace != .remote || source.remoteCountries.isEmpty {
            let places = addresses.map { JSONValue.object([("@type", .string("Place")), ("address", $0)]) }
            pairs.append(("jobLocation", places.count == 1 ? places[0] : .array(places)))
        }
        if source.workplace == .remote || (addresses.isEmpty && source.workplace == .hybrid) {
            pairs.append(("jobLocationType", .string("TELECOMMUTE")))
        }
        if source.workplace != .onsite, !source.remoteCountries.isEmpty {
            let countries = source.remoteCountries.map {
                JSONValue.object([("@type", .string("Country")), ("name", .string($0))])
            }
            pairs.append(("applicantLocationRequirements", countries.count == 1 ? countries[0] : .array(countries)))
        }
        if let salary = resolved.salary {
            var value: [(String, JSONValue)] = [("@type", .string("QuantitativeValue"))]
            if salary.minimum == salary.maximum {
                value.append(("value", .number(salary.minimum)))
            } else {
                value.append(("minValue", .number(salary.minimum)))
                value.append(("maxValue", .number(salary.maximum)))
            }
            value.append(("unitText", .string(salary.period.unitText)))
            pairs.append(("baseSalary", .object([("@type", .string("MonetaryAmount")), ("currency", .string(salary.currency)),
                                                 ("value", .object(value))])))
        }
        let url = site.baseURL.absolute(SitePaths.job(source.slug))
        pairs.append(("url", .string(url)))
        pairs.append(("directApply", .bool(false)))
        // The posting's language: JobPosting has no `inLanguage`, the page it is the main entity of does.
        pairs.append(("mainEntityOfPage", .object([("@type", .string("WebPage")), ("@id", .string(url)),
                                                   ("inLanguage", .string(config.language))])))
        return .object(pairs)
    }

    static func postalAddress(_ location: JobLocation) -> JSONValue? {
        guard location.isAddress else { return nil }
        var address: [(String, JSONValue)] = [("@type", .string("PostalAddress"))]
        if let city = location.city { address.append(("addressLocality", .string(city))) }
        if let region = location.region { address.append(("addressRegion", .string(region))) }
        if let country = location.country { address.append(("addressCountry", .string(country))) }
        return .object(address)
    }

    /// A logo given as a site path becomes absolute: Google needs a full URL.
    static func absolute(_ url: String, site: ResolvedSite) -> String {
        if URLPolicy.scheme(of: url) != nil { return url }
        return site.rootURL.origin + site.rootURL.sitePath(url)
    }
}
