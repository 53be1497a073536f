import Foundation

/// The document properties shown under File › Info.
public struct DocumentProperties: Hashable, Sendable {
    /// The title, or none.
    public var title: String?
    /// The subject, or none.
    public var subject: String?
    /// The author; `sen2xl` unless set.
    public var creator: String
    /// When the workbook was created (also written as last modified).
    public var created: Date

    /// Creates properties; `created` defaults to now.
    public init(title: String? = nil, subject: String? = nil, creator: String = "sen2xl", created: Date = Date()) {
        self.title = title
        self.subject = subject
        self.creator = creator
        self.created = created
    }

    /// `created` in W3C date-time form, in UTC to the second (`2026-11-29T21:15:20Z`).
    var createdText: String {
        let seconds = Int(created.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = ExcelDateTime(date: CalendarDate(daysSinceEpoch: days), secondsOfDay: seconds - days * 86_400, kind: .dateTime)
        return time.description + "Z"
    }
}
