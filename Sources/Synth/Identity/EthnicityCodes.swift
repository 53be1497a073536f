import SEN2Schema

extension Ethnicity {
    /// The main code an extended code belongs under (an extended code follows its main code in
    /// the official list); a main code is its own.
    var mainCode: Ethnicity { EthnicityCodes.mainCode[self] ?? self }

    /// The extended codes under a main code, empty for main codes without any.
    var extendedCodes: [Ethnicity] { EthnicityCodes.extended[self] ?? [] }
}

/// The main-code roll-up, built once from the official order of the codes.
enum EthnicityCodes {
    static let mainCode: [Ethnicity: Ethnicity] = {
        var map: [Ethnicity: Ethnicity] = [:]
        var current = Ethnicity.wbri
        for code in Ethnicity.allCases {
            if code.isMainCode { current = code }
            map[code] = current
        }
        return map
    }()

    static let extended: [Ethnicity: [Ethnicity]] = {
        var map: [Ethnicity: [Ethnicity]] = [:]
        for code in Ethnicity.allCases where !code.isMainCode { map[code.mainCode, default: []].append(code) }
        return map
    }()
}
