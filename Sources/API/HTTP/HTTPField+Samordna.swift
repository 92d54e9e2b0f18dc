import HTTPTypes

extension HTTPField.Name {
    static let xRequestId = Self("X-Request-Id")!
    static let idempotencyKey = Self("Idempotency-Key")!
    static let traceparent = Self("traceparent")!
    static let link = Self("Link")!
    static let xTotalCount = Self("X-Total-Count")!
    static let xContentTypeOptions = Self("X-Content-Type-Options")!
}
