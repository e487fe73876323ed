import Foundation
import Testing
@testable import DutyDeskCore

struct TimeInputTests {
    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!
    /// 2026-11-23 02:10 in Shanghai: early enough that a bare clock time can mean yesterday.
    static let now = Date(timeIntervalSince1970: 1_795_371_000)

    private func read(_ text: String, timeZone: TimeZone = shanghai) -> Result<String, TimeInput.Failure> {
        TimeInput.parse(text, now: Self.now, timeZone: timeZone).map {
            ISO8601Timestamp.format($0, utcOffset: timeZone.secondsFromGMT(for: $0))
        }
    }

    @Test func fixtureIsWhatItSays() {
        #expect(ISO8601Timestamp.format(Self.now, in: Self.shanghai) == "2026-11-23T02:10:00+08:00")
    }

    @Test(arguments: [
        ("2026-11-22T23:00:00+08:00", "2026-11-22T23:00:00+08:00"),
        ("2026-11-22T15:00:00Z", "2026-11-22T23:00:00+08:00"),
        ("2026-11-22T10:00:00.5-05:00", "2026-11-22T23:00:00+08:00"),
        ("2026-11-30T09:00:00+08:00", "2026-11-30T09:00:00+08:00"),
    ])
    func readsISO8601WithOffset(text: String, expected: String) {
        #expect(read(text) == .success(expected))
    }

    @Test(arguments: [
        ("2026-11-20 14:07", "2026-11-20T14:07:00+08:00"),
        ("2026-11-20 14:07:35", "2026-11-20T14:07:35+08:00"),
        ("2026-11-20T14:07", "2026-11-20T14:07:00+08:00"),
        ("2026-11-20T14:07:35", "2026-11-20T14:07:35+08:00"),
        ("2026/11/20 14:07", "2026-11-20T14:07:00+08:00"),
        ("2026/11/20 14:07:35", "2026-11-20T14:07:35+08:00"),
        ("2026/1/5 9:05", "2026-01-05T09:05:00+08:00"),
        ("2026-11-20   14:07", "2026-11-20T14:07:00+08:00"),
        ("2024-02-29 10:00", "2024-02-29T10:00:00+08:00"),
        ("2026-12-25 10:00", "2026-12-25T10:00:00+08:00"),
    ])
    func readsLocalDateTime(text: String, expected: String) {
        #expect(read(text) == .success(expected))
    }

    /// The 批示 form at 19:06: a due time typed as 23:30 is tonight, 08:00 tomorrow morning, and the
    /// minute it is now already gone, so tomorrow's.
    @Test(arguments: [
        ("23:30", "2026-11-23T23:30:00+08:00"),
        ("08:00", "2026-11-24T08:00:00+08:00"),
        ("19:06", "2026-11-24T19:06:00+08:00"),
        ("19:06:01", "2026-11-23T19:06:01+08:00"),
        ("２３：３０", "2026-11-23T23:30:00+08:00"),
        ("明天 08:00", "2026-11-24T08:00:00+08:00"),
        ("今天 08:00", "2026-11-23T08:00:00+08:00"),
        ("+4h", "2026-11-23T23:06:00+08:00"),
        ("2026-11-25 12:00", "2026-11-25T12:00:00+08:00"),
    ])
    func readsBareClockAsNextForADueTime(text: String, expected: String) {
        let evening = CivilTime(year: 2026, month: 11, day: 23, hour: 19, minute: 6).date(in: Self.shanghai)
        let read = TimeInput.parse(text, as: .due, now: evening, timeZone: Self.shanghai)
            .map { ISO8601Timestamp.format($0, in: Self.shanghai) }
        #expect(read == .success(expected))
    }

    @Test(arguments: [
        ("23:50", "2026-11-22T23:50:00+08:00"),
        ("01:00", "2026-11-23T01:00:00+08:00"),
        ("02:10", "2026-11-23T02:10:00+08:00"),
        ("02:10:01", "2026-11-22T02:10:01+08:00"),
        ("02:09:59", "2026-11-23T02:09:59+08:00"),
        ("00:00", "2026-11-23T00:00:00+08:00"),
        ("8:15", "2026-11-22T08:15:00+08:00"),
        ("０８：１５", "2026-11-22T08:15:00+08:00"),
    ])
    func readsBareClockAsMostRecent(text: String, expected: String) {
        #expect(read(text) == .success(expected))
    }

    @Test(arguments: [
        ("-30m", "2026-11-23T01:40:00+08:00"),
        ("-2h", "2026-11-23T00:10:00+08:00"),
        ("-1d", "2026-11-22T02:10:00+08:00"),
        ("-90s", "2026-11-23T02:08:30+08:00"),
        ("-30M", "2026-11-23T01:40:00+08:00"),
        ("-0m", "2026-11-23T02:10:00+08:00"),
        ("30分钟前", "2026-11-23T01:40:00+08:00"),
        ("30分前", "2026-11-23T01:40:00+08:00"),
        ("2小时前", "2026-11-23T00:10:00+08:00"),
        ("1天前", "2026-11-22T02:10:00+08:00"),
        ("90秒前", "2026-11-23T02:08:30+08:00"),
        ("３０分钟前", "2026-11-23T01:40:00+08:00"),
        ("－３０ｍ", "2026-11-23T01:40:00+08:00"),
    ])
    func readsRelativeToNow(text: String, expected: String) {
        #expect(read(text) == .success(expected))
    }

