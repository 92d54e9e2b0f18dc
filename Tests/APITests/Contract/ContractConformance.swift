import Foundation
import SamordnaDomain
import Yams

@testable import SamordnaAPI

/// Holds openapi.yaml against what the server's code says: each input schema's properties and required list against
/// the Swift input, enumerations against `allCases`, each list's sort values and filters against its list
/// specification, and the documented problem types against `ProblemType`. Returns every disagreement, worded.
struct ContractConformance {
    typealias Object = [String: Any]
    let spec: Object

    /// The enumerations the contract names, with the Swift cases they must equal: the code lists, which are built from
    /// the Swift enumerations' cases (and label each).
    static var enumerations: [(schema: String, cases: [String])] { CodeLists.all.map { ($0.name, $0.entries.map(\.code)) } }

    /// Enumerated value schemas that are reference data rather than code lists.
    static let referenceDataEnumerations: Set<String> = ["CountyCode", "MunicipalityCode"]

    /// Query parameters every list shares, besides its own filters.
    static let listParameters: Set<String> = ["limit", "offset", "cursor", "sort", "updatedSince", "format"]

    /// Reads a contract file.
    init(file: URL) throws {
        guard let object = try Yams.load(yaml: String(contentsOf: file, encoding: .utf8)) as? Object else {
            throw CocoaError(.fileReadCorruptFile)
        }
        spec = object
    }

    init(spec: Object) { self.spec = spec }

    /// Every way the contract and the routes' declarations disagree.
    func disagreements(with table: RouteTable) -> [String] {
        var found: [String] = []
        for (path, input) in table.inputs.sorted(by: { $0.key < $1.key }) {
            found += inputDisagreements(path, input)
        }
        for (path, list) in table.lists.sorted(by: { $0.key < $1.key }) {
            found += listDisagreements(path, list)
        }
        for (schema, cases) in Self.enumerations {
            let documented = (self.schema(schema)?["enum"] as? [String]) ?? []
            if documented != cases { found.append("\(schema): enum \(documented) in openapi.yaml, \(cases) in Swift") }
        }
        let schemas = ((spec["components"] as? Object)?["schemas"] as? Object) ?? [:]
        let enumerated = schemas.filter { ($0.value as? Object)?["type"] as? String == "string" && ($0.value as? Object)?["enum"] != nil }
            .keys
        for name in Set(enumerated).subtracting(Self.referenceDataEnumerations).subtracting(CodeLists.all.map(\.name)).sorted() {
            found.append("\(name): an enumeration of openapi.yaml without a code list (labels) in CodeLists")
        }
        let version = (spec["info"] as? Object)?["version"] as? String
        if version != APIInfo.current.apiVersion {
            found.append("info.version \(version ?? "-") in openapi.yaml, \(APIInfo.current.apiVersion) in APIInfo.current")
        }
        let problems = (schemaProperty("Problem", "type")?["enum"] as? [String]) ?? []
        let served = ProblemType.allCases.map(\.uri)
        if Set(problems) != Set(served) {
            found.append(
                "problem types: documented but not in ProblemType \(Set(problems).subtracting(served).sorted()), in "
                    + "ProblemType but not documented \(Set(served).subtracting(problems).sorted())")
        }
        return found
    }

    private func inputDisagreements(_ path: String, _ input: RouteTable.InputContract) -> [String] {
        guard let name = bodySchemaName(path, "post"), let inputSchema = schema(name) else {
            return ["POST \(path): no request body schema in openapi.yaml"]
        }
        var found: [String] = []
        let properties = Set((inputSchema["properties"] as? Object)?.keys.map { $0 } ?? [])
        let required = Set(inputSchema["required"] as? [String] ?? [])
        let fields = Set(input.fields)
        if properties != fields {
            found.append(
                "\(name): fields in Swift but not in openapi.yaml \(fields.subtracting(properties).sorted()), in openapi.yaml but "
                    + "not in Swift \(properties.subtracting(fields).sorted())")
        }
        if required != input.required {
            found.append("\(name): required \(required.sorted()) in openapi.yaml, \(input.required.sorted()) in Swift")
        }
        if let patch = bodySchemaName(path + "/{id}", "patch"), let patchSchema = schema(patch) {
            let patchable = Set((patchSchema["properties"] as? Object)?.keys.map { $0 } ?? []).subtracting(["version"])
            if !patchable.isSubset(of: fields) {
                found.append("\(patch): fields the server does not have \(patchable.subtracting(fields).sorted())")
            }
        }
        return found
    }

    private func listDisagreements(_ path: String, _ list: RouteTable.ListContract) -> [String] {
        guard let parameters = operation(path, "get")?["parameters"] as? [Object] else {
            return ["GET \(path): not in openapi.yaml"]
        }
        var found: [String] = []
        var names = Set<String>()
        var sorts: [String] = []
        for parameter in parameters.map({ resolve($0) }) {
            guard let name = parameter["name"] as? String else { continue }
            names.insert(name)
            if name == "sort" { sorts = ((parameter["schema"] as? Object)?["enum"] as? [String]) ?? [] }
        }
        let expected = Self.listParameters.union(list.filters).union(list.hasTextFilter ? ["q"] : [])
        if names != expected {
            found.append(
                "GET \(path): parameters in Swift but not in openapi.yaml \(expected.subtracting(names).sorted()), in openapi.yaml "
                    + "but not in Swift \(names.subtracting(expected).sorted())")
        }
        let expectedSorts = list.sorts.union(list.sorts.map { "-" + $0 })
        if Set(sorts) != expectedSorts {
            found.append("GET \(path): sort \(Set(sorts).sorted()) in openapi.yaml, \(expectedSorts.sorted()) in Swift")
        }
        return found
    }

    private func operation(_ path: String, _ method: String) -> Object? {
        ((spec["paths"] as? Object)?[path] as? Object)?[method] as? Object
    }

    private func bodySchemaName(_ path: String, _ method: String) -> String? {
        let content = ((operation(path, method)?["requestBody"] as? Object)?["content"] as? Object)?["application/json"] as? Object
        return ((content?["schema"] as? Object)?["$ref"] as? String)?.components(separatedBy: "/").last
    }

    private func schema(_ name: String) -> Object? {
        ((spec["components"] as? Object)?["schemas"] as? Object)?[name] as? Object
    }

    private func schemaProperty(_ name: String, _ property: String) -> Object? {
        (schema(name)?["properties"] as? Object)?[property] as? Object
    }

    private func resolve(_ parameter: Object) -> Object {
        guard let reference = parameter["$ref"] as? String, let name = reference.components(separatedBy: "/").last else { return parameter }
        return (((spec["components"] as? Object)?["parameters"] as? Object)?[name] as? Object) ?? parameter
    }
}
