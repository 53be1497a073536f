import XLSXIO

extension ReconcileReport {
    /// Writes the report as the JSON document `sen2xl reconcile --format json` prints:
    /// `{"matched":[{"old","new","method","confidence"}],"only_old":[…],"only_new":[…],
    /// "ambiguous":[{"old","candidates"}],"differences":[{"old","new","table","item",
    /// "old_value","new_value"}]}`, with absent values as "".
    public func writeJSON(to sink: ByteSink) throws(XLSXError) {
        try sink.write("{\"matched\":[")
        for (n, link) in links.links.enumerated() {
            try sink.write((n == 0 ? "" : ",") + "{\"old\":" + JSONText.quoted(oldID(link.old)) + ",\"new\":" + JSONText.quoted(newID(link.new))
                           + ",\"method\":\"" + link.method.rawValue + "\",\"confidence\":" + ReconcileReport.confidenceText(link.confidence) + "}")
        }
        try sink.write("],\"only_old\":[" + links.onlyOld.map { JSONText.quoted(oldID($0)) }.joined(separator: ","))
        try sink.write("],\"only_new\":[" + links.onlyNew.map { JSONText.quoted(newID($0)) }.joined(separator: ","))
        try sink.write("],\"ambiguous\":[")
        for (n, a) in links.ambiguous.enumerated() {
            try sink.write((n == 0 ? "" : ",") + "{\"old\":" + JSONText.quoted(oldID(a.old)) + ",\"candidates\":["
                           + a.candidates.map { JSONText.quoted(newID($0)) }.joined(separator: ",") + "]}")
        }
        try sink.write("],\"differences\":[")
        var first = true
        for (link, list) in zip(links.links, differences) {
            let ids = "{\"old\":" + JSONText.quoted(oldID(link.old)) + ",\"new\":" + JSONText.quoted(newID(link.new))
            for d in list {
                try sink.write((first ? "" : ",") + ids + ",\"table\":" + JSONText.quoted(d.table.sheetName) + ",\"item\":"
                               + JSONText.quoted(d.itemName) + ",\"old_value\":" + JSONText.quoted(d.oldValue)
                               + ",\"new_value\":" + JSONText.quoted(d.newValue) + "}")
                first = false
            }
        }
        try sink.write("]}\n")
    }

    /// A confidence with two decimal places.
    static func confidenceText(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return String(hundredths / 100) + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }
}
