import Testing
@testable import OpeningsKit

/// Text in `location:` that says how people work, not where (`WorkplaceWords`), in the
/// languages pages are written in, and the places that only look like it.
@Suite struct WorkplaceWordsTests {
    @Test(arguments: [
        ("Hybrid or Remote", Workplace.hybrid),
        ("Remote", .remote),
        ("Fully remote", .remote),
        ("100% Remote", .remote),
        ("Anywhere", .remote),
        ("Remote (flexible hours)", .remote),
        ("Work from home", .remote),
        ("On-site", .onsite),
        ("Flexible", .hybrid),
        ("Homeoffice", .remote),
        ("Home-Office möglich", .remote),
        ("Hybrid oder Remote", .hybrid),
        ("Vor Ort", .onsite),
        ("Télétravail", .remote),
        ("Hybride", .hybrid),
        ("À distance", .remote),
        ("Teletrabajo", .remote),
        ("Híbrido", .hybrid),
        ("Remoto o presencial", .remote),
        ("Op afstand", .remote),
        ("Hybride of op kantoor", .hybrid),
        ("Zdalnie", .remote),
        ("Praca zdalna lub hybrydowa", .hybrid),
        ("Da remoto", .remote),
        ("Teletrabalho", .remote),
    ])
    func wordsForHowPeopleWorkAreNoPlace(text: String, workplace: Workplace) {
        #expect(PlaceText.read(text) == .workplace(workplace, remoteCountry: nil))
    }

    @Test(arguments: [
        ("Remote - US", "US"),
        ("Remote (Canada only)", "CA"),
        ("Germany (Remote)", "DE"),
        ("US Remote", "US"),
        ("Remote within the United Kingdom", "GB"),
        ("Homeoffice (Deutschland)", "DE"),
        ("Télétravail - France", "FR"),
        ("Remote - Bosnia and Herzegovina", "BA"),
    ])
    func remoteWordsWithOneCountrySayWhereHiresMayLive(text: String, country: String) {
        #expect(PlaceText.read(text) == .workplace(.remote, remoteCountry: country))
    }

    @Test func placesThatOnlyLookLikeWorkplaceWords() {
        #expect(PlaceText.read("Bergen op Zoom, Netherlands") == .place(JobLocation(city: "Bergen op Zoom", country: "NL"), doubt: nil))
        #expect(PlaceText.read("Denver, Colorado (Hybrid)") == .place(JobLocation(city: "Denver", region: "CO", country: "US"), doubt: nil))
        #expect(PlaceText.read("Aix-en-Provence, France") == .place(JobLocation(city: "Aix-en-Provence", country: "FR"), doubt: nil))
        // Two places, or workplace words beside a place that is not a country: no one reading.
        #expect(PlaceText.read("Berlin or Munich, Germany") == .unreadable)
        #expect(PlaceText.read("Remote, Berlin") == .unreadable)
        #expect(PlaceText.read("Hybrid - Germany") == .unreadable, "an office somewhere in Germany, not remote hiring there")
    }

    @Test func theWorkplaceIsTakenFromTheWords() {
        #expect(JobDecoder.inferWorkplace(from: "Denver, CO (Hybrid)") == .hybrid)
        #expect(JobDecoder.inferWorkplace(from: "Télétravail") == .remote)
        #expect(JobDecoder.inferWorkplace(from: "Berlin, Germany") == .onsite)
    }
}
