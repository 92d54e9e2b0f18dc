import Foundation
import Hummingbird
import SamordnaDomain

/// `GET /v1/code-lists` and `/v1/code-lists/{name}`: every enumeration with its Swedish and English labels.
struct CodeListRoutes: Sendable {
    /// The answer of the collection.
    struct Lists: Codable, Sendable {
        var codeLists: [CodeList]
    }

    func register(on registrar: RouteRegistrar) {
        registrar.on(.get, "/v1/code-lists") { request, context in
            _ = try context.requirePrincipal()
            _ = try ViewParameters(request, accepts: [:])
            return try JSONResponse.make(Lists(codeLists: CodeLists.all))
        }
        registrar.on(.get, "/v1/code-lists/{name}") { request, context in
            _ = try context.requirePrincipal()
            _ = try ViewParameters(request, accepts: [:])
            let name = try context.parameters.require("name")
            guard let list = CodeLists.named(name) else { throw DomainError.notFound(resource: "codeList", id: name) }
            return try JSONResponse.make(list)
        }
    }
}
