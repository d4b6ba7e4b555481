import Foundation

/// `indeed.xml` (`feeds: { indeed: true }`): the listed jobs in Indeed's XML job feed, as
/// Indeed's "XML feed reference" describes it (docs.indeed.com/indeed-apply/xml-feed;
/// elements, requirements and the remote-job rules quoted below are from it). docs/output.md
/// lists every element and where its value comes from.
///
/// Indeed "does not accept incomplete XML feeds": the feed has every job jobs.json has,
/// one `<job>` per place (`FeedPlace`). Each job's entries are made while its page is
/// rendered, when its HTML is at hand (`entries`), and joined afterwards (`document`).
enum IndeedFeed {
    /// The `<job>` elements of one listed job, one per place, as pieces to be joined in
    /// order: `description` (its `<description>` element) is the same string in every
    /// entry, held once however many places the job has.
    static func entries(_ resolved: ResolvedJob, card: JobCard, description: String, places: [FeedPlace],
                        site: ResolvedSite) -> [String] {
        let job = resolved.job, organization = site.config.organization.name
        // The same for every place of the job.
        let url = site.baseURL.absolute(SitePaths.job(job.slug))
        let email = resolved.applyURL.flatMap(mailAddress)
        var tail = ""
        if let salary = card.salaryText { tail += FeedXML.element("salary", salary) }
        tail += FeedXML.element("jobtype", jobType(job.employmentType))
        tail += FeedXML.element("category", job.department)
        if let closes = job.closes { tail += FeedXML.element("expirationdate", closes.description) }
        if job.workplace == .remote { tail += FeedXML.element("remotetype", "Fully remote") }
        tail += "  </job>\n"

        return places.flatMap { place in
            var xml = "  <job>\n"
            xml += FeedXML.element("title", job.title)
            // "If the publish date is posted on your site, the date on the site must match
            // what's in the XML." The page shows the day `posted`; noon with no zone is that
            // day wherever it is read (docs/output.md says why no moment with a zone is).
            xml += FeedXML.element("date", job.posted.description + "T12:00:00")
            xml += FeedXML.element("referencenumber", FeedPlace.identifier(jobID: job.id, key: place.key))
            xml += FeedXML.element("requisitionid", job.id)
            xml += FeedXML.element("url", url)
            xml += FeedXML.element("company", organization)
            xml += FeedXML.element("sourcename", organization)
            xml += address(place)
            if let email { xml += FeedXML.element("email", email) }
            return [xml, description, tail]
        }
    }

    /// `city`, `state`, `country` (and `postalcode`) of one place. A remote place is
    /// written as Indeed's "How do I post a remote job" says: city `Remote`, the country,
    /// and `state` and `postalcode` present but empty ("If you do not leave the `<state>`
    /// and `<postalcode>` blank, jobs will not post as Remote positions").
    static func address(_ place: FeedPlace) -> String {
        switch place.kind {
        case .location(let location):
            if let text = location.text { return FeedXML.element("city", text) }
            var xml = ""
            if let city = location.city { xml += FeedXML.element("city", city) }
            if let region = location.region, let country = location.country { xml += FeedXML.element("state", state(region, in: country)) }
            if let country = location.country { xml += FeedXML.element("country", country) }
            return xml
        case .remoteCountry(let country):
            return FeedXML.element("city", "Remote") + FeedXML.element("state", "") + FeedXML.element("country", country)
                + FeedXML.element("postalcode", "")
        case .remoteAnywhere:
            return FeedXML.element("city", "Remote") + FeedXML.element("state", "") + FeedXML.element("postalcode", "")
        }
    }

    /// "Use the appropriate postal abbreviation. If your job is located outside the US,
    /// use the corresponding geographic designation such as province or region": the
    /// code in the US and Canada (where ISO 3166-2 codes are the postal ones), the
    /// subdivision's name elsewhere.
    static func state(_ region: String, in country: String) -> String {
        if country == "US" || country == "CA" { return region }
        return FeedPlace.regionName(region, in: country)
    }

    /// Indeed's `jobtype` values, as its example writes them (`fulltime, parttime`).
    static func jobType(_ type: EmploymentType) -> String {
        switch type {
        case .fullTime: return "fulltime"
        case .partTime: return "parttime"
        case .contract: return "contract"
        case .temporary: return "temporary"
        case .intern: return "internship"
        }
    }

    /// The address of a `mailto:` apply link (`jobs@acme.example` of
    /// `mailto:jobs@acme.example?subject=…`); nil for any other link.
    static func mailAddress(_ url: String) -> String? {
        guard url.lowercased().hasPrefix("mailto:") else { return nil }
        let rest = url.dropFirst("mailto:".count)
        let address = String(rest.prefix { $0 != "?" && $0 != "#" })
        let decoded = address.removingPercentEncoding ?? address
        return decoded.isEmpty ? nil : decoded
    }

    /// The whole feed: `entries` holds each listed job's pieces, in jobs.json's order.
    static func document(_ site: ResolvedSite, lastBuildDate: String, entries: [[String]]) -> String {
        let head = """
            <?xml version="1.0" encoding="utf-8"?>
            <source>
            \(FeedXML.element("publisher", site.config.organization.name, indent: 2))\
            \(FeedXML.element("publisherurl", site.baseURL.absolute(""), indent: 2))\
            \(FeedXML.plain("lastBuildDate", lastBuildDate, indent: 2))
            """
        return FeedXML.join(head, entries, "</source>\n")
    }
}
