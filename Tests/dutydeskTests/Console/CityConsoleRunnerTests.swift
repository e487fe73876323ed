import DutyDeskTestSupport
import Foundation
import Testing

/// `dutydesk --desks 3301` in real tmux over a real cluster: both counties' cases in one queue,
/// an append on a county shown without a key, `:desk` narrowing, a recording key refused, and the
/// city's instruction recorded on the county's chain.
@Suite(.serialized, .enabled(if: PostgresCluster.isInstalled, "PostgreSQL is not installed"))
struct CityConsoleRunnerTests {
    @Test func theCityFollowsItsCountiesAndRecordsOnlyItsInstruction() throws {
        let console = try ConsoleInTmux("city-console", environment: ["DUTYDESK_OPERATOR": "市值班员"])
        defer { console.scratch.remove() }
        let cluster = try PostgresCluster(in: console.scratch)
        defer { cluster.stop() }
        defer { console.tmux.kill() }
        func desk(_ code: String) -> [String: String] { ["DUTYDESK_STORE": cluster.address(desk: code)] }
        #expect(try DeskBinary.run(["store", "init"], log: console.log, extra: desk("330102")).status == 0)
        for (code, title) in [("330102", "城关镇自来水发黄"), ("330106", "西溪湿地游船侧翻传言")] {
            let added = try DeskBinary.run(["add", "--title", title, "--locality", "城关镇"], log: console.log, extra: desk(code))
            #expect(added.status == 0, "\(added.stderr)")
        }
        try console.tmux.type("DUTYDESK_STORE='\(cluster.address(desk: "330100"))' \(DeskBinary.path) --desks 3301", enter: true)
        try console.expectScreen("both counties in one queue") {
            $0.contains("2 个值班台") && $0.contains("全部 2") && $0.contains("330102 1") && $0.contains("330106 1")
                && $0.contains("城关镇自来水发黄") && $0.contains("西溪湿地游船侧翻传言")
        }

        // Another process appends on a county: the LISTEN wakes the city without a key.
        #expect(try DeskBinary.run(["add", "--title", "网传西溪中学停课", "--locality", "西溪街道"], log: console.log,
                                   extra: desk("330106")).status == 0)
        try console.expectScreen("the new case within a second or two", within: 5) {
            $0.contains("网传西溪中学停课") && $0.contains("330106 2") && $0.contains("全部 3")
        }

        // `?` is the console's help box, listing the city's keys from the keymap; Esc closes it.
        try console.tmux.type("?")
        try console.expectScreen("the city's keys in the help box") {
            $0.contains("按键说明 · 市级视图") && $0.contains("领导批示") && $0.contains("命令行")
        }
        try console.tmux.press("Escape")
        try console.expectScreen("the help closed") { !$0.contains("按键说明") && $0.contains("网传西溪中学停课") }

        try console.tmux.type(":desk 330106")
        try console.tmux.press("Enter")
        try console.expectScreen("one desk") { !$0.contains("城关镇自来水发黄") && $0.contains("网传西溪中学停课") }
        try console.tmux.type("r")
        try console.expectScreen("a recording key refused") { $0.contains("市级视图只读") }

        // The city's one record: an instruction, on the county's own chain, under the city operator's name.
        try console.tmux.type("i")
        try console.expectScreen("the instruction form for the county's case") {
            $0.contains("批示 → 值班台 330106") && $0.contains("批示领导")
        }
        try console.tmux.type("王市长")
        try console.tmux.press("Tab")
        try console.tmux.type("今日内说明停课传言")
        try console.tmux.press("Tab")
        try console.tmux.type("23:30")
        try console.tmux.press("C-s")
        try console.expectScreen("the instruction recorded") { $0.contains("已记录") && !$0.contains("批示领导") }
        let chain = try DeskBinary.run(["store", "export", "--desk", "330106"], log: console.log, extra: desk("330106")).stdout
        let instruction = try #require(chain.split(separator: "\n").first { $0.contains("\"instruction.issued\"") })
        #expect(instruction.contains("\"op\":\"市值班员@330100\"") && instruction.contains("王市长"), "\(instruction)")
        #expect(try DeskBinary.run(["verify"], log: console.log, extra: desk("330106")).status == 0)
        try console.tmux.type("q")
        try console.expectScreen("the console ends") { $0.contains("$") && !$0.contains("个值班台") }
        #expect(try DeskBinary.run(["store", "export", "--desk", "330100"], log: console.log, extra: desk("330100")).stdout.isEmpty,
                "the city's view started no stream of its own, its instruction included")
    }
}
