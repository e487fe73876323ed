// swift-tools-version:6.0
import PackageDescription

// Layers point one way: dutydesk (app) → DutyDeskUI → DutyDeskCore, dutydesk → DutyDeskLog →
// DutyDeskCore. DutyDeskTerminal is the only code that sees ncurses, and it knows only the cell
// grid (DutyDeskGrid). DutyDeskCore stays free of I/O and of the wall clock; see ARCHITECTURE.md.
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
        .target(name: "DutyDeskCore"),
        .target(name: "DutyDeskGrid", dependencies: ["DutyDeskCore"]),
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "DutyDeskTerminal", dependencies: ["CNcursesw", "DutyDeskGrid"]),
        .target(
            name: "DutyDeskUI",
            dependencies: ["DutyDeskCore", "DutyDeskGrid", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .target(
            name: "DutyDeskLog",
            dependencies: [
                "DutyDeskCore",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The ledger on PostgreSQL: the same framed lines and chain, one stream per desk.
        .target(
            name: "DutyDeskPostgres",
            dependencies: [
                "DutyDeskCore",
                "DutyDeskLog",
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
                "DutyDeskLog",
                "DutyDeskPostgres",
                "DutyDeskGrid",
                "DutyDeskUI",
                "DutyDeskTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Scratch folders on the real disk and a way to run the built binary, shared by the tests.
        .target(name: "DutyDeskTestSupport", dependencies: ["DutyDeskCore"], path: "Tests/Support"),
        .testTarget(name: "DutyDeskCoreTests", dependencies: ["DutyDeskCore", "DutyDeskTestSupport"]),
        .testTarget(name: "DutyDeskGridTests", dependencies: ["DutyDeskGrid"]),
        .testTarget(name: "DutyDeskTerminalTests", dependencies: ["DutyDeskTerminal", "DutyDeskGrid"]),
        .testTarget(name: "DutyDeskUITests", dependencies: ["DutyDeskUI", "DutyDeskGrid", "DutyDeskCore", "DutyDeskTestSupport"],
                    exclude: ["__Snapshots__"]),
        .testTarget(name: "DutyDeskLogTests", dependencies: ["DutyDeskLog", "DutyDeskCore", "DutyDeskTestSupport"]),
        .testTarget(name: "DutyDeskPostgresTests",
                    dependencies: ["DutyDeskPostgres", "DutyDeskLog", "DutyDeskCore", "DutyDeskTestSupport"]),
        .testTarget(name: "dutydeskTests",
                    dependencies: ["dutydesk", "DutyDeskCore", "DutyDeskLog", "DutyDeskTestSupport"],
                    exclude: ["Fixtures", "Reports/__Golden__"]),
    ]
)
