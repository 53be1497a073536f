/// Postcode districts (the outward part of a postcode) in each LA's area, so that addresses
/// look local. The table covers the London boroughs and the larger authorities; other LAs get
/// a generic spread of districts from across England.
///
/// Inward parts are made up (``PostcodeMaker``), so a generated postcode may or may not exist;
/// either way it points at an area, never at a person.
enum PostcodeDistricts {
    /// The districts for LA `code`, or the generic list.
    static func districts(for code: String) -> [String] { byLA[code] ?? generic }

    /// A spread of districts from across England for LAs not in the table.
    static let generic = ["CB1", "CB4", "DE1", "DE22", "EX2", "GL1", "GL4", "HU3", "HU8", "IP1", "IP4", "LN1", "LN6", "MK9",
                          "NN1", "NN5", "OX4", "PE1", "PE2", "PL4", "PO1", "RG1", "SN1", "SN5", "ST4", "TS1", "WA1", "WV10", "YO10"]

    static let byLA: [String: [String]] = [
        "201": ["EC1A", "EC2Y", "EC1Y", "EC3N", "EC4A"],
        "202": ["NW1", "NW3", "NW5", "NW6", "WC1H", "WC1X", "N6"],
        "203": ["SE2", "SE3", "SE7", "SE9", "SE10", "SE18", "SE28"],
        "204": ["E2", "E5", "E8", "E9", "N1", "N16", "N4"],
        "205": ["W6", "W12", "W14", "SW6"],
        "206": ["N1", "N4", "N5", "N7", "N19", "EC1V"],
        "207": ["W8", "W10", "W11", "SW3", "SW5", "SW7", "SW10"],
        "208": ["SE1", "SE11", "SE24", "SE27", "SW2", "SW4", "SW8", "SW9", "SW16"],
        "209": ["SE4", "SE6", "SE8", "SE12", "SE13", "SE14", "SE23", "SE26"],
        "210": ["SE1", "SE5", "SE15", "SE16", "SE17", "SE21", "SE22"],
        "211": ["E1", "E1W", "E2", "E3", "E14"],
        "212": ["SW11", "SW12", "SW15", "SW17", "SW18", "SW19"],
        "213": ["W2", "W9", "NW8", "SW1V", "W1T", "W10"],
        "301": ["IG11", "RM8", "RM9", "RM10"],
        "302": ["N2", "N3", "N11", "N12", "N20", "NW4", "NW7", "NW9", "NW11", "EN4", "EN5", "HA8"],
        "303": ["DA5", "DA6", "DA7", "DA8", "DA14", "DA15", "DA16", "DA17", "SE2"],
        "304": ["NW10", "NW2", "HA0", "HA9", "NW6", "HA3"],
        "305": ["BR1", "BR2", "BR3", "BR4", "BR5", "BR6", "BR7", "SE20"],
        "306": ["CR0", "CR2", "CR7", "CR8", "SE25", "SE19"],
        "307": ["W3", "W5", "W7", "W13", "UB1", "UB2", "UB5", "UB6"],
        "308": ["EN1", "EN2", "EN3", "N9", "N13", "N14", "N18", "N21"],
        "309": ["N8", "N10", "N15", "N17", "N22", "N4"],
        "310": ["HA1", "HA2", "HA3", "HA5", "HA7"],
        "311": ["RM1", "RM2", "RM3", "RM7", "RM11", "RM12", "RM13", "RM14"],
        "312": ["UB3", "UB4", "UB7", "UB8", "UB10", "HA4", "HA6"],
        "313": ["TW3", "TW4", "TW5", "TW7", "TW8", "TW13", "TW14", "W4"],
        "314": ["KT1", "KT2", "KT3", "KT5", "KT6", "KT9"],
        "315": ["SW19", "SW20", "CR4", "SM4"],
        "316": ["E6", "E7", "E12", "E13", "E15", "E16"],
        "317": ["IG1", "IG2", "IG3", "IG4", "IG5", "IG6", "IG8", "E18", "E11"],
        "318": ["TW1", "TW2", "TW9", "TW10", "TW11", "TW12", "SW13", "SW14"],
        "319": ["SM1", "SM2", "SM3", "SM5", "SM6"],
        "320": ["E4", "E10", "E11", "E17"],
        "330": ["B6", "B8", "B9", "B10", "B11", "B12", "B13", "B14", "B20", "B21", "B23", "B24", "B26", "B27", "B28", "B29",
                "B31", "B32", "B33", "B34", "B36", "B42", "B44"],
        "331": ["CV1", "CV2", "CV3", "CV4", "CV5", "CV6"],
        "341": ["L4", "L5", "L6", "L8", "L9", "L11", "L12", "L13", "L15", "L17", "L18", "L24", "L25"],
        "352": ["M8", "M9", "M11", "M12", "M13", "M14", "M16", "M18", "M19", "M20", "M21", "M22", "M23", "M40"],
        "373": ["S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9", "S10", "S11", "S12", "S13", "S14"],
        "380": ["BD1", "BD2", "BD3", "BD4", "BD5", "BD6", "BD7", "BD8", "BD9", "BD10"],
        "383": ["LS6", "LS7", "LS8", "LS9", "LS10", "LS11", "LS12", "LS13", "LS14", "LS15", "LS17", "LS25", "LS27"],
        "391": ["NE1", "NE2", "NE3", "NE4", "NE5", "NE6", "NE7", "NE15"],
        "801": ["BS2", "BS3", "BS4", "BS5", "BS6", "BS7", "BS9", "BS10", "BS11", "BS13", "BS14", "BS16"],
        "850": ["SO22", "SO23", "SO50", "SO53", "GU14", "GU51", "RG21", "RG24", "PO7", "PO9", "PO12", "SP10"],
        "855": ["LE2", "LE3", "LE7", "LE8", "LE9", "LE10", "LE11", "LE12", "LE65", "LE67"],
        "856": ["LE1", "LE2", "LE3", "LE4", "LE5"],
        "860": ["ST16", "ST17", "WS11", "WS12", "DE13", "DE14", "B77", "B78", "ST5"],
        "878": ["EX1", "EX2", "EX4", "EX8", "EX31", "EX32", "TQ12", "PL19"],
        "881": ["CM1", "CM2", "CO1", "CO4", "SS13", "SS14", "CM20", "CM7", "RM16", "SS6"],
        "886": ["ME1", "ME4", "ME10", "ME15", "CT1", "CT9", "CT11", "CT20", "TN23", "TN24", "DA1", "DA11", "DA12"],
        "888": ["PR1", "PR2", "BB5", "BB9", "BB11", "LA1", "LA3", "FY5", "FY6", "PR25", "L39"],
        "892": ["NG1", "NG2", "NG3", "NG5", "NG6", "NG7", "NG8", "NG11"],
        "919": ["AL1", "AL10", "SG1", "SG2", "HP1", "HP2", "WD18", "WD24", "EN8", "CM23"],
        "925": ["LN1", "LN2", "LN6", "PE21", "PE10", "NG31", "PE25"],
        "926": ["NR1", "NR2", "NR3", "NR4", "NR5", "NR6", "NR7", "PE30", "NR30", "NR31"],
        "936": ["GU1", "GU2", "GU21", "GU22", "KT12", "KT15", "RH1", "RH2", "TW18", "KT22"],
        "937": ["CV10", "CV11", "CV21", "CV22", "CV31", "CV32", "CV34", "B49"],
    ]
}

/// Makes a postcode in an LA's area: a district from ``PostcodeDistricts`` and a made-up
/// inward part (a digit and two letters from those the Royal Mail uses in inward codes).
enum PostcodeMaker {
    private static let inwardLetters = Array("ABDEFGHJLNPQRSTUWXYZ")

    /// A postcode such as `SE15 4QT`.
    static func postcode(la code: String, rng: inout SplitMix64) -> String {
        let district = rng.pick(PostcodeDistricts.districts(for: code))
        let digit = rng.below(10)
        return "\(district) \(digit)\(rng.pick(inwardLetters))\(rng.pick(inwardLetters))"
    }
}
