/// A horizontal grouped bar chart drawn as inline SVG: one group of bars per category, one
/// bar per series, each labelled with its value, and a legend. Plain shapes and text only, so
/// it prints sharply and needs no script.
struct BarChart {
    /// One set of values drawn in one colour.
    struct Series {
        var name: String
        var colour: String
        var values: [Double?]
    }

    var title: String
    var categories: [String]
    var series: [Series]
    /// Formats a value for its label.
    var format: (Double) -> String
    /// The axis maximum (the largest value when nil).
    var maximum: Double?

    private let width = 680.0
    private let barHeight = 14.0
    private let barGap = 3.0
    private let groupGap = 10.0

    /// Room for the longest category name (about 7 units a character at the chart's font size).
    private var labelWidth: Double { min(260, max(70, Double(categories.map(\.count).max() ?? 0) * 7 + 16)) }

    init(title: String, categories: [String], series: [Series], maximum: Double? = nil, format: @escaping (Double) -> String) {
        self.title = title
        self.categories = categories
        self.series = series
        self.maximum = maximum
        self.format = format
    }

    /// The chart as an `<svg>` element.
    var svg: String {
        let groupHeight = Double(series.count) * (barHeight + barGap) - barGap
        let top = 46.0
        let height = top + Double(categories.count) * (groupHeight + groupGap) + 8
        let largest = maximum ?? series.flatMap { $0.values.compactMap { $0 } }.max() ?? 1
        let scale = (width - labelWidth - 70) / max(largest, 1e-9)
        var out = "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(title))\">"
        out += "<title>\(HTMLText.escape(title))</title>"
        var x = labelWidth
        for s in series {
            out += "<rect x=\"\(n(x))\" y=\"8\" width=\"12\" height=\"12\" fill=\"\(s.colour)\"/>"
            out += "<text x=\"\(n(x + 17))\" y=\"18\" class=\"legend\">\(HTMLText.escape(s.name))</text>"
            x += 30 + Double(s.name.count) * 7
        }
        out += "<line x1=\"\(n(labelWidth))\" y1=\"\(n(top - 6))\" x2=\"\(n(labelWidth))\" y2=\"\(n(height - 4))\" class=\"axis\"/>"
        for (c, category) in categories.enumerated() {
            let y0 = top + Double(c) * (groupHeight + groupGap)
            out += "<text x=\"\(n(labelWidth - 8))\" y=\"\(n(y0 + groupHeight / 2 + 4))\" class=\"category\" text-anchor=\"end\">"
                + HTMLText.escape(category) + "</text>"
            for (k, s) in series.enumerated() {
                let y = y0 + Double(k) * (barHeight + barGap)
                guard c < s.values.count, let value = s.values[c] else {
                    out += "<text x=\"\(n(labelWidth + 4))\" y=\"\(n(y + barHeight - 3))\" class=\"value\">–</text>"
                    continue
                }
                let w = max(0, value * scale)
                out += "<rect x=\"\(n(labelWidth))\" y=\"\(n(y))\" width=\"\(n(w))\" height=\"\(n(barHeight))\" fill=\"\(s.colour)\"/>"
                out += "<text x=\"\(n(labelWidth + w + 4))\" y=\"\(n(y + barHeight - 3))\" class=\"value\">" + HTMLText.escape(format(value)) + "</text>"
            }
        }
        return out + "</svg>"
    }

    private func n(_ v: Double) -> String { String(Int((v * 10).rounded()) / 10) + "." + String(abs(Int((v * 10).rounded()) % 10)) }
}
