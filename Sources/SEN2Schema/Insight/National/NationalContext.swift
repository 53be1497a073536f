/// The England and London figures shipped with the tool, by publication.
///
/// Source: DfE "Education, health and care plans", reporting years 2024 (January 2024 caseload,
/// calendar year 2023 activity) and 2025 (January 2025, calendar year 2024), as the 2025
/// release's open-data time series gives them. Age, sex, need and ethnic-group shares are
/// derived from the published counts (2024's breakdowns leave out 3,473 Hackney plans that
/// have no detail, so they are shares of the 572,829 plans with detail). London's breakdowns
/// by age, sex, need and ethnicity are not shipped because they are not in the references.
public enum NationalContext {
    /// The figures for the publication whose January is `caseloadYear`, or the latest
    /// earlier one when that publication is not shipped; England first, then London.
    public static func figures(forCaseloadYear caseloadYear: Int) -> [ContextFigures] {
        let years = publications.keys.sorted()
        guard let year = years.last(where: { $0 <= caseloadYear }) ?? years.first else { return [] }
        return publications[year] ?? []
    }

    /// Every shipped publication, by the January of its caseload.
    public static let publications: [Int: [ContextFigures]] = [
        2024: [england2024, london2024],
        2025: [england2025, london2025],
    ]

    private static let source = "DfE, Education, health and care plans (2025 release time series)"

    private static var england2025: ContextFigures {
        var f = ContextFigures(area: "England", caseloadYear: 2025, activityYear: 2024, source: source)
        f.caseloadGrowth = ContextFigures.rate(638_745 - 576_474, 576_474)
        f.shares[.ageBand] = ContextFigures.shares(["under 5": 27_352, "5-10": 212_994, "11-15": 233_317, "16-19": 127_902, "20-25": 37_180])
        f.shares[.sex] = ContextFigures.shares(["M": 451_239, "F": 187_502])
        f.shares[.primaryNeed] = ContextFigures.shares([
            "ASD": 201_183, "SLCN": 135_835, "SEMH": 132_218, "MLD": 67_861, "SLD": 25_025, "PD": 24_897,
            "SPLD": 15_030, "HI": 8_765, "PMLD": 8_577, "OTH": 7_512, "VI": 5_280, "MSI": 1_692,
            PrimaryNeed.notRecorded: 4_870,
        ])
        f.shares[.ethnicGroup] = ContextFigures.shares([
            "White": 414_338 + 27_449 + 2_349 + 1_577 + 946,
            "Mixed": 15_397 + 12_420 + 7_352 + 5_563,
            "Asian": 21_416 + 10_812 + 10_216 + 8_868,
            "Black": 23_881 + 7_835 + 6_709,
            "Chinese": 1_783,
            "Any other ethnic group": 10_683,
            "Unclassified": 49_151,
        ])
        f.shares[.placementGroup] = placementGroups(mainstream: 278_236, special: 193_880, alternativeProvision: 4_858,
                                                    furtherEducation: 88_158, educatedElsewhere: 49_750, earlyYears: 4_524, notRecorded: 19_339)
        f.refusalPercent = ContextFigures.rate(38_889, 154_489)
        f.within20Weeks = 45.9
        f.within20WeeksExclExceptions = 46.4
        f.assessmentsLeadingToPlan = ContextFigures.rate(98_547, 105_340)
        f.ceasedReasonShares = ContextFigures.shares(
            ["6": 16_091, "5": 13_953, "4": 4_053, "2": 3_955, "3": 2_579, "1": 1_990, "7": 928, "9": 837, "8": 475],
            total: 44_862)
        return f
    }

    private static var london2025: ContextFigures {
        var f = ContextFigures(area: "London", caseloadYear: 2025, activityYear: 2024, source: source)
        f.caseloadGrowth = ContextFigures.rate(99_116 - 93_539, 93_539)
        f.shares[.placementGroup] = placementGroups(mainstream: 50_450, special: 27_324, alternativeProvision: 774,
                                                    furtherEducation: 12_978, educatedElsewhere: 6_269, earlyYears: 518, notRecorded: 803)
        f.refusalPercent = ContextFigures.rate(5_053, 21_583)
        f.within20WeeksExclExceptions = 66.9
        return f
    }

    private static var england2024: ContextFigures {
        var f = ContextFigures(area: "England", caseloadYear: 2024, activityYear: 2023, source: source)
        f.caseloadGrowth = ContextFigures.rate(576_474 - 517_048, 517_048)
        f.shares[.ageBand] = ContextFigures.shares(["under 5": 26_527, "5-10": 187_165, "11-15": 208_609, "16-19": 115_002, "20-25": 35_526])
        f.shares[.sex] = ContextFigures.shares(["M": 408_612, "F": 164_216])
        f.shares[.placementGroup] = placementGroups(mainstream: 248_016, special: 184_847, alternativeProvision: 4_471,
                                                    furtherEducation: 83_781, educatedElsewhere: 40_601, earlyYears: 4_389, notRecorded: 6_724)
        f.refusalPercent = ContextFigures.rate(33_141, 138_242)
        f.within20Weeks = 49.1
        f.within20WeeksExclExceptions = 50.3
        f.assessmentsLeadingToPlan = ContextFigures.rate(85_924, 91_023)
        f.ceasedReasonShares = ContextFigures.shares(
            ["6": 15_052, "5": 11_231, "4": 3_455, "2": 3_317, "3": 1_922, "1": 2_009, "7": 841, "9": 1_146, "8": 440],
            total: 39_419)
        return f
    }

    private static var london2024: ContextFigures {
        var f = ContextFigures(area: "London", caseloadYear: 2024, activityYear: 2023, source: source)
        f.caseloadGrowth = ContextFigures.rate(93_539 - 85_601, 85_601)
        f.within20WeeksExclExceptions = 70.0
        return f
    }

    /// Placement-group shares from the publication's counts.
    private static func placementGroups(mainstream: Int, special: Int, alternativeProvision: Int, furtherEducation: Int,
                                        educatedElsewhere: Int, earlyYears: Int, notRecorded: Int) -> [String: Double] {
        let counts: [PlacementGroup: Int] = [
            .mainstream: mainstream, .special: special, .alternativeProvision: alternativeProvision, .furtherEducation: furtherEducation,
            .educatedElsewhere: educatedElsewhere, .earlyYears: earlyYears, .notRecorded: notRecorded,
        ]
        return ContextFigures.shares(Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, $0.value) }))
    }
}
