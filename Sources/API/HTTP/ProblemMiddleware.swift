import Foundation
import Hummingbird
import Logging
import SamordnaDomain

/// The outermost middleware: gives each request an id, turns every error (the framework's too) into
/// problem details, answers `405` with `Allow` for a known path, and logs unexpected errors.
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let routes: RouteTable

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.requestId = RequestIdentity.requestId(from: request)
        context.logger[metadataKey: "requestId"] = .string(context.requestId)
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            response = answer(error, request: request, context: context)
        }
        response.headers[.xRequestId] = context.requestId
        response.headers[.xContentTypeOptions] = "nosniff"
        if let traceparent = RequestIdentity.traceparent(from: request) {
            response.headers[.traceparent] = traceparent
        }
        return response
    }

    private func answer(_ error: any Error, request: Request, context: Context) -> Response {
        var error = error
        if let http = error as? HTTPError, http.status == .notFound {
            let allowed = routes.allowedMethods(for: request.uri.path)
            if !allowed.isEmpty { error = APIProblem.methodNotAllowed(allowed) }
        }
        let (problem, headers, unexpected) = ProblemMapping.problem(
            for: error, instance: request.uri.path, requestId: context.requestId)
        if unexpected {
            context.logger.error("Unexpected error", metadata: ["error": "\(String(reflecting: error))"])
        }
        return ProblemResponse.make(problem, headers: headers)
    }
}

/// Writes a problem document as `application/problem+json`.
enum ProblemResponse {
    static func make(_ problem: ProblemDetails, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/problem+json"
        let body = (try? SamordnaJSON.encoder().encode(problem)) ?? Data()
        return Response(
            status: HTTPResponse.Status(code: problem.status), headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}
