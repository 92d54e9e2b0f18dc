import SamordnaDomain

/// A value a list can export as CSV.
protocol CSVExportable: Codable, Sendable {
    /// The CSV header, in column order.
    static var csvColumns: [String] { get }
    /// The CSV cells of this value, in `csvColumns` order.
    var csvValues: [String?] { get }
}

/// What the shared create/read/list/update/delete machinery needs of a stored resource beyond
/// `RegistryRecord`: its CSV form.
protocol StoredResource: RegistryRecord, CSVExportable {}
