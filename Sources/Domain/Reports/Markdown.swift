/// Writing Markdown (CommonMark with GFM tables) from text that may hold Markdown's own characters.
public enum Markdown {
    /// The text with the punctuation that Markdown would read as markup escaped (emphasis, code, links, HTML,
    /// headings, table cells, strikethrough) and line breaks joined, so that it reads as the words it is.
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~":
                result.append("\\")
                result.append(character)
            case "\n", "\r": result.append(" ")
            default: result.append(character)
            }
        }
        return result
    }

    /// A GFM table: a header row, the alignment row (numbers right-aligned), and the rows.
    public static func table(_ header: [String], rightAligned: Set<Int> = [], _ rows: [[String]]) -> String {
        let line = { (cells: [String]) in "| " + cells.joined(separator: " | ") + " |" }
        let alignment = header.indices.map { rightAligned.contains($0) ? "---:" : "---" }
        return ([line(header.map(escape)), line(alignment)] + rows.map { line($0) }).joined(separator: "\n")
    }
}
