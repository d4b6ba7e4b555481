import CFuzzDriver
import Foundation
import FuzzSupport
@testable import OpeningsKit

/// A theme that extends the default one and overrides some of its templates with fuzzed
/// text. Fields are separated by U+0001; each is a template's name on its first line,
/// then its text. The theme is loaded from a folder as a build loads it; when neither
/// loading nor the theme check finds an error, a small site is rendered with it. Nothing
/// may crash or hang: a template that would (one that includes itself, say) must be
/// refused with an error first.
let site = NSTemporaryDirectory() + "openings-fuzz-theme-\(getpid())"
let templates = site + "/Themes/fuzz/templates"
let created: Void = {
    try? FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
    FileManager.default.createFile(atPath: site + "/Themes/fuzz/theme.yml", contents: Data("extends: default\n".utf8))
    atexit { try? FileManager.default.removeItem(atPath: site) }
}()

let names = ["index", "listing", "job", "page", "404", "layout", "job-card", "job-listing", "job-interview", "extra"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTheme(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = created
    for name in (try? FileManager.default.contentsOfDirectory(atPath: templates)) ?? [] {
        try? FileManager.default.removeItem(atPath: templates + "/" + name)
    }
    for field in Fuzz.text(UnsafeRawBufferPointer(start: data, count: size)).split(separator: "\u{1}").prefix(4) {
        let name = String(field.prefix { $0 != "\n" })
        guard names.contains(name) else { continue }
        FileManager.default.createFile(atPath: "\(templates)/\(name).mustache", contents: Data(field.dropFirst(name.count + 1).utf8))
    }
    var diagnostics: [Diagnostic] = []
    guard let theme = Theme.load(named: "fuzz", files: SiteFiles(root: site), requestedAt: SourceLocation(path: "site.yml", line: 1, column: 1),
                                 diagnostics: &diagnostics), !diagnostics.contains(where: { $0.severity == .error }) else { return 0 }
    guard !ThemeCheck.check(theme).contains(where: { $0.severity == .error }) else { return 0 }
    let siteYML = """
        title: Acme Careers
        base_url: https://careers.acme.example/
        organization: { name: Acme Corp, url: https://acme.example }
        apply_url: "https://jobs.acme.example/apply?req={id}&job={slug}"

        """
    let job = """
        ---
        title: Backend Engineer
        id: ENG-1
        department: Engineering
        locations: [{ city: Denver, region: CO, country: US }]
        posted: 2026-11-01
        salary: { min: 100000, max: 140000, currency: USD }
        tags: [swift, backend]
        ---
        ## What you'll do

        Build things.

        """
    _ = Fuzz.build(siteYML: siteYML, jobs: [("backend-engineer", job)], theme: theme)
    return 0
}

/// The entry point SwiftPM links as `main` (see CFuzzDriver.h): libFuzzer's driver, on this target.
@_cdecl("fuzz_theme_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzTheme(data!, size) }
}
