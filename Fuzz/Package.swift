// swift-tools-version:6.0
import Foundation
import PackageDescription

// A libFuzzer harness for the XLSXIO reader, kept out of the main package so that its
// sanitizer flags never touch a normal build. See README.md for the commands.

// A path dependency is named after its folder, which differs between checkouts (sen2xl,
// a worktree, a CI workspace); look the name up rather than hard-coding it.
let root = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent()

let package = Package(
    name: "XLSXIOFuzz",
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        .target(name: "FuzzerDriver"),
        .executableTarget(
            name: "xlsxio-fuzz",
            dependencies: ["FuzzerDriver", .product(name: "XLSXIO", package: root.lastPathComponent)],
            path: "Sources/XLSXIOFuzz"
        ),
    ]
)
