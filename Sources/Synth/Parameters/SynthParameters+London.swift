extension SynthParameters {
    /// London: England's figures with the London region's own where `sen2-stats.md` gives
    /// them (§3 and the London column of §1.6).
    ///
    /// The statistics give no London breakdown by age, sex, need or ethnicity, so those stay
    /// England's.
    public static let london: SynthParameters = {
        var p = SynthParameters.england
        p.profile = "london"
        // §1.1: London region, January 2025.
        p.caseloadTotal = 99_116
        // §1.6, London column, January 2025. The resourced-provision and SEN-unit sub-rows are
        // not published for London: the 5,257 plans in mainstream that are in none of the four
        // published rows (50,450 − 22,470 − 18,234 − 2,520 − 1,969) are shared out as in
        // England (derived). Likewise the 640 "educated elsewhere" plans outside the six
        // published sub-rows (6,269 − 5,629).
        let mainstreamSubRows = 5_257.0 / (6_730 + 3_146 + 8_578 + 5_773 + 221 + 76)
        let elsewhereSubRows = 640.0 / (4_045 + 1_012 + 402 + 175 + 123)
        p.settingMix = [
            "mainstreamLAMaintained": 22_470, "mainstreamLAMaintainedResourced": 6_730 * mainstreamSubRows,
            "mainstreamLAMaintainedUnit": 3_146 * mainstreamSubRows,
            "mainstreamAcademy": 18_234, "mainstreamAcademyResourced": 8_578 * mainstreamSubRows,
            "mainstreamAcademyUnit": 5_773 * mainstreamSubRows,
            "mainstreamFreeSchool": 2_520, "mainstreamFreeSchoolResourced": 221 * mainstreamSubRows,
            "mainstreamFreeSchoolUnit": 76 * mainstreamSubRows,
            "mainstreamIndependent": 1_969,
            "specialLAMaintained": 13_209, "specialAcademy": 9_311, "specialIndependent": 4_269, "specialNonMaintained": 535,
            "alternativeProvision": 774,
            "furtherEducationCollege": 10_989, "specialistPost16": 1_265, "ukrlpProvider": 724,
            "neet": 2_087, "otherArrangementsByLA": 1_901, "electiveHomeEducation": 691,
            "notInEducationOther": 330, "notInEducationCompulsoryAge": 269, "noticeToCease": 351,
            "otherPlacementSettings": 4_045 * elsewhereSubRows, "otherArrangementsByParents": 1_012 * elsewhereSubRows,
            "welshEstablishment": 402 * elsewhereSubRows, "otherSchools": 175 * elsewhereSubRows,
            "onlineProvider": 123 * elsewhereSubRows,
            "earlyYears": 518,
        ]
        // §3, London region row: new plans 2024.
        p.newPlansIssued = 14_037
        // §3: 21,583 requests in 2024, 5,053 refused (23.4 %). Not-yet-decided and withdrawn
        // are not published for London: England's shares (7.8 %, 1.6 %) are used (derived).
        p.requestOutcomes = ["Y": 21_583 - 5_053 - 1_683 - 345, "N": 5_053, "A": 1_683, "W": 345]
        // §3 and §2.4: London 66.9 % within 20 weeks in 2024 (excluding exceptions). The rest
        // is split between "20 weeks to a year" and "over a year" in England's ratio
        // 46.2 : 7.3 (derived).
        p.withinTwentyWeeks = 0.669
        p.twentyWeeksToOneYear = 0.331 * 46.2 / 53.5
        p.overOneYear = 0.331 * 7.3 / 53.5
        // §3: London plans ceased in 2024.
        p.ceasedTotal = 8_657
        return p
    }()
}
