import XLSXIO

/// The styles the report workbooks use, registered once per workbook.
struct ReportStyles {
    let title: StyleID
    let header: StyleID
    let bold: StyleID
    let wrapped: StyleID
    let count: StyleID
    let decimal: StyleID
    let decimalHundredths: StyleID
    let changed: StyleID

    init(_ book: WorkbookWriter) {
        title = book.style(CellStyle(font: Font(size: 14, bold: true)))
        header = book.style(CellStyle(font: .bold, fill: .solid(.lightGrey)))
        bold = book.style(.bold)
        wrapped = book.style(CellStyle(alignment: Alignment(wrapText: true)))
        count = book.style(CellStyle(numberFormat: .thousands))
        decimal = book.style(CellStyle(numberFormat: NumberFormat("0.0")))
        decimalHundredths = book.style(CellStyle(numberFormat: .twoDecimals))
        changed = book.style(CellStyle(fill: .solid(.lightYellow)))
    }
}
