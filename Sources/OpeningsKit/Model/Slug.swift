import Foundation

/// URL path segments for jobs, departments and pages.
public enum Slug {
    /// `^[a-z0-9]+(-[a-z0-9]+)*$`: safe on every file system and in every URL.
    public static func isValid(_ slug: String) -> Bool {
        guard !slug.isEmpty, slug.count <= 200 else { return false }
        var previousWasHyphen = true
        for scalar in slug.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9": previousWasHyphen = false
            case "-":
                if previousWasHyphen { return false }
                previousWasHyphen = true
            default: return false
            }
        }
        return !previousWasHyphen
    }

    /// Folds any text to a slug: `Senior Café Ingeniería — Zürich Straße` →
    /// `senior-cafe-ingenieria-zurich-strasse`. Empty when nothing is left.
    public static func make(from text: String) -> String {
        // Most names are ASCII already and are folded as bytes. ICU's transliterator
        // is slow (~25,000 instructions a name): its answers are kept (see `TextMemo`).
        var bytes = text
        if let slug = bytes.withUTF8({ asciiSlug($0) }) { return slug }
        return transliterated.value(for: text) { fold(transliterate($0)) }
    }

    private static let transliterated = TextMemo<String>()

    private static func transliterate(_ text: String) -> String {
        var folded = text.replacingOccurrences(of: "ß", with: "ss")
            .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "Æ", with: "ae")
            .replacingOccurrences(of: "ø", with: "o").replacingOccurrences(of: "Ø", with: "o")
            .replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "Œ", with: "oe")
            .replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "d")
            .replacingOccurrences(of: "ł", with: "l").replacingOccurrences(of: "Ł", with: "l")
            .replacingOccurrences(of: "þ", with: "th").replacingOccurrences(of: "&", with: " and ")
        folded = folded.applyingTransform(.toLatin, reverse: false) ?? folded
        return folded.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
    }

    /// `fold` of an ASCII text (with `&` read as ` and `), as bytes; nil for any other text.
    static func asciiSlug(_ text: UnsafeBufferPointer<UInt8>) -> String? {
        var slug: [UInt8] = []
        slug.reserveCapacity(text.count + 8)
        var pendingHyphen = false
        func put(_ byte: UInt8) {
            if pendingHyphen, !slug.isEmpty { slug.append(0x2D) }
            pendingHyphen = false
            slug.append(byte)
        }
        for byte in text {
            switch byte {
            case 0x41...0x5A: put(byte + 32)
            case 0x61...0x7A, 0x30...0x39: put(byte)
            case 0x27: continue // "what's" → "whats"
            case 0x26:
                pendingHyphen = true
                put(0x61); put(0x6E); put(0x64)
                pendingHyphen = true
            case 0x80...: return nil
            default: pendingHyphen = true
            }
        }
        if slug.count > 200 {
            slug.removeLast(slug.count - 200)
            while slug.last == 0x2D { slug.removeLast() }
        }
        return String(decoding: slug, as: UTF8.self)
    }

    /// Lower-case ASCII letters and digits, everything else one hyphen.
    /// (`ByteReadingTests` holds `asciiSlug` to it.)
    static func fold(_ folded: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9":
                if pendingHyphen, !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar)
            case "'", "’": continue // "what's" → "whats"
            default: pendingHyphen = true
            }
        }
        if result.count > 200 {
            result = String(result.prefix(200))
            while result.hasSuffix("-") { result.removeLast() }
        }
        return result
    }
}
