/// `docProps/core.xml`: title, author and creation time (File › Info in Excel).
struct CorePropertiesPart {
    let properties: DocumentProperties

    func xml() -> String {
        var x = PartXML.declaration
        x += "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        x += " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
        x += " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        if let title = properties.title { x += "<dc:title>" + XMLText.escaped(title) + "</dc:title>" }
        if let subject = properties.subject { x += "<dc:subject>" + XMLText.escaped(subject) + "</dc:subject>" }
        x += "<dc:creator>" + XMLText.escaped(properties.creator) + "</dc:creator>"
        x += "<cp:lastModifiedBy>" + XMLText.escaped(properties.creator) + "</cp:lastModifiedBy>"
        let created = properties.createdText
        x += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(created)</dcterms:created>"
        x += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(created)</dcterms:modified>"
        return x + "</cp:coreProperties>"
    }
}
