import SamordnaDomain

/// What the shared create/read/list/update/delete machinery needs of a stored resource.
protocol StoredResource: Codable, Sendable {
    associatedtype Input: ResourceInput
    /// The id in its wire form.
    var idText: String { get }
    var version: Int { get }
    /// The writable fields, the base a merge patch is applied to.
    var input: Input { get }
    /// The CSV header, in column order.
    static var csvColumns: [String] { get }
    /// The CSV cells of this resource, in `csvColumns` order.
    var csvValues: [String?] { get }
}
