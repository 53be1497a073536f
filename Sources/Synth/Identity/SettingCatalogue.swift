/// The shipped lists of fictional settings, per kind of setting (``SettingKind``). Resourced
/// provisions and SEN units are places within the mainstream schools of the same kind.
///
/// The names are made up and the numbers are chosen in the ranges real URNs and UKPRNs use;
/// neither is taken from the register of establishments.
public enum SettingCatalogue {
    /// The settings of `kind`, empty for kinds named by a SEN setting code.
    public static func settings(of kind: SettingKind) -> [FictionalSetting] {
        switch kind {
        case .mainstreamLAMaintained, .mainstreamLAMaintainedResourced, .mainstreamLAMaintainedUnit: return laMaintained
        case .mainstreamAcademy, .mainstreamAcademyResourced, .mainstreamAcademyUnit: return academies
        case .mainstreamFreeSchool, .mainstreamFreeSchoolResourced, .mainstreamFreeSchoolUnit: return freeSchools
        case .mainstreamIndependent: return independent
        case .specialLAMaintained: return specialLAMaintained
        case .specialAcademy: return specialAcademies
        case .specialIndependent: return specialIndependent
        case .specialNonMaintained: return specialNonMaintained
        case .alternativeProvision: return alternativeProvision
        case .furtherEducationCollege: return colleges
        case .specialistPost16: return specialistPost16
        case .ukrlpProvider: return trainingProviders
        case .onlineProvider: return onlineProviders
        case .welshEstablishment: return welsh
        case .otherSchools: return otherSchools
        default: return []
        }
    }

    /// The kind of every shipped setting, by identifier (the base kind for mainstream schools).
    public static let kindByIdentifier: [String: SettingKind] = {
        var map: [String: SettingKind] = [:]
        for kind in SettingKind.allCases where !kind.isResourcedProvision && !kind.isSENUnit {
            for s in settings(of: kind) { map[s.identifier] = kind }
        }
        return map
    }()

    static let laMaintained: [FictionalSetting] = [
        FictionalSetting(name: "Ashgrove Community Primary School", identifier: "100412", phase: .primary),
        FictionalSetting(name: "Brookmead Primary School", identifier: "101587", phase: .primary),
        FictionalSetting(name: "Castle Vale Infant and Junior School", identifier: "102236", phase: .primary),
        FictionalSetting(name: "Dunmore Park Primary School", identifier: "103904", phase: .primary),
        FictionalSetting(name: "Elmbank Church of England Primary School", identifier: "104371", phase: .primary),
        FictionalSetting(name: "Fernhollow Primary School", identifier: "105628", phase: .primary),
        FictionalSetting(name: "Greystone Lane Primary School", identifier: "106915", phase: .primary),
        FictionalSetting(name: "Hollins Wood Primary School", identifier: "107342", phase: .primary),
        FictionalSetting(name: "St Aldric's Catholic Primary School", identifier: "108759", phase: .primary),
        FictionalSetting(name: "Kestrel Rise Primary School", identifier: "109188", phase: .primary),
        FictionalSetting(name: "Larchfield Community School", identifier: "110623", phase: .secondary),
        FictionalSetting(name: "Marshgate High School", identifier: "111470", phase: .secondary),
        FictionalSetting(name: "Northcote Vale School", identifier: "112856", phase: .secondary),
        FictionalSetting(name: "Orchard Heath Secondary School", identifier: "113295", phase: .secondary),
        FictionalSetting(name: "Pennbrook School", identifier: "114702", phase: .secondary),
        FictionalSetting(name: "Quarry Bank Community College", identifier: "115164", phase: .secondary),
    ]

