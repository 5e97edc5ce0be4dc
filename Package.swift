// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "allot",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "allot", targets: ["allot"]),
        .library(name: "AllotModel", targets: ["AllotModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Reads `mentors_csv` tables; the tests also use it to parse what allot writes.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // GLPK is a system library without a pkg-config file (see shared/GLPK.md).
        .systemLibrary(name: "CGLPK", path: "Sources/CGLPK", providers: [.apt(["libglpk-dev"])]),
        .target(name: "LinearProgramming"),
        .target(name: "GLPKBackend", dependencies: ["CGLPK", "LinearProgramming"]),
        .target(
            name: "AllotModel",
            dependencies: ["LinearProgramming", "Yams", .product(name: "CSV", package: "CSV.swift")]),
        .target(name: "AllotAnalysis", dependencies: ["AllotModel"]),
        .target(name: "AllotReport", dependencies: ["AllotModel", "AllotAnalysis"]),
        .executableTarget(
            name: "allot",
            dependencies: [
                "AllotModel", "AllotAnalysis", "AllotReport", "GLPKBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "AllotTestSupport",
            dependencies: ["AllotModel", "LinearProgramming", "GLPKBackend"],
            path: "Tests/AllotTestSupport"
        ),
        .testTarget(
            name: "LinearProgrammingTests",
            dependencies: ["LinearProgramming", "GLPKBackend", "AllotTestSupport"]
        ),
        .testTarget(
            name: "AllotModelTests", dependencies: ["AllotModel", "GLPKBackend", "AllotTestSupport"],
            exclude: ["Regressions"]),
        .testTarget(
            name: "AllotAnalysisTests",
            dependencies: ["AllotAnalysis", "AllotModel", "GLPKBackend", "LinearProgramming", "AllotTestSupport"]),
        .testTarget(
            name: "AllotReportTests",
            dependencies: [
                "AllotReport", "AllotAnalysis", "AllotModel", "GLPKBackend", "AllotTestSupport",
                .product(name: "CSV", package: "CSV.swift"),
            ]),
        // Depends on the executable so that `swift test` builds the binary these tests run as a process.
        .testTarget(
            name: "AllotCLITests",
            dependencies: ["allot", "AllotTestSupport", .product(name: "CSV", package: "CSV.swift")],
            exclude: ["Fixtures", "Golden"]),
    ]
)
