import Foundation

/// A site of many small postings, written by the tests that need a build with some
/// bulk: large enough to fill a small disk or to be killed halfway, and quick to
/// build (compliance and language rules quiet, one-line bodies).
enum GeneratedSite {
    /// Writes `<folder>/Content/` with `count` postings; `title` names them, so two
    /// generated sites can differ in every page.
    static func write(to folder: String, count: Int, title: String = "Engineer", body: String = "") throws {
        let files: [String: String] = [
            "Content/site.yml": """
                title: Generated Careers
                base_url: https://careers.generated.example/
                organization: { name: Generated Inc }
                apply_url: "mailto:jobs@generated.example?subject={id}"
                pay_transparency: off
                language_rules: { disable: [missing-responsibilities, missing-requirements, body-length, jobposting-location] }

                """,
            "Content/interview/engineering.md": """
                ---
                title: How We Interview — Engineering
                departments: [Engineering]
                stages:
                  - { name: Intro call, duration: 30 minutes }
                ---
                We keep it short.

                """,
        ]
        for (path, text) in files { try write(text, to: folder + "/" + path) }
        for number in 1...count {
            try write(posting(number, title: title, body: body), to: folder + "/Content/jobs/engineer-\(number).md")
        }
    }

    static func posting(_ number: Int, title: String = "Engineer", body: String = "") -> String {
        """
        ---
        title: \(title) \(number)
        id: ENG-\(number)
        department: Engineering
        workplace: remote
        remote_countries: [US]
        posted: 2026-11-01
        salary: { min: 100000, max: 150000, currency: USD }
        ---
        Build the **scheduling** service, part \(number).
        \(body)
        """
    }

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}
