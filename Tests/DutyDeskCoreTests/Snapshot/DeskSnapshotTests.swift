import DutyDeskCore
import DutyDeskJSON
import DutyDeskTestSupport
import Foundation
import Testing

/// A desk rebuilt from its snapshot is the desk a full replay gives, and goes on the same way.
@Suite struct DeskSnapshotTests {
    static func roundTrip(_ desk: DeskState) throws -> DeskState {
        let encoded = DeskSnapshot.encode(desk)
        return try encoded.main.withUnsafeBytes { try DeskSnapshot.decode($0, records: CountingRecords(encoded)) }
    }

    /// Cases a snapshot keeps as records: the closed ones, and only those.
    static func archived(_ desk: DeskState) -> [Int] { desk.cases.indices.filter(desk.cases.isArchived) }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func aRestoredDeskEqualsAFullReplay(seed: UInt64) throws {
        var shift = RandomShift(seed: seed)
        shift.record(3000)
        let replayed = DeskState(replaying: shift.events)
        let restored = try Self.roundTrip(replayed)
        #expect(CanonicalDesk(restored) == CanonicalDesk(replayed))
        let closed = replayed.cases.indices.filter { replayed.cases[$0].closure != nil }
        #expect(!closed.isEmpty, "the shift closes no case: the records go untested")
        #expect(Self.archived(restored) == closed)
        #expect(Self.archived(replayed).isEmpty)
    }

    /// Open cases rebuilt in runs on every core (as `SnapshotCache` lends them) give the desk a
    /// full replay gives, each case in its place: enough open cases for several runs.
    @Test func openCasesRebuiltOnEveryCoreEqualAFullReplay() throws {
        var shift = RandomShift(seed: 7)
        shift.record(20000)
        let replayed = DeskState(replaying: shift.events)
        try #require(replayed.cases.indices.filter(replayed.cases.isOpen).count >= 2048, "too few open cases for two runs")
        let encoded = DeskSnapshot.encode(replayed)
        let restored = try encoded.main.withUnsafeBytes { bytes in
            try DeskSnapshot.decode(bytes, records: CountingRecords(encoded)) { runs, rebuild in
                DispatchQueue.concurrentPerform(iterations: runs, execute: rebuild)
            }
        }
        #expect(CanonicalDesk(restored) == CanonicalDesk(replayed))
        #expect(restored.cases.indices.map(restored.cases.code) == replayed.cases.indices.map(replayed.cases.code))
    }

