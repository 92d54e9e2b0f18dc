import Foundation
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("Contract")
struct ContractTests {
    /// The (method, path) pairs of openapi.yaml's `paths`, read line by line: paths at two spaces, methods at four.
    static func specifiedOperations() throws -> Set<String> {
        let text = try String(contentsOf: TestEnvironment.projectRoot.appendingPathComponent("openapi.yaml"), encoding: .utf8)
        var operations = Set<String>()
        var inPaths = false
        var currentPath: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "paths:" { inPaths = true; continue }
            guard inPaths else { continue }
            if !line.hasPrefix(" ") && !line.isEmpty { break }
            if line.hasPrefix("  /"), line.hasSuffix(":"), !line.hasPrefix("   ") {
                currentPath = String(line.dropFirst(2).dropLast())
            } else if let path = currentPath, line.hasPrefix("    "), !line.hasPrefix("     ") {
                let method = line.trimmingCharacters(in: .whitespaces).dropLast()
                if ["get", "post", "patch", "put", "delete"].contains(String(method)) {
                    operations.insert("\(method.uppercased()) \(path)")
                }
            }
        }
        return operations
    }

    @Test("the router serves exactly the operations openapi.yaml describes")
    func routesMatchSpec() throws {
        let env = try TestEnvironment()
        let (_, table) = buildRouter(configuration: env.configuration, services: env.services)
        let served = Set(table.routes.map { "\($0.method) \($0.path)" })
        let specified = try ContractTests.specifiedOperations()
        #expect(!specified.isEmpty)
        #expect(served.subtracting(specified).sorted() == [], "served but not in openapi.yaml")
        #expect(specified.subtracting(served).sorted() == [], "in openapi.yaml but not served")
    }

    @Test("the served contract is the file in the repository")
    func servesContract() async throws {
        let env = try TestEnvironment()
        try await env.withRouter { client async throws in
            let response = try await client.send(.get, "/openapi.yaml", token: nil)
            let file = try String(contentsOf: TestEnvironment.projectRoot.appendingPathComponent("openapi.yaml"), encoding: .utf8)
            #expect(response.text == file)
            #expect(response.headers[.contentType]?.hasPrefix("application/yaml") == true)
        }
    }
}

@Suite("Contract conformance")
struct ContractConformanceTests {
    static func served() throws -> RouteTable {
        let env = try TestEnvironment()
        return buildRouter(configuration: env.configuration, services: env.services).1
    }

    static let contractFile = TestEnvironment.projectRoot.appendingPathComponent("openapi.yaml")

    @Test("openapi.yaml agrees with the code: inputs, required fields, enums, list filters and sorts, problem types")
    func agrees() throws {
        let table = try Self.served()
        #expect(table.inputs.count >= 10 && table.lists.count >= 12, "the routes describe themselves")
        #expect(try ContractConformance(file: Self.contractFile).disagreements(with: table) == [])
    }

    @Test("a field added to an input but not to openapi.yaml is reported (shown by taking one out of the contract)")
    func catchesAMissingField() throws {
        var spec = try ContractConformance(file: Self.contractFile).spec
        var components = try #require(spec["components"] as? [String: Any])
        var schemas = try #require(components["schemas"] as? [String: Any])
        var input = try #require(schemas["OrganisationInput"] as? [String: Any])
        var properties = try #require(input["properties"] as? [String: Any])
        properties["shortName"] = nil
        input["properties"] = properties
        schemas["OrganisationInput"] = input
        var problem = try #require(schemas["Problem"] as? [String: Any])
        var problemProperties = try #require(problem["properties"] as? [String: Any])
        problemProperties["type"] = ["type": "string", "enum": [ProblemType.notFound.uri]]
        problem["properties"] = problemProperties
        schemas["Problem"] = problem
        components["schemas"] = schemas
        spec["components"] = components
        let found = ContractConformance(spec: spec).disagreements(with: try Self.served())
        #expect(found.contains { $0.hasPrefix("OrganisationInput: fields in Swift but not in openapi.yaml [\"shortName\"]") })
        #expect(found.contains { $0.hasPrefix("problem types:") && $0.contains("in-use") })
    }
}
