/// The choices this toolkit makes where the published sources disagree or are silent.
///
/// Each choice is one constant here, so that it can be changed in one place once the DfE's
/// own documents settle it. `DECISIONS.md` beside the sources explains each one.
public enum SEN2Decisions {
    /// The element name of the SEN setting items. The digest's sources split between
    /// `SENsetting` (quoting the DfE guide) and `SENSetting` (third-party XSDs); we write the
    /// guide's spelling and read both.
    public static let senSettingElement = "SENsetting"
    /// The element name of the free-text "other setting" items, spelled to match.
    public static let senSettingOtherElement = "SENsettingOther"
    /// Settings a placement may have but an EHC plan may not name: the "not in education"
    /// codes describe where a person is, not what a plan names.
    public static let placementOnlySettings: Set<SENSetting> = [.neet, .noticeToCease, .notInEducationOther]
    /// The number of digits of a URN (GIAS URNs are six digits; one source allows 1–6).
    public static let urnDigits: ClosedRange<Int> = 6...6
    /// The LA code for "unknown local authority or outside the UK", accepted in `Exported`
    /// and `TransferLA` only, never as the return's own LA.
    public static let unknownLACode = "XXX"
    /// Whether ``unknownLACode`` is accepted in `Exported` and `TransferLA`.
    public static let acceptsUnknownLACodeForTransfers = true
}
