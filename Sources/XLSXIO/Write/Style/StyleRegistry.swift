/// The workbook's style table under construction: deduplicates fonts, fills, borders, number
/// formats and whole cell formats (`cellXfs`), and hands out ``StyleID``s.
///
/// Index 0 of every table is Excel's default, and fills 0 and 1 are the reserved `none` and
/// `gray125` patterns that every workbook must start with.
final class StyleRegistry {
    /// Cell formats in `cellXfs` order; index 0 is the default.
    private(set) var styles: [CellStyle] = [.standard]
    private var styleIndex: [CellStyle: Int] = [.standard: 0]
    /// Fonts in `fonts` order.
    private(set) var fonts: [Font] = [.standard]
    private var fontIndex: [Font: Int] = [.standard: 0]
    /// Solid fills, written after the two reserved fills (so fill id = position + 2).
    private(set) var fills: [Fill] = []
    private var fillIndex: [Fill: Int] = [:]
    /// Borders in `borders` order; index 0 has no lines.
    private(set) var borders: [Border] = [.none]
    private var borderIndex: [Border: Int] = [.none: 0]
    /// Custom number formats with their ids (from 164, the first id Excel leaves free).
    private(set) var customFormats: [(id: Int, code: String)] = []
    private var formatIndex: [String: Int] = [:]
    private var dateVariants: [DateVariantKey: StyleID] = [:]

    /// Which default number format a temporal value gets when its style has none.
    enum TemporalKind: Hashable {
        case date, time, dateTime, duration

        var defaultFormat: NumberFormat {
            switch self {
            case .date: return .ukDate
            case .time: return .time
            case .dateTime: return .ukDateTime
            case .duration: return .elapsed
            }
        }
    }

    private struct DateVariantKey: Hashable {
        let style: Int
        let kind: TemporalKind
    }

    /// The id for `style`, registering it on first use.
    func id(for style: CellStyle) -> StyleID {
        if let i = styleIndex[style] { return StyleID(index: i) }
        register(font: style.font)
        if let fill = style.fill, fillIndex[fill] == nil {
            fillIndex[fill] = fills.count
            fills.append(fill)
        }
        if borderIndex[style.border] == nil {
            borderIndex[style.border] = borders.count
            borders.append(style.border)
        }
        let code = style.numberFormat.code
        if style.numberFormat.builtInID == nil, formatIndex[code] == nil {
            let id = 164 + customFormats.count
            formatIndex[code] = id
            customFormats.append((id, code))
        }
        let i = styles.count
        styles.append(style)
        styleIndex[style] = i
        return StyleID(index: i)
    }

    private func register(font: Font) {
        if fontIndex[font] == nil {
            fontIndex[font] = fonts.count
            fonts.append(font)
        }
    }

    /// The style behind `id`.
    func style(_ id: StyleID) -> CellStyle { styles[id.index] }

    /// The style to use for a date, time, date-time or duration written with `id`: `id`
    /// itself when its number format already shows such a value, else a copy with the default
    /// format for `kind`, so that a temporal value never shows as a bare serial number.
    @inline(__always)
    func temporalStyle(for id: StyleID, kind: TemporalKind) -> StyleID {
        let key = DateVariantKey(style: id.index, kind: kind)
        if let cached = dateVariants[key] { return cached }
        let style = styles[id.index]
        let result = style.numberFormat.kind == .number ? self.id(for: style.with(numberFormat: kind.defaultFormat)) : id
        dateVariants[key] = result
        return result
    }

    /// The `numFmtId` of `format`.
    func numberFormatID(_ format: NumberFormat) -> Int {
        format.builtInID ?? formatIndex[format.code] ?? 0
    }

    /// The `fontId` of `font`.
    func fontID(_ font: Font) -> Int { fontIndex[font] ?? 0 }

    /// The `fillId` of `fill` (0 for none).
    func fillID(_ fill: Fill?) -> Int { fill.flatMap { fillIndex[$0] }.map { $0 + 2 } ?? 0 }

    /// The `borderId` of `border`.
    func borderID(_ border: Border) -> Int { borderIndex[border] ?? 0 }
}
