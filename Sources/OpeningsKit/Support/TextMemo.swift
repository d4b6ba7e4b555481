/// Answers of a pure function of a text, kept for the process: a site writes the same
/// few names (places, title parts) on posting after posting, and some answers are
/// expensive (ICU's transliteration, place readings).
///
/// Keyed by the text's bytes (`String` keys would take a text for its canonically equal
/// twin) and bounded: when full it starts again, so a long `openings serve` holds at
/// most `capacity` answers.
final class TextMemo<Value>: Sendable {
    private let answers = LockedValue<[[UInt8]: Value]>([:])
    private let capacity: Int

    init(capacity: Int = 4_096) { self.capacity = capacity }

    /// `text`'s kept answer, or `make(text)` kept.
    func value(for text: String, _ make: (String) -> Value) -> Value {
        let key = Array(text.utf8)
        if let known = answers.withLock({ $0[key] }) { return known }
        let value = make(text)
        answers.withLock { known in
            if known.count >= capacity { known.removeAll(keepingCapacity: true) }
            known[key] = value
        }
        return value
    }
}
