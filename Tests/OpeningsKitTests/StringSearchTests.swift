import Testing
@testable import OpeningsKit

/// The byte search under `containsBytes` and `replacingAll`, against Foundation's
/// answers: it looks for the needle's rarest-looking byte first, so needles with that
/// byte at the start, in the middle and at the end, and matches at both ends of the text;
/// texts short enough to be looked through directly and long enough for memchr.
@Suite struct StringSearchTests {
    @Test func findsWhatFoundationFinds() {
        var random = SeededRandom(state: 20)
        let alphabet = Array("ab-<!o d\n")
        for _ in 0..<3_000 {
            let text = String((0..<Int.random(in: 0..<120, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            let needle = String((0..<Int.random(in: 1...5, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            #expect(text.containsBytes(needle) == text.contains(needle), "\(text.debugDescription) \(needle.debugDescription)")
            #expect(text.replacingAll(needle, with: "#") == text.replacingOccurrences(of: needle, with: "#"),
                    "\(text.debugDescription) \(needle.debugDescription)")
        }
    }

    @Test func namedCases() {
        #expect("<!-- openings-disable -->".containsBytes("openings-disable"))
        #expect("openings-disable".containsBytes("openings-disable"))
        #expect(!"openings-disabl".containsBytes("openings-disable"))
        #expect(!"openings disable".containsBytes("openings-disable"))
        #expect("x<!--".containsBytes("<!--"))
        #expect("a-b-c".replacingAll("-", with: "") == "abc")
        #expect("".containsBytes("") && !"".containsBytes("a"))
    }
}
