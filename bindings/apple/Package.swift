// swift-tools-version:5.9
// The Swift package of the chat-errors bindings, as assembled by
// scripts/package-apple.sh into build/apple/ChatErrorsKit: the XCFramework
// holding libchat_errors.a (C ABI + UniFFI scaffolding) per platform, and the
// Swift sources (UniFFI-generated ChatErrorsKit.swift and the idiomatic layer).
import PackageDescription

let package = Package(
    name: "ChatErrorsKit",
    platforms: [.iOS(.v13), .macOS(.v10_15)],
    products: [
        .library(name: "ChatErrorsKit", targets: ["ChatErrorsKit"]),
    ],
    targets: [
        .binaryTarget(name: "ChatErrorsFFI", path: "ChatErrorsFFI.xcframework"),
        .target(name: "ChatErrorsKit", dependencies: ["ChatErrorsFFI"], path: "Sources/ChatErrorsKit"),
    ]
)
