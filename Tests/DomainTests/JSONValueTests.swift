import Foundation
import SamordnaDomain
import Testing

@Suite("JSON values and merge patch")
struct JSONValueTests {
    func json(_ text: String) throws -> JSONValue { try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) }

    @Test(
        "merge patch follows RFC 7396's examples",
        arguments: [
            (#"{"a":"b"}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
            (#"{"a":"b"}"#, #"{"b":"c"}"#, #"{"a":"b","b":"c"}"#),
            (#"{"a":"b"}"#, #"{"a":null}"#, #"{}"#),
            (#"{"a":"b","b":"c"}"#, #"{"a":null}"#, #"{"b":"c"}"#),
            (#"{"a":["b"]}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
            (#"{"a":{"b":"c"}}"#, #"{"a":{"b":"d","c":null}}"#, #"{"a":{"b":"d"}}"#),
            (#"{"a":[{"b":"c"}]}"#, #"{"a":[1]}"#, #"{"a":[1]}"#),
            (#"{"e":null}"#, #"{"a":1}"#, #"{"e":null,"a":1}"#),
        ])
    func mergePatch(target: String, patch: String, result: String) throws {
        #expect(try json(target).merging(patch: json(patch)) == json(result))
    }

    @Test("members missing after a round trip are found at any depth")
    func unknownMembers() throws {
        let sent = try json(#"{"a":1,"x":2,"n":{"b":1,"y":3},"l":[{"c":1,"z":1}],"gone":null}"#)
        let kept = try json(#"{"a":1,"n":{"b":1},"l":[{"c":1}]}"#)
        #expect(sent.membersMissing(from: kept) == ["l[0].z", "n.y", "x"])
    }

    @Test("integers stay exact and large numbers are not integers")
    func numbers() throws {
        #expect(try json("9007199254740993") == .integer(9_007_199_254_740_993))
        if case .integer = try json("1e300") { Issue.record("1e300 is not an integer") }
    }
}