    static let academies: [FictionalSetting] = [
        FictionalSetting(name: "Redwing Primary Academy", identifier: "138207", phase: .primary),
        FictionalSetting(name: "Saltmarsh Primary Academy", identifier: "139514", phase: .primary),
        FictionalSetting(name: "Thornbury Fields Academy", identifier: "140386", phase: .primary),
        FictionalSetting(name: "Underhill Primary Academy", identifier: "141729", phase: .primary),
        FictionalSetting(name: "Valley Spring Academy", identifier: "142058", phase: .primary),
        FictionalSetting(name: "Willowmere Primary Academy", identifier: "143461", phase: .primary),
        FictionalSetting(name: "Yarrow Green Academy", identifier: "144832", phase: .primary),
        FictionalSetting(name: "Abbotsmead Academy", identifier: "145190", phase: .secondary),
        FictionalSetting(name: "Beacon Ridge Academy", identifier: "146573", phase: .secondary),
        FictionalSetting(name: "Coldharbour Academy", identifier: "147026", phase: .secondary),
        FictionalSetting(name: "Dovecote Park Academy", identifier: "148395", phase: .secondary),
        FictionalSetting(name: "Eastwold Academy", identifier: "149718", phase: .secondary),
        FictionalSetting(name: "Foxley Heath Academy", identifier: "150264", phase: .secondary),
        FictionalSetting(name: "Gilbrook All-Through Academy", identifier: "151637", phase: .allThrough),
    ]

    static let freeSchools: [FictionalSetting] = [
        FictionalSetting(name: "Harbour Lights Free School", identifier: "142907", phase: .primary),
        FictionalSetting(name: "Iris Meadow Primary", identifier: "145368", phase: .primary),
        FictionalSetting(name: "Juniper Hill School", identifier: "147851", phase: .secondary),
        FictionalSetting(name: "Kingsmoor Free School", identifier: "149402", phase: .secondary),
        FictionalSetting(name: "Lantern Way School", identifier: "152173", phase: .allThrough),
    ]

    static let independent: [FictionalSetting] = [
        FictionalSetting(name: "Mallory House Preparatory School", identifier: "120945", phase: .primary),
        FictionalSetting(name: "Netherby Hall School", identifier: "121683", phase: .allThrough),
        FictionalSetting(name: "Oakhurst Grange School", identifier: "122417", phase: .secondary),
        FictionalSetting(name: "Priors Court School", identifier: "123058", phase: .allThrough),
        FictionalSetting(name: "Queensmere College", identifier: "124792", phase: .secondary),
    ]

    static let specialLAMaintained: [FictionalSetting] = [
        FictionalSetting(name: "Rosewood Special School", identifier: "100836", phase: .allThrough),
        FictionalSetting(name: "Silverbirch School", identifier: "102549", phase: .primary),
        FictionalSetting(name: "Tamarind Centre School", identifier: "104127", phase: .allThrough),
        FictionalSetting(name: "Upton Brook School", identifier: "106380", phase: .secondary),
        FictionalSetting(name: "Vinewood School", identifier: "108014", phase: .allThrough),
        FictionalSetting(name: "Westerleigh School", identifier: "109675", phase: .secondary),
    ]

    static let specialAcademies: [FictionalSetting] = [
        FictionalSetting(name: "Amberley Special Academy", identifier: "137482", phase: .allThrough),
        FictionalSetting(name: "Bluebell Hill Academy", identifier: "139907", phase: .primary),
        FictionalSetting(name: "Cedar Hollow Academy", identifier: "141356", phase: .secondary),
        FictionalSetting(name: "Driftwood Academy", identifier: "143815", phase: .allThrough),
        FictionalSetting(name: "Evergreen Vale Academy", identifier: "146240", phase: .allThrough),
        FictionalSetting(name: "Fieldfare Free Special School", identifier: "148663", phase: .secondary),
    ]

    static let specialIndependent: [FictionalSetting] = [
        FictionalSetting(name: "Glenfield House School", identifier: "125319", phase: .allThrough),
        FictionalSetting(name: "Heronsgate School", identifier: "126874", phase: .secondary),
        FictionalSetting(name: "Inglewood Lodge School", identifier: "127540", phase: .allThrough),
        FictionalSetting(name: "Jasmine Court School", identifier: "128203", phase: .primary),
        FictionalSetting(name: "Kingfisher Mill School", identifier: "129961", phase: .secondary),
        FictionalSetting(name: "Lindenhurst College", identifier: "130428", phase: .secondary),
    ]

