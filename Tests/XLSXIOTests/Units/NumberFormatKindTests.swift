import Testing
import XLSXIO

/// Which number formats make a number a date, time, date-time or duration (ECMA-376
/// §18.8.30 for the built-in ids; custom codes by their tokens outside literals).
@Suite("Number format kinds")
struct NumberFormatKindTests {
    @Test("built-in format ids", arguments: [
        (0, NumberFormatKind.number), (1, .number), (2, .number), (9, .number), (10, .number),
        (11, .number), (12, .number), (13, .number),
        (14, .date), (15, .date), (16, .date), (17, .date),
        (18, .time), (19, .time), (20, .time), (21, .time),
        (22, .dateTime),
        (37, .number), (44, .number),
        (45, .time), (46, .duration), (47, .time),
        (48, .number), (49, .number), (164, .number),
    ])
    func builtIn(id: Int, kind: NumberFormatKind) {
        #expect(NumberFormatKind.builtIn(id) == kind)
    }

    @Test("custom format codes", arguments: [
        // Dates.
        ("dd/mm/yyyy", NumberFormatKind.date),
        ("yyyy-mm-dd", .date),
        ("d-mmm-yy", .date),
        ("mmm-yy", .date),
        ("mmmm\" \"yyyy", .date),
        ("yyyy\"-\"mm\"-\"dd", .date),
        ("[$-409]mmmm\" \"d\", \"yyyy", .date),
        ("[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy", .date),
        ("[$-411]ggge\"年\"m\"月\"d\"日\";@", .date),
        ("DD/MM/YYYY", .date),
        ("mm", .date),
        ("[Blue]dd/mm/yyyy", .date),
        // Times.
        ("hh:mm:ss", .time),
        ("h:mm AM/PM", .time),
        ("h:mm:ss a/p", .time),
        ("mm:ss", .time),
        ("mm:ss.0", .time),
        ("[$-409]h:mm:ss AM/PM;@", .time),
        ("HH:MM", .time),
        // Date-times.
        ("m/d/yy h:mm", .dateTime),
        ("yyyy-mm-dd hh:mm:ss", .dateTime),
        ("dd/mm/yyyy hh:mm AM/PM", .dateTime),
        // Durations.
        ("[h]:mm", .duration),
        ("[h]:mm:ss", .duration),
        ("[mm]:ss", .duration),
        ("[ss]", .duration),
        ("[H]:MM", .duration),
        // Numbers, including codes whose letters only look like date tokens.
        ("General", .number),
        ("0", .number),
        ("0.00", .number),
        ("#,##0.00", .number),
        ("0%", .number),
        ("@", .number),
        ("0.00E+00", .number),
        ("##0.0E-0", .number),
        ("0.00;[Red]-0.00", .number),
        ("[Red]0.00", .number),
        ("[>=100][Red]0;0", .number),
        ("[$€-2] #,##0.00", .number),
        ("[$-409]#,##0", .number),
        ("\"days\" 0", .number),
        ("0\" hrs\"", .number),
        ("0\\d", .number),
        ("0\\h", .number),
        ("_(* #,##0_);_(* (#,##0);_(* \"-\"_);_(@_)", .number),
        ("* #,##0 \"Ms\"", .number),
        ("#,##0_s", .number),
        ("0;[Red]\"-\"dd", .number),
    ])
    func classify(code: String, kind: NumberFormatKind) {
        #expect(NumberFormatKind.classify(formatCode: code) == kind, "\(code)")
    }
}
