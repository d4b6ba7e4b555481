import CFuzzDriver
import FuzzSupport
@testable import OpeningsKit

/// Wherever a build reads YAML with `PlainYAMLReader` (text within the nesting limit,
/// in the reader's subset), Yams reads the same tree: the same scalars, quoting, lines
/// and columns. (Text the reader declines goes to Yams either way: nothing to compare.)
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let file = Fuzz.sourceFile(UnsafeRawBufferPointer(start: data, count: size), at: "Content/site.yml"),
          YAMLNesting.excessive(file.text, limit: YAMLReader.maximumDepth) == nil,
          let plain = PlainYAMLReader.read(file.text, firstLine: 1) else { return 0 }
    switch YAMLReader.parse(file.text, firstLine: 1, file: file, plainReader: false) {
    case .success(let yams):
        Fuzz.check(plain.outline == (yams?.outline ?? "nil"), "plain reader: \(plain.outline)\nYams: \(yams?.outline ?? "nil")")
    case .failure(let finding):
        Fuzz.check(false, "Yams refused what the plain reader read: \(finding.location.line):\(finding.location.column) \(finding.message)")
    }
    return 0
}

/// The entry point SwiftPM links as `main` (see CFuzzDriver.h): libFuzzer's driver, on this target.
@_cdecl("fuzz_yaml_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzYAML(data!, size) }
}
