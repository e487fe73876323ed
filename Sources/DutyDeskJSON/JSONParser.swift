/// Why a JSON text was rejected, and where.
public struct JSONSyntaxError: Error, Equatable, CustomStringConvertible {
    /// Byte offset into the input where parsing failed: the offending byte, the
    /// start of a bad escape, UTF-8 sequence or number, or the input's length when
    /// the input ends too soon.
    public let offset: Int
    /// A short English reason, such as "unterminated string".
    public let reason: String

    public var description: String {
        "JSON syntax error at byte \(offset): \(reason)"
    }
}

/// A strict RFC 8259 parser.
///
/// Beyond the RFC it rejects numbers too large for `Double` (they could not be
/// written back) and documents nested more than 256 levels deep. Duplicate
/// object keys are kept in order.
public enum JSONParser {
    /// Far deeper than any real document, yet shallow enough that the recursive
    /// descent can never exhaust the stack.
    static let maximumDepth = 256

    public static func parse(_ bytes: UnsafeRawBufferPointer) throws(JSONSyntaxError) -> JSONValue {
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            throw JSONSyntaxError(offset: 0, reason: "unexpected end of input")
        }
        var reader = Reader(base: base.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        return try reader.parseDocument()
    }

    /// Throws `JSONSyntaxError`.
    public static func parse(_ bytes: some Collection<UInt8>) throws -> JSONValue {
        if let value = try bytes.withContiguousStorageIfAvailable({ try parse(UnsafeRawBufferPointer($0)) }) {
            return value
        }
        return try Array(bytes).withUnsafeBytes { try parse($0) }
    }

    /// Throws `JSONSyntaxError`.
    public static func parse(_ text: String) throws -> JSONValue {
        try parse(text.utf8)
    }
}

private let quote = UInt8(ascii: "\"")
private let backslash = UInt8(ascii: "\\")
private let zero = UInt8(ascii: "0")

private func isDigit(_ byte: UInt8) -> Bool {
    byte &- zero < 10
}

/// Walks the input with a plain index over raw bytes: no per-byte allocation and
/// no bounds-checked collection access on the hot path.
private struct Reader {
    let base: UnsafePointer<UInt8>
    let count: Int
    var index = 0
    var depth = 0
    /// Shared by every string that holds escapes, so unescaping allocates once
    /// per document rather than once per string.
    var unescaped: [UInt8] = []

