import Foundation
import Testing
@testable import DutyDeskCore

struct ISO8601TimestampTests {
    /// 2026-11-23T06:07:35Z, worked out independently of the code under test.
    static let reference = Date(timeIntervalSince1970: 1_795_414_055)

    @Test(arguments: [
        (28_800, "2026-11-23T14:07:35+08:00"),
        (-19_800, "2026-11-23T00:37:35-05:30"),
        (0, "2026-11-23T06:07:35+00:00"),
        (20_700, "2026-11-23T11:52:35+05:45"),
        (-36_000, "2026-11-22T20:07:35-10:00"),
    ])
    func formatsWithNumericOffset(offset: Int, expected: String) {
        #expect(ISO8601Timestamp.format(Self.reference, utcOffset: offset) == expected)
    }

    @Test func formatDropsTheFraction() {
        let late = Self.reference.addingTimeInterval(0.999)
        #expect(ISO8601Timestamp.format(late, utcOffset: 28_800) == "2026-11-23T14:07:35+08:00")
        let beforeEpoch = Date(timeIntervalSince1970: -0.5)
        #expect(ISO8601Timestamp.format(beforeEpoch, utcOffset: 0) == "1969-12-31T23:59:59+00:00")
    }

    @Test func formatsInTimeZone() throws {
        let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
        #expect(ISO8601Timestamp.format(Self.reference, in: shanghai) == "2026-11-23T14:07:35+08:00")
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        #expect(ISO8601Timestamp.format(Self.reference, in: newYork) == "2026-11-23T01:07:35-05:00")
        let summer = Date(timeIntervalSince1970: 1_783_000_000)
        #expect(ISO8601Timestamp.format(summer, in: newYork).hasSuffix("-04:00"))
    }

    @Test func offsetWithSecondsIsTruncatedButNamesTheSameInstant() {
        let text = ISO8601Timestamp.format(Self.reference, utcOffset: 29_143)
        #expect(text == "2026-11-23T14:12:35+08:05")
        #expect(ISO8601Timestamp.parse(text) == Self.reference)
    }

    @Test(arguments: [28_800, -19_800, 0, 20_700, -36_000, 50_400])
    func roundTrips(offset: Int) throws {
        let instants: [TimeInterval] = [
            0, -1, 951_782_400, 1_709_208_000, 1_795_414_055, 2_147_483_648, -2_208_988_800, 4_102_444_799,
        ]
        for seconds in instants {
            let date = Date(timeIntervalSince1970: seconds)
            let text = ISO8601Timestamp.format(date, utcOffset: offset)
            let parsed = try #require(ISO8601Timestamp.parse(text), "\(text)")
            #expect(parsed == date, "\(text)")
            #expect(ISO8601Timestamp.format(parsed, utcOffset: offset) == text)
        }
    }

    @Test(arguments: [
        ("2026-11-23T14:07:35+08:00", 1_795_414_055.0),
        ("2026-11-23T14:07:35+0800", 1_795_414_055.0),
        ("2026-11-23T06:07:35Z", 1_795_414_055.0),
        ("2026-11-23T06:07:35+00:00", 1_795_414_055.0),
        ("2026-11-23T06:07:35-00:00", 1_795_414_055.0),
        ("2026-11-23T00:37:35-05:30", 1_795_414_055.0),
        ("2026-11-23T00:37:35-0530", 1_795_414_055.0),
        ("2024-02-29T12:00:00Z", 1_709_208_000.0),
        ("2000-02-29T00:00:00Z", 951_782_400.0),
        ("1970-01-01T00:00:00Z", 0.0),
        ("1969-12-31T23:59:59Z", -1.0),
        ("2026-12-31T23:59:59+08:00", 1_798_732_799.0),
    ])
    func parsesValidTimestamps(text: String, secondsSince1970: Double) {
        #expect(ISO8601Timestamp.parse(text) == Date(timeIntervalSince1970: secondsSince1970))
    }

