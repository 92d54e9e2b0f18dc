import Foundation
import SamordnaDomain

/// A streaming JSON encoder for response bodies: it writes bytes as `Encodable` values encode
/// themselves, instead of building a tree of boxed values first as Foundation's `JSONEncoder` does
/// (which was most of the cost of a 50-item list page). Keys come out in declaration order; dates as
/// RFC 3339 UTC (`Timestamp`). Request fingerprints keep using the sorted-key `SamordnaJSON.encoder()`.
struct ResponseJSONEncoder {
    func encode(_ value: some Encodable) throws -> [UInt8] {
        let output = JSONOutput()
        output.bytes.reserveCapacity(4096)
        try output.write(value)
        return output.bytes
    }
}

/// The bytes written so far and the open containers.
final class JSONOutput {
    var bytes: [UInt8] = []
    /// Whether the innermost open container still has no element.
    var isFirst: [Bool] = []

    func write(_ value: some Encodable) throws {
        switch value {
        case let date as Date: writeString(Timestamp.format(date))
        case let string as String: writeString(string)
        case let url as URL: writeString(url.absoluteString)
        case let integer as any BinaryInteger: writeRaw("\(integer)")
        case let decimal as Decimal: writeRaw(decimal.description)
        case let number as Float: try writeDouble(Double(number))
        case let flag as Bool: writeRaw(flag ? "true" : "false")
        default:
            let encoder = StreamingEncoder(output: self)
            try value.encode(to: encoder)
            encoder.closeOpenContainers()
        }
    }

    func open(_ bracket: UInt8) {
        bytes.append(bracket)
        isFirst.append(true)
    }

    func close(_ bracket: UInt8) {
        bytes.append(bracket)
        isFirst.removeLast()
    }

    func separate() {
        if isFirst[isFirst.count - 1] {
            isFirst[isFirst.count - 1] = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
    }

    func writeKey(_ key: String) {
        separate()
        writeString(key)
        bytes.append(UInt8(ascii: ":"))
    }

    func writeString(_ string: String) {
        writeString(utf8: string.utf8)
    }

    /// Writes UTF-8 text as a JSON string, escaping what JSON requires (quote, backslash, control characters).
    func writeString(utf8: some Collection<UInt8>) {
        JSONOutput.appendString(utf8: utf8, to: &bytes)
    }

    /// Appends UTF-8 text as a JSON string to `bytes` (a local buffer, which Swift does not check for exclusive access
    /// on every append as it does a class's property).
    static func appendString(utf8: some Collection<UInt8>, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            bytes.append(contentsOf: utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    func writeRaw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    func writeDouble(_ value: Double) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: [], debugDescription: "JSON has no \(value)."))
        }
        writeRaw(value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)")
    }
}

/// The `Encoder` one value encodes itself with; it opens at most one container of its own.
final class StreamingEncoder: Encoder {
    let output: JSONOutput
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    /// The closing brackets of the containers this encoder opened, innermost last.
    private var opened: [UInt8] = []

    init(output: JSONOutput) {
        self.output = output
    }

    func closeOpenContainers() {
        while let bracket = opened.popLast() { output.close(bracket) }
    }

    func openContainer(_ open: UInt8, _ close: UInt8) {
        output.open(open)
        opened.append(close)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        openContainer(UInt8(ascii: "{"), UInt8(ascii: "}"))
        return KeyedEncodingContainer(StreamingKeyedContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        openContainer(UInt8(ascii: "["), UInt8(ascii: "]"))
        return StreamingUnkeyedContainer(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        StreamingSingleValueContainer(output: output)
    }
}

struct StreamingKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: StreamingEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }
    private var output: JSONOutput { encoder.output }

    init(encoder: StreamingEncoder) {
        self.encoder = encoder
    }

    mutating func encodeNil(forKey key: Key) throws {
        output.writeKey(key.stringValue)
        output.writeRaw("null")
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        output.writeKey(key.stringValue)
        output.writeRaw(value ? "true" : "false")
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        output.writeKey(key.stringValue)
        output.writeString(value)
    }

    mutating func encode(_ value: Int, forKey key: Key) throws {
        output.writeKey(key.stringValue)
        output.writeRaw(String(value))
    }

    mutating func encode(_ value: Int64, forKey key: Key) throws {
        output.writeKey(key.stringValue)
        output.writeRaw(String(value))
    }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        output.writeKey(key.stringValue)
        try output.writeDouble(value)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        output.writeKey(key.stringValue)
        try output.write(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<
        NestedKey
    > {
        output.writeKey(key.stringValue)
        return encoder.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        output.writeKey(key.stringValue)
        return encoder.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { encoder }
    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder }
}

struct StreamingUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: StreamingEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }
    private(set) var count = 0
    private var output: JSONOutput { encoder.output }

    init(encoder: StreamingEncoder) {
        self.encoder = encoder
    }

    mutating func encodeNil() throws {
        output.separate()
        output.writeRaw("null")
        count += 1
    }

    mutating func encode(_ value: String) throws {
        output.separate()
        output.writeString(value)
        count += 1
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        output.separate()
        try output.write(value)
        count += 1
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        output.separate()
        count += 1
        return encoder.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        output.separate()
        count += 1
        return encoder.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { encoder }
}

struct StreamingSingleValueContainer: SingleValueEncodingContainer {
    let output: JSONOutput
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { output.writeRaw("null") }
    mutating func encode(_ value: Bool) throws { output.writeRaw(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { output.writeString(value) }
    mutating func encode(_ value: Int) throws { output.writeRaw(String(value)) }
    mutating func encode(_ value: Int64) throws { output.writeRaw(String(value)) }
    mutating func encode(_ value: Double) throws { try output.writeDouble(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try output.write(value) }
}
