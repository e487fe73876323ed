import Foundation

/// The one place the program reads the wall clock. Everything below the app takes time as a value
/// or a closure (`DeskContext.now` once per command; the console runners, the stores and the chain
/// check a `now` closure), so tests fix it and the demo replays a scripted shift; this is what
/// production passes them.
enum WallClock {
    static let now: @Sendable () -> Date = { Date() }
}
