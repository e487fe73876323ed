import Testing
@testable import DutyDeskJSON

private let nested: JSONValue = [
    "v": 1,
    "title": "网传某小区自来水发黄有异味 😀👨‍👩‍👧",
    "data": [
        "list": [1, -2, .double(2.5), true, false, nil, "", [], [:]],
        "empty": [:],
        "quote": "say \"hi\"\\ \n\t\u{1B}[31m \u{7F} \u{0}",
        "deep": [[[["z": [.double(-0.0), .double(1e-7)]]]]],
    ],
    "max": .int(.max),
    "min": .int(.min),
]

private func compactBytes(_ value: JSONValue) -> [UInt8] {
    var buffer: [UInt8] = []
    JSONWriter.write(value, into: &buffer)
    return buffer
}

@Suite struct JSONWriterTests {
    @Test(arguments: [
        (JSONValue.null, "null"),
        (.bool(true), "true"),
        (.bool(false), "false"),
        (.int(0), "0"),
        (.int(-1), "-1"),
        (.int(1234567890), "1234567890"),
        (.int(.max), "9223372036854775807"),
        (.int(.min), "-9223372036854775808"),
        (.double(1.5), "1.5"),
        (.double(3), "3.0"),
        (.double(1000), "1000.0"),
        (.double(-0.0), "-0.0"),
        (.double(0.1), "0.1"),
        (.double(1e300), "1e+300"),
        (.double(1e-7), "1e-07"),
        (.double(.leastNonzeroMagnitude), "5e-324"),
        (.double(.infinity), "null"),
        (.double(-.infinity), "null"),
        (.double(.nan), "null"),
        (.string(""), "\"\""),
        (.array([]), "[]"),
        (.object(JSONObject()), "{}"),
    ])
    func writesScalarsAndEmptyContainers(value: JSONValue, expected: String) {
        #expect(JSONWriter.compact(value) == expected)
        #expect(JSONWriter.pretty(value) == expected)
    }

    @Test func compactHasNoWhitespaceAndKeepsKeyOrder() {
        let value: JSONValue = ["z": [1, 2], "a": ["y": nil, "b": "c d"], "m": true]
        #expect(JSONWriter.compact(value) == #"{"z":[1,2],"a":{"y":null,"b":"c d"},"m":true}"#)
    }

    @Test func prettyIndentsByTwoSpaces() {
        let value: JSONValue = ["z": [1, [:], []], "a": ["y": nil], "m": "张"]
        let expected = """
        {
          "z": [
            1,
            {},
            []
          ],
          "a": {
            "y": null
          },
          "m": "张"
        }
        """
        #expect(JSONWriter.pretty(value) == expected)
    }

    @Test(arguments: Array(UInt8(0)...0x1F) + [0x7F])
    func escapesEveryControlCharacter(byte: UInt8) throws {
        let named: [UInt8: String] = [0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r"]
        let hex = String(byte, radix: 16)
        let expected = named[byte] ?? "\\u00" + String(repeating: "0", count: 2 - hex.count) + hex
        let string = "a" + String(UnicodeScalar(byte)) + "b"
        let written = JSONWriter.compact(.string(string))
        #expect(written == "\"a" + expected + "b\"")
        #expect(!written.utf8.contains { $0 < 0x20 || $0 == 0x7F })
        #expect(try JSONParser.parse(written) == .string(string))
    }

    @Test func escapesESCAndDELInLowercaseHex() {
        #expect(JSONWriter.compact("\u{1B}[31mred\u{7F}") == #""\u001b[31mred\u007f""#)
        #expect(JSONWriter.compact("\u{1F}\u{0}") == #""\u001f\u0000""#)
    }

    @Test func escapesQuoteAndBackslashOnly() {
        #expect(JSONWriter.compact(#"a"b\c/d"#) == #""a\"b\\c/d""#)
    }

    @Test func writesNonASCIIAsRawUTF8() {
        let text = "张伟 李女士 😀 é \u{2028} \u{10FFFF}"
        #expect(JSONWriter.compact(.string(text)) == "\"" + text + "\"")
        #expect(JSONWriter.compact(["城关镇": "网传"]) == #"{"城关镇":"网传"}"#)
    }

    @Test func writeAppendsToTheBuffer() {
        var buffer = Array("x".utf8)
        JSONWriter.write([1, "a"], into: &buffer)
        JSONWriter.write(nil, into: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == #"x[1,"a"]null"#)
    }

    @Test(arguments: [
        nested,
        ["a": [nested, nested], "b": [:]],
        "😀\u{0}\u{1F}\"\\",
        [.int(.max), .int(.min), .double(9_223_372_036_854_775_808.0), .double(-0.0), .double(1.5)],
    ])
    func roundTrips(value: JSONValue) throws {
        #expect(try JSONParser.parse(JSONWriter.compact(value)) == value)
        #expect(try JSONParser.parse(JSONWriter.pretty(value)) == value)
        #expect(try JSONParser.parse(compactBytes(value)) == value)
    }

    @Test(arguments: [0.1, 1.0 / 3, 1e-7, 123_456.789, 2.5e-308, .greatestFiniteMagnitude, .leastNonzeroMagnitude, -1e21, 1e16])
    func doublesRoundTripExactly(double: Double) throws {
        #expect(try JSONParser.parse(JSONWriter.compact(.double(double))) == .double(double))
    }

    @Test func compactOutputOfParsedTextIsByteIdentical() throws {
        let line = #"{"v":1,"id":"7F1C2A9E","op":"张伟","data":{"x":[1.5,-0.0,null,true]},"esc":"a\nb\u001b"}"#
        #expect(JSONWriter.compact(try JSONParser.parse(line)) == line)
    }
}
