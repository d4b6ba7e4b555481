/// Dates written other than as `YYYY-MM-DD` that still name one day without doubt:
/// `2026-1-5`, `2026/01/05`, `2026-11-20 10:00:00 +0000` (Jekyll's `date:`),
/// `November 20, 2026`, `20 Nov 2026`, `11/20/2026` (one of day and month is above 12),
/// en dashes for hyphens. `05/01/2026` is not one of them: day and month order differ
/// between countries.
enum WrittenDate {
    enum Reading: Equatable {
        case date(CalendarDate)
        /// Year, month and day are clear but the day does not exist (`2026-02-30`).
        case impossible
        /// Nothing that names one day.
        case unreadable
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func read(_ text: String) -> Reading {
        // Word processors turn `-` into en or em dashes.
        var text = text.trimmingWhitespace().replacingAll("–", with: "-").replacingAll("—", with: "-").replacingAll("‐", with: "-")
        // A time after the date: `2026-11-20T10:00:00Z`, `2026-11-20 10:00:00 +0000`.
        if let cut = text.firstIndex(where: { $0 == "T" || $0 == " " }), text[..<cut].filter({ $0 == "-" || $0 == "/" }).count == 2 {
            text = String(text[..<cut])
        }
        let numeric = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        if numeric.count == 3, numeric.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) {
            // `11/20/2026` or `20.11.2026`: day and month can be told apart when one is above 12.
            if numeric[2].count == 4, numeric[0].count <= 2, numeric[1].count <= 2,
               let first = Int(numeric[0]), let second = Int(numeric[1]), let year = Int(numeric[2]), (first > 12) != (second > 12) {
                let (month, day) = first > 12 ? (second, first) : (first, second)
                return CalendarDate(year: year, month: month, day: day).map(Reading.date) ?? .impossible
            }
            guard numeric[0].count == 4, numeric[1].count <= 2, numeric[2].count <= 2,
                  let year = Int(numeric[0]), let month = Int(numeric[1]), let day = Int(numeric[2]) else { return .unreadable }
            return CalendarDate(year: year, month: month, day: day).map(Reading.date) ?? .impossible
        }
        // Month names: "November 20, 2026", "20 Nov 2026", "Nov. 20 2026".
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." }).map(String.init)
        guard words.count == 3 else { return .unreadable }
        var year: Int?, month: Int?, day: Int?
        for word in words {
            if let number = Int(word), word.allSatisfy(\.isASCIIDigit) {
                if word.count == 4 { year = number } else if word.count <= 2 { day = number }
            } else if word.count >= 3, let index = months.firstIndex(where: { word.hasPrefix($0) }) {
                month = index + 1
            } else {
                return .unreadable
            }
        }
        guard let year, let month, let day else { return .unreadable }
        return CalendarDate(year: year, month: month, day: day).map(Reading.date) ?? .impossible
    }
}
