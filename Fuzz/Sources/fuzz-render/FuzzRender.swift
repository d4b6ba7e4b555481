import Foundation
import CFuzzDriver
import FuzzSupport
@testable import OpeningsKit

/// A whole site built in memory with the default theme and every feed on, from fuzzed
/// values: the site's and organisation's names, a job's title, department, city and
/// region (each marked, see `Fuzz.checkPage`), a list item and the body (Markdown, so
/// not marked: `fuzz-markdown` holds them to libcmark's safe output). Fields are
/// separated by U+0001; the first byte picks the country, workplace and pay. Every page
/// keeps each value escaped, JSON-LD parses and cannot close its script, jobs.json
/// parses and every feed is well-formed XML.
let theme: Theme = {
    var diagnostics: [Diagnostic] = []
    let files = SiteFiles(root: "/nonexistent-openings-fuzz-site")
    guard let theme = Theme.load(named: "default", files: files, requestedAt: SourceLocation(path: "site.yml", line: 1, column: 1),
                                 diagnostics: &diagnostics) else { Fuzz.fail("the default theme does not load: \(diagnostics)") }
    return theme
}()

let countries = ["US", "DE", "GB", "CA", "FR", "IE", "NL", "PL", "ES", "JP", "BR", "IN"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRender(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: data, count: size)
    let first = Int(bytes.first ?? 0)
    var fields = Fuzz.stripMarks(Fuzz.text(UnsafeRawBufferPointer(rebasing: bytes.dropFirst())))
        .split(separator: "\u{1}", maxSplits: 7, omittingEmptySubsequences: false).map(String.init)
    while fields.count < 8 { fields.append("") }
    let q = { (value: String) in JobScaffold.quoted(Fuzz.marked(value)) }
    let siteYML = """
        title: \(q(fields[0]))
        base_url: https://careers.acme.example/
        organization: { name: \(q(fields[1])), url: https://acme.example }
        apply_url: "https://jobs.acme.example/apply?req={id}&job={slug}"
        feeds: { listings: true, calendar: true, indeed: true, linkedin: true }

        """
    let low = 40_000 + (first & 0x0F) * 10_000
    let job = """
        ---
        title: \(q(fields[2]))
        id: FZ-1
        department: \(q(fields[3]))
        locations: [{ city: \(q(fields[4])), region: \(q(fields[5])), country: \(countries[first % countries.count]) }]
        workplace: \(["onsite", "hybrid", "remote"][(first >> 4) % 3])
        posted: 2026-11-01
        closes: 2026-12-24
        salary: { min: \(low), max: \(low + (first >> 2) * 1_000), currency: USD }
        responsibilities: [\(JobScaffold.quoted(fields[6]))]
        ---

        """ + fields[7]
    let other = """
        ---
        title: Recruiter
        id: FZ-2
        department: \(q(fields[3]))
        locations: [{ city: Denver, region: CO, country: US }]
        posted: 2026-10-01
        salary: { min: 70000, max: 90000, currency: USD }
        ---
        Find people.

        """
    guard let files = Fuzz.build(siteYML: siteYML, jobs: [("fuzz", job), ("recruiter", other)], theme: theme) else { return 0 }
    for file in files {
        guard let text = Fuzz.text(of: file) else { continue }
        if file.path.hasSuffix(".html") { Fuzz.checkPage(text, path: file.path) } else { Fuzz.checkData(text, path: file.path) }
    }
    return 0
}

/// The entry point SwiftPM links as `main` (see CFuzzDriver.h): libFuzzer's driver, on this target.
@_cdecl("fuzz_render_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzRender(data!, size) }
}
