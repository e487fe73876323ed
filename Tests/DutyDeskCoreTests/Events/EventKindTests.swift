import DutyDeskJSON
import Testing
@testable import DutyDeskCore

@Suite struct EventKindTests {
    /// A kind added without an example in the codec's round trip fails here, so every kind's
    /// decoder is exercised, not only the ones someone remembered.
    @Test(arguments: EventKind.allCases)
    func everyKindHasAnExampleThatRoundTrips(kind: EventKind) throws {
        let examples = EventPayloadCodecTests.bodies.filter { $0.kind == kind }
        #expect(!examples.isEmpty, "no example of \(kind.rawValue) in EventPayloadCodecTests.bodies")
        for body in examples {
            let data = EventPayloadCodec.encode(body, utcOffset: 8 * 3600)
            let reread = try JSONParser.parse(JSONWriter.compact(.object(data))).objectValue!
            let decoded = try EventPayloadCodec.decode(type: kind.rawValue, data: reread)
            #expect(decoded.kind == kind && decoded.typeName == kind.rawValue)
        }
    }

    @Test func aTypeThisBuildDoesNotKnowHasNoKindAndKeepsItsName() throws {
        let body = try EventPayloadCodec.decode(type: "case.future-kind", data: JSONObject([("x", .int(1))]))
        #expect(body.kind == nil && body.typeName == "case.future-kind")
    }

    @Test func eachTypeNameIsOneKind() {
        #expect(Set(EventKind.allCases.map(\.rawValue)).count == EventKind.allCases.count)
        for kind in EventKind.allCases { #expect(EventKind(rawValue: kind.rawValue) == kind) }
    }
}
