/// Rules about settings, written once for a plan's `PlanDetail` and a `PlacementDetail`:
/// exactly one of URN, UKPRN or SEN setting; the codes COLLECT asks about; the indicators.
enum SettingRules {
    static let all = [noIdentity, twoIdentities, placementOnlyCode, otherTypeSetting, notInEducationOther, otherDescriptionMissing,
                      indicatorsMissing]

    /// SX420: Setting with none of URN, UKPRN or SEN setting.
    static let noIdentity = Rule(
        "SX420", .error, items: [.planURN, .planUKPRN, .planSENSetting, .placementURN, .placementUKPRN, .placementSENSetting],
        title: "Setting with none of URN, UKPRN or SEN setting",
        check: .setting { view, run in
            guard view.urn.isAbsent, view.ukprn.isAbsent, view.setting.isAbsent else { return }
            run.flag("This \(view.noun) has no URN, UKPRN or SEN setting. Give exactly one: the URN of a school, the UKPRN of a college or "
                     + "other provider, or the SEN setting type when neither applies.",
                     view.target(view.items.urn), view.target(view.items.ukprn), view.target(view.items.setting))
        })

    /// SX421: Setting with more than one of URN, UKPRN and SEN setting.
    static let twoIdentities = Rule(
        "SX421", .error, items: [.planURN, .planUKPRN, .planSENSetting, .placementURN, .placementUKPRN, .placementSENSetting],
        title: "Setting with more than one of URN, UKPRN and SEN setting",
        check: .setting { view, run in
            let given = [(view.urn.text, view.items.urn, "URN"), (view.ukprn.text, view.items.ukprn, "UKPRN"),
                         (view.setting.text, view.items.setting, "SEN setting")].filter { $0.0 != nil }
            guard given.count > 1 else { return }
            let values = given.map { "\($0.2) \($0.0 ?? "")" }
            run.flag("This \(view.noun) has \(Wording.list(values, or: "and")). Give only one: the URN if the setting has one, otherwise "
                     + "the UKPRN, otherwise the SEN setting type.", given.map { view.target($0.1) })
        })

    /// SX422: Plan names a not-in-education setting (NEET, NIEC, NIEO). NEET, NIEC and NIEO describe where a
    /// person is, so they belong on placements, not in what a plan names (DECISIONS.md).
    static let placementOnlyCode = Rule(
        "SX422", .error, items: [.planSENSetting], title: "Plan names a not-in-education setting (NEET, NIEC, NIEO)",
        reading: "NEET, NIEC and NIEO describe where a person is, so they belong on placements, not in what a plan names (DECISIONS.md).",
        check: .setting { view, run in
            guard view.module == .planDetail, let setting = view.setting.value, !setting.canBeNamedInPlan else { return }
            run.flag("\(Wording.code(setting, in: run.year)) describes a placement, not a setting a plan can name. Record it in "
                     + "PlacementDetails, and here give the setting or type of setting the plan names.", view.target(view.items.setting))
        })

    /// SX423: SEN setting OTH (type specified, none named). The guide says COLLECT asks for more information
    /// when OTH is used.
    static let otherTypeSetting = Rule(
        "SX423", .query, items: [.planSENSetting, .placementSENSetting], title: "SEN setting OTH (type specified, none named)",
        reading: "The guide says COLLECT asks for more information when OTH is used.",
        check: .setting { view, run in
            guard view.setting.value == .otherTypeSpecified else { return }
            run.flag("SEN setting OTH (a type of setting is specified but none is named) will be queried in COLLECT. Name the setting by "
                     + "URN or UKPRN once it is known; otherwise be ready to explain.", view.target(view.items.setting))
        })

    /// SX424: SEN setting NIEO (not in education, other). The guide says COLLECT asks for more information
    /// when NIEO is used.
    static let notInEducationOther = Rule(
        "SX424", .query, items: [.placementSENSetting], title: "SEN setting NIEO (not in education, other)",
        reading: "The guide says COLLECT asks for more information when NIEO is used.",
        check: .setting { view, run in
            guard view.module == .placementDetail, view.setting.value == .notInEducationOther else { return }
            run.flag("SEN setting NIEO (not in education or training, other) will be queried in COLLECT. Say why in "
                     + "\"\(Wording.name(view.items.settingOther))\" (for example awaiting a placement after a transfer in).",
                     view.target(view.items.setting))
        })

    /// SX425: No description for an OTH or NIEO setting. The free-text item explains "other" settings; it is
    /// asked for the two codes COLLECT queries (OTH, NIEO).
    static let otherDescriptionMissing = Rule(
        "SX425", .query, items: [.planSENSettingOther, .placementSENSettingOther], title: "No description for an OTH or NIEO setting",
        reading: "The free-text item explains \"other\" settings; it is asked for the two codes COLLECT queries (OTH, NIEO).",
        check: .setting { view, run in
            guard let setting = view.setting.value, setting == .otherTypeSpecified || setting == .notInEducationOther,
                  view.settingOther.isAbsent else { return }
            run.flag("The SEN setting is \(setting.code), but \"\(Wording.name(view.items.settingOther))\" is blank. Describe the setting or "
                     + "situation, so that COLLECT's question is answered.", view.target(view.items.settingOther))
        })

    /// SX426: SEN unit or resourced provision indicator missing for a URN or UKPRN. The guide asks the two
    /// indicators of every setting identified by URN or UKPRN (1 or 0).
    static let indicatorsMissing = Rule(
        "SX426", .error, items: [.planSENUnitIndicator, .planResourcedProvisionIndicator, .senUnitIndicator, .resourcedProvisionIndicator],
        title: "SEN unit or resourced provision indicator missing for a URN or UKPRN",
        reading: "The guide asks the two indicators of every setting identified by URN or UKPRN (1 or 0).",
        check: .setting { view, run in
            guard view.urn.isPresent || view.ukprn.isPresent else { return }
            var missing: [Item] = []
            if view.senUnit.isAbsent { missing.append(view.items.senUnit) }
            if view.resourcedProvision.isAbsent { missing.append(view.items.resourcedProvision) }
            guard !missing.isEmpty else { return }
            run.flag("This \(view.noun) is identified by URN or UKPRN, so \(Wording.list(missing.map { "\"\(Wording.name($0))\"" }, or: "and")) "
                     + "\(missing.count == 1 ? "is" : "are") needed: 1 if it applies, 0 if not.", missing.map { view.target($0) })
        })
}
