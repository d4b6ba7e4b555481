// swift-tools-version:6.1
import Foundation
import PackageDescription

/// The git commit `openings --version` names: the Makefile passes it in OPENINGS_COMMIT
/// (only quotes-free hex and `-dirty` are accepted, since it becomes a C string).
let commit: String = {
    let value = ProcessInfo.processInfo.environment["OPENINGS_COMMIT"] ?? ""
    let allowed = Set("0123456789abcdef-dirty")
    return !value.isEmpty && value.count <= 48 && value.allSatisfy(allowed.contains) ? value : "unknown"
}()

/// jemalloc is the program's malloc, except in a sanitizer build: ThreadSanitizer and
/// AddressSanitizer bring their own malloc, and two in one process corrupt each other's
/// heaps (TSan crashed in jemalloc's background thread before the first test).
/// `make test-sanitizers` sets OPENINGS_MALLOC=system; nothing else does.
let systemMalloc = ProcessInfo.processInfo.environment["OPENINGS_MALLOC"] == "system"
let mallocSettings: [SwiftSetting] = systemMalloc ? [.define("OPENINGS_SYSTEM_MALLOC")] : []

let package = Package(
    name: "Openings",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "openings", targets: ["openings"]),
        .library(name: "OpeningsKit", targets: ["OpeningsKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", exact: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: []),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        // The preview server's own HTTP/1 channel handler (`ConnectionLifetimeHandler`) works
        // on NIO's HTTP/1 types, below Hummingbird; already in Hummingbird's package graph.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        // `openings import greenhouse https://…`: an HTTP client that needs nothing at run time
        // (URLSession on Linux needs libcurl); already in Hummingbird's package graph.
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.30.0"),
        // `openings notify --google-key`: RS256 for the service account's token request
        // (`_CryptoExtras`' RSA); already in AsyncHTTPClient's package graph.
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // libxml2's HTML parser, for the job boards' descriptions `openings import` reads.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // zlib, for the pages `openings serve` keeps in memory (DeflatedText). No
        // pkg-config: zlib.pc's `-L/usr/lib/...` would come first on the link line of the
        // self-contained binary and pull in the shared libcmark and libxml2 (make dist-binary).
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "OpeningsKit",
            dependencies: [
                "CCmark",
                "CLibXML2",
                "CZlib",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "OpeningsServer",
            dependencies: [
                "OpeningsKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        // jemalloc, the program's malloc (Sources/OpeningsAllocator/MallocConf.c says why).
        .systemLibrary(
            name: "CJemalloc",
            pkgConfig: "jemalloc",
            providers: [.apt(["libjemalloc-dev"])]
        ),
        // jemalloc's settings, in the C symbol jemalloc reads them from.
        .target(name: "OpeningsAllocator"),
        .target(
            name: "OpeningsBuildInfo",
            cSettings: [.define("OPENINGS_COMMIT", to: "\"\(commit)\"")]
        ),
        .executableTarget(
            name: "openings",
            dependencies: [
                "OpeningsKit",
                "OpeningsServer",
                "OpeningsBuildInfo",
            ] + (systemMalloc ? [] : ["CJemalloc", "OpeningsAllocator"]) + [
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            swiftSettings: mallocSettings
        ),
        .testTarget(name: "OpeningsKitTests", dependencies: [
            "OpeningsKit",
            // EscapingTests compares with swift-mustache's own escaping.
            .product(name: "Mustache", package: "swift-mustache"),
            // NotifyTests makes RSA keys and checks the service account's signatures.
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "_CryptoExtras", package: "swift-crypto"),
        ]),
        .testTarget(name: "EndToEndTests", dependencies: [
            "openings",
            // NotifyTests makes the service account key the binary signs with, and checks its signature.
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "_CryptoExtras", package: "swift-crypto"),
        ], exclude: ["Fixtures"], swiftSettings: mallocSettings),
        .testTarget(name: "OpeningsServerTests", dependencies: [
            "OpeningsServer", "OpeningsKit",
            // HostCheckTests makes the socket addresses the server checks.
            .product(name: "NIOCore", package: "swift-nio"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
