import CFuzzDriver
import FuzzSupport
@testable import OpeningsKit

/// An interview process (`Content/interview/x.md`): refused only with an error;
/// findings point inside the file and are given once.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInterview(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let file = Fuzz.sourceFile(UnsafeRawBufferPointer(start: data, count: size), at: "Content/interview/fuzz.md") else { return 0 }
    var diagnostics: [Diagnostic] = []
    let process = InterviewDecoder.decode(file, diagnostics: &diagnostics)
    Fuzz.checkFindings(diagnostics, in: file)
    Fuzz.check(process != nil || diagnostics.contains { $0.severity == .error }, "the process was refused without an error")
    return 0
}

/// The entry point SwiftPM links as `main` (see CFuzzDriver.h): libFuzzer's driver, on this target.
@_cdecl("fuzz_interview_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzInterview(data!, size) }
}
