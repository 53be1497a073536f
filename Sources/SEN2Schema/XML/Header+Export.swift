import XLSXIO

extension Header {
    /// The header an export writes: the items the tool owns filled in for `year`
    /// (collection, year, census day as reference date, source level, software, release,
    /// date-time), the LA from `la` when given, and the LA's own items (DMO, DCO, DSCO,
    /// serial number) as read.
    ///
    /// - Throws: ``SEN2Error`` when the header's year contradicts `year`.
    public func prepared(for year: CollectionYear, la: LACode?, release: String, serialNumber: String? = nil,
                         now: ExcelDateTime) throws(SEN2Error) -> Header {
        if case .value(let stated) = self.year, stated != year.rawValue {
            throw SEN2Error(file: "Header", place: "Year",
                            message: "the workbook's header says \(stated) but the export is for \(year); fix the header or pass --year \(stated)")
        }
        var header = self
        header.collection = .value("SEN2")
        header.year = .value(year.rawValue)
        header.referenceDate = .value(year.census)
        header.sourceLevel = .value("L")
        if let la { header.lea = .value(la) }
        header.softwareCode = .value("sen2xl")
        header.release = .value(release)
        if let serialNumber { header.serialNo = .value(serialNumber) }
        header.dateTime = .value(ExcelDateTime(date: now.date, secondsOfDay: now.secondsOfDay, kind: .dateTime))
        return header
    }
}
