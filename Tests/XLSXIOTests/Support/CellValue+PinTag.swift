import XLSXIO

extension CellValue {
    /// The value as a short tagged text, the form the pinned expectations are written in:
    /// `s:` text, `n:` number, `b:` boolean, `e:` error, `d:` date, `t:` time, `dt:` date-time,
    /// `dur:` duration (`[h]:mm:ss`), or `empty`. The tag keeps the type, so a date can never
    /// pass for its serial number or a string for a number.
    var pinTag: String {
        switch self {
        case .empty: return "empty"
        case .number(let d): return "n:" + CellValue.numberText(d)
        case .string(let s): return "s:" + s
        case .bool(let b): return "b:\(b)"
        case .error(let e): return "e:" + e
        case .duration(let days): return "dur:" + CellValue.durationText(days)
        case .dateTime(let t):
            switch t.kind {
            case .date: return "d:" + t.description
            case .time: return "t:" + t.description
            case .dateTime: return "dt:" + t.description
            }
        }
    }
}
