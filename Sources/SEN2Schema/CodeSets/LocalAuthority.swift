/// An English local authority: its 3-digit code (CBDS N00216) and its name.
///
/// The codes are the UPN rule-1530 list without the pseudo and Welsh codes (001–005,
/// 660–681, 701–708), plus Cumberland (942) and Westmorland and Furness (943), created in
/// 2023. Authorities since abolished are kept, marked ``isFormer``, because UPNs they issued
/// are still in use; they cannot be a return's LA. Names are for display only.
public struct LocalAuthority: Hashable, Sendable {
    /// The 3-digit code.
    public let code: String
    /// The authority's short name.
    public let name: String
    /// True for authorities abolished in a reorganisation.
    public var isFormer: Bool { name.hasSuffix(")") }

    /// Every English authority, by code.
    public static let all: [LocalAuthority] = [
        LocalAuthority(code: "201", name: "City of London"),
        LocalAuthority(code: "202", name: "Camden"),
        LocalAuthority(code: "203", name: "Greenwich"),
        LocalAuthority(code: "204", name: "Hackney"),
        LocalAuthority(code: "205", name: "Hammersmith and Fulham"),
        LocalAuthority(code: "206", name: "Islington"),
        LocalAuthority(code: "207", name: "Kensington and Chelsea"),
        LocalAuthority(code: "208", name: "Lambeth"),
        LocalAuthority(code: "209", name: "Lewisham"),
        LocalAuthority(code: "210", name: "Southwark"),
        LocalAuthority(code: "211", name: "Tower Hamlets"),
        LocalAuthority(code: "212", name: "Wandsworth"),
        LocalAuthority(code: "213", name: "Westminster"),
        LocalAuthority(code: "301", name: "Barking and Dagenham"),
        LocalAuthority(code: "302", name: "Barnet"),
        LocalAuthority(code: "303", name: "Bexley"),
        LocalAuthority(code: "304", name: "Brent"),
        LocalAuthority(code: "305", name: "Bromley"),
        LocalAuthority(code: "306", name: "Croydon"),
        LocalAuthority(code: "307", name: "Ealing"),
        LocalAuthority(code: "308", name: "Enfield"),
        LocalAuthority(code: "309", name: "Haringey"),
        LocalAuthority(code: "310", name: "Harrow"),
        LocalAuthority(code: "311", name: "Havering"),
        LocalAuthority(code: "312", name: "Hillingdon"),
        LocalAuthority(code: "313", name: "Hounslow"),
        LocalAuthority(code: "314", name: "Kingston upon Thames"),
        LocalAuthority(code: "315", name: "Merton"),
        LocalAuthority(code: "316", name: "Newham"),
        LocalAuthority(code: "317", name: "Redbridge"),
        LocalAuthority(code: "318", name: "Richmond upon Thames"),
        LocalAuthority(code: "319", name: "Sutton"),
        LocalAuthority(code: "320", name: "Waltham Forest"),
        LocalAuthority(code: "330", name: "Birmingham"),
        LocalAuthority(code: "331", name: "Coventry"),
        LocalAuthority(code: "332", name: "Dudley"),
        LocalAuthority(code: "333", name: "Sandwell"),
        LocalAuthority(code: "334", name: "Solihull"),
        LocalAuthority(code: "335", name: "Walsall"),
        LocalAuthority(code: "336", name: "Wolverhampton"),
        LocalAuthority(code: "340", name: "Knowsley"),
        LocalAuthority(code: "341", name: "Liverpool"),
        LocalAuthority(code: "342", name: "St Helens"),
        LocalAuthority(code: "343", name: "Sefton"),
        LocalAuthority(code: "344", name: "Wirral"),
        LocalAuthority(code: "350", name: "Bolton"),
        LocalAuthority(code: "351", name: "Bury"),
        LocalAuthority(code: "352", name: "Manchester"),
        LocalAuthority(code: "353", name: "Oldham"),
        LocalAuthority(code: "354", name: "Rochdale"),
        LocalAuthority(code: "355", name: "Salford"),
        LocalAuthority(code: "356", name: "Stockport"),
        LocalAuthority(code: "357", name: "Tameside"),
        LocalAuthority(code: "358", name: "Trafford"),
        LocalAuthority(code: "359", name: "Wigan"),
        LocalAuthority(code: "370", name: "Barnsley"),
        LocalAuthority(code: "371", name: "Doncaster"),
        LocalAuthority(code: "372", name: "Rotherham"),
        LocalAuthority(code: "373", name: "Sheffield"),
        LocalAuthority(code: "380", name: "Bradford"),
        LocalAuthority(code: "381", name: "Calderdale"),
        LocalAuthority(code: "382", name: "Kirklees"),
        LocalAuthority(code: "383", name: "Leeds"),
        LocalAuthority(code: "384", name: "Wakefield"),
        LocalAuthority(code: "390", name: "Gateshead"),
        LocalAuthority(code: "391", name: "Newcastle upon Tyne"),
        LocalAuthority(code: "392", name: "North Tyneside"),
        LocalAuthority(code: "393", name: "South Tyneside"),
        LocalAuthority(code: "394", name: "Sunderland"),
        LocalAuthority(code: "420", name: "Isles of Scilly"),
        LocalAuthority(code: "800", name: "Bath and North East Somerset"),
        LocalAuthority(code: "801", name: "Bristol"),
        LocalAuthority(code: "802", name: "North Somerset"),
        LocalAuthority(code: "803", name: "South Gloucestershire"),
        LocalAuthority(code: "805", name: "Hartlepool"),
        LocalAuthority(code: "806", name: "Middlesbrough"),
        LocalAuthority(code: "807", name: "Redcar and Cleveland"),
        LocalAuthority(code: "808", name: "Stockton-on-Tees"),
        LocalAuthority(code: "810", name: "Kingston upon Hull"),
        LocalAuthority(code: "811", name: "East Riding of Yorkshire"),
        LocalAuthority(code: "812", name: "North East Lincolnshire"),
        LocalAuthority(code: "813", name: "North Lincolnshire"),
        LocalAuthority(code: "815", name: "North Yorkshire"),
        LocalAuthority(code: "816", name: "York"),
        LocalAuthority(code: "820", name: "Bedfordshire (former)"),
        LocalAuthority(code: "821", name: "Luton"),
        LocalAuthority(code: "822", name: "Bedford"),
        LocalAuthority(code: "823", name: "Central Bedfordshire"),
        LocalAuthority(code: "825", name: "Buckinghamshire"),
        LocalAuthority(code: "826", name: "Milton Keynes"),
        LocalAuthority(code: "830", name: "Derbyshire"),
        LocalAuthority(code: "831", name: "Derby"),
        LocalAuthority(code: "835", name: "Dorset (former county)"),
        LocalAuthority(code: "836", name: "Poole (former)"),
        LocalAuthority(code: "837", name: "Bournemouth (former)"),
        LocalAuthority(code: "838", name: "Dorset"),
        LocalAuthority(code: "839", name: "Bournemouth, Christchurch and Poole"),
        LocalAuthority(code: "840", name: "County Durham"),
        LocalAuthority(code: "841", name: "Darlington"),
        LocalAuthority(code: "845", name: "East Sussex"),
        LocalAuthority(code: "846", name: "Brighton and Hove"),
        LocalAuthority(code: "850", name: "Hampshire"),
        LocalAuthority(code: "851", name: "Portsmouth"),
        LocalAuthority(code: "852", name: "Southampton"),
        LocalAuthority(code: "855", name: "Leicestershire"),
        LocalAuthority(code: "856", name: "Leicester"),
        LocalAuthority(code: "857", name: "Rutland"),
        LocalAuthority(code: "860", name: "Staffordshire"),
        LocalAuthority(code: "861", name: "Stoke-on-Trent"),
        LocalAuthority(code: "865", name: "Wiltshire"),
        LocalAuthority(code: "866", name: "Swindon"),
        LocalAuthority(code: "867", name: "Bracknell Forest"),
        LocalAuthority(code: "868", name: "Windsor and Maidenhead"),
        LocalAuthority(code: "869", name: "West Berkshire"),
        LocalAuthority(code: "870", name: "Reading"),
        LocalAuthority(code: "871", name: "Slough"),
        LocalAuthority(code: "872", name: "Wokingham"),
        LocalAuthority(code: "873", name: "Cambridgeshire"),
        LocalAuthority(code: "874", name: "Peterborough"),
        LocalAuthority(code: "875", name: "Cheshire (former)"),
        LocalAuthority(code: "876", name: "Halton"),
        LocalAuthority(code: "877", name: "Warrington"),
        LocalAuthority(code: "878", name: "Devon"),
        LocalAuthority(code: "879", name: "Plymouth"),
        LocalAuthority(code: "880", name: "Torbay"),
        LocalAuthority(code: "881", name: "Essex"),
        LocalAuthority(code: "882", name: "Southend-on-Sea"),
        LocalAuthority(code: "883", name: "Thurrock"),
        LocalAuthority(code: "884", name: "Herefordshire"),
        LocalAuthority(code: "885", name: "Worcestershire"),
        LocalAuthority(code: "886", name: "Kent"),
        LocalAuthority(code: "887", name: "Medway"),
        LocalAuthority(code: "888", name: "Lancashire"),
        LocalAuthority(code: "889", name: "Blackburn with Darwen"),
        LocalAuthority(code: "890", name: "Blackpool"),
        LocalAuthority(code: "891", name: "Nottinghamshire"),
        LocalAuthority(code: "892", name: "Nottingham"),
        LocalAuthority(code: "893", name: "Shropshire"),
        LocalAuthority(code: "894", name: "Telford and Wrekin"),
        LocalAuthority(code: "895", name: "Cheshire East"),
        LocalAuthority(code: "896", name: "Cheshire West and Chester"),
        LocalAuthority(code: "908", name: "Cornwall"),
        LocalAuthority(code: "909", name: "Cumbria (former)"),
        LocalAuthority(code: "916", name: "Gloucestershire"),
        LocalAuthority(code: "919", name: "Hertfordshire"),
        LocalAuthority(code: "921", name: "Isle of Wight"),
        LocalAuthority(code: "925", name: "Lincolnshire"),
        LocalAuthority(code: "926", name: "Norfolk"),
        LocalAuthority(code: "928", name: "Northamptonshire (former)"),
        LocalAuthority(code: "929", name: "Northumberland"),
        LocalAuthority(code: "931", name: "Oxfordshire"),
        LocalAuthority(code: "933", name: "Somerset"),
        LocalAuthority(code: "935", name: "Suffolk"),
        LocalAuthority(code: "936", name: "Surrey"),
        LocalAuthority(code: "937", name: "Warwickshire"),
        LocalAuthority(code: "938", name: "West Sussex"),
        LocalAuthority(code: "940", name: "North Northamptonshire"),
        LocalAuthority(code: "941", name: "West Northamptonshire"),
        LocalAuthority(code: "942", name: "Cumberland"),
        LocalAuthority(code: "943", name: "Westmorland and Furness"),
    ]

