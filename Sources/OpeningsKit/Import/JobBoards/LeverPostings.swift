import Foundation

/// Lever's Postings API, as documented at github.com/lever/postings-api:
/// `GET https://api.lever.co/v0/postings/SITE?mode=json` gives a JSON array of
/// postings, and `…/postings/SITE/ID` one posting object.
enum LeverPostings {
    struct Posting: Decodable {
        var id: String
        /// The title.
        var text: String?
        var categories: Categories?
        /// ISO 3166-1 alpha-2, or null when unknown.
        var country: String?
        /// `on-site`, `remote`, `hybrid` or `unspecified`.
        var workplaceType: String?
        /// The opening and the body, as styled HTML.
        var description: String?
        var opening: String?
        var descriptionBody: String?
        /// Requirements, benefits…: `{text, content}` where content is `<li>` elements.
        var lists: [ListSection]?
        /// Closing content (HTML); may be empty.
        var additional: String?
        var hostedUrl: String?
        var applyUrl: String?
        /// Milliseconds since 1970.
        var createdAt: Double?
        var salaryRange: Salary?
        var salaryDescription: String?
        var salaryDescriptionPlain: String?
    }

    struct Categories: Decodable {
        var team: String?
        var department: String?
        var location: String?
        var commitment: String?
        var level: String?
        var allLocations: [String]?
    }

    struct ListSection: Decodable {
        var text: String?
        var content: String?
    }

    struct Salary: Decodable {
        var currency: String?
        /// `per-year-salary`, `per-month-salary`, `per-hour-wage`, `one-time`…
        var interval: String?
        var min: Double?
        var max: Double?
    }

    static let expected = "a Lever postings response (expected a JSON array of postings from https://api.lever.co/v0/postings/SITE?mode=json)"

    static func decode(_ data: Data, single: Bool) throws -> [Posting] {
        single ? [try JSONDecoder().decode(Posting.self, from: data)] : try JSONDecoder().decode([Posting].self, from: data)
    }

    // MARK: Mapping

    static func posting(_ lever: Posting) -> ImportedPosting {
        let title = BoardValues.text(lever.text)
        // The whole id: Lever's ids are UUIDs, and no part of one is unique on its own.
        var posting = ImportedPosting(source: "Lever posting \(lever.id)", fileName: Slug.make(from: title ?? "lever-\(lever.id)"))
        posting.title = title
        posting.id = "LEVER-\(lever.id)"

        let categories = lever.categories
        BoardValues.department(categories?.department, team: categories?.team, into: &posting)
        posting.level = BoardValues.text(categories?.level)
        BoardValues.employmentType(categories?.commitment, field: "commitment", into: &posting)

        posting.workplace = lever.workplaceType.flatMap(ForeignValues.workplace)
        places(lever).apply(to: &posting)

        if let createdAt = lever.createdAt { posting.posted = BoardValues.date(milliseconds: createdAt) }
        if let range = lever.salaryRange { pay(range, into: &posting) }
        if let description = BoardValues.text(lever.salaryDescriptionPlain)
            ?? BoardValues.text(lever.salaryDescription).map({ HTMLToMarkdown.convert($0) }).flatMap(BoardValues.text) {
            posting.leftovers.append(.init(key: "salary description", value: description))
        }
        BoardValues.applyURL([("applyUrl", lever.applyUrl), ("hostedUrl", lever.hostedUrl)], into: &posting)

        // One document, so the lists are sections of the same page, titled with `<h3>`
        // as on Lever's own page: the converter makes the largest heading `##`, so they
        // rank with the description's own headings. A title's closing colon
        // (`Requirements:`) is a label's, not a heading's.
        var html = lever.description ?? ((lever.opening ?? "") + (lever.descriptionBody ?? ""))
        for list in lever.lists ?? [] {
            guard let content = BoardValues.text(list.content) else { continue }
            if var heading = BoardValues.text(list.text) {
                while heading.hasSuffix(":") { heading.removeLast() }
                html += "<h3>\(Escaping.html(heading.trimmingWhitespace()))</h3>"
            }
            html += "<ul>\(content)</ul>"
        }
        html += lever.additional ?? ""
        posting.body = HTMLToMarkdown.convert(html, title: posting.title)
        return posting
    }

    /// `allLocations` (or `location`) read as text. The posting's `country` completes a
    /// lone city (`San Francisco` with `US`), and is where a remote posting, or one with
    /// a location that says remote, hires when its text names no country.
    static func places(_ lever: Posting) -> ImportedPlaces {
        let texts = (lever.categories?.allLocations ?? []).compactMap(BoardValues.text)
        var places = ImportedPlaces()
        for text in texts.isEmpty ? [lever.categories?.location].compactMap({ BoardValues.text($0) }) : texts {
            places.add(text: text)
        }
        let country = BoardValues.text(lever.country)?.uppercased()
        if let country, ISOCodes.countries[country] != nil {
            if places.unread.count == 1, places.locations.count == 1, let text = places.unread.first,
               case .place(let location, _) = PlaceText.read("\(text), \(country)") {
                places.replace(unread: text, with: location)
            }
            // A location whose text says remote (`Remote`) hires in that country whatever
            // `workplaceType` says; `ImportedPlaces.apply` then settles the workplace.
            let workplace = lever.workplaceType.flatMap(ForeignValues.workplace)
            if workplace == .remote || places.workplace == .remote, places.remoteCountries.isEmpty { places.addRemote(country) }
        }
        return places
    }

    /// Lever's interval names the period (`per-year-salary`); a one-time amount is no
    /// salary Openings can show.
    static func pay(_ range: Salary, into posting: inout ImportedPosting) {
        let interval = (range.interval ?? "").lowercased()
        let periods: [(String, SalaryPeriod)] = [("year", .year), ("month", .month), ("week", .week), ("day", .day), ("hour", .hour)]
        guard let period = periods.first(where: { interval.contains($0.0) })?.1 else {
            posting.notes.append("`salaryRange` is paid `\(range.interval ?? "")`, not per year, month, week, day or hour, so no salary was written")
            posting.leftovers.append(.init(key: "salaryRange", value: [range.min.map(SalaryRange.plain), range.max.map(SalaryRange.plain)]
                .compactMap { $0 }.joined(separator: "–") + " \(range.currency ?? "") \(range.interval ?? "")"))
            return
        }
        posting.salary = BoardValues.salary(minimum: range.min, maximum: range.max, currency: range.currency, period: period,
                                            what: "`salaryRange`", into: &posting)
    }
}
