/// Where an imported posting is, in Openings' terms: places written as text (a
/// location field), structured addresses where the source has them (Ashby's
/// postal address, a Greenhouse office's `location`), and the remote-hiring countries
/// boards and sites write as `Remote - US`. Shared by every importer so one text reads one way.
struct ImportedPlaces: Equatable {
    var locations: [JobLocation] = []
    var workplace: Workplace?
    var remoteCountries: [String] = []
    /// Parts of the text kept as text in `locations`, for a note.
    var unread: [String] = []
    /// What else a person should check (a region left out).
    var notes: [String] = []

    /// `New York, NY; Remote`, `Remote - US`, `London or Berlin, Germany`: each part as
    /// `ForeignValues.places` reads it, except that a part naming only a country and
    /// remote work (`Remote - US`, `Canada (Remote)`, `Remote, UK only`) is a remote
    /// country rather than a place: the job is done from anywhere in it.
    static func read(_ text: String) -> ImportedPlaces {
        var result = ImportedPlaces()
        result.add(text: text)
        return result
    }

    mutating func add(text: String) {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { return }
        // Tried on the whole text first: `Canada (Remote)` would otherwise be read as
        // a place whose parenthesis makes the job hybrid.
        if let country = Self.remoteCountry(trimmed) {
            addRemote(country)
            return
        }
        let found = ForeignValues.places(trimmed)
        for location in found.locations {
            if let text = location.text, let country = Self.remoteCountry(text) {
                addRemote(country)
            } else if !locations.contains(location) {
                locations.append(location)
                if let text = location.text, !unread.contains(text) { unread.append(text) }
            }
        }
        if let workplace = found.workplace, self.workplace != .hybrid { self.workplace = workplace }
        for text in found.prose {
            notes.append("location text `\(text)` is no place, so it is not a location; say it in the body if it matters")
        }
    }

    mutating func add(_ location: JobLocation) {
        if !locations.contains(location) { locations.append(location) }
    }

    mutating func addRemote(_ country: String) {
        if !remoteCountries.contains(country) { remoteCountries.append(country) }
        if workplace != .hybrid { workplace = .remote }
    }

    /// Replaces a part kept as text with a place read elsewhere (a Greenhouse office).
    mutating func replace(unread text: String, with location: JobLocation) {
        guard let index = locations.firstIndex(of: JobLocation(text: text)) else { return }
        unread.removeAll { $0 == text }
        if locations.contains(location) {
            locations.remove(at: index)
        } else {
            locations[index] = location
        }
    }

    /// The country of `Remote - US`, `US Remote`, `Remote (Canada only)`, `Germany - remote`:
    /// read as a posting's `location:` text is (`WorkplaceWords`), so an imported posting
    /// and an authored one mean the same by it.
    static func remoteCountry(_ text: String) -> String? { WorkplaceWords.remoteCountry(text) }

    /// Whether a location's own text says the work is remote (`Remote (Canada)`,
    /// `Remote`, `US Remote`), as a word: `Remotely` or a street name does not.
    static func saysRemote(_ text: String) -> Bool { remoteSaying(text) != nil }

    /// The lower-cased words of `text` when `remote` is one of them.
    private static func remoteSaying(_ text: String) -> [String]? {
        let lowered = text.lowercased()
        guard lowered.contains("remote") else { return nil }
        var rest = lowered
        for mark in ["-", "–", "—", "(", ")", "[", "]", ",", ":", "|", "/"] { rest = rest.replacingAll(mark, with: " ") }
        let words = rest.split(separator: " ").map(String.init)
        return words.contains("remote") ? words : nil
    }

    /// The workplace a board states, checked against its own locations: one that hires
    /// remotely in a country (`Remote (Canada)`) makes a hybrid or on-site job remote
    /// when it has no office among its places, and hybrid when it has one (hires may
    /// live in the country or come in); `remote_countries` means nothing to an on-site
    /// job, and a hybrid one needs an office. Without a stated workplace, what the
    /// places said.
    func workplace(stated: Workplace?) -> Workplace? {
        guard let stated else { return workplace }
        guard stated != .remote, !remoteCountries.isEmpty else { return stated }
        let office = locations.contains { location in location.text.map { !Self.saysRemote($0) } ?? true }
        return office ? .hybrid : .remote
    }

    /// A structured address (`addressLocality`, `addressRegion`, `addressCountry` as
    /// schema.org names them): nil without a country Openings knows, since a place
    /// is an address only with its country. A region that is not one of the country's
    /// subdivisions is left out, with a note, rather than guessed.
    mutating func place(city: String?, region: String?, country: String?) -> JobLocation? {
        guard let country = BoardValues.text(country), let code = ISOCodes.country(named: country) else { return nil }
        var regionCode: String?
        if let region = BoardValues.text(region) {
            regionCode = PlaceText.regionCode(region, in: code)
            if regionCode == nil {
                let place = [BoardValues.text(city), code].compactMap { $0 }.joined(separator: ", ")
                notes.append("region `\(region)` was left out of \(place): it is no ISO 3166-2 subdivision name or code Openings knows")
            }
        }
        return JobLocation(city: BoardValues.text(city), region: regionCode, country: code)
    }

    /// Into the posting, with a note for each part kept as text.
    func apply(to posting: inout ImportedPosting) {
        posting.locations = locations
        posting.remoteCountries = remoteCountries
        posting.workplace = workplace(stated: posting.workplace)
        for text in unread {
            posting.notes.append("location `\(text)` is kept as text: Openings could not read it as a place; "
                + "write it as city, region and country (or as remote_countries)")
        }
        posting.notes += notes
    }
}
