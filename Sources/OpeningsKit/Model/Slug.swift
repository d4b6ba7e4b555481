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
        // Most names are ASCII already; ICU's transliterator is slow to set up, so
        // it runs only for text that needs it.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return fold(text.replacingAll("&", with: " and "))
        }
        var folded = text.replacingOccurrences(of: "ß", with: "ss")
            .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "Æ", with: "ae")
            .replacingOccurrences(of: "ø", with: "o").replacingOccurrences(of: "Ø", with: "o")
            .replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "Œ", with: "oe")
            .replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "d")
            .replacingOccurrences(of: "ł", with: "l").replacingOccurrences(of: "Ł", with: "l")
            .replacingOccurrences(of: "þ", with: "th").replacingOccurrences(of: "&", with: " and ")
        folded = folded.applyingTransform(.toLatin, reverse: false) ?? folded
        folded = folded.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        return fold(folded)
    }

    /// Lower-case ASCII letters and digits, everything else one hyphen.
    private static func fold(_ folded: String) -> String {
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
