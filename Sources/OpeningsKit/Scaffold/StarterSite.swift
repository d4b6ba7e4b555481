import Foundation

/// `openings init`: a small complete site that builds and checks clean with the
/// built-in theme, every setting shown and explained.
public enum StarterSite {

    public static let files: [(String, String)] = [
        ("Content/site.yml", """
            # Site settings. Every key is described in the Openings README.
            title: Example Co Careers                 # shown in the header and page titles
            description: Open positions at Example Co.  # meta description of the job index
            base_url: https://careers.example.com/    # where the site is served; may include a path
            language: en-US                           # BCP 47; sets <html lang> and the salary format
            theme: default                            # a folder in Themes/, or the built-in default
            organization:
              name: Example Co                        # the hiring organisation (JSON-LD, header)
              url: https://example.com
              # logo: /assets/logo.svg                # a URL or a path in the site
            apply_url: "mailto:jobs@example.com?subject=Application%20{id}"  # {id} and {slug} expand
            interview_required: true                  # every published job needs a How We Interview process
            pay_transparency: jurisdiction            # off | jurisdiction | always
            # employees: 50                           # headcount, for pay-transparency thresholds
            # pay_transparency_overrides: { US-HI: off }
            # language_rules: { disable: [], severity: {}, custom: [] }
            # apply_source: careers-site              # added to http(s) apply links, so your ATS credits this site
            # feeds: { listings: true, calendar: true, indeed: true, linkedin: true }  # see docs/output.md
            # indexnow_key: 0123456789abcdef          # `openssl rand -hex 16`; for `openings notify` after a deploy
            markdown:
              unsafe_html: false                      # true lets raw HTML through Markdown

            """),
        ("Content/bands.yml", """
            # Named salary bands; a job uses one with `salary: { band: engineering-l3 }`.
            engineering-l3: { min: 95000, max: 125000, currency: USD, period: year, label: "Engineering L3" }

            """),
        ("Content/interview/engineering.md", """
            ---
            title: How We Interview — Engineering
            departments: [Engineering]
            stages:
              - name: Introductory call
                duration: 30 min
                format: video
                assesses: [motivation, what you are looking for, logistics]
              - name: Technical conversation
                duration: 60 min
                format: video
                assesses: [problem solving, communication]
              - name: Meet the team
                duration: 45 min
                format: video
                assesses: [collaboration, how we work together]
            ---
            Tell us about any accommodations you need at any stage; we will arrange them. You
            will hear back within five working days after each stage.

            """),
        ("Content/jobs/software-engineer.md", """
            ---
            title: Software Engineer
            id: ENG-0001
            department: Engineering
            level: Mid
            employment_type: full_time
            workplace: hybrid
            locations:
              - { city: Denver, region: CO, country: US }
            remote_countries: [US]
            posted: 2026-01-05
            closes: 2030-12-31
            salary: { band: engineering-l3 }
            benefits: [Health, dental and vision insurance, 401(k) with match, 25 days of paid time off]
            tags: [backend]
            ---
            We are looking for a software engineer to help us build and run the services our
            customers rely on every day. You will join a team of six engineers and work closely
            with product and design.

            ## What you'll do

            - Design, build and operate backend services in a small, friendly team.
            - Review code and write clear design notes that others can build on.
            - Take part in a calm, well-supported on-call rotation.

            ## What you'll bring

            - Experience building and running web services in production.
            - Clear writing and a habit of asking good questions.
            - Care for the people who use what you build.

            ## How success is measured

            In your first three months you will ship a change to production, take part in
            on-call with a partner, and improve one thing that slows the team down. After a
            year, you will own a service end to end and help new colleagues find their way.

            ## About us

            Example Co makes software for small businesses. We work in the open, write things
            down, and keep meetings short. We welcome applicants of every background, and we
            are glad to talk about flexible hours and part-time arrangements.

            """),
        (".gitignore", """
            # The built site (`openings build`), and Openings' own folder: the build record
            # that makes an unchanged rebuild instant, and the binary a CI recipe downloads.
            /Public/
            /.openings/

            """),
        ("README.md", """
            # Careers site

            Our job postings, published with [Openings](https://github.com/openings-dev/openings).
            Each posting is a Markdown file in `Content/jobs/`; the site is built from them.

            ## Add or change a posting

            1. `openings new job "Data Engineer" --department Engineering` writes a draft in
               `Content/jobs/` with the next id and today's date (or copy an existing posting).
            2. Fill in the front matter (title, location, pay) and the text, then set `draft: false`.
            3. Open a pull request. CI runs `openings check`, and each problem shows on its line.

            ## See it before it is published

            `openings serve` builds the site in memory and opens it on http://127.0.0.1:8000/;
            the page reloads whenever you save a file. Drafts appear with `--drafts`.

            ## What `openings check` tells you

            Every problem at its file, line and column, with how to fix it:

            ```
            Content/jobs/data-engineer.md:9:1: error: no pay range, which Colorado requires because it is based in Denver, CO, United States (…) [pay-range]
            ```

            **Errors** would make the site wrong, unsafe or unlawful (a missing pay range where the
            law asks for one, a broken date, an unknown salary band): the site is not built until they
            are fixed. **Warnings** are advice (wording that puts candidates off, no benefits listed);
            the site is built anyway.

            ## Where things are

            - `Content/site.yml`: the site's settings, each explained in the file.
            - `Content/bands.yml`: salary bands postings can name.
            - `Content/interview/`: the "How we interview" sections.
            - `Content/pages/`: free pages (benefits, how we hire).
            - The Openings documentation: https://github.com/openings-dev/openings#readme

            """),
        ("Content/pages/benefits.md", """
            ---
            title: Benefits
            description: What working at Example Co offers.
            nav_order: 1
            ---
            - **Health:** medical, dental and vision insurance for you and your family.
            - **Time off:** 25 days of paid time off, plus public holidays.
            - **Learning:** a yearly budget for courses, books and conferences.
            - **Flexibility:** hybrid work and flexible hours.

            """),
    ]

    /// Writes the starter site into `folder`, with the CI recipe `ci` when given.
    /// Refuses a folder with anything in it unless `force`, and never overwrites a file
    /// even then.
    public static func write(to folder: String, force: Bool, ci: CIRecipe? = nil) throws -> [String] {
        let manager = FileManager.default
        if let existing = try? manager.contentsOfDirectory(atPath: folder), !existing.isEmpty, !force {
            throw Failure("\(folder) is not empty; choose an empty folder or pass --force (existing files are kept)")
        }
        var written: [String] = []
        for (path, text) in files + (ci.map { [($0.path, $0.text)] } ?? []) {
            let target = folder + "/" + path
            if manager.fileExists(atPath: target) { continue }
            try manager.createDirectory(atPath: target.parentPath, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: target), options: .withoutOverwriting)
            written.append(path)
        }
        return written
    }
}
