import Foundation
import CFuzzDriver
import FuzzSupport
@testable import OpeningsKit

/// A saved Greenhouse, Lever or Ashby API response (the first byte picks which):
/// refused with a message, or every posting becomes a file `check` reads back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImportBoards(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let vendors = JobBoardImporter.Vendor.allCases
    let vendor = vendors[Int(data[0]) % vendors.count]
    let json = Data(bytes: data + 1, count: size - 1)
    guard let postings = try? JobBoardImporter.read(json, vendor: vendor, source: "fuzz.json") else { return 0 }
    for posting in postings { Fuzz.checkWritten(posting) }
    return 0
}

/// The entry point SwiftPM links as `main` (see CFuzzDriver.h): libFuzzer's driver, on this target.
@_cdecl("fuzz_import_boards_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzImportBoards(data!, size) }
}