    /// A restored desk written again copies its records as they are, and reads back the same.
    /// A summary writes a grade and a level, and a case's report its channel too, as their place in
    /// the vocabulary, so a snapshot of an older order would read as other values: changing the
    /// order must come with a new format version.
    @Test func theVocabularyIsWrittenInAPinnedOrder() {
        #expect(Grade.allCases.map(\.rawValue) == ["extraordinary", "major", "significant", "general", "none"]
                && DeskSnapshot.formatVersion == 11, "a reordered Grade needs DeskSnapshot.formatVersion bumped")
        #expect(OpinionLevel.allCases.map(\.rawValue) == ["extraordinary", "major", "significant", "general"]
                && DeskSnapshot.formatVersion == 11, "a reordered OpinionLevel needs DeskSnapshot.formatVersion bumped")
        #expect(Channel.allCases.map(\.rawValue) == ["phone", "hotline", "newspaper", "web", "forum", "community", "blog",
                                                     "weibo", "wechat", "comments", "inquiry", "broadcast", "superior",
                                                     "other", "opinion-platform", "info-system", "contractor"]
                && DeskSnapshot.formatVersion == 11, "a reordered Channel needs DeskSnapshot.formatVersion bumped")
    }

    /// A case reported after the snapshot asks whether its id is taken: the fingerprints in the
    /// main bytes answer, and the closed cases' table (in a file: the whole closed part hashed)
    /// is not read. An event on a closed case still finds it there.
    @Test func aNewCaseLeavesTheClosedCasesTableUnread() throws {
        var shift = RandomShift(seed: 5)
        shift.record(2000)
        var (desk, records) = try CountingRecords.restored(shift.state)
        let archived = Self.archived(desk)
        #expect(!archived.isEmpty)
        let now = shift.now.addingTimeInterval(60)
        let drafter = EventDrafter(state: desk, now: now, timeZone: RandomShift.zone)
        let draft = try drafter.report(EventDrafter.Intake(title: "网传城关镇自来水发黄", locality: "城关镇"),
                                       newCaseID: CaseID("case-new"))
        desk.apply(Event(seq: desk.lastSeq + 1, id: "event-new", recordedAt: now, operatorName: "张伟",
                         caseID: draft.caseID, body: draft.body))
        #expect(desk[CaseID("case-new")]?.report.title == "网传城关镇自来水发黄")
        #expect(records.archiveReads == 0)
        #expect(desk.index(of: shift.state.cases[archived[0]].id) == archived[0])
        #expect(records.archiveReads > 0)
    }

    @Test func aRestoredDeskWritesTheSameSnapshot() throws {
        var shift = RandomShift(seed: 8)
        shift.record(2000)
        let replayed = DeskState(replaying: shift.events)
        let first = DeskSnapshot.encode(replayed)
        let restored = try first.main.withUnsafeBytes { try DeskSnapshot.decode($0, records: CountingRecords(first)) }
        let second = DeskSnapshot.encode(restored)
        #expect(second.main == first.main)
        #expect(second.archive == first.archive)
        #expect(second.records == first.records)
        #expect(second.recordEnds == first.recordEnds)
    }

    /// What the reports and lookups ask of every case, answered from the summaries, matches the
    /// cases themselves: the queue leaves out the same ones, the shift's cases are the same, and
    /// a day's report and the handover come out the same.
    @Test func summariesAnswerAsTheCasesWould() throws {
        var shift = RandomShift(seed: 12)
        shift.record(3000)
        let replayed = DeskState(replaying: shift.events)
        let restored = try Self.roundTrip(replayed)
        #expect(!Self.archived(restored).isEmpty)
        for index in restored.cases.indices {
            let subject = replayed.cases[index]
            #expect(restored.cases.isOpen(index) == (subject.closure == nil))
            #expect(restored.cases.firstSeq(index) == subject.timeline.first?.seq)
            if let summary = restored.cases.summary(index) {
                #expect(summary.openItems == subject.supervisedItems.filter(\.isOpen).map(CaseList.Summary.OpenItem.init))
                #expect(summary.row == CaseList.Summary.Row(subject))
            }
        }
        #expect(restored.cases.indices.contains { restored.cases.summary($0)?.openItems.isEmpty == false },
                "no closed case keeps an open item: the handover's summaries go untested")
        #expect(restored.casesRecordedThisShift.map(\.id) == replayed.casesRecordedThisShift.map(\.id))
        for subject in replayed.cases {
            #expect(restored.index(of: subject.id) == replayed.index(of: subject.id))
            #expect(restored.findCase(code: subject.code.lowercased())?.id == subject.id)
            if !subject.report.ref.isEmpty { #expect(restored.findCase(ref: subject.report.ref)?.id == replayed.findCase(ref: subject.report.ref)?.id) }
        }
        #expect(restored.findCase(code: "YQ-19990101-001") == nil && restored.findCase(ref: "没有这个编号") == nil)
        let policy = DeadlinePolicy()
        #expect(CaseQueries.queue(restored, policy: policy, now: shift.now, includeClosed: false).map(\.subject.id)
            == CaseQueries.queue(replayed, policy: policy, now: shift.now, includeClosed: false).map(\.subject.id))
        #expect(CaseQueries.queue(restored, policy: policy, now: shift.now, includeClosed: true).map(\.subject.id)
            == CaseQueries.queue(replayed, policy: policy, now: shift.now, includeClosed: true).map(\.subject.id))
        let zone = TimeZone(identifier: "Asia/Shanghai")!
        let context = ReportContext(now: shift.now, timeZone: zone, policy: policy, deskName: "城关值班台", language: .chinese)
        func text(_ document: ReportDocument) -> String { ReportFormat.json.render(document) }
        #expect(text(HandoverReport.document(restored, context: context, operatorName: "张伟", horizonHours: 12, anchor: .none))
            == text(HandoverReport.document(replayed, context: context, operatorName: "张伟", horizonHours: 12, anchor: .none)))
        var day = CivilTime(shift.events[1].recordedAt, in: zone)
        var daysWithCases = 0
        while day.date(in: zone) <= shift.now {
            let document = DailyReport.document(restored, day: day, context: context)
            #expect(text(document) == text(DailyReport.document(replayed, day: day, context: context)))
            if document.sections.first?.table?.rows.isEmpty == false { daysWithCases += 1 }
            day = day.addingDays(1)
        }
        #expect(daysWithCases > 1)
        let first = CivilTime(shift.events[1].recordedAt, in: zone)
        for period in [DayRange(first: first, last: first.addingDays(2)), DayRange(first: first.addingDays(3), last: day)] {
            #expect(text(AnalysisReport.document(restored, period: period, context: context))
                == text(AnalysisReport.document(replayed, period: period, context: context)))
        }
    }

    /// A snapshot of a prefix, then the rest of the events, is the whole replay.
    @Test func aRestoredDeskTakesTheTailAsAReplayWould() throws {
        var shift = RandomShift(seed: 9)
        shift.record(2500)
        let cut = 1700
        var restored = try Self.roundTrip(DeskState(replaying: shift.events.prefix(cut)))
        #expect(restored.casesTouched(since: cut) == [])
        #expect(restored.casesTouched(since: cut - 1) == nil)
        for event in shift.events.dropFirst(cut) { restored.apply(event) }
        #expect(CanonicalDesk(restored) == CanonicalDesk(DeskState(replaying: shift.events)))
    }

    /// Facts a hand-merged ledger can hold: a step on a case never reported, a type this build
    /// does not know, a second report of the same case.
    @Test func orphansAndUnknownTypesSurvive() throws {
        var shift = RandomShift(seed: 5)
        shift.record(300)
        let at = shift.now
        var events = shift.events
        let next = events.count + 1
        events.append(Event(seq: next, id: "x1", recordedAt: at, operatorName: "张伟", caseID: CaseID("nowhere"),
                            body: .noteAdded(text: "无主")))
        events.append(Event(seq: next + 1, id: "x2", recordedAt: at, operatorName: "张伟", caseID: nil,
                            body: .unrecognized(type: "future.kind", payload: JSONObject([("n", .int(-7)), ("d", .double(0.5)),
                                                                                   ("a", .array([.null, .bool(true)]))]))))
        let replayed = DeskState(replaying: events)
        #expect(replayed.orphanEvents.count == 2)
        #expect(CanonicalDesk(try Self.roundTrip(replayed)) == CanonicalDesk(replayed))
    }

    /// The desk-level lists a replay fills: a patrol on the night shift comes back with who logged it.
    @Test func patrolsSurvive() throws {
        var shift = RandomShift(seed: 6)
        shift.record(200)
        var events = shift.events
        events.append(Event(seq: events.count + 1, id: "p1", recordedAt: shift.now, operatorName: "李娜", caseID: nil,
                            body: .patrolLogged(Patrol(channels: [.weibo, .wechat], at: shift.now, cases: [], note: "无新情况"))))
        let replayed = DeskState(replaying: events)
        #expect(replayed.patrols.count == 1)
        #expect(CanonicalDesk(try Self.roundTrip(replayed)) == CanonicalDesk(replayed))
    }

    /// 口径 come back with their ids, who recorded them and when, the withdrawn one with its reason
    /// (format 4), and a withdrawal after the snapshot finds the wording it names.
    @Test func wordingsSurvive() throws {
        var shift = RandomShift(seed: 6)
        shift.record(200)
        var events = shift.events
        func add(_ id: String, _ body: EventBody) {
            events.append(Event(seq: events.count + 1, id: id, recordedAt: shift.now, operatorName: "李娜", caseID: nil, body: body))
        }
        add("w1", .wordingApproved(WordingApproval(topic: "二次供水", text: "水质达标", leader: "王县长", at: shift.now)))
        add("w2", .wordingApproved(WordingApproval(topic: "征地补偿", text: "按标准补偿", leader: "王县长", at: shift.now)))
        add("w3", .wordingWithdrawn(WordingWithdrawal(wording: "w1", reason: "检测结果更新")))
        let replayed = DeskState(replaying: events)
        #expect(replayed.wordings.map(\.id) == ["w1", "w2"] && replayed.activeWordings.map(\.id) == ["w2"])
        var restored = try Self.roundTrip(replayed)
        #expect(CanonicalDesk(restored) == CanonicalDesk(replayed))
        #expect(restored.wording(id: "w1")?.withdrawal?.1.id == "w3")
        let tail = Event(seq: events.count + 1, id: "w4", recordedAt: shift.now, operatorName: "王芳", caseID: nil,
                         body: .wordingWithdrawn(WordingWithdrawal(wording: "w2", reason: "政策调整")))
        restored.apply(tail)
        #expect(CanonicalDesk(restored) == CanonicalDesk(DeskState(replaying: events + [tail])))
        #expect(restored.activeWordings.isEmpty)
    }

    /// Every stored property of the desk is one the snapshot writes (and `CanonicalDesk` compares):
    /// a list added to `DeskState` and forgotten here would make a snapshot-started desk lie.
    @Test func theSnapshotKnowsEveryPartOfTheDesk() {
        let parts = Set(Mirror(reflecting: DeskState()).children.compactMap(\.label))
        let written: Set = ["identity", "eventCount", "lastSeq", "latestRecordedAt", "repairs", "orphanEvents", "handovers", "decisions",
                            "assessments", "checkpoints", "patrols", "wordings", "cases"]
        // Indexes and counters rebuilt by `apply` from what is written.
        let derived: Set = ["indexByID", "indexByCode", "indexByRef", "highestNumberByPrefix", "recentTouches"]
        #expect(parts.isSuperset(of: written), "the mirror no longer shows the desk's parts")
        #expect(parts.subtracting(written).subtracting(derived).isEmpty,
                "DeskState gained \(parts.subtracting(written).subtracting(derived).sorted()): write it in DeskSnapshot")
    }

    @Test func anEmptyDeskRoundTrips() throws {
        #expect(CanonicalDesk(try Self.roundTrip(DeskState())) == CanonicalDesk(DeskState()))
    }

    /// Cut or altered bytes throw, whatever byte it is; they never trap.
    @Test func damagedBytesAreRefused() throws {
        var shift = RandomShift(seed: 3)
        shift.record(200)
        let bytes = DeskSnapshot.encode(DeskState(replaying: shift.events)).main
        for cut in stride(from: 0, to: bytes.count - 1, by: max(1, bytes.count / 97)) {
            #expect(throws: (any Error).self) { try Array(bytes[..<cut]).withUnsafeBytes { try DeskSnapshot.decode($0, records: nil) } }
        }
        var generator = RandomShift.Generator(seed: 77)
        for _ in 0..<200 {
            var mutated = bytes
            mutated[Int.random(in: 0..<mutated.count, using: &generator)] ^= UInt8.random(in: 1...255, using: &generator)
            // Some changes still read (a letter of a title); none may crash.
            _ = try? mutated.withUnsafeBytes { try DeskSnapshot.decode($0, records: nil) }
        }
    }
}
