import Testing
@testable import DutyDeskJSON

/// Values and objects: each accessor answers only for its kind, and an object keeps its keys as written.
@Suite struct JSONValueTests {
    @Test func accessorsAnswerOnlyForTheirKind() {
        let string: JSONValue = "x"
        #expect(string.stringValue == "x")
        #expect(string.intValue == nil && string.doubleValue == nil && string.boolValue == nil)
        #expect(string.objectValue == nil && string.arrayValue == nil && !string.isNull)

        #expect(JSONValue.bool(true).boolValue == true)
        #expect(JSONValue.array([1]).arrayValue == [1])
        #expect(JSONValue.object(JSONObject([("a", 1)])).objectValue == JSONObject([("a", 1)]))
        #expect(JSONValue.null.isNull)
        #expect(JSONValue.int(0).stringValue == nil)
    }

    @Test(arguments: [
        (JSONValue.int(7), 7 as Int?),
        (.int(.min), .min),
        (.double(1000), 1000),
        (.double(-0.0), 0),
        (.double(1.5), nil),
        (.double(1e300), nil),
        (.double(9_223_372_036_854_775_808.0), nil),
        (.double(.nan), nil),
        (.string("7"), nil),
    ])
    func intValue(value: JSONValue, expected: Int?) {
        #expect(value.intValue == expected)
    }

    @Test func doubleValueWidensInts() {
        #expect(JSONValue.int(3).doubleValue == 3.0)
        #expect(JSONValue.double(1.5).doubleValue == 1.5)
        #expect(JSONValue.bool(true).doubleValue == nil)
    }

    @Test func literalsBuildValuesInOrder() {
        let value: JSONValue = ["z": 1, "a": [true, nil, "s"], "m": [:]]
        let expected = JSONValue.object(JSONObject([
            ("z", .int(1)),
            ("a", .array([.bool(true), .null, .string("s")])),
            ("m", .object(JSONObject())),
        ]))
        #expect(value == expected)
    }

    @Test func objectSubscriptReplacesInPlaceAppendsAndRemoves() {
        var object = JSONObject([("a", 1), ("b", 2), ("c", 3)])
        object["b"] = "two"
        #expect(object.pairs.map(\.key) == ["a", "b", "c"])
        #expect(object["b"] == "two")

        object["d"] = .null
        #expect(object.pairs.map(\.key) == ["a", "b", "c", "d"])
        #expect(object["d"] == .null)

        object["a"] = nil
        object["missing"] = nil
        #expect(object.pairs.map(\.key) == ["b", "c", "d"])
        #expect(object["a"] == nil)
        #expect(!object.isEmpty)
        #expect(JSONObject().isEmpty)
    }

    @Test func objectEqualityIsOrderSensitive() {
        let ab = JSONObject([("a", 1), ("b", 2)])
        #expect(ab == JSONObject([("a", 1), ("b", 2)]))
        #expect(ab != JSONObject([("b", 2), ("a", 1)]))
        #expect(ab != JSONObject([("a", 1)]))
        #expect(ab != JSONObject([("a", 1), ("b", 3)]))
    }

    @Test func intsAndDoublesAreDistinct() {
        #expect(JSONValue.int(1) != JSONValue.double(1))
    }

    /// Duplicates are kept as read (nothing read is lost); the subscript sees the first.
    @Test func aDuplicateKeyIsKeptAndTheFirstIsRead() {
        let object = JSONObject(uncheckedPairs: [(key: "op", value: "张伟"), (key: "op", value: "李娜")])
        #expect(object.pairs.count == 2)
        #expect(object["op"] == "张伟")
        #expect(object != JSONObject([("op", "张伟")]))
    }
}
