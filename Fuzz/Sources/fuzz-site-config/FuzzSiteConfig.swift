import CFuzzDriver
import FuzzSupport
@testable import OpeningsKit

/// `Content/site.yml`: settings are refused only with an error; findings point inside
/// the file and are given once.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSiteConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let file = Fuzz.sourceFile(UnsafeRawBufferPointer(start: data, count: size), at: "Content/site.yml") else { return 0 }
    var diagnostics: [Diagnostic] = []
    let config = SiteConfigDecoder.decode(file, diagnostics: &diagnostics)
    Fuzz.checkFindings(diagnostics, in: file)
    Fuzz.check(config != nil || diagnostics.contains { $0.severity == .error }, "site.yml was refused without an error")
    return 0
}

/// The entry point SwiftPM links as `main` (see CFuzzDriver.h): libFuzzer's driver, on this target.
@_cdecl("fuzz_site_config_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzSiteConfig(data!, size) }
}
