import Foundation
import Testing
@testable import DutyDeskJSON

/// Parses through the primary, typed-throwing entry point.
private func parse(_ bytes: [UInt8]) -> Result<JSONValue, JSONSyntaxError> {
    bytes.withUnsafeBytes { raw in
        Result { () throws(JSONSyntaxError) in try JSONParser.parse(raw) }
    }
}

private func syntaxError(_ bytes: [UInt8]) -> JSONSyntaxError? {
    if case .failure(let error) = parse(bytes) { return error }
    return nil
}

private func syntaxError(_ text: String) -> JSONSyntaxError? {
    syntaxError(Array(text.utf8))
}

@Suite struct JSONParserTests {
    struct SyntaxErrorCase: Sendable, CustomTestStringConvertible {
        let input: [UInt8]
        let offset: Int
        let reason: String

        init(_ text: String, _ offset: Int, _ reason: String) {
            self.init(bytes: Array(text.utf8), offset, reason)
        }

        init(bytes: [UInt8], _ offset: Int, _ reason: String) {
            input = bytes
            self.offset = offset
            self.reason = reason
        }

        var testDescription: String {
            String(decoding: input, as: UTF8.self).debugDescription
        }
    }

    @Test(arguments: [
        ("null", JSONValue.null),
        ("true", .bool(true)),
        ("false", .bool(false)),
        ("\"\"", .string("")),
        ("\"abc\"", .string("abc")),
        ("[]", .array([])),
        ("{}", .object(JSONObject())),
        (" \t\r\n 7 \t\r\n ", .int(7)),
        ("[ 1 , [ ] , { } ]", .array([1, .array([]), .object(JSONObject())])),
        ("{ \"a\" : [ null , false ] }", .object(JSONObject([("a", [nil, false])]))),
    ])
    func parsesValues(text: String, expected: JSONValue) throws {
        #expect(try JSONParser.parse(text) == expected)
    }

    @Test(arguments: [
        ("0", JSONValue.int(0)),
        ("-1", .int(-1)),
        ("12345", .int(12345)),
        ("9223372036854775807", .int(.max)),
        ("-9223372036854775808", .int(.min)),
        ("9223372036854775808", .double(9_223_372_036_854_775_808.0)),
        ("-9223372036854775809", .double(-9_223_372_036_854_775_809.0)),
        ("123456789012345678901234567890", .double(1.2345678901234568e29)),
        ("1e3", .double(1000)),
        ("1E3", .double(1000)),
        ("1e+3", .double(1000)),
        ("1e-3", .double(0.001)),
        ("1.5", .double(1.5)),
        ("-1.5e+2", .double(-150)),
        ("0.1", .double(0.1)),
        ("3.0", .double(3)),
        ("0e0", .double(0)),
        ("1e-400", .double(0)),
        ("1.7976931348623157e308", .double(.greatestFiniteMagnitude)),
        ("5e-324", .double(.leastNonzeroMagnitude)),
    ])
    func parsesNumbers(text: String, expected: JSONValue) throws {
        #expect(try JSONParser.parse(text) == expected)
    }

    @Test func negativeZeroIsADoubleThatKeepsItsSign() throws {
        let value = try JSONParser.parse("-0")
        guard case .double(let double) = value else {
            Issue.record("expected .double, got \(value)")
            return
        }
        #expect(double == 0 && double.sign == .minus)
        #expect(value.intValue == 0)
    }

