import SamordnaDomain

/// What the shared create/read/list/update/delete machinery needs of a stored resource beyond
/// `RegistryRecord`: its CSV form.
protocol StoredResource: RegistryRecord {
    /// The CSV header, in column order.
    static var csvColumns: [String] { get }
    /// The CSV cells of this resource, in `csvColumns` order.
    var csvValues: [String?] { get }
}
