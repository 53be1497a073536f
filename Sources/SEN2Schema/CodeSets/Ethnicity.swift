/// Ethnicity (item 1.5, element `Ethnicity`): the 108 codes of the school census and CBDS,
/// the 20 main codes and their extended codes. The guide asks for a main code or one of its
/// extended codes, not both.
public enum Ethnicity: String, SEN2Code {
    /// White British (main code).
    case wbri = "WBRI"
    /// White – Cornish.
    case wcor = "WCOR"
    /// White – English.
    case weng = "WENG"
    /// White – Northern Irish.
    case wnir = "WNIR"
    /// White – Scottish.
    case wsco = "WSCO"
    /// White – Welsh.
    case wwel = "WWEL"
    /// Other White British.
    case wowb = "WOWB"
    /// White Irish (main code).
    case wiri = "WIRI"
    /// Traveller of Irish heritage (main code).
    case wirt = "WIRT"
    /// Any other White background (main code).
    case woth = "WOTH"
    /// Albanian.
    case walb = "WALB"
    /// Bosnian – Herzegovinian.
    case wbos = "WBOS"
    /// Croatian.
    case wcro = "WCRO"
    /// Greek/Greek Cypriot.
    case wgre = "WGRE"
    /// Greek.
    case wgrk = "WGRK"
    /// Greek Cypriot.
    case wgrc = "WGRC"
    /// Italian.
    case wita = "WITA"
    /// Kosovan.
    case wkos = "WKOS"
    /// Portuguese.
    case wpor = "WPOR"
    /// Serbian.
    case wser = "WSER"
    /// Turkish/Turkish Cypriot.
    case wtur = "WTUR"
    /// Turkish.
    case wtuk = "WTUK"
    /// Turkish Cypriot.
    case wtuc = "WTUC"
    /// White European.
    case weur = "WEUR"
    /// White Eastern European.
    case weeu = "WEEU"
    /// White Western European.
    case wweu = "WWEU"
    /// White other.
    case wotw = "WOTW"
    /// Gypsy/Roma (main code).
    case wrom = "WROM"
    /// Gypsy.
    case wrog = "WROG"
    /// Roma.
    case wror = "WROR"
    /// Other Gypsy/Roma.
    case wroo = "WROO"
    /// White and Black Caribbean (main code).
    case mwbc = "MWBC"
    /// White and Black African (main code).
    case mwba = "MWBA"
    /// White and Asian (main code).
    case mwas = "MWAS"
    /// White and Pakistani.
    case mwap = "MWAP"
    /// White and Indian.
    case mwai = "MWAI"
    /// White and any other Asian background.
    case mwao = "MWAO"
    /// Any other mixed background (main code).
    case moth = "MOTH"
    /// Asian and any other ethnic group.
    case maoe = "MAOE"
    /// Asian and Black.
    case mabl = "MABL"
    /// Asian and Chinese.
    case mach = "MACH"
    /// Black and any other ethnic group.
    case mboe = "MBOE"
    /// Black and Chinese.
    case mbch = "MBCH"
    /// Chinese and any other ethnic group.
    case mcoe = "MCOE"
    /// White and any other ethnic group.
    case mwoe = "MWOE"
    /// White and Chinese.
    case mwch = "MWCH"
    /// Other mixed background.
    case motm = "MOTM"
    /// Indian (main code).
    case aind = "AIND"
    /// Pakistani (main code).
    case apkn = "APKN"
    /// Mirpuri Pakistani.
    case ampk = "AMPK"
    /// Kashmiri Pakistani.
    case akpa = "AKPA"
    /// Other Pakistani.
    case aopk = "AOPK"
    /// Bangladeshi (main code).
    case aban = "ABAN"
    /// Any other Asian background (main code).
    case aoth = "AOTH"
    /// Asian – British.
    case abri = "ABRI"
    /// Asian – Welsh.
    case awel = "AWEL"
    /// African Asian.
    case aafr = "AAFR"
    /// Kashmiri other.
    case akao = "AKAO"
    /// Nepali.
    case anep = "ANEP"
    /// Sri Lankan Sinhalese.
    case asnl = "ASNL"
    /// Sri Lankan Tamil.
    case aslt = "ASLT"
    /// Sri Lankan other.
    case asro = "ASRO"
    /// Other Asian.
    case aota = "AOTA"
    /// Black Caribbean (main code).
    case bcrb = "BCRB"
    /// Black African (main code).
    case bafr = "BAFR"
    /// Black – Angolan.
    case bann = "BANN"
    /// Black – Congolese.
    case bcon = "BCON"
    /// Black – Ghanaian.
    case bgha = "BGHA"
    /// Black – Nigerian.
    case bngn = "BNGN"
    /// Black – Sierra Leonean.
    case bsln = "BSLN"
    /// Black – Somali.
    case bsom = "BSOM"
    /// Black – Sudanese.
    case bsud = "BSUD"
    /// Other Black African.
    case baof = "BAOF"
    /// Any other Black background (main code).
    case both = "BOTH"
    /// Black – British.
    case bbri = "BBRI"
    /// Black – Welsh.
    case bwel = "BWEL"
    /// Black European.
    case beur = "BEUR"
    /// Black North American.
    case bnam = "BNAM"
    /// Other Black.
    case botb = "BOTB"
    /// Chinese (main code).
    case chne = "CHNE"
    /// Hong Kong Chinese.
    case chkc = "CHKC"
    /// Malaysian Chinese.
    case cmal = "CMAL"
    /// Singaporean Chinese.
    case csng = "CSNG"
    /// Taiwanese.
    case ctwn = "CTWN"
    /// Other Chinese.
    case coch = "COCH"
    /// Any other ethnic group (main code).
    case ooth = "OOTH"
    /// Afghan.
    case oafg = "OAFG"
    /// Arab.
    case orab = "ORAB"
    /// Arab other.
    case oara = "OARA"
    /// Egyptian.
    case oegy = "OEGY"
    /// Filipino.
    case ofil = "OFIL"
    /// Iranian.
    case oirn = "OIRN"
    /// Iraqi.
    case oirq = "OIRQ"
    /// Japanese.
    case ojpn = "OJPN"
    /// Korean.
    case okor = "OKOR"
    /// Kurdish.
    case okrd = "OKRD"
    /// Latin/South/Central American.
    case olam = "OLAM"
    /// Lebanese.
    case oleb = "OLEB"
    /// Libyan.
    case olib = "OLIB"
    /// Malay.
    case omal = "OMAL"
    /// Moroccan.
    case omrc = "OMRC"
    /// Polynesian.
    case opol = "OPOL"
    /// Thai.
    case otha = "OTHA"
    /// Vietnamese.
    case ovie = "OVIE"
    /// Yemeni.
    case oyem = "OYEM"
    /// Other ethnic group.
    case ooeg = "OOEG"
    /// Refused (main code).
    case refu = "REFU"
    /// Information not yet obtained (main code).
    case nobt = "NOBT"

