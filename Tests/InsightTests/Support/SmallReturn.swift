@testable import SEN2Schema

/// Twelve persons whose 2025 figures were worked out by hand (reference date 2025-01-16,
/// activity 2024); each person's comment says what they contribute.
enum SmallReturn {
    static let sharedUPN = "B801200005001"

    static var persons: [Person] {
        typealias B = Build
        return [
            // Caseload: 5-10, M, ASD, URN, White. UPN shared with P11.
            B.person("P1", "Ahmed", "Sami", born: "2019-05-01", upn: sharedUPN, requests: [
                B.historicalPlan(start: "2020-06-01", active: B.active(needs: [(.autism, .primary), (.speechLanguageCommunication, .secondary)],
                                                                       placements: [B.placement(.urn("100001"), entry: "2020-09-01")])),
            ]),
            // Caseload: under 5, F, SLCN, EYP, Mixed. Request, assessment, new plan within 20 weeks (121 days).
            B.person("P2", "Brown", "Ava", born: "2021-01-10", sex: .female, ethnicity: .mwbc, requests: [
                B.request(received: "2024-02-01", outcome: .assess, decided: "2024-03-10",
                          assessment: B.assessment(.issue, on: "2024-06-01", week20: .no, plan: B.plan(start: "2024-06-01")),
                          active: B.active(needs: [(.speechLanguageCommunication, .primary)],
                                           placements: [B.placement(.code(.earlyYears), entry: "2024-06-01")])),
            ]),
            // Caseload: 11-15, M, SEMH, URN, Asian. New plan after 168 days, with the exceptions flag.
            B.person("P3", "Chaudhry", "Omar", born: "2010-11-30", ethnicity: .apkn, requests: [
                B.request(received: "2024-01-15", outcome: .assess, decided: "2024-02-20",
                          assessment: B.assessment(.issue, on: "2024-07-01", week20: .yes, plan: B.plan(start: "2024-07-01")),
                          active: B.active(needs: [(.socialEmotionalMentalHealth, .primary)],
                                           placements: [B.placement(.urn("100002"), entry: "2024-09-01")])),
            ]),
            // Ceased 2024-09-30 (reason 6) with its UKPRN placement still open.
            B.person("P4", "Davies", "Ella", born: "2006-03-03", sex: .female, ethnicity: .bafr, requests: [
                B.historicalPlan(start: "2018-01-01", cease: "2024-09-30", reason: .disengaged,
                                 active: B.active(placements: [B.placement(.ukprn("10000001"), entry: "2022-09-01")])),
            ]),
            // Caseload: 20-25, M, MLD, NEET, White. Transferred in.
            B.person("P5", "Evans", "Tom", born: "2002-06-15", uln: "1000000043", requests: [
                B.historicalPlan(start: "2019-01-01", active: B.active(needs: [(.moderateLearning, .primary)],
                                                                       placements: [B.placement(.code(.neet), entry: "2023-09-01")],
                                                                       transferFrom: "202")),
            ]),
            // Request refused in 2024.
            B.person("P6", "Fox", "Lily", born: "2015-02-02", sex: .female, requests: [
                B.request(received: "2024-03-01", outcome: .notAssess, decided: "2024-04-10"),
            ]),
            // Assessment completed in 2024 (not to issue). Ethnicity missing.
            B.person("P7", "Green", "Noah", born: "2014-08-31", ethnicity: nil, requests: [
                B.request(received: "2024-04-01", outcome: .assess, decided: "2024-05-01", assessment: B.assessment(.notIssue, on: "2024-08-01")),
            ]),
            // Ceased 2024-05-31 on transfer out (reason 5); placement closed the same day.
            B.person("P8", "Hill", "Jack", born: "2012-09-01", requests: [
                B.historicalPlan(start: "2016-01-01", cease: "2024-05-31", reason: .transferred,
                                 active: B.active(needs: [(.autism, .primary)],
                                                  placements: [B.placement(.urn("100003"), entry: "2016-09-01", leaving: "2024-05-31")])),
            ]),
            // Caseload: 5-10, M, need not recorded, OPA (the OLA placement closed), Unclassified.
            // New plan in 2024 after 111 days; the request was received in 2023.
            B.person("P9", "Iqbal", "Zain", born: "2016-04-04", ethnicity: .refu, requests: [
                B.request(received: "2023-10-01", outcome: .assess, decided: "2023-11-01",
                          assessment: B.assessment(.issue, on: "2024-01-20", week20: .no, plan: B.plan(start: "2024-01-20")),
                          active: B.active(placements: [B.placement(.code(.otherLA), entry: "2024-01-20", leaving: "2024-12-01"),
                                                        B.placement(.code(.otherParent), entry: "2024-12-01")])),
            ]),
            // Request received in 2024; the plan starts after the reference date.
            B.person("P10", "Jones", "Mia", born: "2017-07-07", sex: .female, requests: [
                B.request(received: "2024-10-01", outcome: .assess, decided: "2024-11-01",
                          assessment: B.assessment(.issue, on: "2025-02-01", plan: B.plan(start: "2025-02-01"))),
            ]),
            // Caseload once despite two open plans: 11-15, M, ASD, URN, White. UPN shared with P1.
            B.person("P11", "Khan", "Adam", born: "2013-01-01", upn: sharedUPN, requests: [
                B.historicalPlan(start: "2015-01-01"),
                B.historicalPlan(start: "2023-01-01", active: B.active(needs: [(.autism, .primary)],
                                                                       placements: [B.placement(.urn("100004"), entry: "2023-01-01")])),
            ]),
            // Caseload: over 25, F, PD, placement not recorded, White.
            B.person("P12", "Lee", "Rose", born: "1998-01-01", sex: .female, requests: [
                B.historicalPlan(start: "2015-01-01", active: B.active(needs: [(.physical, .primary)])),
            ]),
        ]
    }

    static var sen2Return: SEN2Return { SEN2Return(persons: persons) }

    /// Last year's return: P1, P4, P5, P8, P11 and P12 as this year, except that P11 had no UPN
    /// yet and P5's birth date was a day later; and P13, active then, has vanished since.
    static var previousReturn: SEN2Return {
        var previous = persons.filter { ["P1", "P4", "P5", "P8", "P11", "P12"].contains($0.id) }
        previous[previous.firstIndex { $0.id == "P11" }!].upn = .absent
        previous[previous.firstIndex { $0.id == "P5" }!].birthDate = .value(Build.date("2002-06-16"))
        previous.append(Build.person("P13", "Morgan", "Ben", born: "2011-03-03", requests: [
            Build.historicalPlan(start: "2019-05-01", active: Build.active(needs: [(.autism, .primary)])),
        ]))
        return SEN2Return(persons: previous)
    }

    static let period = SummaryPeriod(referenceDate: Build.date("2025-01-16"))
}
