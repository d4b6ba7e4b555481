// swift-tools-version:6.1
import PackageDescription

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
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "OpeningsKit",
            dependencies: [
                "CCmark",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "openings",
            dependencies: [
                "OpeningsKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "OpeningsKitTests", dependencies: ["OpeningsKit"]),
        .testTarget(name: "EndToEndTests", dependencies: ["openings"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
