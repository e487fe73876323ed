import Foundation

/// Why the desk refuses to record something. Nothing is appended when one of these is thrown.
public enum RecordingError: Error, Equatable, Sendable {
    case unknownCase(code: String)
    case emptyField(name: String)
    case inFuture(field: String, value: Date, now: Date)
    case beforeDiscovery(field: String, value: Date, discoveredAt: Date)
    case caseClosed(code: String)
    case notClosed(code: String)
    case noOpenReferral(code: String)
    case invalidValue(field: String, value: String)
    case notAhead(field: String, value: Date, now: Date)
    case noOpenItem(code: String)
}
