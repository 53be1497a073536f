/// Lays out rows of text as aligned columns: the first column left-aligned, the others right.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []

    /// The table's lines, each indented by `indent` spaces.
    func lines(indent: Int = 2) -> [String] {
        let all = [header] + rows
        let columns = all.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in all { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        let pad = String(repeating: " ", count: indent)
        return all.map { row in
            var line = pad
            for i in 0..<columns {
                let cell = i < row.count ? row[i] : ""
                let fill = String(repeating: " ", count: widths[i] - cell.count)
                line += i == 0 ? cell + fill : "   " + fill + cell
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}

/// Numbers as the summary prints them.
enum NumberText {
    /// A whole number with thousands separators: 12,345.
    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// A row's value: a count, or a percentage with its sign.
    static func value(_ value: Double?, kind: FigureRow.Kind) -> String {
        guard let value else { return kind == .percent ? "–" : "" }
        return kind == .count ? grouped(Int(value)) : Percent.text(value) + "%"
    }

    /// A share in percent, or empty.
    static func share(_ value: Double?) -> String {
        value.map { Percent.text($0) + "%" } ?? ""
    }

    /// A row's change from last year: `+12 (+8.1%)` for counts, `+3.2 pts` for percentages.
    static func change(_ row: FigureRow) -> String {
        guard let change = row.change else { return "" }
        let sign = change > 0 ? "+" : ""
        switch row.kind {
        case .count:
            return sign + grouped(Int(change)) + (row.changePercent.map { " (" + (change > 0 ? "+" : "") + Percent.text($0) + "%)" } ?? "")
        case .percent:
            return sign + Percent.text(change) + " pts"
        }
    }
}
