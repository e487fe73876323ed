import DutyDeskCore
import Foundation

/// A seeded stream of what a desk records: reports, triage, units, releases, closures and
/// reopenings, leaders' instructions and their completion, reports up, notes and handovers, each
/// asked of `EventDrafter` at a moment that only moves forward, as a ledger would hold them. The same
/// seed gives the same events, so a failing property names the seed that replays it.
public struct RandomShift {
    /// SplitMix64.
    public struct Generator: RandomNumberGenerator {
        var state: UInt64
        public init(seed: UInt64) { state = seed }
        public mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    public static let zone = TimeZone(identifier: "Asia/Shanghai")!
    /// Items the response plans require of a major or extraordinary case, so its report has a checklist.
    static let plans = ResponsePlans([.major: ["两小时内报县委宣传部"], .extraordinary: ["启动应急预案", "召开新闻发布会"]])
    public private(set) var random: Generator
    /// The desk as recorded so far; `events` replays to it.
    public private(set) var state = DeskState()
    public private(set) var events: [Event] = []
    /// The moment of the last event.
    public private(set) var now: Date

    public init(seed: UInt64, ledgerID: String = "random-shift") {
        random = Generator(seed: seed)
        now = CivilTime(year: 2026, month: 11, day: 20, hour: 8).date(in: Self.zone)
        append(EventDraft(caseID: nil, body: .ledgerCreated(LedgerIdentity(ledgerID: ledgerID, deskID: "城关", createdAt: now))))
    }

    /// Records `count` more events (steps the drafter refuses are skipped, not counted).
    public mutating func record(_ count: Int) {
        let target = events.count + count
        while events.count < target {
            now = now.addingTimeInterval(Double(Int.random(in: 1...5400, using: &random)))
            if let draft = try? nextDraft() { append(draft) }
        }
    }

    private mutating func nextDraft() throws -> EventDraft {
        let drafter = EventDrafter(state: state, now: now, timeZone: Self.zone, responsePlans: Self.plans)
        let open = state.cases.filter { $0.closure == nil }
        let roll = Int.random(in: 0..<100, using: &random)
        if roll < 22 || open.isEmpty && roll < 90 {
            var intake = EventDrafter.Intake(title: Self.titles.randomElement(using: &random)!,
                                         locality: Self.localities.randomElement(using: &random)!)
            intake.grade = Grade.allCases.randomElement(using: &random)!
            intake.level = OpinionLevel.allCases.randomElement(using: &random)!
            intake.caller = ["李女士", "Mr. Wang", "ΣΟΦΙΑ", ""].randomElement(using: &random)!
            intake.unit = ["", "县水务局", "县公安局"].randomElement(using: &random)!
            // Every field of a report varies, so a snapshot that lost or swapped one would differ.
            intake.channel = Channel.allCases.randomElement(using: &random)!
            intake.phone = ["", "13800000000", "0571-8888"].randomElement(using: &random)!
            intake.detail = ["", "群众反映多日未解决", "Photos\tattached"].randomElement(using: &random)!
            if Bool.random(using: &random) { intake.ref = "GD-\(events.count)" }
            intake.discoveredAt = now.addingTimeInterval(-Double(Int.random(in: 0...(60 * 3600), using: &random)))
            return try drafter.report(intake, newCaseID: CaseID("case-\(events.count)"))
        }
        if roll >= 95 {
            // Every other one with a note, so a snapshot that lost a handover's note would differ.
            return try drafter.handOver(from: "张伟", to: "李娜", note: events.count.isMultiple(of: 2) ? "" : "城关镇水质待复测")
        }
        let pool = roll < 90 || state.cases.count == open.count ? open : state.cases.filter { $0.closure != nil }
        guard let code = pool.randomElement(using: &random)?.code else { throw DraftRefusal.unknownCase(code: "") }
        let action: CaseAction = switch roll {
        case ..<32: .regrade(Grade.allCases.randomElement(using: &random)!, at: nil)
        case ..<42: .assign(unit: ["县卫健委", "城关镇", "县应急管理局"].randomElement(using: &random)!,
                            role: UnitRole.allCases.randomElement(using: &random)!)
        case ..<52: .respond(method: .clarification, text: "已核实", at: nil)
        case ..<57: .pressConference(at: nil, speaker: "刘强", venue: "", attendees: [ConferenceAttendee(name: "刘强", role: .spokesperson)])
        // A unit given the case may not have answered yet: the close says why, as an operator would.
        case ..<64: .close(reason: .resolved, at: nil, unitsPendingReason: "已电话说明")
        case ..<70: .instruct(leader: "王县长", text: "尽快核实", dueAt: now.addingTimeInterval(Double(Int.random(in: 1...30, using: &random)) * 3600))
        case ..<76: .completeItem(item: nil)
        case ..<84: .reportUp(UpwardReport(recipient: ["县政府办公室", "县网信办"].randomElement(using: &random)!,
                                           method: .dutyPhone, at: now))
        case ..<90: .note("持续关注")
        default: .reopen(reason: "再次发酵")
        }
        return try drafter.perform(action, on: code)
    }

    private mutating func append(_ draft: EventDraft) {
        let event = Event(seq: events.count + 1, id: "event-\(events.count + 1)", recordedAt: now, operatorName: "张伟",
                          caseID: draft.caseID, body: draft.body)
        events.append(event)
        state.apply(event)
    }

    private static let titles = ["城关镇自来水发黄有异味", "G205 国道货车侧翻", "网传“县城取消学区划片”", "KTV门口斗殴视频",
                                 "Flood video on Weibo", "ÉCOLE 食堂传言", "暴雨致河西街道积水"]
    private static let localities = ["城关镇", "河西街道", "东湖新区", "Linjiang"]
}
