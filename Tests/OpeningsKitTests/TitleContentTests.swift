import Testing
@testable import OpeningsKit

/// `TitleContent`: pay and places in a title, and the names that only look like them.
@Suite struct TitleContentTests {
    static func job(_ places: String = "locations: [{ city: Denver, region: CO, country: US }, { city: Berlin, country: DE }]\n") throws -> Job {
        try InMemorySite.job("x", "title: X\nid: X-1\ndepartment: D\nposted: 2026-11-01\n" + places)
    }

    @Test(arguments: [
        ("Engineer $120k", "$120k"),
        ("Engineer ($120,000 - $150,000)", "$120,000"),
        ("Ingenieur – 60.000 €", "60.000 €"),
        ("Ingénieur 60 000 €", "60 000 €"),
        ("Entwickler (€60.000)", "€60.000"),
        ("Engineer 60k€", "60k€"),
        ("Engineer, 120,000 USD", "120,000 USD"),
        ("Engineer (USD 120k)", "USD 120k"),
        ("Barista 15/hr", "15/hr"),
        ("Driver – 22 per hour", "22 per hour"),
        ("Account Executive 200k OTE", "200k OTE"),
        ("Nurse R$ 5.000", "R$ 5.000"),
        ("Engineer US$90,000", "US$90,000"),
        ("Engineer, 100k-120k", "100k-120k"),
        ("Engineer (90K – 110K)", "90K – 110K"),
    ])
    func payIsFound(title: String, pay: String) {
        #expect(TitleContent.pay(in: title) == pay)
    }

    @Test(arguments: [
        "Software Engineering Intern, Summer 2027", "Accessibility Consultant (6-month contract)", "C# Developer",
        "Support Agent 24/7", "401(k) Administrator", "Level 3 Support", "Staff Engineer (L5)", "Head of Web3",
        "3D Artist", "5G Network Engineer", "Engineer, Top 100 Team", "Payroll Specialist – 2 days a week",
    ])
    func namesAreNotPay(title: String) {
        #expect(TitleContent.pay(in: title) == nil)
    }

    @Test(arguments: [
        ("Engineer – Berlin", "Berlin"),
        ("Engineer - Denver", "Denver"),
        ("Engineer (Remote, US)", "Remote, US"),
        ("Engineer (Remote)", "Remote"),
        ("Engineer (100% Remote)", "100% Remote"),
        ("Engineer – Fully Remote", "Fully Remote"),
        ("Engineer (Hybrid, Denver)", "Hybrid, Denver"),
        ("Engineer [Remote-first, EMEA]", "Remote-first, EMEA"),
        ("Engineer (Denver, CO)", "Denver, CO"),
        ("Engineer (London, United Kingdom)", "London, United Kingdom"),
        ("Engineer – Germany", "Germany"),
        ("Engineer (Colorado)", "Colorado"),
        ("Engineer (Ontario)", "Ontario"),
        ("Engineer | On-site", "On-site"),
        ("Engineer (Berlin or Remote)", "Berlin or Remote"),
        ("Software Engineer, Berlin", "Berlin"),
        ("Engineer, Denver, CO", "Denver, CO"),
        ("Engineer, Remote", "Remote"),
        ("Engineer – US Remote", "US Remote"),
        ("Engineer (Remote Germany)", "Remote Germany"),
        ("Engineer（Berlin）", "Berlin"),
    ])
    func placesAreFound(title: String, place: String) throws {
        #expect(TitleContent.place(in: title, job: try Self.job()) == place)
    }

    @Test(arguments: [
        "Head of EMEA", "Berlin Office Manager", "Engineer (AI)", "Engineer (Platform, AI)", "Sales Engineer (SE)",
        "Account Executive (AE)", "Workplace Coordinator (IT)", "Engineer – Remote Sensing", "Designer (UX/UI)",
        "Engineer (Go)", "Sales Manager (Contract)", "Partnerships Manager, Public Sector (Part-time)",
        "Director – Product Marketing", "Account Executive – Mid-Market", "Senior Backend Engineer, Scheduling",
        "Support Specialist, Evenings (part-time)", "Engineer (Remote Ops)", "Analyst (India Team)",
        "Staff Solutions Engineer, Healthcare", "Head of North America, Mid-Market", "Manager, Remote Sensing",
        "Engineer, Platform, Payments", "Engineer, 10x Team", "Director, Americas", "Consultant, 3-month project",
        // Places of other jobs, written as names alone, are left alone (precision first).
        "Engineer – Munich",
    ])
    func namesAreNotPlaces(title: String) throws {
        #expect(TitleContent.place(in: title, job: try Self.job()) == nil)
    }

    @Test func aRemoteJobsCountriesCountAsItsPlaces() throws {
        let remote = try Self.job("workplace: remote\nremote_countries: [CA]\n")
        #expect(TitleContent.place(in: "Engineer – Canada", job: remote) == "Canada")
        #expect(TitleContent.place(in: "Engineer (British Columbia)", job: remote) == "British Columbia")
        #expect(TitleContent.place(in: "Engineer (Remote – CA)", job: remote) == "Remote – CA")
    }
}
