import Foundation
import Testing
@testable import DutyDeskCore

@Suite struct StringsTests {
    @Test(arguments: [
        (97_929, "1天03:12:09"), (86_399, "23:59:59"), (0, "00:00:00"), (-8107, "超时 02:15:07"),
        (-90_061, "超时 1天01:01:01"),
    ])
    func countdownInChinese(seconds: Int, text: String) {
        #expect(Strings.chinese.countdown(seconds) == text)
    }

    @Test func countdownInEnglish() {
        #expect(Strings.english.countdown(97_929) == "1d 03:12:09")
        #expect(Strings.english.countdown(-8107) == "overdue 02:15:07")
    }

    /// The queue's rows (compact) keep their seconds below a day and drop them above, in both
    /// languages; English says overdue as `late`, the full word everywhere else.
    @Test func compactCountdown() {
        #expect(Strings.chinese.countdown(-90_061, compact: true) == "超时 1天01:01")
        #expect(Strings.chinese.countdown(86_399, compact: true) == "23:59:59")
        #expect(Strings.english.countdown(97_929, compact: true) == "1d 03:12")
        #expect(Strings.english.countdown(-8107, compact: true) == "late 02:15:07")
    }

    @Test(arguments: [(0, "首次回应"), (1, "续报一"), (2, "续报二"), (10, "续报十"), (11, "续报十一"), (20, "续报二十"),
                      (35, "续报三十五")])
    func releasesAreNamedLikeTheNotices(number: Int, name: String) {
        #expect(Strings.chinese.releaseName(number: number) == name)
    }

    @Test func vocabulariesAcceptChineseEnglishAndAliases() {
        #expect(Grade(token: "重大") == .major)
        #expect(Grade(token: "MAJOR") == .major)
        #expect(Channel(token: "值班电话") == .dutyPhone)
        #expect(Channel(token: "phone") == .dutyPhone)
        #expect(Channel(token: "12345") == .hotline)
        #expect(Channel(token: "微博") == .weibo)
        #expect(Channel(token: "web") == .web)
        #expect(UnitRole(token: "牵头") == .lead)
        #expect(Grade(token: "huge") == nil)
        #expect(Grade.validValues(in: .chinese).hasPrefix("特别重大、重大、"))
        #expect(Grade.validValues(in: .english).hasPrefix("extraordinary, major, "))
    }

    static let fields: [RecordingField] = [
        .title, .locality, .discoveredAt, .unit, .text, .at, .due, .leader, .decisions, .reason, .outcome, .incoming,
        .asOf, .topic, .approvedBy, .wording, .corrected(.title), .corrected(.discoveredAt), .corrected(.channel),
    ]

    /// A refusal in Chinese names its field in Chinese: no `due`, `title`, `discovered` or `at`.
    @Test(arguments: fields)
    func refusalsNameTheFieldInTheUILanguage(field: RecordingField) {
        let zone = TimeZone(identifier: "Asia/Shanghai")!
        let moment = Date(timeIntervalSince1970: 1_795_414_055)
        let errors: [DraftRefusal] = [
            .emptyField(name: field), .inFuture(field: field, value: moment, now: moment),
            .beforeDiscovery(field: field, value: moment, discoveredAt: moment),
            .invalidValue(field: field, value: "？"), .notAhead(field: field, value: moment, now: moment),
        ]
        for error in errors {
            let chinese = Strings.chinese.recordingError(error, timeZone: zone)
            let words = chinese.replacingOccurrences(of: "--as-of", with: "").split { !$0.isASCII || !$0.isLetter }
            #expect(words.isEmpty, "\(chinese)")
            #expect(chinese.contains(Strings.chinese.fieldName(field)))
            #expect(Strings.english.recordingError(error, timeZone: zone).contains(Strings.english.fieldName(field)))
        }
    }

    @Test func aDueTimeRefusalSaysItMustLieAhead() {
        let zone = TimeZone(identifier: "Asia/Shanghai")!
        let moment = CivilTime(year: 2026, month: 11, day: 23, hour: 19, minute: 6).date(in: zone)
        let refusal = DraftRefusal.notAhead(field: .due, value: moment, now: moment)
        #expect(Strings.chinese.recordingError(refusal, timeZone: zone)
            == "截止时间（2026-11-23 19:06）不晚于当前时间 2026-11-23 19:06，截止时间须晚于现在")
        #expect(Strings.chinese.fieldName(.corrected(.discoveredAt)) == "发现时间")
        #expect(Strings.english.fieldName(.due) == "Due time")
    }

    /// The 50 % and 75 % steps are written beside the countdown, so they survive a screen without colour.
    @Test func aClockWritesItsStepInWords() {
        let start = Date(timeIntervalSince1970: 1_795_414_055)
        let deadline = Deadline(kind: .response, startsAt: start, dueAt: start.addingTimeInterval(4 * 3600))
        #expect(Strings.chinese.clock(ClockReading(deadline, now: start.addingTimeInterval(3600))) == "03:00:00")
        #expect(Strings.chinese.clock(ClockReading(deadline, now: start.addingTimeInterval(2 * 3600))) == "02:00:00 过半")
        #expect(Strings.chinese.clock(ClockReading(deadline, now: start.addingTimeInterval(3 * 3600))) == "01:00:00 紧急")
        #expect(Strings.english.clock(ClockReading(deadline, now: start.addingTimeInterval(3 * 3600))) == "01:00:00 urgent")
        #expect(Strings.chinese.clock(ClockReading(deadline, now: start.addingTimeInterval(5 * 3600))) == "超时 01:00:00")
    }

    @Test func placeholdersFillInOrder() {
        #expect(fill("{} 与 {}", "甲", 2) == "甲 与 2")
    }

    /// A deadline kind or a clock band missing from its table would show as its code; each has its
    /// words in both languages, so a new case fails here.
    @Test(arguments: [Language.chinese, .english])
    func everyDeadlineKindAndBandHasItsWords(language: Language) {
        let strings = Strings.table(for: language)
        for kind in DeadlineKind.allCases { #expect(strings.deadlineKinds[kind] != nil, "\(kind)") }
        for band in ClockBand.allCases { #expect(strings.bands[band] != nil, "\(band)") }
    }
}
