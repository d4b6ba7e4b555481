import CFuzzDriver
import FuzzSupport
@testable import OpeningsKit

/// A posting file as the loader reads it: front matter split, YAML composed, every
/// field decoded. Findings point inside the file and are given once; a posting is
/// dropped only with an error saying why.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJob(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let file = Fuzz.sourceFile(UnsafeRawBufferPointer(start: data, count: size), at: "Content/jobs/fuzz.md") else { return 0 }
    let (job, diagnostics) = SiteLoader.parseJob(file)
    Fuzz.checkFindings(diagnostics, in: file)
    Fuzz.check(job != nil || diagnostics.contains { $0.severity == .error }, "the posting was dropped without an error")
    return 0
}

/// The entry point SwiftPM links as `main` (see CFuzzDriver.h): libFuzzer's driver, on this target.
@_cdecl("fuzz_job_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzJob(data!, size) }
}
