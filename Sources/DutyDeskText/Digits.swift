/// Numbers with zeros in front, as codes, dates and clocks show them: "007", "2026", "04".
///
/// `String(format:)` wrote these before. Its C varargs cast every argument through the runtime's
/// conformance tables, and a cast the process has not made yet scans every conformance record
/// in the binary, and `dutydesk add` made two such casts to number one case.
public enum Digits {
    /// `value` in at least `width` characters, the sign counted, as `%0*d` writes it.
    public static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value.magnitude)
        let sign = value < 0 ? "-" : ""
        return sign + String(repeating: "0", count: max(0, width - digits.count - sign.count)) + digits
    }
}