    @Test(arguments: [
        (#""\"""#, "\""),
        (#""\\""#, "\\"),
        (#""\/""#, "/"),
        (#""\b""#, "\u{08}"),
        (#""\f""#, "\u{0C}"),
        (#""\n""#, "\n"),
        (#""\r""#, "\r"),
        (#""\t""#, "\t"),
        (#""\u0041""#, "A"),
        (#""\u00e9\u00C9""#, "éÉ"),
        (#""\u4e2d\u6587""#, "中文"),
        (#""\u0000""#, "\u{0}"),
        (#""\u001b""#, "\u{1B}"),
        (#""a\"b\\c\/d\be\ff\ng\rh\ti""#, "a\"b\\c/d\u{08}e\u{0C}f\ng\rh\ti"),
        (#""张伟\n李女士""#, "张伟\n李女士"),
    ])
    func decodesEscapes(text: String, expected: String) throws {
        #expect(try JSONParser.parse(text) == .string(expected))
    }

    @Test(arguments: [
        (#""\ud83d\ude00""#, "😀"),
        (#""\uD83D\uDE00""#, "😀"),
        (#""x\ud83d\ude00y""#, "x😀y"),
        (#""\udbff\udfff""#, "\u{10FFFF}"),
        (#""\ud800\udc00""#, "\u{10000}"),
    ])
    func combinesSurrogatePairs(text: String, expected: String) throws {
        #expect(try JSONParser.parse(text) == .string(expected))
    }

    @Test(arguments: [
        (#""\ud83d""#, "\u{FFFD}"),
        (#""\ude00""#, "\u{FFFD}"),
        (#""\ud83dx""#, "\u{FFFD}x"),
        (#""\ud83d\u0041""#, "\u{FFFD}A"),
        (#""\ud83d\n""#, "\u{FFFD}\n"),
        (#""\ude00\ud83d""#, "\u{FFFD}\u{FFFD}"),
        (#""\ud83d\ud83d\ude00""#, "\u{FFFD}😀"),
    ])
    func replacesLoneSurrogates(text: String, expected: String) throws {
        #expect(try JSONParser.parse(text) == .string(expected))
    }

    @Test func passesRawUTF8Through() throws {
        let text = "\"张伟 😀 é \u{7F} \u{10FFFF}\""
        #expect(try JSONParser.parse(text) == .string("张伟 😀 é \u{7F} \u{10FFFF}"))
    }

    @Test(arguments: [
        SyntaxErrorCase("", 0, "unexpected end of input"),
        SyntaxErrorCase(" \n\t", 3, "unexpected end of input"),
        SyntaxErrorCase("[", 1, "unexpected end of input"),
        SyntaxErrorCase("[1", 2, "unexpected end of input"),
        SyntaxErrorCase("{", 1, "unexpected end of input"),
        SyntaxErrorCase("{\"a\"", 4, "unexpected end of input"),
        SyntaxErrorCase("{\"a\":", 5, "unexpected end of input"),
        SyntaxErrorCase("1 2", 2, "unexpected data after value"),
        SyntaxErrorCase("{}x", 2, "unexpected data after value"),
        SyntaxErrorCase("[1]]", 3, "unexpected data after value"),
        SyntaxErrorCase("nullnull", 4, "unexpected data after value"),
        SyntaxErrorCase("[1]\u{0}", 3, "unexpected data after value"),
        SyntaxErrorCase("1.5x", 3, "unexpected data after value"),
        SyntaxErrorCase("[1,]", 3, "expected a value"),
        SyntaxErrorCase("[,1]", 1, "expected a value"),
        SyntaxErrorCase("{\"a\":1,}", 7, "expected a string key"),
        SyntaxErrorCase("{1:2}", 1, "expected a string key"),
        SyntaxErrorCase("{'a':2}", 1, "expected a string key"),
        SyntaxErrorCase("[1 2]", 3, "expected ',' or ']'"),
        SyntaxErrorCase("{\"a\":1 \"b\":2}", 7, "expected ',' or '}'"),
        SyntaxErrorCase("{\"a\":1]", 6, "expected ',' or '}'"),
        SyntaxErrorCase("{\"a\" 1}", 5, "expected ':'"),
        SyntaxErrorCase("NaN", 0, "expected a value"),
        SyntaxErrorCase("Infinity", 0, "expected a value"),
        SyntaxErrorCase("'a'", 0, "expected a value"),
        SyntaxErrorCase("+1", 0, "expected a value"),
        SyntaxErrorCase(".5", 0, "expected a value"),
        SyntaxErrorCase("// note\n1", 0, "expected a value"),
        SyntaxErrorCase("[1/* note */]", 2, "expected ',' or ']'"),
        SyntaxErrorCase("\u{FEFF}1", 0, "expected a value"),
        SyntaxErrorCase("tru", 3, "unexpected end of input"),
        SyntaxErrorCase("trux", 3, "invalid literal"),
        SyntaxErrorCase("nul1", 3, "invalid literal"),
        SyntaxErrorCase("False", 0, "expected a value"),
        SyntaxErrorCase("\"abc", 4, "unterminated string"),
        SyntaxErrorCase("[\"abc]", 6, "unterminated string"),
        SyntaxErrorCase("\"abc\\", 5, "unterminated string"),
        SyntaxErrorCase("\"a\tb\"", 2, "control character in string"),
        SyntaxErrorCase("\"a\nb\"", 2, "control character in string"),
        SyntaxErrorCase("\"\u{0}\"", 1, "control character in string"),
        SyntaxErrorCase("\"\u{1F}\"", 1, "control character in string"),
        SyntaxErrorCase("\"ab\\x\"", 3, "invalid escape"),
        SyntaxErrorCase("\"\\'\"", 1, "invalid escape"),
        SyntaxErrorCase("\"\\U0041\"", 1, "invalid escape"),
        SyntaxErrorCase("\"a\\u12G4\"", 2, "invalid \\u escape"),
        SyntaxErrorCase("\"\\u12\"", 1, "invalid \\u escape"),
        SyntaxErrorCase("\"\\u12", 5, "unterminated string"),
        SyntaxErrorCase("01", 1, "leading zero in number"),
        SyntaxErrorCase("-01", 2, "leading zero in number"),
        SyntaxErrorCase("[00]", 2, "leading zero in number"),
        SyntaxErrorCase("-", 1, "unexpected end of input"),
        SyntaxErrorCase("-a", 1, "expected a digit"),
        SyntaxErrorCase("- 1", 1, "expected a digit"),
        SyntaxErrorCase("1.", 2, "unexpected end of input"),
        SyntaxErrorCase("1.e5", 2, "expected a digit"),
        SyntaxErrorCase("[1.]", 3, "expected a digit"),
        SyntaxErrorCase("1e", 2, "unexpected end of input"),
        SyntaxErrorCase("1e+", 3, "unexpected end of input"),
        SyntaxErrorCase("1e+x", 3, "expected a digit"),
        SyntaxErrorCase("[1e400]", 1, "number out of range"),
        SyntaxErrorCase("-1e400", 0, "number out of range"),
    ])
    func rejectsSyntaxErrors(_ errorCase: SyntaxErrorCase) {
        #expect(syntaxError(errorCase.input) == JSONSyntaxError(offset: errorCase.offset, reason: errorCase.reason))
    }

    @Test(arguments: [
        SyntaxErrorCase(bytes: [0x22, 0xFF, 0x22], 1, "invalid UTF-8"),
        SyntaxErrorCase(bytes: [0x22, 0x61, 0x80, 0x22], 2, "invalid UTF-8"),
        SyntaxErrorCase(bytes: [0x22, 0xC0, 0x80, 0x22], 1, "invalid UTF-8"),
        SyntaxErrorCase(bytes: [0x22, 0xC3, 0x22], 1, "invalid UTF-8"),
        SyntaxErrorCase(bytes: [0x22, 0xE4, 0xB8, 0x22], 1, "invalid UTF-8"),
        SyntaxErrorCase(bytes: [0x22, 0xE0, 0x80, 0x80, 0x22], 1, "invalid UTF-8"),
        SyntaxErrorCase(bytes: [0x22, 0xED, 0xA0, 0x80, 0x22], 1, "invalid UTF-8"),
        SyntaxErrorCase(bytes: [0x22, 0xF0, 0x80, 0x80, 0x80, 0x22], 1, "invalid UTF-8"),
        SyntaxErrorCase(bytes: [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], 1, "invalid UTF-8"),
        SyntaxErrorCase(bytes: [0x22, 0xF5, 0x80, 0x80, 0x80, 0x22], 1, "invalid UTF-8"),
        SyntaxErrorCase(bytes: [0x22, 0xF0, 0x9F, 0x98, 0x22], 1, "invalid UTF-8"),
        SyntaxErrorCase(bytes: [0x22, 0x5C, 0x6E, 0xE4, 0xB8, 0xAD, 0xE4, 0x22], 6, "invalid UTF-8"),
        SyntaxErrorCase(bytes: [0x22, 0xE4, 0xB8], 1, "invalid UTF-8"),
        SyntaxErrorCase(bytes: [0xE4, 0xB8, 0xAD], 0, "expected a value"),
    ])
    func rejectsInvalidUTF8(_ errorCase: SyntaxErrorCase) {
        #expect(syntaxError(errorCase.input) == JSONSyntaxError(offset: errorCase.offset, reason: errorCase.reason))
    }

    @Test func acceptsNestingUpToTheDepthLimit() throws {
        let depth = JSONParser.maximumDepth
        let arrays = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var expected: JSONValue = []
        for _ in 1..<depth { expected = [expected] }
        #expect(try JSONParser.parse(arrays) == expected)

        let objects = String(repeating: "{\"a\":", count: depth - 1) + "{}" + String(repeating: "}", count: depth - 1)
        #expect(throws: Never.self) { try JSONParser.parse(objects) }
    }

    @Test(arguments: [257, 100_000])
    func rejectsNestingBeyondTheDepthLimit(depth: Int) {
        let arrays = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(syntaxError(arrays) == JSONSyntaxError(offset: 256, reason: "nesting deeper than 256 levels"))

        let mixed = String(repeating: "{\"a\":[", count: depth / 2 + 1)
        #expect(syntaxError(mixed) == JSONSyntaxError(offset: 128 * 6, reason: "nesting deeper than 256 levels"))
    }

    @Test func keepsKeyOrderAndDuplicates() throws {
        let value = try JSONParser.parse(#"{"z":1,"a":2,"m":{"y":true,"b":false},"a":3}"#)
        let object = try #require(value.objectValue)
        #expect(object.pairs.map(\.key) == ["z", "a", "m", "a"])
        #expect(object["a"] == 2)
        #expect(object["m"]?.objectValue?.pairs.map(\.key) == ["y", "b"])
    }

    @Test func acceptsEveryInputShape() throws {
        let text = #"{"op":"张伟","n":[1,2.5]}"#
        let expected: JSONValue = ["op": "张伟", "n": [1, .double(2.5)]]
        let bytes = Array(text.utf8)
        #expect(try JSONParser.parse(text) == expected)
        #expect(try JSONParser.parse(bytes) == expected)
        #expect(try JSONParser.parse(bytes[...]) == expected)
        #expect(try JSONParser.parse(Data(bytes)) == expected)
        #expect(try JSONParser.parse(bytes.lazy.map { $0 }) == expected)
        #expect(try JSONParser.parse(("[" + text + "]").utf8.dropFirst().dropLast()) == expected)
        #expect(try parse(bytes).get() == expected)
    }

    @Test func conveniencesThrowJSONSyntaxError() {
        let expected = JSONSyntaxError(offset: 3, reason: "expected a value")
        #expect(throws: expected) { try JSONParser.parse("[1,]") }
        #expect(throws: expected) { try JSONParser.parse(Array("[1,]".utf8)) }
        #expect(throws: expected) { try JSONParser.parse(Data("[1,]".utf8)) }
        #expect(throws: JSONSyntaxError(offset: 0, reason: "unexpected end of input")) {
            try JSONParser.parse(UnsafeRawBufferPointer(start: nil, count: 0))
        }
    }

    @Test func describesErrors() {
        let error = JSONSyntaxError(offset: 4, reason: "unterminated string")
        #expect(error.description == "JSON syntax error at byte 4: unterminated string")
    }

    @Test func parsesATypicalLedgerLine() throws {
        let hash = String(repeating: "0123456789abcdef", count: 4)
        let line = #"{"v":1,"seq":12345,"id":"7F1C2A9E-3B4D-4E5F-8A9B-0C1D2E3F4A5B","op":"张伟","type":"case.reported","data":{"title":"网传某小区自来水发黄有异味","locality":"城关镇","phone":"13800000000","grade":"general"},"prev":""# + hash + #""}"#
        let object = try #require(try JSONParser.parse(line).objectValue)
        #expect(object.pairs.map(\.key) == ["v", "seq", "id", "op", "type", "data", "prev"])
        #expect(object["seq"]?.intValue == 12345)
        #expect(object["op"]?.stringValue == "张伟")
        #expect(object["data"]?.objectValue?["title"]?.stringValue == "网传某小区自来水发黄有异味")
        #expect(object["prev"]?.stringValue == hash)
        #expect(JSONWriter.compact(.object(object)) == line)
    }
}
