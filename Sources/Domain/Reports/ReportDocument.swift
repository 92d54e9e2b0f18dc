/// A report as people read it, said once and rendered to each format: Markdown (`markdown()`) and the printable HTML
/// page (`html()`). Text here is plain (renderers escape it); amounts are already formatted in the chosen unit.
public struct ReportDocument: Hashable, Sendable {
    /// A table: a header row, rows, and an optional total row set apart.
    public struct Table: Hashable, Sendable {
        public var caption: String?
        public var header: [String]
        /// The columns holding numbers (right-aligned).
        public var numeric: Set<Int>
        public var rows: [[String]]
        public var total: [String]?

        /// Creates a table.
        public init(caption: String? = nil, header: [String], numeric: Set<Int> = [], rows: [[String]], total: [String]? = nil) {
            self.caption = caption
            self.header = header
            self.numeric = numeric
            self.rows = rows
            self.total = total
        }
    }

    /// A horizontal bar chart: for each category one bar per series. Its text alternative is `summary`; the same
    /// figures also stand in a table next to it.
    public struct BarChart: Hashable, Sendable {
        /// One series of values (e.g. budget, outcome).
        public struct Series: Hashable, Sendable {
            public var name: String
            /// One value per category, in the chart's integer unit (öre, a count).
            public var values: [Int64]

            /// Creates a series.
            public init(name: String, values: [Int64]) {
                self.name = name
                self.values = values
            }
        }

        public var title: String
        /// The chart in words, for those who do not see it.
        public var summary: String
        public var categories: [String]
        public var series: [Series]
        /// The label shown at each bar, by series then category.
        public var labels: [[String]]

        /// Creates a chart.
        public init(title: String, summary: String, categories: [String], series: [Series], labels: [[String]]) {
            self.title = title
            self.summary = summary
            self.categories = categories
            self.series = series
            self.labels = labels
        }
    }

    /// A piece of the report, in reading order.
    public enum Block: Hashable, Sendable {
        /// A heading, level 2 (section) or 3 (subsection); the title is level 1.
        case heading(Int, String)
        case paragraph(String)
        /// A remark set apart (e.g. "no evidence").
        case note(String)
        /// Quoted words (the decision's text).
        case quote(String)
        case list([String])
        /// Label–value pairs.
        case facts([(String, String)])
        case table(Table)
        case chart(BarChart)

        public static func == (a: Block, b: Block) -> Bool { a.key == b.key }
        public func hash(into hasher: inout Hasher) { hasher.combine(key) }

        /// The block as a comparable value (a tuple array is neither `Hashable` nor `Equatable`).
        private var key: String {
            switch self {
            case .heading(let level, let text): "h\(level):\(text)"
            case .paragraph(let text): "p:\(text)"
            case .note(let text): "n:\(text)"
            case .quote(let text): "q:\(text)"
            case .list(let items): "l:\(items)"
            case .facts(let pairs): "f:\(pairs.map { [$0.0, $0.1] })"
            case .table(let table): "t:\(table)"
            case .chart(let chart): "c:\(chart)"
            }
        }
    }

    public var language: CodeList.Language
    public var title: String
    public var blocks: [Block]

    /// Creates a document.
    public init(language: CodeList.Language, title: String, blocks: [Block]) {
        self.language = language
        self.title = title
        self.blocks = blocks
    }
}