    /// The authorities that exist today: the codes valid for `LEA`, `TransferLA` and `Exported`.
    public static let current: [LocalAuthority] = all.filter { !$0.isFormer }

    private static let byCode: [String: LocalAuthority] = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })

    /// The authority with `code`, or nil for a code that is not an English authority.
    public static func named(_ code: String) -> LocalAuthority? { byCode[code] }

    /// Names by match key (case, spacing and punctuation ignored), as code sets match labels.
    private static let byName: [String: LocalAuthority] = Dictionary(all.map { (CodeText.matchKey($0.name), $0) },
                                                                     uniquingKeysWith: { first, _ in first })

    /// The authority whose name is `text` in any case or spacing ("greenwich", "Tower  Hamlets"),
    /// so that a dropdown's label alone reads as its code, as labels do for other code sets.
    public static func withName(_ text: String) -> LocalAuthority? { byName[CodeText.matchKey(text)] }

    /// True when `code` is an authority that exists today.
    public static func isCurrent(_ code: String) -> Bool { byCode[code].map { !$0.isFormer } ?? false }

    /// True when `code` may stand in characters 2–4 of a UPN (rule 1530): any English
    /// authority, former ones included, and the pseudo and Welsh codes issuers use.
    public static func isUPNIssuer(_ code: String) -> Bool {
        guard code.utf8.count == 3, let n = Int(code) else { return false }
        return byCode[code] != nil || (1...5).contains(n) || (660...681).contains(n) || (701...708).contains(n)
    }
}
