import CFuzzDriver
import FuzzSupport
@testable import OpeningsKit

/// A job board's HTML description through libxml2 into Markdown (`HTMLToMarkdown`):
/// the Markdown holds no raw HTML for pages to leave out (text that looks like a tag
/// is escaped), and renders to what libcmark writes in safe mode.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let html = Fuzz.text(UnsafeRawBufferPointer(start: data, count: size))
    let markdown = HTMLToMarkdown.convert(html)
    let file = SourceFile(relativePath: "Content/jobs/imported.md", displayPath: "site/Content/jobs/imported.md", text: markdown)
    var diagnostics: [Diagnostic] = []
    let rendered = MarkdownRenderer(allowUnsafeHTML: false).render(Substring(markdown), file: file, firstLine: 1, diagnostics: &diagnostics)
    Fuzz.checkMarkdownHTML(rendered)
    Fuzz.check(!rendered.contains("<!-- raw HTML omitted -->"),
               "the converted Markdown holds raw HTML a page would leave out:\n\(markdown)")
    return 0
}

/// The entry point SwiftPM links as `main` (see CFuzzDriver.h): libFuzzer's driver, on this target.
@_cdecl("fuzz_html_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzHTML(data!, size) }
}
