/// A value a list can export as CSV, for lists that are not table-backed resources (those derive their CSV from
/// their fields).
protocol CSVExportable: Codable, Sendable {
    /// The CSV header, in column order.
    static var csvColumns: [String] { get }
    /// The CSV cells of this value, in `csvColumns` order.
    var csvValues: [String?] { get }
}
