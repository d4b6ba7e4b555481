import Testing
@testable import OpeningsKit

/// The pieces of the Jekyll and Hugo import one by one: the TOML reader, the three
/// kinds of front matter, the template-tag cleaner, the apply-link reader and the
/// value readers it shares with the job-board importers.
@Suite struct StaticSitePartsTests {
    // MARK: Foreign values

    @Test func datesWithWeekdaysAndTimes() {
        #expect(ForeignValues.date("Friday, June 11, 2021 at 11:59PM EDT") == CalendarDate(year: 2021, month: 6, day: 11))
        #expect(ForeignValues.date("Tuesday, June 16, 2020") == CalendarDate(year: 2020, month: 6, day: 16))
        #expect(ForeignValues.date("February 3, 2021 11:59pm EDT") == CalendarDate(year: 2021, month: 2, day: 3))
        #expect(ForeignValues.date("2024-02-02T09:52:47.949Z") == CalendarDate(year: 2024, month: 2, day: 2))
        #expect(ForeignValues.date("TBD") == nil)
        #expect(ForeignValues.date("Someday, June 11") == nil)
    }

    @Test func payAmountsCurrenciesAndPeriods() {
        #expect(ForeignValues.amount("128,078") == 128_078)
        #expect(ForeignValues.amount("$84k") == 84_000)
        #expect(ForeignValues.amount("84 000") == 84_000)
        #expect(ForeignValues.amount("paid") == nil)
        #expect(ForeignValues.currency("eur") == "EUR")
        #expect(ForeignValues.currency("£") == "GBP")
        #expect(ForeignValues.currency("dollars") == nil)
        #expect(ForeignValues.period("per hour") == .hour)
        #expect(ForeignValues.period("Annual") == .year)
        #expect(ForeignValues.employmentType("perm") == .fullTime)
    }

    @Test func workplaceSaidBeforeThePlaces() {
        let read = ForeignValues.places("Virtual (100% Remote), Washington, DC; San Francisco, CA; St. Louis, MO")
        #expect(read.workplace == .remote)
        #expect(read.locations == [JobLocation(city: "Washington", region: "DC", country: "US"),
                                   JobLocation(city: "San Francisco", region: "CA", country: "US"),
                                   JobLocation(city: "St. Louis", region: "MO", country: "US")])
        let sentence = "We have offices in Denver and Austin. We also offer virtual roles."
        #expect(ForeignValues.places(sentence).locations == [JobLocation(text: sentence)])
    }
}
