/// A JSON value whose type a vendor does not fix: Greenhouse's custom fields
/// (`metadata`) hold text, numbers, lists or `{unit, amount}` objects, and ids and
/// requisition numbers arrive as text on one board and as numbers on another. Read as
/// text for a posting's leftovers and ids.
enum LooseJSON: Decodable, Equatable {
    case text(String)
    case list([LooseJSON])
    case object([String: LooseJSON])
    case null

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .text(value ? "true" : "false")
        } else if let value = try? container.decode(Int64.self) {
            self = .text(String(value))
        } else if let value = try? container.decode(Double.self) {
            self = .text(SalaryRange.plain(value))
        } else if let value = try? container.decode(String.self) {
            self = .text(value)
        } else if let value = try? container.decode([LooseJSON].self) {
            self = .list(value)
        } else {
            self = .object(try container.decode([String: LooseJSON].self))
        }
    }

    /// One line of text; nil when there is nothing in it (null, `""`, `[]`). An object's
    /// keys are sorted, since JSON objects have no order to keep.
    var text: String? {
        switch self {
        case .null: return nil
        case .text(let value):
            let trimmed = value.trimmingWhitespace()
            return trimmed.isEmpty ? nil : trimmed
        case .list(let items):
            let texts = items.compactMap(\.text)
            return texts.isEmpty ? nil : texts.joined(separator: ", ")
        case .object(let fields):
            let texts = fields.keys.sorted().compactMap { key in fields[key]?.text.map { "\(key): \($0)" } }
            return texts.isEmpty ? nil : texts.joined(separator: ", ")
        }
    }
}
