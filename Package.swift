// swift-tools-version:6.0
import PackageDescription

// Layers point one way; the allowed imports of every target are written once, in
// scripts/check-imports, which checks them (see ARCHITECTURE.md). DutyDeskText and
// DutyDeskJSON know no other module; the domain (DutyDeskCore) knows only them and stays free of
// I/O and of the wall clock; DutyDeskTerminal is the only code that sees ncurses and knows only
// the cell grid and the text module.
let package = Package(
    name: "DutyDesk",
    products: [
        .executable(name: "dutydesk", targets: ["dutydesk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // postgres-nio's own dependencies, named because the store uses their types directly.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // Display width, safe text and line breaking: what any text on a screen or in a report needs.
        .target(name: "DutyDeskText"),
        .target(name: "DutyDeskJSON"),
        .target(name: "DutyDeskCore", dependencies: ["DutyDeskText", "DutyDeskJSON"]),
        .target(name: "DutyDeskGrid", dependencies: ["DutyDeskText"]),
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "DutyDeskTerminal", dependencies: ["CNcursesw", "DutyDeskGrid", "DutyDeskText"]),
        // The desk's settings file (TOML), read for the CLI and the console alike.
        .target(
            name: "DutyDeskSettings",
            dependencies: ["DutyDeskCore", "DutyDeskText", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .target(
            name: "DutyDeskUI",
            dependencies: [
                "DutyDeskCore", "DutyDeskText", "DutyDeskGrid", "DutyDeskSettings",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .target(
            name: "DutyDeskLedger",
            dependencies: [
                "DutyDeskCore",
                "DutyDeskText",
                "DutyDeskJSON",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The ledger on PostgreSQL: the same framed lines and chain, one stream per desk.
        .target(
            name: "DutyDeskPostgres",
            dependencies: [
                "DutyDeskCore",
                "DutyDeskLedger",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "dutydesk",
            dependencies: [
                "DutyDeskCore",
                "DutyDeskText",
                "DutyDeskJSON",
                "DutyDeskSettings",
                "DutyDeskLedger",
                "DutyDeskPostgres",
                "DutyDeskGrid",
                "DutyDeskUI",
                "DutyDeskTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The static Swift runtime's link arguments export every symbol of the program (37k,
            // 2.1 MB of names). Nothing looks them up by name, but the runtime's start-up dladdr
            // walks them all: about 0.45 ms of every command, a tenth of `dutydesk --version`.
            linkerSettings: [.unsafeFlags(["-Xlinker", "--no-export-dynamic"], .when(configuration: .release))]
        ),
        // Scratch folders on the real disk, a way to run the built binary and a grid read as text,
        // shared by the tests.
        .target(name: "DutyDeskTestSupport", dependencies: ["DutyDeskCore", "DutyDeskGrid"], path: "Tests/Support"),
        .testTarget(name: "DutyDeskTextTests", dependencies: ["DutyDeskText"]),
        .testTarget(name: "DutyDeskJSONTests", dependencies: ["DutyDeskJSON"]),
        .testTarget(name: "DutyDeskCoreTests", dependencies: ["DutyDeskCore", "DutyDeskJSON", "DutyDeskTestSupport"]),
        .testTarget(name: "DutyDeskSettingsTests",
                    dependencies: ["DutyDeskSettings", "DutyDeskCore", .product(name: "TOMLKit", package: "TOMLKit")]),
        .testTarget(name: "DutyDeskGridTests", dependencies: ["DutyDeskGrid", "DutyDeskTestSupport"]),
        .testTarget(name: "DutyDeskTerminalTests", dependencies: ["DutyDeskTerminal", "DutyDeskGrid", "DutyDeskText", "CNcursesw"]),
        .testTarget(name: "DutyDeskUITests",
                    dependencies: ["DutyDeskUI", "DutyDeskGrid", "DutyDeskCore", "DutyDeskText", "DutyDeskSettings",
                                   "DutyDeskTestSupport"],
                    exclude: ["__Snapshots__"]),
        .testTarget(name: "DutyDeskLedgerTests",
                    dependencies: ["DutyDeskLedger", "DutyDeskCore", "DutyDeskJSON", "DutyDeskTestSupport",
                                   .product(name: "Crypto", package: "swift-crypto")]),
        .testTarget(name: "DutyDeskPostgresTests",
                    dependencies: ["DutyDeskPostgres", "DutyDeskLedger", "DutyDeskCore", "DutyDeskJSON", "DutyDeskTestSupport",
                                   .product(name: "PostgresNIO", package: "postgres-nio"),
                                   .product(name: "NIOCore", package: "swift-nio")]),
        .testTarget(name: "dutydeskTests",
                    dependencies: ["dutydesk", "DutyDeskCore", "DutyDeskText", "DutyDeskJSON", "DutyDeskSettings",
                                   "DutyDeskLedger", "DutyDeskPostgres", "DutyDeskTestSupport",
                                   // The command tree's own checks (`DutyDeskTests`).
                                   .product(name: "ArgumentParser", package: "swift-argument-parser")],
                    exclude: ["Fixtures", "Reports/__Golden__"]),
    ]
)