    /// The code set this enum lists.
    public static let codeSet = CodeSetID.ethnicity
    /// Lookup tables for reading codes and labels, built once.
    public static let lookup = CodeLookup<Ethnicity>()

    /// The label in the code list of collection year `year`.
    public func label(in year: Int) -> String {
        switch self {
        case .wbri: return "White British"
        case .wcor: return "White – Cornish"
        case .weng: return "White – English"
        case .wnir: return "White – Northern Irish"
        case .wsco: return "White – Scottish"
        case .wwel: return "White – Welsh"
        case .wowb: return "Other White British"
        case .wiri: return "White Irish"
        case .wirt: return "Traveller of Irish heritage"
        case .woth: return "Any other White background"
        case .walb: return "Albanian"
        case .wbos: return "Bosnian – Herzegovinian"
        case .wcro: return "Croatian"
        case .wgre: return "Greek/Greek Cypriot"
        case .wgrk: return "Greek"
        case .wgrc: return "Greek Cypriot"
        case .wita: return "Italian"
        case .wkos: return "Kosovan"
        case .wpor: return "Portuguese"
        case .wser: return "Serbian"
        case .wtur: return "Turkish/Turkish Cypriot"
        case .wtuk: return "Turkish"
        case .wtuc: return "Turkish Cypriot"
        case .weur: return "White European"
        case .weeu: return "White Eastern European"
        case .wweu: return "White Western European"
        case .wotw: return "White other"
        case .wrom: return "Gypsy/Roma"
        case .wrog: return "Gypsy"
        case .wror: return "Roma"
        case .wroo: return "Other Gypsy/Roma"
        case .mwbc: return "White and Black Caribbean"
        case .mwba: return "White and Black African"
        case .mwas: return "White and Asian"
        case .mwap: return "White and Pakistani"
        case .mwai: return "White and Indian"
        case .mwao: return "White and any other Asian background"
        case .moth: return "Any other mixed background"
        case .maoe: return "Asian and any other ethnic group"
        case .mabl: return "Asian and Black"
        case .mach: return "Asian and Chinese"
        case .mboe: return "Black and any other ethnic group"
        case .mbch: return "Black and Chinese"
        case .mcoe: return "Chinese and any other ethnic group"
        case .mwoe: return "White and any other ethnic group"
        case .mwch: return "White and Chinese"
        case .motm: return "Other mixed background"
        case .aind: return "Indian"
        case .apkn: return "Pakistani"
        case .ampk: return "Mirpuri Pakistani"
        case .akpa: return "Kashmiri Pakistani"
        case .aopk: return "Other Pakistani"
        case .aban: return "Bangladeshi"
        case .aoth: return "Any other Asian background"
        case .abri: return "Asian – British"
        case .awel: return "Asian – Welsh"
        case .aafr: return "African Asian"
        case .akao: return "Kashmiri other"
        case .anep: return "Nepali"
        case .asnl: return "Sri Lankan Sinhalese"
        case .aslt: return "Sri Lankan Tamil"
        case .asro: return "Sri Lankan other"
        case .aota: return "Other Asian"
        case .bcrb: return "Black Caribbean"
        case .bafr: return "Black African"
        case .bann: return "Black – Angolan"
        case .bcon: return "Black – Congolese"
        case .bgha: return "Black – Ghanaian"
        case .bngn: return "Black – Nigerian"
        case .bsln: return "Black – Sierra Leonean"
        case .bsom: return "Black – Somali"
        case .bsud: return "Black – Sudanese"
        case .baof: return "Other Black African"
        case .both: return "Any other Black background"
        case .bbri: return "Black – British"
        case .bwel: return "Black – Welsh"
        case .beur: return "Black European"
        case .bnam: return "Black North American"
        case .botb: return "Other Black"
        case .chne: return "Chinese"
        case .chkc: return "Hong Kong Chinese"
        case .cmal: return "Malaysian Chinese"
        case .csng: return "Singaporean Chinese"
        case .ctwn: return "Taiwanese"
        case .coch: return "Other Chinese"
        case .ooth: return "Any other ethnic group"
        case .oafg: return "Afghan"
        case .orab: return "Arab"
        case .oara: return "Arab other"
        case .oegy: return "Egyptian"
        case .ofil: return "Filipino"
        case .oirn: return "Iranian"
        case .oirq: return "Iraqi"
        case .ojpn: return "Japanese"
        case .okor: return "Korean"
        case .okrd: return "Kurdish"
        case .olam: return "Latin/South/Central American"
        case .oleb: return "Lebanese"
        case .olib: return "Libyan"
        case .omal: return "Malay"
        case .omrc: return "Moroccan"
        case .opol: return "Polynesian"
        case .otha: return "Thai"
        case .ovie: return "Vietnamese"
        case .oyem: return "Yemeni"
        case .ooeg: return "Other ethnic group"
        case .refu: return "Refused"
        case .nobt: return "Information not yet obtained"
        }
    }

    /// True for the 20 main codes; false for extended codes.
    public var isMainCode: Bool { Ethnicity.mainCodes.contains(self) }

    /// The 20 main codes.
    public static let mainCodes: Set<Ethnicity> = [
        .wbri, .wiri, .wirt, .woth, .wrom, .mwbc, .mwba, .mwas, .moth, .aind,
        .apkn, .aban, .aoth, .bcrb, .bafr, .both, .chne, .ooth, .refu, .nobt,
    ]

    /// The main ethnic group the code rolls up to, as national statistics report it.
    public var group: EthnicGroup {
        switch self {
        case .refu, .nobt: return .unclassified
        default:
            switch rawValue.first {
            case "W": return .white
            case "M": return .mixed
            case "A": return .asian
            case "B": return .black
            case "C": return .chinese
            default: return .other
            }
        }
    }
}
