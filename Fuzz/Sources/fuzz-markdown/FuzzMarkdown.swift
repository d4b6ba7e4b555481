import CFuzzDriver
import FuzzSupport
@testable import OpeningsKit

/// A body through libcmark with the site's safe setting and a base path: the HTML holds
/// only what libcmark writes (raw HTML left out, no link that runs script); the link
/// and heading findings point inside the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let file = Fuzz.sourceFile(UnsafeRawBufferPointer(start: data, count: size), at: "Content/jobs/fuzz.md") else { return 0 }
    var renderer = MarkdownRenderer(allowUnsafeHTML: false, basePath: "/careers/")
    renderer.siteOrigin = "https://careers.acme.example"
    var diagnostics: [Diagnostic] = []
    var links = LinkInventory()
    let html = renderer.render(Substring(file.text), file: file, firstLine: 1, diagnostics: &diagnostics, links: &links)
    Fuzz.checkMarkdownHTML(html)
    Fuzz.checkFindings(diagnostics, in: file)
    // Front-matter list items (`responsibilities:`) render one line inline.
    if let line = file.text.split(separator: "\n").first {
        Fuzz.checkMarkdownHTML(renderer.renderInline(String(line)))
    }
    return 0
}

/// The entry point SwiftPM links as `main` (see CFuzzDriver.h): libFuzzer's driver, on this target.
@_cdecl("fuzz_markdown_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzMarkdown(data!, size) }
}
