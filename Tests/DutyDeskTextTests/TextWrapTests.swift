import Testing
@testable import DutyDeskText

@Suite struct TextWrapTests {
    @Test func linesFitTheirWidthAndKeepEveryCharacter() {
        let text = "暴雨致河西街道多处道路积水，车辆被淹视频在微博传播（已核实）"
        for width in 6...30 {
            let lines = TextWrap.lines(text, width: width)
            #expect(lines.joined() == text)
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(width)")
        }
        #expect(TextWrap.lines("第一行\n\n第三行", width: 10) == ["第一行", "", "第三行"])
    }

    /// 避头尾: a comma or a closing bracket never starts a line, an opening bracket never ends one.
    @Test func noLineStartsWithClosingPunctuation() {
        #expect(TextWrap.lines("河西街道积水，车辆被淹", width: 12) == ["河西街道积", "水，车辆被淹"])
        #expect(TextWrap.lines("已启动四级响应（防汛）", width: 14) == ["已启动四级响应", "（防汛）"])
        #expect(TextWrap.lines("网友：“不实”。", width: 12) == ["网友：“不", "实”。"], "a run of closing marks goes down whole")
        #expect(TextWrap.lines("网传县城明年（取消）", width: 14) == ["网传县城明年", "（取消）"])
        for width in 6...30 {
            for line in TextWrap.lines("暴雨致河西街道多处道路积水，车辆被淹（视频）在微博传播。网友：“不实”。", width: width).dropFirst() {
                #expect(!TextWrap.noLineStart.contains(line.first ?? " "), "\(width): \(line)")
            }
        }
    }

    /// English breaks at its spaces: a word goes down whole, and no line starts with the space.
    @Test func englishBreaksBetweenWords() {
        #expect(TextWrap.lines("Press conference held (First response)", width: 30)
            == ["Press conference held (First", "response)"])
        #expect(TextWrap.lines("Reported: G205 国道 (Duty phone, Opinion general)", width: 26)
            == ["Reported: G205 国道 (Duty", "phone, Opinion general)"])
        for width in 10...40 {
            let lines = TextWrap.lines("Instruction from 县长: publish the list of flooded streets by noon", width: width)
            #expect(lines.allSatisfy { !$0.hasPrefix(" ") && DisplayWidth.of($0) <= width }, "\(width): \(lines)")
        }
    }

    /// A legend's clauses: a line breaks between two of them, the separator ends the line, and a
    /// clause wider than the line is broken as text is.
    @Test func clausesBreakOnlyBetweenThemselves() {
        let legend = ["编号略去年份", "督：督办事项时限", "报：首报时限"]
        #expect(TextWrap.lines(joining: legend, separator: "；", width: 32) == ["编号略去年份；督：督办事项时限；", "报：首报时限"])
        #expect(TextWrap.lines(joining: legend, separator: "；", width: 20) == ["编号略去年份；", "督：督办事项时限；", "报：首报时限"])
        #expect(TextWrap.lines(joining: ["late: overdue", "urg: soon"], separator: "; ", width: 14) == ["late: overdue;", "urg: soon"],
                "no line ends with the separator's space")
        #expect(TextWrap.lines(joining: ["一二三四五六七八", "九"], separator: "；", width: 10) == ["一二三四五", "六七八；", "九"])
        #expect(TextWrap.lines(joining: [], separator: "；", width: 10).isEmpty)
    }
}
