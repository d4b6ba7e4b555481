import Foundation
import Testing
@testable import OpeningsKit

/// Places as the pages show them (`PlaceNames`), per country and language, and what a
/// built site makes of them: labels change with the language, slugs never do.
@Suite struct PlaceNamesTests {
    typealias L = JobLocation

    /// One place, and its label in English, German and French.
    @Test(arguments: [
        // Region codes where people write them after the city.
        (L(city: "Denver", region: "CO", country: "US"), "Denver, CO, United States", "Denver, CO, Vereinigte Staaten", "Denver, CO, États-Unis"),
        (L(city: "Vancouver", region: "BC", country: "CA"), "Vancouver, BC, Canada", "Vancouver, BC, Kanada", "Vancouver, BC, Canada"),
        (L(city: "Sydney", region: "NSW", country: "AU"), "Sydney, NSW, Australia", "Sydney, NSW, Australien", "Sydney, NSW, Australie"),
        (L(city: "Campinas", region: "SP", country: "BR"), "Campinas, SP, Brazil", "Campinas, SP, Brasilien", "Campinas, SP, Brésil"),
        // Elsewhere the code is left out: `BE` is Berlin's, not Belgium's.
        (L(city: "Berlin", region: "BE", country: "DE"), "Berlin, Germany", "Berlin, Deutschland", "Berlin, Allemagne"),
        (L(city: "London", region: "LND", country: "GB"), "London, United Kingdom", "London, Vereinigtes Königreich", "London, Royaume-Uni"),
        (L(city: "Dublin", region: "D", country: "IE"), "Dublin, Ireland", "Dublin, Irland", "Dublin, Irlande"),
        (L(city: "Paris", region: "75", country: "FR"), "Paris, France", "Paris, Frankreich", "Paris, France"),
        (L(city: "Guadalajara", region: "JAL", country: "MX"), "Guadalajara, Mexico", "Guadalajara, Mexiko", "Guadalajara, Mexique"),
        (L(city: "Amsterdam", country: "NL"), "Amsterdam, Netherlands", "Amsterdam, Niederlande", "Amsterdam, Pays-Bas"),
        // A country alone: CLDR's name, not ISO's "Korea, Republic of".
        (L(country: "KR"), "South Korea", "Südkorea", "Corée du Sud"),
        // A region without a city: its name, when ISO 3166-2 knows it; ISO's index form
        // ("London, City of") read as the name alone.
        (L(region: "BY", country: "DE"), "Bayern, Germany", "Bayern, Deutschland", "Bayern, Allemagne"),
        (L(region: "CO", country: "US"), "Colorado, United States", "Colorado, Vereinigte Staaten", "Colorado, États-Unis"),
        (L(region: "LND", country: "GB"), "London, United Kingdom", "London, Vereinigtes Königreich", "London, Royaume-Uni"),
        (L(region: "ZZ", country: "DE"), "Germany", "Deutschland", "Allemagne"),
        // A city-state once, in the reader's language.
        (L(city: "Singapore", country: "SG"), "Singapore", "Singapur", "Singapour"),
        // Free text as written.
        (L(text: "Berlin or Munich"), "Berlin or Munich", "Berlin or Munich", "Berlin or Munich"),
    ])
    func displayForms(place: JobLocation, en: String, de: String, fr: String) {
        #expect(PlaceNames(language: "en").label(place) == en)
        #expect(PlaceNames(language: "de").label(place) == de)
        #expect(PlaceNames(language: "fr").label(place) == fr)
    }

