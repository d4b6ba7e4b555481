import CFuzzDriver
import FuzzSupport
@testable import OpeningsKit

/// A Jekyll or Hugo posting (the first byte picks which): front matter in YAML, TOML or
/// JSON with template tags, through the key table and the tag remover into the file
/// `openings import` writes, which must read back as valid front matter.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImportStatic(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let generator: StaticSiteImporter.Generator = data[0] & 1 == 0 ? .jekyll : .hugo
    let text = Fuzz.text(UnsafeRawBufferPointer(start: data + 1, count: size - 1))
    guard case .success(let frontMatter) = ForeignFrontMatter.read(text), !frontMatter.entries.isEmpty else { return 0 }
    let file = PostingFiles.File(path: generator == .jekyll ? "_jobs/engineering/2024-01-05-fuzz.md" : "careers/fuzz.md")
    let naming = PostingFiles.naming(file, root: "/nonexistent-openings-fuzz", generator: generator)
    let posting = StaticSitePosting(path: file.path, frontMatter: frontMatter, naming: naming,
                                    generator: generator, departmentFrom: data[0] & 2 == 0 ? .key : .folder).posting
    Fuzz.checkWritten(posting)
    return 0
}

/// The entry point SwiftPM links as `main` (see CFuzzDriver.h): libFuzzer's driver, on this target.
@_cdecl("fuzz_import_static_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzImportStatic(data!, size) }
}
