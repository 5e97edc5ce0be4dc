// swift-tools-version: 6.0
// The scenario fuzzer: a separate package so that its sanitizer build never touches the main
// package's `.build`. Build and run it with `Tools/fuzz/run`, not by hand.
import Foundation
import PackageDescription

// A path dependency's identity is its folder name, which depends on where the repository was
// cloned; read it from this file's location rather than assuming "allot".
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let rootIdentity = root.lastPathComponent.lowercased()

let package = Package(
    name: "allot-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: root.path)],
    targets: [
        // Built with `-sanitize=fuzzer,address`; main.swift starts libFuzzer's driver.
        .target(name: "FuzzerDriver"),
        .executableTarget(
            name: "ScenarioFuzzer",
            dependencies: ["FuzzerDriver", .product(name: "AllotModel", package: rootIdentity)]),
    ]
)
