import Foundation

/// 舆情分析报告 (000: 定性和定量相结合): for one important case, what it is and how it moved; for a
/// period, how much came in, from where, of what kind, and how the desk answered it.
public enum AnalysisReport {
    /// One case: the judgement's qualitative factors, then the reports per channel and day, the
    /// releases with their time from discovery, and the linked reports.
    public static func document(_ subject: Case, context: ReportContext) -> ReportDocument {
        let language = context.language
        let words = context.words
        let qualitative: [JudgementFactor] = [.nature, .intensity, .publicReaction, .mediaInvolvement, .scope, .consequences,
                                              .riskLevel, .warningClass, .verification, .note]
        let reports = [(channel: subject.report.channel, at: subject.discoveredAt)]
            + subject.timeline.compactMap { entry -> (channel: Channel, at: Date)? in
                if case .reportLinked(let linked) = entry.body { return (linked.channel, entry.recordedAt) }
                return nil
            }
        var counts: [String: (day: String, channel: Channel, count: Int)] = [:]
        for report in reports {
            let moment = CivilTime(report.at, in: context.timeZone)
            let day = DayRange.text(CivilTime(year: moment.year, month: moment.month, day: moment.day))
            counts[day + "|" + report.channel.code, default: (day, report.channel, 0)].count += 1
        }
        let byChannelAndDay: [[ReportCell]] = counts.sorted { $0.key < $1.key }.map { _, tally in
            [.text(tally.day), .text(tally.channel.name(in: language)), .integer(tally.count)]
        }
        return context.document(.analysis, subtitle: subject.code, facts: [
            context.fact("code", .text(subject.code)), context.fact("title", .text(subject.title)),
            context.fact("level", .text(subject.level.name(in: language))), context.fact("grade", .text(subject.grade.name(in: language))),
            context.fact("reports", .integer(subject.reportCount)), context.fact("releases", .integer(subject.releaseCount)),
        ], sections: [
            ReportSection(key: "qualitative", title: words.section("qualitative"),
                          facts: qualitative.compactMap { factor in
                              subject.judgement.entries[factor].map { _ in
                                  ReportFact(factor.code, factor.name(in: language),
                                             .text(subject.judgement.text(factor, in: language)))
                              }
                          }, paragraphs: subject.judgement.isEmpty ? [words.notTriaged] : []),
            ReportSection(key: "reportsByDay", title: words.section("reportsByDay"),
                          table: context.table(["day", "channel", "reports"], byChannelAndDay)),
            ReportSection(key: "releaseTiming", title: words.section("releaseTiming"),
                          table: context.table(["release", "at", "sinceDiscovery"], subject.releases.map { release in
                              [.text(release.isPressConference ? context.strings.pressConference
                                     : context.strings.releaseName(number: release.number)),
                               context.time(release.at), .hours(Int(release.at.timeIntervalSince(subject.discoveredAt)))]
                          })),
        ])
    }

    /// A period: volume by day, channel, locality, warning class, both grades, priority and
    /// category; timeliness in total and per unit; the most-reported cases.
    public static func document(_ state: DeskState, period: DayRange, context: ReportContext) -> ReportDocument {
        let language = context.language
        let words = context.words
        let moments = period.moments(in: context.timeZone)
        let cases = state.cases.touching(moments).filter { moments.contains($0.discoveredAt) }
        let stats = TimelinessStats(state, period: period, policy: context.policy, now: context.now, timeZone: context.timeZone)
        func tally(_ key: String, _ name: (Case) -> String) -> ReportSection {
            let rows = Dictionary(grouping: cases, by: name).map { ($0.key, $0.value.count) }
                .sorted { ($1.1, $0.0) < ($0.1, $1.0) }
            return ReportSection(key: "by-" + key, title: words.label(key),
                                 table: context.table([key, "cases"], rows.map { [.text($0.0), .integer($0.1)] }))
        }
        func name(_ value: (some Vocabulary)?) -> String { value?.name(in: language) ?? words.unassigned }
        let mostReported = cases.filter { $0.reportCount > 1 }.sorted { ($1.reportCount, $0.code) < ($0.reportCount, $1.code) }
            .prefix(10)
        return context.document(.analysis, subtitle: context.periodText(period), facts: context.periodFacts(period) + [
            context.fact("cases", .integer(cases.count)), context.fact("judged", .integer(stats.total.judged)),
            context.fact("share", .share(stats.total.share)),
            context.fact("firstReleaseMedian", .hours(stats.total.firstReleaseMedian)),
            context.fact("firstReleaseP90", .hours(stats.total.firstReleaseP90)),
        ], sections: [
            ReportSection(key: "perDay", title: words.section("perDay"),
                          table: context.table(["day", "cases"], stats.perDay.map { [.text(DayRange.text($0.day)), .integer($0.cases)] })),
            tally("channel") { $0.report.channel.name(in: language) },
            tally("locality") { $0.report.locality },
            tally("warningClass") { name($0.judgement.warningClass) },
            tally("level") { $0.level.name(in: language) },
            tally("grade") { $0.grade.name(in: language) },
            tally("priority") { name($0.judgement.entries[.priority].flatMap { ResponsePriority(rawValue: $0.value) }) },
            tally("category") { name($0.judgement.category) },
            ReportSection(key: "byUnit", title: words.section("byUnit"),
                          table: context.table(["unit", "cases", "judged", "share", "overdue", "firstReleaseMedian"],
                                               stats.byUnit.map { figures in
                                                   [.text(figures.name.isEmpty ? words.unassigned : figures.name),
                                                    .integer(figures.cases), .integer(figures.judged), .share(figures.share),
                                                    .integer(figures.overdue), .hours(figures.firstReleaseMedian)]
                                               })),
            ReportSection(key: "mostReported", title: words.section("mostReported"),
                          table: context.table(["code", "title", "reports"], mostReported.map { subject in
                              [.text(subject.code), .text(subject.title), .text(context.strings.reportTally(subject))]
                          })),
        ])
    }
}