    @Test(arguments: [
        ("2026-11-23T06:07:35.5Z", 0.5),
        ("2026-11-23T06:07:35.25+00:00", 0.25),
        ("2026-11-23T14:07:35.123+08:00", 0.123),
        ("2026-11-23T14:07:35.000001+08:00", 0.000_001),
        ("2026-11-23T14:07:35.123456789+08:00", 0.123_456_789),
    ])
    func parsesFractionalSeconds(text: String, fraction: Double) throws {
        let date = try #require(ISO8601Timestamp.parse(text))
        #expect(abs(date.timeIntervalSince1970 - (1_795_414_055 + fraction)) < 1e-6)
        #expect(ISO8601Timestamp.format(date, utcOffset: 0) == "2026-11-23T06:07:35+00:00")
    }

    /// 14:07:59.9999999 is still 14:07:59: a fraction is floored, never rounded into the next second.
    @Test(arguments: [
        "2026-11-23T06:07:59.9999999Z", "2026-11-23T06:07:59.99999999Z", "2026-11-23T06:07:59.999999999Z",
        "2026-11-23T14:07:59.9999999+08:00",
    ])
    func aFractionNeverCarriesIntoTheNextSecond(text: String) throws {
        let date = try #require(ISO8601Timestamp.parse(text))
        let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
        #expect(ISO8601Timestamp.format(date, in: shanghai) == "2026-11-23T14:07:59+08:00")
        #expect(DisplayTime.seconds(date, in: shanghai) == "2026-11-23 14:07:59")
        #expect(CivilTime(date, in: shanghai).second == 59)
        let nextSecond = Date(timeIntervalSince1970: 1_795_414_080)
        #expect(date < nextSecond && nextSecond.timeIntervalSince(date) < 1e-6)
    }

    @Test(arguments: [
        "",
        "2026-11-23",
        "2026-11-23T14:07:35",
        "2026-11-23T14:07+08:00",
        "2026-11-23 14:07:35+08:00",
        "2026-11-23t14:07:35+08:00",
        "2026-11-23T14:07:35z",
        "2026-13-01T00:00:00Z",
        "2026-00-10T00:00:00Z",
        "2026-11-00T00:00:00Z",
        "2026-11-31T00:00:00Z",
        "2026-02-29T12:00:00Z",
        "1900-02-29T12:00:00Z",
        "2026-11-23T24:00:00Z",
        "2026-11-23T23:60:00Z",
        "2026-11-23T23:59:60Z",
        "2026-11-23T14:07:35+08:00x",
        "2026-11-23T14:07:35Zjunk",
        " 2026-11-23T14:07:35Z",
        "2026-11-23T14:07:35Z ",
        "2026-11-23T14:07:35.Z",
        "2026-11-23T14:07:35.1234567890Z",
        "2026-11-23T14:07:35.12a+08:00",
        "2026-11-23T14:07:35+8:00",
        "2026-11-23T14:07:35+08",
        "2026-11-23T14:07:35+08:0",
        "2026-11-23T14:07:35+08-00",
        "2026-11-23T14:07:35+08:60",
        "2026-11-23T14:07:35+24:00",
        "2026-11-23T14:07:35 +08:00",
        "+2026-11-23T14:07:35+08:00",
        "20261123T140735+0800",
        "２０２６-11-23T14:07:35+08:00",
    ])
    func rejectsMalformedOrOutOfRange(text: String) {
        #expect(ISO8601Timestamp.parse(text) == nil)
        #expect(parseBytes(text) == nil)
    }

    @Test(arguments: [
        "2026-11-23T14:07:35+08:00", "2026-11-23T14:07:35.5-05:30", "2024-02-29T00:00:00Z",
        "2026-02-29T00:00:00Z", "2026-11-23T14:07:35", "garbage", "",
    ])
    func bytePathAgreesWithStringPath(text: String) {
        #expect(parseBytes(text) == ISO8601Timestamp.parse(text))
        #expect(ISO8601Timestamp.parse(Substring(text)) == ISO8601Timestamp.parse(text))
    }

    @Test func parsesASubstringInsideALedgerLine() {
        let line = "case YQ-1 at 2026-11-23T14:07:35+08:00 opened"
        let start = line.index(line.startIndex, offsetBy: 13)
        let end = line.index(start, offsetBy: 25)
        #expect(ISO8601Timestamp.parse(line[start..<end]) == Self.reference)
    }

    private func parseBytes(_ text: String) -> Date? {
        Array(text.utf8).withUnsafeBytes { ISO8601Timestamp.parse(utf8: $0) }
    }
}
