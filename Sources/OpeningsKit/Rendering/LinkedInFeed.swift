/// `linkedin.xml` (`feeds: { linkedin: true }`): the listed jobs in the format of
/// LinkedIn's "XML Feeds Development Guide"
/// (learn.microsoft.com/linkedin/talent/job-postings/xml-feeds-development-guide; the
/// field names, value lists and limits quoted below are from it). docs/output.md lists
/// every element and where its value comes from.
///
/// Like `IndeedFeed`: one `<job>` per place ("Separate jobs need to be created for
/// different cities/locations"), made while the job's page is rendered, joined after.
enum LinkedInFeed {
    /// "Partner Job ID … String (max. 40 chars)".
    static let maximumIDLength = 40

    /// The `<job>` elements of one listed job, one per place, as pieces to be joined in
    /// order, with `description` held once (as `IndeedFeed.entries`).
    static func entries(_ resolved: ResolvedJob, description: String, places: [FeedPlace], site: ResolvedSite) -> [String] {
        let job = resolved.job, config = site.config
        let head = FeedXML.element("company", config.organization.name) + FeedXML.element("title", job.title)
        var middle = FeedXML.element("applyUrl", applyURL(resolved, site: site))
        if let id = config.organization.linkedInCompanyID { middle += FeedXML.element("companyId", id) }
        var tail = FeedXML.element("workplaceTypes", job.workplace.label)
        if job.employmentType == .intern { tail += FeedXML.element("experienceLevel", "INTERNSHIP") }
        if let type = jobType(job.employmentType) { tail += FeedXML.element("jobtype", type) }
        if let salary = resolved.salary { tail += salaries(salary) }
        if let closes = job.closes { tail += FeedXML.element("expirationDate", closes.description) }
        tail += "  </job>\n"

        return places.flatMap { place in
            ["  <job>\n" + FeedXML.element("partnerJobId", FeedPlace.identifier(jobID: job.id, key: place.key, maximumLength: maximumIDLength))
                + head,
             description,
             middle + address(place) + tail]
        }
    }

    /// "URL starting with https://": the posting's own apply link when it is https,
    /// otherwise (a `mailto:` or `http:` link, or none) the job page, which the guide
    /// names as the usual value ("typically the URL of the job on the client's website")
    /// and whose apply button leads on.
    static func applyURL(_ resolved: ResolvedJob, site: ResolvedSite) -> String {
        if let url = resolved.applyURL, url.lowercased().hasPrefix("https://") { return url }
        return site.baseURL.absolute(SitePaths.job(resolved.job.slug))
    }

    /// `location` ("US locations - City, State (for example, “San Francisco, CA”)
    /// Non-US locations - City, Country (for example, “London, United Kingdom”)"), then
    /// `city`, `state` and `country` ("Include maximum information about the location").
    static func address(_ place: FeedPlace) -> String {
        switch place.kind {
        case .location(let location):
            guard location.text == nil, let country = location.country else {
                return FeedXML.element("location", location.text ?? location.place.label)
            }
            let countryName = ISOCodes.countries[country] ?? country
            let regionName = location.region.map { FeedPlace.regionName($0, in: country) }
            let text: String
            if let city = location.city, country == "US", let region = location.region {
                text = "\(city), \(region)"
            } else if let city = location.city {
                text = "\(city), \(countryName)"
            } else {
                text = [regionName, countryName].compactMap { $0 }.joined(separator: ", ")
            }
            var xml = FeedXML.element("location", text)
            if let city = location.city { xml += FeedXML.element("city", city) }
            if let regionName { xml += FeedXML.element("state", regionName) }
            return xml + FeedXML.element("country", country)
        case .remoteCountry(let country):
            return FeedXML.element("location", ISOCodes.countries[country] ?? country) + FeedXML.element("country", country)
        case .remoteAnywhere:
            return FeedXML.element("location", "Remote")
        }
    }

    /// "Available options are: FULL_TIME PART_TIME, CONTRACT, INTERNSHIP, VOLUNTEER":
    /// a temporary job has none of them and gets no `jobtype`.
    static func jobType(_ type: EmploymentType) -> String? {
        switch type {
        case .fullTime: return "FULL_TIME"
        case .partTime: return "PART_TIME"
        case .contract: return "CONTRACT"
        case .intern: return "INTERNSHIP"
        case .temporary: return nil
        }
    }

    /// `salaries`: the range as one `BASE_SALARY` component. Amounts are "Integer": a
    /// range with a fraction (an hourly 42.50) is left out rather than rounded.
    static func salaries(_ salary: SalaryRange) -> String {
        guard salary.minimum == salary.minimum.rounded(), salary.maximum == salary.maximum.rounded(),
              abs(salary.maximum) < 1e15 else { return "" }
        func end(_ name: String, _ amount: Double) -> String {
            "        <\(name)>\n" + FeedXML.plain("amount", String(Int(amount)), indent: 10)
                + FeedXML.plain("currencyCode", salary.currency, indent: 10) + "        </\(name)>\n"
        }
        return "    <salaries>\n      <salary>\n" + end("highEnd", salary.maximum) + end("lowEnd", salary.minimum)
            + FeedXML.plain("period", period(salary.period), indent: 8) + FeedXML.plain("type", "BASE_SALARY", indent: 8)
            + "      </salary>\n    </salaries>\n"
    }

    /// "YEARLY, MONTHLY, SEMIMONTHLY, BIWEEKLY, WEEKLY, DAILY, HOURLY, ONCE".
    static func period(_ period: SalaryPeriod) -> String {
        switch period {
        case .year: return "YEARLY"
        case .month: return "MONTHLY"
        case .week: return "WEEKLY"
        case .day: return "DAILY"
        case .hour: return "HOURLY"
        }
    }

    /// The whole feed: `entries` holds each listed job's pieces, in jobs.json's order;
    /// `count` is the number of `<job>` elements, for `expectedJobCount`.
    static func document(_ site: ResolvedSite, lastBuildDate: String, entries: [[String]], count: Int) -> String {
        let organization = site.config.organization
        let head = """
            <?xml version="1.0" encoding="UTF-8"?>
            <source>
            \(FeedXML.plain("lastBuildDate", lastBuildDate, indent: 2))\
            \(FeedXML.element("publisherUrl", organization.url ?? site.baseURL.absolute(""), indent: 2))\
            \(FeedXML.element("publisher", organization.name, indent: 2))\
            \(FeedXML.plain("expectedJobCount", String(count), indent: 2))
            """
        return FeedXML.join(head, entries, "</source>\n")
    }
}
