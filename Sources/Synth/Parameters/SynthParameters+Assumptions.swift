extension Assumptions {
    /// The generator's defaults for figures the statistics do not publish. Each is a round,
    /// plausible value chosen for this generator, not a published figure; change any of them
    /// in a parameter file to mimic an LA whose own figures are known.
    public static let standard = Assumptions(
        // The caseload rises steeply with age through the early years (§1.2), so most of the
        // 533 under-3s are 2.
        underThreeSplit: [0.1, 0.3, 0.6],
        secondaryNeedShare: 0.35,
        // DfE counted Down syndrome plans under "other difficulty" in 2025 (sen2-spec.md §3.15).
        downSyndromeShareOfOther: 0.35,
        personalBudgetShare: 0.06,
        organisedArrangementsShare: 0.5,
        directPaymentsShare: 0.55,
        directPaymentTypes: ["E": 0.45, "S": 0.2, "H": 0.1, "I": 0.25],
        residentialShareSpecialIndependent: 0.2,
        residentialShareOtherSpecial: 0.02,
        workBasedLearning: ["S": 0.05, "A": 0.015, "T": 0.005],
        annualReviewHeldShare: 0.85,
        reviewOutcomes: ["M": 0.66, "A": 0.31, "C": 0.03],
        phaseTransferOnTimeShare: 0.7,
        secondPlacementShare: 0.02,
        requestSources: ["1": 0.48, "2": 0.42, "3": 0.05, "4": 0.02, "5": 0.03],
        exportedShare: 0.005,
        upnShare: 0.97,
        temporaryUPNShare: 0.003,
        ulnShareAge14to15: 0.15,
        ulnShareAge16Plus: 0.75,
        postcodeShare: 0.99,
        extendedEthnicityShare: 0.05,
        ethnicityRefusedShare: 0.3,
        assessmentMediationRate: 0.15,
        assessmentTribunalRate: 0.1,
        otherMediationRate: 0.01,
        otherTribunalRate: 0.01
    )
}
