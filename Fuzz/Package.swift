// swift-tools-version:6.1
import PackageDescription

/// libFuzzer targets for Openings (docs/reliability.md). A package of its own so the
/// main one stays free of fuzzing flags: `make fuzz` builds it with
/// `-sanitize=fuzzer,address`, which gives every module coverage instrumentation and
/// AddressSanitizer, and libFuzzer's `main`. Each target is an executable whose entry
/// point is `LLVMFuzzerTestOneInput`, so they build only with those flags.
let targets = ["job", "bands", "site-config", "interview", "markdown", "render", "import-static", "import-boards", "html", "theme", "yaml"]

let package = Package(
    name: "OpeningsFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Openings", path: "..")],
    targets: [
        // The invariants every target asserts (positions inside the file, well-formed
        // pages, parseable JSON), kept out of the targets so each reads as what it feeds.
        .target(name: "FuzzSupport", dependencies: [.product(name: "OpeningsKit", package: "Openings")]),
        .target(name: "CFuzzDriver"),
    ] + targets.map { name in
        .executableTarget(name: "fuzz-\(name)", dependencies: [
            "FuzzSupport", "CFuzzDriver", .product(name: "OpeningsKit", package: "Openings"),
        ])
    }
)
