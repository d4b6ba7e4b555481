import CFuzzDriver
import FuzzSupport
@testable import OpeningsKit

/// `Content/bands.yml`: every band kept has a range whose minimum is not above its
/// maximum; findings point inside the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBands(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let file = Fuzz.sourceFile(UnsafeRawBufferPointer(start: data, count: size), at: "Content/bands.yml") else { return 0 }
    var diagnostics: [Diagnostic] = []
    var broken = BrokenBands()
    let bands = BandsDecoder.decode(file, broken: &broken, diagnostics: &diagnostics)
    Fuzz.checkFindings(diagnostics, in: file)
    for (name, band) in bands {
        Fuzz.check(band.range.minimum <= band.range.maximum, "band \(name) kept with min \(band.range.minimum) above max \(band.range.maximum)")
        Fuzz.check(band.range.minimum.isFinite && band.range.maximum.isFinite, "band \(name) kept with an infinite bound")
    }
    return 0
}

/// The entry point SwiftPM links as `main` (see CFuzzDriver.h): libFuzzer's driver, on this target.
@_cdecl("fuzz_bands_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzBands(data!, size) }
}