    static let specialNonMaintained: [FictionalSetting] = [
        FictionalSetting(name: "Meadowvale School for the Deaf", identifier: "116247", phase: .allThrough),
        FictionalSetting(name: "Newholme School for Blind Children", identifier: "117593", phase: .allThrough),
        FictionalSetting(name: "Oldcastle Epilepsy School", identifier: "118306", phase: .allThrough),
        FictionalSetting(name: "Pinewood Communication School", identifier: "119825", phase: .allThrough),
    ]

    static let alternativeProvision: [FictionalSetting] = [
        FictionalSetting(name: "Riverside Pupil Referral Unit", identifier: "131764", phase: .allThrough),
        FictionalSetting(name: "Stepping Stones Alternative Provision Academy", identifier: "132519", phase: .allThrough),
        FictionalSetting(name: "The Bridge Learning Centre", identifier: "133082", phase: .secondary),
        FictionalSetting(name: "Turnstone Tuition Centre", identifier: "134647", phase: .allThrough),
    ]

    static let colleges: [FictionalSetting] = [
        FictionalSetting(name: "Ashby Vale College", identifier: "10004317", phase: .allThrough),
        FictionalSetting(name: "Bramford College of Further Education", identifier: "10005829", phase: .allThrough),
        FictionalSetting(name: "Carrick Tertiary College", identifier: "10007263", phase: .allThrough),
        FictionalSetting(name: "Deanhill College", identifier: "10008914", phase: .allThrough),
        FictionalSetting(name: "Eastmoor Sixth Form and Technical College", identifier: "10011562", phase: .allThrough),
        FictionalSetting(name: "Farrow Bridge College", identifier: "10013027", phase: .allThrough),
    ]

    static let specialistPost16: [FictionalSetting] = [
        FictionalSetting(name: "Greenholt Specialist College", identifier: "10023481", phase: .allThrough),
        FictionalSetting(name: "Hartwell Independent Living College", identifier: "10025936", phase: .allThrough),
        FictionalSetting(name: "Ivydene Specialist Post-16 Centre", identifier: "10027154", phase: .allThrough),
        FictionalSetting(name: "Jubilee Fields College", identifier: "10029608", phase: .allThrough),
        FictionalSetting(name: "Kempsford Life Skills College", identifier: "10031273", phase: .allThrough),
    ]

    static let trainingProviders: [FictionalSetting] = [
        FictionalSetting(name: "Lighthouse Training Partnership", identifier: "10034820", phase: .allThrough),
        FictionalSetting(name: "Milestone Supported Employment", identifier: "10036457", phase: .allThrough),
        FictionalSetting(name: "Nextstep Skills Ltd", identifier: "10038902", phase: .allThrough),
        FictionalSetting(name: "Openroad Apprenticeships", identifier: "10041365", phase: .allThrough),
        FictionalSetting(name: "Pathway Internships CIC", identifier: "10043718", phase: .allThrough),
    ]

    static let onlineProviders: [FictionalSetting] = [
        FictionalSetting(name: "Quillon Online School", identifier: "10046290", phase: .allThrough),
        FictionalSetting(name: "Remote Classroom Learning", identifier: "10048537", phase: .allThrough),
    ]

    static let welsh: [FictionalSetting] = [
        FictionalSetting(name: "Ysgol Bryn Derwen", identifier: "401736", phase: .primary),
        FictionalSetting(name: "Ysgol Glan Afon", identifier: "402958", phase: .secondary),
        FictionalSetting(name: "Ysgol Pen y Dre", identifier: "404215", phase: .allThrough),
    ]

    static let otherSchools: [FictionalSetting] = [
        FictionalSetting(name: "Sandford Hospital School", identifier: "135406", phase: .allThrough),
        FictionalSetting(name: "Tilbury Secure Children's Home School", identifier: "135891", phase: .secondary),
        FictionalSetting(name: "Underwood University Technical College", identifier: "136274", phase: .secondary),
    ]
}
