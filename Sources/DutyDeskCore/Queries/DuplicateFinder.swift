/// Finds open cases that a new report may repeat: the same caller phone, or a similar title.
///
/// Titles are compared by shared character pairs (bigrams), which suits Chinese, where one
/// event is told in many word orders ("小区自来水发黄" / "自来水发黄的小区").
public enum DuplicateFinder {
    /// Share of the shorter title's pairs found in the other at which a case counts as similar.
    static let similarityThreshold = 0.5

    public static func candidates(title: String, phone: String, in state: DeskState, limit: Int = 5) -> [Case] {
        let phone = digits(phone)
        let pairs = bigrams(title)
        return state.cases
            .filter { $0.closure == nil }
            .compactMap { subject -> (Case, Double)? in
                if phone.count >= 5, digits(subject.report.phone) == phone { return (subject, 2) }
                let score = similarity(pairs, bigrams(subject.title))
                return score >= similarityThreshold ? (subject, score) : nil
            }
            .sorted { $0.1 > $1.1 }
            .prefix(limit)
            .map(\.0)
    }

    static func similarity(_ lhs: Set<String>, _ rhs: Set<String>) -> Double {
        guard !lhs.isEmpty, !rhs.isEmpty else { return 0 }
        return Double(lhs.intersection(rhs).count) / Double(min(lhs.count, rhs.count))
    }

    /// Pairs of adjacent letters, ignoring punctuation and spaces, ASCII folded to lower case.
    static func bigrams(_ text: String) -> Set<String> {
        let letters = text.lowercased().filter { $0.isLetter || $0.isNumber }.map(String.init)
        guard letters.count > 1 else { return Set(letters) }
        return Set(zip(letters, letters.dropFirst()).map { $0 + $1 })
    }

    private static func digits(_ text: String) -> String { text.filter(\.isNumber) }
}
