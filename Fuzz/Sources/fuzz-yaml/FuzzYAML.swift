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
        Fuzz.check(describe(plain) == describe(yams), "plain reader: \(describe(plain))\nYams: \(describe(yams))")
    case .failure(let finding):
        Fuzz.check(false, "Yams refused what the plain reader read: \(finding.location.line):\(finding.location.column) \(finding.message)")
    }
    return 0
}

func describe(_ node: YAMLNode?) -> String {
    guard let node else { return "nil" }
    let place = "@\(node.line):\(node.column)"
    switch node.kind {
    case .scalar(let text, let plain): return "\(plain ? "plain" : "quoted")\(text.debugDescription)\(place)"
    case .sequence(let items): return "[\(items.map { describe($0) }.joined(separator: ", "))]\(place)"
    case .mapping(let pairs): return "{\(pairs.map { "\(describe($0.key)): \(describe($0.value))" }.joined(separator: ", "))}\(place)"
    }
}

/// The entry point SwiftPM links as `main` (see CFuzzDriver.h): libFuzzer's driver, on this target.
@_cdecl("fuzz_yaml_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzYAML(data!, size) }
}
