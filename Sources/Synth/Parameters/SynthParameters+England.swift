extension SynthParameters {
    /// England as a whole: the January 2025 caseload and calendar-year 2024 activity.
    ///
    /// Every figure is copied from `sen2-stats.md` (the DfE "Education, health and care plans"
    /// release, reporting year 2025, EHCP-2025), with the section it comes from. "Derived"
    /// marks arithmetic on published cells; anything the statistics do not give is in
    /// ``Assumptions/standard`` instead.
    public static let england = SynthParameters(
        profile: "england",
        // §6.1 (§1.2): plans by single year of age, January 2025, total 638,745. "under3" is
        // split into ages 0–2 by ``Assumptions/underThreeSplit``.
        caseloadByAge: [
            "under3": 533, "3": 4_302, "4": 22_517, "5": 30_847, "6": 31_867, "7": 34_082, "8": 36_412,
            "9": 38_381, "10": 41_405, "11": 46_775, "12": 47_172, "13": 47_359, "14": 47_125, "15": 44_886,
            "16": 42_005, "17": 36_484, "18": 28_598, "19": 20_815, "20": 14_495, "21": 9_805, "22": 6_258,
            "23": 4_030, "24": 2_221, "25": 371,
        ],
        // §6.2 (§1.3): January 2025; the 4 of unknown sex are left out.
        caseloadBySex: ["M": 451_239, "F": 187_502],
        // §6.3 (§1.4): all plans, January 2025. The 4,870 with need unknown are left out: a
        // valid return records a need for every active plan.
        primaryNeed: [
            "ASD": 201_183, "SLCN": 135_835, "SEMH": 132_218, "MLD": 67_861, "SLD": 25_025, "PD": 24_897,
            "SPLD": 15_030, "HI": 8_765, "PMLD": 8_577, "OTH": 7_512, "VI": 5_280, "MSI": 1_692,
        ],
        // §6.4 (§1.4): the needs published for single ages, January 2025.
        needAtAge: [
            "4": ["all": 22_517, "ASD": 6_857, "SLCN": 11_163, "SEMH": 581],
            "10": ["all": 41_405, "ASD": 13_579, "SLCN": 8_745, "SEMH": 8_179],
            "14": ["all": 47_125, "ASD": 14_590, "SLCN": 6_180, "SEMH": 13_303],
            "20": ["all": 14_495, "ASD": 4_437, "SLCN": 1_764, "SEMH": 2_932, "MLD": 2_299],
        ],
        // §6.4 (§1.4): ASD and MLD by sex, January 2025.
        needBySex: [
            "M": ["all": 451_239, "ASD": 153_030, "MLD": 42_155],
            "F": ["all": 187_502, "ASD": 48_151, "MLD": 25_706],
        ],
        // §6.5 (§1.6): setting rows, January 2025. The 19,339 with no placement recorded are
        // left out: a valid return records a placement for every active plan.
        settingMix: [
            // Mainstream (278,236), with the resourced-provision and SEN-unit sub-rows.
            "mainstreamLAMaintained": 95_542, "mainstreamLAMaintainedResourced": 6_730, "mainstreamLAMaintainedUnit": 3_146,
            "mainstreamAcademy": 141_630, "mainstreamAcademyResourced": 8_578, "mainstreamAcademyUnit": 5_773,
            "mainstreamFreeSchool": 9_366, "mainstreamFreeSchoolResourced": 221, "mainstreamFreeSchoolUnit": 76,
            "mainstreamIndependent": 7_174,
            // Special (193,880).
            "specialLAMaintained": 85_920, "specialAcademy": 73_932, "specialIndependent": 29_647, "specialNonMaintained": 4_381,
            // Alternative provision and pupil referral units.
            "alternativeProvision": 4_858,
            // Further education (88,158).
            "furtherEducationCollege": 70_998, "specialistPost16": 9_675, "ukrlpProvider": 7_485,
            // Educated elsewhere (49,750) and its sub-rows.
            "neet": 18_056, "otherArrangementsByLA": 11_524, "electiveHomeEducation": 7_155,
            "notInEducationOther": 2_992, "notInEducationCompulsoryAge": 2_460, "noticeToCease": 1_806,
            "otherPlacementSettings": 4_045, "otherArrangementsByParents": 1_012, "welshEstablishment": 402,
            "otherSchools": 175, "onlineProvider": 123,
            // Non-maintained early years.
            "earlyYears": 4_524,
        ],
        // §1.5: January 2025, all plans. "unclassified" is split into REFU and NOBT by
        // ``Assumptions/ethnicityRefusedShare``.
        ethnicity: [
            "WBRI": 414_338, "unclassified": 49_151, "WOTH": 27_449, "BAFR": 23_881, "APKN": 21_416, "MOTH": 15_397,
            "MWBC": 12_420, "AIND": 10_812, "OOTH": 10_683, "AOTH": 10_216, "ABAN": 8_868, "BCRB": 7_835,
            "MWAS": 7_352, "BOTH": 6_709, "MWBA": 5_563, "WROM": 2_349, "CHNE": 1_783, "WIRI": 1_577, "WIRT": 946,
        ],
        // §6.10 (§1.7): years the plan has been in place, January 2025.
        yearsInPlace: [
            "0": 114_091, "1": 92_975, "2": 72_118, "3": 60_306, "4": 56_012, "5": 46_309, "6": 56_535,
            "7": 53_450, "8": 39_868, "9": 23_114, "10": 6_043, "11": 4_195, "12": 13_729,
        ],
        // §1.1: England, January 2025.
        caseloadTotal: 638_745,
        // §2.3: new plans issued in 2024 (newplans.csv).
        newPlansIssued: 97_747,
        // §6.10 (§2.3): new plans by age when the plan started, 2024.
        newPlansByStartAge: [
            "2": 203, "3": 2_134, "4": 13_245, "5": 13_207, "6": 7_686, "7": 6_865, "8": 6_431, "9": 6_434,
            "10": 7_594, "11": 8_126, "12": 5_259, "13": 4_663, "14": 5_071, "15": 4_474, "16": 3_468,
            "17": 1_656, "18": 664, "19": 291, "20": 276,
        ],
        // §6.6 (§2.1): outcomes of the 154,489 requests received in 2024.
        requestOutcomes: ["Y": 101_045, "N": 38_889, "A": 12_038, "W": 2_517],
        // §6.6 (§2.1): requests by age, 2023 (the latest year published by age).
        requestsByAge: [
            "2": 2_430, "3": 18_268, "4": 16_108, "5": 9_452, "6": 8_782, "7": 8_468, "8": 8_836, "9": 10_394,
            "10": 13_157, "11": 8_215, "12": 7_278, "13": 7_896, "14": 7_129, "15": 6_041, "16": 3_084,
            "17": 1_392, "18": 640, "19": 295, "20": 377,
        ],
        // §6.6 (§2.1): refusal rate by age, 2023. Used as the shape of refusal over age; the
        // overall rate comes from ``requestOutcomes``.
        refusalRateByAge: [
            "2": 0.256, "3": 0.139, "4": 0.157, "5": 0.161, "6": 0.185, "7": 0.209, "8": 0.228, "9": 0.243,
            "10": 0.282, "11": 0.340, "12": 0.335, "13": 0.309, "14": 0.312, "15": 0.339, "16": 0.380,
            "17": 0.449, "18": 0.413, "19": 0.397, "20": 0.438,
        ],
        // §6.2 and §6.6 (§2.1): requests and refusal rate by sex, 2024.
        requestsBySex: ["M": 99_389, "F": 55_100],
        refusalRateBySex: ["M": 0.237, "F": 0.278],
        // §6.6 (§2.1): decision within 6 weeks, 2024.
        requestDecisionWithinSixWeeks: 0.848,
        // §2.1: 10,507 mediations and 4,655 tribunals linked to the request decision, and 501
        // requests made in youth custody, in 2024, per request received (derived).
        requestMediationRate: 10_507.0 / 154_489,
        requestTribunalRate: 4_655.0 / 154_489,
        youthCustodyRate: 501.0 / 154_489,
        // §6.7 (§2.2): assessments completed in 2024.
        assessmentOutcomes: ["plan": 98_547, "noPlan": 6_404, "withdrawn": 327],
        // §6.8 (§2.4): 2024, excluding exceptions.
        withinTwentyWeeks: 0.464,
        twentyWeeksToOneYear: 0.462,
        overOneYear: 0.073,
        // §2.4 (derived): 90,392 plans issued including exceptions, 84,866 excluding, so
        // 5,526 (6.1 %) had exceptions; 45.9 % within 20 weeks including them against 46.4 %
        // excluding gives (0.459 × 90,392 − 0.464 × 84,866) / 5,526 = 38.2 % within 20 weeks
        // among plans with exceptions.
        twentyWeekExceptionShare: 5_526.0 / 90_392,
        exceptionsWithinTwentyWeeks: 0.382,
        // §6.8 (§2.4): LA spread of the 20-week share, 2024 (150 LAs, unweighted).
        twentyWeekLASpread: [3.2, 28.9, 51.9, 79.4, 100],
        // §6.9 (§2.5): plans ceased in 2024.
        ceasedTotal: 44_862,
        // §2.5: 18,576 aged 20 and over. 18 and 19: the published reasons at those ages
        // (3,662 and 4,570) plus an assumed 538 and 230 for the reasons not published there.
        // 16 and 17 (3,500 together) and 0–15 (the remaining 13,786) are assumptions that
        // make the total 44,862 and the transfer count match §2.5.
        ceasedByAge: ["0-15": 13_786, "16": 1_700, "17": 1_800, "18": 4_200, "19": 4_800, "20+": 18_576],
        // §2.5: reasons by age. Published: at age 10, 893 of 1,060 were transfers (84.2 %),
        // the rest mostly moves outside England; at 18 no_engage 2,262, HE 773, employ 627;
        // at 19 3,147, 660, 763; at 20+ no_engage 10,182, employ 2,266, needs met 1,991, max
        // age 1,782, HE 1,108. The other cells are assumptions chosen so that the national
        // totals by reason in §6.9 are reproduced within a few hundred.
        ceaseReasonsByAge: [
            "0-15": ["5": 84.2, "2": 7, "7": 4.5, "9": 2.5, "8": 1.8],
            "16": ["5": 35, "6": 25, "2": 15, "4": 8, "7": 5, "9": 10, "8": 2],
            "17": ["5": 35, "6": 25, "2": 15, "4": 8, "7": 5, "9": 10, "8": 2],
            "18": ["6": 2_262, "3": 773, "4": 627, "5": 300, "2": 150, "9": 50, "8": 20, "7": 18],
            "19": ["6": 3_147, "3": 660, "4": 763, "5": 120, "2": 60, "9": 30, "8": 10, "7": 10],
            "20+": ["6": 10_182, "4": 2_266, "2": 1_991, "1": 1_782, "3": 1_108, "5": 600, "9": 300, "8": 200, "7": 147],
        ],
        // §6.2 (§2.5): ceased plans by sex, 2024.
        ceasedBySex: ["M": 31_456, "F": 13_406],
        // §6.9 (§2.5): plans ceased in 2024 by reason.
        ceaseReasons: ["6": 16_091, "5": 13_953, "4": 4_053, "2": 3_955, "3": 2_579, "1": 1_990, "7": 928, "9": 837, "8": 475],
        assumptions: .standard
    )
}