    init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
    }

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        guard index == count else { throw error("unexpected data after value") }
        return value
    }

    func error(_ reason: String, at offset: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(offset: offset ?? index, reason: reason)
    }

    /// The byte at `index`; running out wherever this is asked means the input was cut short.
    func current() throws(JSONSyntaxError) -> UInt8 {
        guard index < count else { throw error("unexpected end of input") }
        return base[index]
    }

    /// Like `current()`, for the inside of a string, where running out means the string was never closed.
    func stringByte() throws(JSONSyntaxError) -> UInt8 {
        guard index < count else { throw error("unterminated string") }
        return base[index]
    }

    mutating func skipWhitespace() {
        while index < count {
            switch base[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        switch try current() {
        case quote:
            return .string(try parseString())
        case UInt8(ascii: "{"):
            return try parseObject()
        case UInt8(ascii: "["):
            return try parseArray()
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expectLiteral("null")
            return .null
        case UInt8(ascii: "-"), zero...UInt8(ascii: "9"):
            return try parseNumber()
        default:
            throw error("expected a value")
        }
    }

    mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
        for expected in UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount) {
            guard try current() == expected else { throw error("invalid literal") }
            index += 1
        }
    }

    mutating func enterContainer() throws(JSONSyntaxError) {
        guard depth < JSONParser.maximumDepth else {
            throw error("nesting deeper than \(JSONParser.maximumDepth) levels")
        }
        depth += 1
        index += 1
        skipWhitespace()
    }

    mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        try enterContainer()
        defer { depth -= 1 }
        var elements: [JSONValue] = []
        if try current() == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            elements.append(try parseValue())
            skipWhitespace()
            switch try current() {
            case UInt8(ascii: ","):
                index += 1
                skipWhitespace()
            case UInt8(ascii: "]"):
                index += 1
                return .array(elements)
            default:
                throw error("expected ',' or ']'")
            }
        }
    }

    mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        try enterContainer()
        defer { depth -= 1 }
        var pairs: [(key: String, value: JSONValue)] = []
        if try current() == UInt8(ascii: "}") {
            index += 1
            return .object(JSONObject(uncheckedPairs: pairs))
        }
        while true {
            guard try current() == quote else { throw error("expected a string key") }
            let key = try parseString()
            skipWhitespace()
            guard try current() == UInt8(ascii: ":") else { throw error("expected ':'") }
            index += 1
            skipWhitespace()
            pairs.append((key: key, value: try parseValue()))
            skipWhitespace()
            switch try current() {
            case UInt8(ascii: ","):
                index += 1
                skipWhitespace()
            case UInt8(ascii: "}"):
                index += 1
                return .object(JSONObject(uncheckedPairs: pairs))
            default:
                throw error("expected ',' or '}'")
            }
        }
    }

    /// Starts on the opening quote and ends past the closing one. A string without
    /// escapes is validated in place and becomes a `String` in one copy.
    mutating func parseString() throws(JSONSyntaxError) -> String {
        index += 1
        var runStart = index
        var hasEscapes = false
        while true {
            index = endOfPlainASCII(from: index)
            let byte = try stringByte()
            if byte == quote {
                break
            } else if byte == backslash {
                if !hasEscapes {
                    unescaped.removeAll(keepingCapacity: true)
                    hasEscapes = true
                }
                unescaped.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: index - runStart))
                try parseEscape()
                runStart = index
            } else if byte >= 0x80 {
                try skipUTF8Sequence()
            } else {
                throw error("control character in string")
            }
        }
        let run = UnsafeBufferPointer(start: base + runStart, count: index - runStart)
        index += 1
        guard hasEscapes else { return String(decoding: run, as: UTF8.self) }
        unescaped.append(contentsOf: run)
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// Most of the ledger's text (keys, ids, hashes, timestamps) is printable ASCII
    /// without quotes or backslashes; a local cursor lets this loop run in registers.
    func endOfPlainASCII(from start: Int) -> Int {
        var position = start
        while position < count {
            let byte = base[position]
            guard byte &- 0x20 < 0x60, byte != quote, byte != backslash else { break }
            position += 1
        }
        return position
    }

    /// Starts on the backslash and appends the unescaped bytes to `unescaped`.
    mutating func parseEscape() throws(JSONSyntaxError) {
        let start = index
        index += 1
        let unescapedByte: UInt8
        switch try stringByte() {
        case quote: unescapedByte = quote
        case backslash: unescapedByte = backslash
        case UInt8(ascii: "/"): unescapedByte = UInt8(ascii: "/")
        case UInt8(ascii: "b"): unescapedByte = 0x08
        case UInt8(ascii: "f"): unescapedByte = 0x0C
        case UInt8(ascii: "n"): unescapedByte = 0x0A
        case UInt8(ascii: "r"): unescapedByte = 0x0D
        case UInt8(ascii: "t"): unescapedByte = 0x09
        case UInt8(ascii: "u"):
            try parseUnicodeEscape(start: start)
            return
        default:
            throw error("invalid escape", at: start)
        }
        unescaped.append(unescapedByte)
        index += 1
    }

    /// Starts on the `u` of `\uXXXX`. A high surrogate followed by a `\u` low
    /// surrogate is one scalar; any other surrogate cannot be represented in a
    /// Swift `String` and becomes U+FFFD.
    mutating func parseUnicodeEscape(start: Int) throws(JSONSyntaxError) {
        index += 1
        var unit: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = hexDigitValue(try stringByte()) else { throw error("invalid \\u escape", at: start) }
            unit = unit << 4 | digit
            index += 1
        }
        let scalar: Unicode.Scalar
        if 0xD800...0xDBFF ~= unit, let low = lowSurrogateEscape(at: index) {
            index += 6
            scalar = Unicode.Scalar(0x10000 + (unit - 0xD800) << 10 + (low - 0xDC00))!
        } else {
            scalar = Unicode.Scalar(unit) ?? "\u{FFFD}"
        }
        unescaped.append(contentsOf: scalar.utf8)
    }

    func lowSurrogateEscape(at position: Int) -> UInt32? {
        guard position + 6 <= count,
              base[position] == backslash,
              base[position + 1] == UInt8(ascii: "u"),
              let unit = hexQuad(at: position + 2),
              0xDC00...0xDFFF ~= unit
        else { return nil }
        return unit
    }

    func hexQuad(at position: Int) -> UInt32? {
        guard position + 4 <= count else { return nil }
        var value: UInt32 = 0
        for byte in UnsafeBufferPointer(start: base + position, count: 4) {
            guard let digit = hexDigitValue(byte) else { return nil }
            value = value << 4 | digit
        }
        return value
    }

    func hexDigitValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case zero...UInt8(ascii: "9"): UInt32(byte - zero)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        default: nil
        }
    }

    /// Steps over one multi-byte sequence, accepting exactly RFC 3629 UTF-8:
    /// no overlong forms, no surrogates, nothing above U+10FFFF.
    mutating func skipUTF8Sequence() throws(JSONSyntaxError) {
        let length: Int
        var second: ClosedRange<UInt8> = 0x80...0xBF
        switch base[index] {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; second = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; second = 0x80...0x9F
        case 0xF0: length = 4; second = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; second = 0x80...0x8F
        default: throw error("invalid UTF-8")
        }
        guard index + length <= count, second ~= base[index + 1] else { throw error("invalid UTF-8") }
        for position in index + 2 ..< index + length where base[position] & 0xC0 != 0x80 {
            throw error("invalid UTF-8")
        }
        index += length
    }

    /// Integers that fit in `Int` become `.int`; everything else, `-0` included
    /// (an `Int` has no negative zero), becomes `.double`.
    mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
        let start = index
        let negative = base[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        // Accumulating downwards reaches Int.min, which has no positive counterpart.
        var value = 0
        var fitsInInt = true
        let first = try current()
        if first == zero {
            index += 1
            if index < count, isDigit(base[index]) { throw error("leading zero in number") }
        } else if isDigit(first) {
            while index < count, isDigit(base[index]) {
                if fitsInInt {
                    let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
                    let (next, borrow) = shifted.subtractingReportingOverflow(Int(base[index] - zero))
                    fitsInInt = !overflow && !borrow
                    value = next
                }
                index += 1
            }
        } else {
            throw error("expected a digit")
        }
        var isInteger = true
        if index < count, base[index] == UInt8(ascii: ".") {
            index += 1
            try skipDigits()
            isInteger = false
        }
        if index < count, base[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < count, base[index] == UInt8(ascii: "+") || base[index] == UInt8(ascii: "-") {
                index += 1
            }
            try skipDigits()
            isInteger = false
        }
        if isInteger, fitsInInt {
            if negative, value != 0 { return .int(value) }
            if !negative, value != .min { return .int(-value) }
        }
        let text = String(decoding: UnsafeBufferPointer(start: base + start, count: index - start), as: UTF8.self)
        guard let double = Double(text), double.isFinite else {
            throw error("number out of range", at: start)
        }
        return .double(double)
    }

    mutating func skipDigits() throws(JSONSyntaxError) {
        guard isDigit(try current()) else { throw error("expected a digit") }
        while index < count, isDigit(base[index]) {
            index += 1
        }
    }
}