    @Test(arguments: [
        ("昨天 21:00", "2026-11-22T21:00:00+08:00"),
        ("昨天21:00", "2026-11-22T21:00:00+08:00"),
        ("今天 08:15", "2026-11-23T08:15:00+08:00"),
        ("今天08:15", "2026-11-23T08:15:00+08:00"),
        ("前天 09:00", "2026-11-21T09:00:00+08:00"),
        ("yesterday 21:00", "2026-11-22T21:00:00+08:00"),
        ("today 08:15", "2026-11-23T08:15:00+08:00"),
        ("Yesterday 21:00:30", "2026-11-22T21:00:30+08:00"),
        ("TODAY 1:05", "2026-11-23T01:05:00+08:00"),
        ("昨天　２１：００", "2026-11-22T21:00:00+08:00"),
    ])
    func readsDayWordWithClock(text: String, expected: String) {
        #expect(read(text) == .success(expected))
    }

    @Test(arguments: ["now", "NOW", "现在", "  now ", "\t现在\n", "　现在　"])
    func readsNow(text: String) {
        #expect(TimeInput.parse(text, now: Self.now, timeZone: Self.shanghai) == .success(Self.now))
    }

    @Test func ignoresSurroundingWhitespace() {
        #expect(read("  2026-11-20 14:07\n") == .success("2026-11-20T14:07:00+08:00"))
    }

    @Test func doesNotRefuseFutureTimes() {
        #expect(read("今天 23:00") == .success("2026-11-23T23:00:00+08:00"))
        #expect(read("2027-01-01 00:00") == .success("2027-01-01T00:00:00+08:00"))
    }

    @Test func readsLocalFormsInTheGivenZone() throws {
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        #expect(read("2026-11-20 14:07", timeZone: newYork) == .success("2026-11-20T14:07:00-05:00"))
        // 02:10 in Shanghai is 13:10 the day before in New York.
        #expect(read("13:00", timeZone: newYork) == .success("2026-11-22T13:00:00-05:00"))
        #expect(read("14:00", timeZone: newYork) == .success("2026-11-21T14:00:00-05:00"))
        #expect(read("昨天 09:00", timeZone: newYork) == .success("2026-11-21T09:00:00-05:00"))
    }

    /// Due times (督办) reach forward; now is 2026-11-23 02:10 in Shanghai.
    @Test(arguments: [
        ("+2h", "2026-11-23T04:10:00+08:00"), ("+30m", "2026-11-23T02:40:00+08:00"), ("+1d", "2026-11-24T02:10:00+08:00"),
        ("明天 09:00", "2026-11-24T09:00:00+08:00"), ("后天 08:30", "2026-11-25T08:30:00+08:00"),
        ("tomorrow 09:00", "2026-11-24T09:00:00+08:00"), ("明天09:00", "2026-11-24T09:00:00+08:00"),
    ])
    func readsDueTimesAhead(text: String, expected: String) {
        #expect(read(text) == .success(expected))
    }

    @Test(arguments: [
        "", "   ", "soon", "14", "14:7", "14:070", "123:45", "2026-11-20", "2026-11-20 ", "2026-11-20 14",
        "2026-11/20 14:07", "26-11-20 14:07", "2026-11-20 14:07 extra", "-30", "-m", "-30x", "30m",
        "- 30m", "-1234567m", "30分钟", "昨天", "明天", "+ 2h", "12:00pm",
        "2026-11-23T14:07:35+08", "2026-11-23T14:07:35+8:00", "现在吧", "now now",
    ])
    func rejectsUnrecognized(text: String) {
        let typed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(read(text) == .failure(.unrecognized(typed)))
    }

    @Test(arguments: [
        "2026-02-30 10:00", "2026-02-29 10:00", "2026-13-01 10:00", "2026-00-10 10:00", "2026-11-31 10:00",
        "2026-11-20 14:60", "2026-11-20 24:00", "2026/2/30 10:00", "25:00", "24:00", "12:60", "12:00:60",
        "昨天 24:00", "today 9:75", "2026-02-30T10:00:00+08:00", "2026-11-23T14:07:35+08:60",
    ])
    func rejectsImpossibleDates(text: String) {
        #expect(read(text) == .failure(.invalidDate(text)))
    }

    @Test func failureEchoesWhatWasTypedTrimmed() {
        #expect(read("  ２０２６-02-30 10:00 ") == .failure(.invalidDate("２０２６-02-30 10:00")))
        #expect(read(" 下午三点 ") == .failure(.unrecognized("下午三点")))
    }

    @Test(arguments: [
        (TimeInput.acceptedFormsZH, ["2026-11-23 14:07", "2026/11/23 14:07", "14:07", "昨天 21:00", "今天 08:15",
                                     "前天 09:00", "-30m", "-2h", "-1d", "-90s", "30分钟前", "现在",
                                     "2026-11-23T14:07:35+08:00"]),
        (TimeInput.acceptedFormsEN, ["2026-11-23 14:07", "2026/11/23 14:07", "14:07", "yesterday 21:00",
                                     "today 08:15", "-30m", "-2h", "-1d", "-90s", "now",
                                     "2026-11-23T14:07:35+08:00"]),
    ])
    func helpLineExamplesAllParse(line: String, examples: [String]) {
        #expect(!line.contains("\n"))
        for example in examples {
            #expect(line.contains(example), "\(example)")
            #expect((try? TimeInput.parse(example, now: Self.now, timeZone: Self.shanghai).get()) != nil, "\(example)")
        }
    }
}
