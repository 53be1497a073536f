/// `docProps/app.xml`: the application name and the list of worksheet names.
struct AppPropertiesPart {
    /// Sheet names in workbook order.
    let sheetNames: [String]

    func xml() -> String {
        var x = PartXML.declaration
        x += "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\""
        x += " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
        x += "<Application>sen2xl</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
        x += "<HeadingPairs><vt:vector size=\"2\" baseType=\"variant\"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>"
        x += "<vt:variant><vt:i4>\(sheetNames.count)</vt:i4></vt:variant></vt:vector></HeadingPairs>"
        x += "<TitlesOfParts><vt:vector size=\"\(sheetNames.count)\" baseType=\"lpstr\">"
        for name in sheetNames { x += "<vt:lpstr>" + XMLText.escaped(name) + "</vt:lpstr>" }
        x += "</vt:vector></TitlesOfParts><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        x += "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>12.0000</AppVersion>"
        return x + "</Properties>"
    }
}
