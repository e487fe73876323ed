/// How a test finds the queue's rows on a screen: by their code as the code column shows it,
/// `1121-001` (month, day, number) once the `YQ-` and year every row shares are left out, and
/// inside a whole `YQ-20261121-001` too.
public enum QueueRow {
    public static var code: Regex<Substring> { /\d{4}-\d{3}/ }
}
