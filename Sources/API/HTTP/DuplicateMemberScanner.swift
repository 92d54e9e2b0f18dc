import Foundation

/// Finds a JSON object that names the same member twice. Parsers disagree on which value wins
/// (first, last, error), so a body with duplicates is refused instead of guessed at. Runs on bodies that
/// already parsed, so it only has to follow structure, not check syntax.
enum DuplicateMemberScanner {
    private enum Frame {
        case object(names: Set<String>, expectingName: Bool)
        case array
    }

    /// The first duplicated member name, or nil.
    static func firstDuplicate(in data: Data) -> String? {
        var stack: [Frame] = []
        var index = data.startIndex
        while index < data.endIndex {
            let byte = data[index]
            switch byte {
            case UInt8(ascii: "{"): stack.append(.object(names: [], expectingName: true))
            case UInt8(ascii: "["): stack.append(.array)
            case UInt8(ascii: "}"), UInt8(ascii: "]"): _ = stack.popLast()
            case UInt8(ascii: ","), UInt8(ascii: ":"):
                if case .object(let names, _) = stack.last {
                    stack[stack.count - 1] = .object(names: names, expectingName: byte == UInt8(ascii: ","))
                }
            case UInt8(ascii: "\""):
                let (raw, end) = readString(data, from: index)
                if case .object(var names, true) = stack.last {
                    let name = decode(raw)
                    if !names.insert(name).inserted { return name }
                    stack[stack.count - 1] = .object(names: names, expectingName: false)
                }
                index = end
            default: break
            }
            index += 1
        }
        return nil
    }

    /// The bytes of a string literal including its quotes, and the index of its closing quote.
    private static func readString(_ data: Data, from start: Int) -> (Data, Int) {
        var index = start + 1
        while index < data.endIndex, data[index] != UInt8(ascii: "\"") {
            index += data[index] == UInt8(ascii: "\\") ? 2 : 1
        }
        let end = min(index, data.endIndex - 1)
        return (data[start...end], end)
    }

    private static func decode(_ literal: Data) -> String {
        guard literal.contains(UInt8(ascii: "\\")) else { return String(decoding: literal.dropFirst().dropLast(), as: UTF8.self) }
        return (try? JSONDecoder().decode(String.self, from: literal)) ?? String(decoding: literal, as: UTF8.self)
    }
}