    @Test func theOtherLanguagesNameCountriesToo() {
        let berlin = L(city: "Berlin", region: "BE", country: "DE")
        #expect(["es", "nl", "pl", "it", "pt"].map { PlaceNames(language: $0).label(berlin) }
                == ["Berlin, Alemania", "Berlin, Duitsland", "Berlin, Niemcy", "Berlin, Germania", "Berlin, Alemanha"])
    }

    @Test func languageTagsUseTheirPrimaryLanguageAndUnknownOnesEnglish() {
        #expect(PlaceNames(language: "de-DE").language == "de")
        #expect(PlaceNames(language: "de_AT").country("AT") == "Österreich")
        #expect(PlaceNames(language: "PT-br").country("DE") == "Alemanha")
        #expect(PlaceNames(language: "sv").language == "en")
        #expect(PlaceNames(language: "sv").country("SE") == "Sweden")
        #expect(PlaceNames(language: "").country("US") == "United States")
    }

    @Test func countryNamesFallBackToTheCode() {
        let german = PlaceNames(language: "de")
        #expect(german.country("DE") == "Deutschland")
        #expect(german.country("de") == "Deutschland", "a lower-case code is still the country")
        #expect(german.country("XK") == "XK", "no ISO 3166-1 country, no name")
    }

    // MARK: Built pages

    static let berlin = TestSite.job("""
        title: Backend Engineer
        id: ENG-1
        department: Engineering
        workplace: onsite
        locations: [{ city: Berlin, region: BE, country: DE }]
        posted: 2026-11-01

        """)

    /// The example site's seed-style posting: workplace words where the place would be.
    static let partner = TestSite.job("""
        role: Talent Acquisition Partner
        id: PPL-1
        department: Engineering
        location: "Hybrid or Remote"
        remote_countries: [US, AT]
        posted: 2026-11-01

        """)

    static func siteYML(language: String) -> String {
        TestSite.siteYML + "language: \(language)\n"
    }

    @Test func aGermanSiteNamesPlacesInGermanAndWorkplaceWordsMakeNoPlace() throws {
        let site = try TestSite(["Content/jobs/berlin.md": Self.berlin, "Content/jobs/partner.md": Self.partner],
                                siteYML: Self.siteYML(language: "de-DE"))
        defer { site.remove() }
        let report = site.build()
        #expect(report.succeeded)
        #expect(site.lines(report.diagnostics) == [
            "Content/jobs/partner.md:5:11: note: `location` “Hybrid or Remote” names no place, so no location page or filter shows it; it was read as `workplace: hybrid`; to say so yourself, write `workplace: hybrid` instead, and any offices as `locations:`",
        ])
        let locations = try FileManager.default.contentsOfDirectory(atPath: site.root + "/Public/locations").sorted()
        #expect(locations == ["berlin-be-de"], "no page for the workplace words")
        let index = try #require(site.read("Public/index.html"))
        let select = try #require(index.components(separatedBy: "<select id=\"filter-location\"").last?.components(separatedBy: "</select>").first)
        let options = select.components(separatedBy: "<option value=\"").dropFirst().map { String($0.prefix { $0 != "<" }) }
        // After the theme's "any location" option (its words are the theme's), the places.
        #expect(options.dropFirst() == ["berlin-be-de\">Berlin, Deutschland (1)"])
        #expect(!index.contains("Hybrid or Remote"))
        #expect(index.contains("<span class=\"meta-item\">Berlin, Deutschland</span>"))
        let page = try #require(site.read("Public/locations/berlin-be-de/index.html"))
        #expect(page.contains(" Berlin, Deutschland</h1>"), "the location page's title names the place")
        let sitemap = try #require(site.read("Public/sitemap.xml"))
        #expect(sitemap.contains("/locations/berlin-be-de/") && !sitemap.contains("hybrid-or-remote"))
        let job = try #require(site.read("Public/jobs/partner/index.html"))
        #expect(job.contains("<dd>Vereinigte Staaten, Österreich</dd>"), "remote countries in German")
        #expect(!job.contains("Hybrid or Remote"))
        let json = try #require(site.read("Public/jobs.json"))
        #expect(json.contains("\"text\": \"Berlin, Deutschland\""))
        #expect(json.contains("\"locations\": [],"), "the partner job has no place")
    }

    @Test func slugsAndAddressesDoNotChangeWithTheLanguage() throws {
        let places = """
            title: Backend Engineer
            id: ENG-1
            department: Engineering
            workplace: onsite
            locations:
              - { city: Berlin, region: BE, country: DE }
              - { city: Denver, region: CO, country: US }
              - { city: London, region: LND, country: GB }
              - { city: Paris, country: FR }
            posted: 2026-11-01

            """
        let job = try InMemorySite.job("berlin", places)
        #expect(job.places.map(\.slug) == ["berlin-be-de", "denver-co-us", "london-lnd-gb", "paris-fr"])
        for language in ["en", "de", "fr"] {
            let site = try TestSite(["Content/jobs/berlin.md": TestSite.job(places)], siteYML: Self.siteYML(language: language))
            defer { site.remove() }
            #expect(site.build().succeeded)
            let locations = try FileManager.default.contentsOfDirectory(atPath: site.root + "/Public/locations").sorted()
            #expect(locations == ["berlin-be-de", "denver-co-us", "london-lnd-gb", "paris-fr"], "\(language)")
            let index = try #require(site.read("Public/index.html"))
            #expect(index.contains("href=\"/locations/berlin-be-de/\""), "\(language)")
        }
    }
}
