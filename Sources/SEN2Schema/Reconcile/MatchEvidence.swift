import Foundation
import XLSXIO

/// Weighs the evidence that two records are the same person, field by field, in the manner of
/// Fellegi and Sunter: agreement adds weight, disagreement takes it away, a missing value is
/// neutral. The weights favour the fields that tell people apart (a different forename with
/// the same surname, birth date and postcode is a twin, not a typo).
struct MatchEvidence: Sendable {
    /// The total weight.
    let weight: Double

    /// The weight a fuzzy pair needs to be linked.
    static let linkThreshold = 10.0
    /// Two candidates closer than this are both plausible: the link is ambiguous.
    static let ambiguityMargin = 2.0
    /// The least weight of names and birth date that corroborates a UPN or ULN link.
    static let identifierCorroboration = 0.0

    /// Every field's evidence.
    init(_ a: PersonFeatures, _ b: PersonFeatures) {
        weight = MatchEvidence.nameAndBirth(a, b) + MatchEvidence.postcode(a, b) + MatchEvidence.sex(a, b)
            + MatchEvidence.identifiers(a, b)
    }

    /// The names and birth date only (corroborating an identifier link).
    static func nameAndBirth(_ a: PersonFeatures, _ b: PersonFeatures) -> Double {
        let straight = name(a.surname, b.surname, surname: true) + name(a.forename, b.forename, surname: false)
        let swapped = name(a.surname, b.forename, surname: true) + name(a.forename, b.surname, surname: false) - 1
        return max(straight, swapped) + birthDate(a.birthDate, b.birthDate)
    }

    /// The link's confidence, 0–1, rising with the weight (about 0.79 at the link threshold).
    var confidence: Double { 1 / (1 + exp(-(weight - 8) / 1.5)) }

    static func name(_ a: [UInt8], _ b: [UInt8], surname: Bool) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        if a == b { return 4 }
        let limit = max(a.count, b.count) >= 8 ? 2 : 1
        if NameSimilarity.editDistance(a, b, limit: limit) <= limit { return 3 }
        let shorter = a.count < b.count ? a : b, longer = a.count < b.count ? b : a
        if shorter.count >= 3, longer.starts(with: shorter) { return 1 }
        if NameSimilarity.jaroWinkler(a, b) >= 0.9 { return 1 }
        return surname ? -4 : -5
    }

    static func birthDate(_ a: CalendarDate?, _ b: CalendarDate?) -> Double {
        guard let a, let b else { return 0 }
        if a == b { return 5 }
        if a.dayMonthSwapped == b { return 3 }
        var agreeing = 0
        if a.year == b.year { agreeing += 1 }
        if a.month == b.month { agreeing += 1 }
        if a.day == b.day { agreeing += 1 }
        return agreeing == 2 ? 1 : -5
    }

    static func postcode(_ a: PersonFeatures, _ b: PersonFeatures) -> Double {
        guard let p = a.postcode, let q = b.postcode else { return 0 }
        return p == q ? 2 : -1
    }

    static func sex(_ a: PersonFeatures, _ b: PersonFeatures) -> Double {
        guard let s = a.sex, let t = b.sex else { return 0 }
        return s == t ? 0.5 : -3
    }

    /// Different UPNs or ULNs on both sides count against a link; a temporary UPN replaced by a
    /// permanent one is common, so the penalty is small.
    static func identifiers(_ a: PersonFeatures, _ b: PersonFeatures) -> Double {
        var w = 0.0
        if let p = a.upn, let q = b.upn, p != q { w -= 1 }
        if let p = a.uln, let q = b.uln, p != q { w -= 1 }
        return w
    }
}
