import SEN2Schema

/// Makes UPNs and ULNs that are valid and unique within a cohort: each person's number comes
/// from a keyed bijection of their index, so no two people share one and no table of issued
/// numbers needs to be kept.
struct PupilNumbers: Sendable {
    /// The most people a cohort can have unique UPNs for (4,000 establishment numbers × 1,000 serials).
    static let capacity = 4_000_000

    private let upnOrder: IndexPermutation
    private let ulnOrder: IndexPermutation
    private static let letters = Array("ABCDEFGHJKLMNPQRTUVWXYZ")

    init(seed: UInt64) {
        upnOrder = IndexPermutation(count: PupilNumbers.capacity, seed: SplitMix64.derive(seed, 0x55_504E))
        ulnOrder = IndexPermutation(count: 90_000_000, seed: SplitMix64.derive(seed, 0x55_4C4E))
    }

    /// Person `index`'s UPN: check letter, the issuing LA's code, an establishment number and
    /// serial unique to the person, and the two-digit year of issue. A temporary UPN ends in
    /// a letter in place of the serial's last digit.
    func upn(person index: Int, la: String, yearOfIssue: Int, temporary: Bool) -> String {
        let v = upnOrder(index % PupilNumbers.capacity)
        let establishment = 2000 + v / 1000
        let serial = v % 1000
        let year = yearOfIssue % 100
        var rest = la + String(establishment) + (year < 10 ? "0\(year)" : "\(year)")
        if temporary {
            let two = serial / 10
            rest += (two < 10 ? "0\(two)" : "\(two)") + String(PupilNumbers.letters[serial % 10])
        } else {
            rest += serial < 10 ? "00\(serial)" : serial < 100 ? "0\(serial)" : "\(serial)"
        }
        return String(UPN.checkLetter(forLast12: rest) ?? "A") + rest
    }

    /// Person `index`'s ULN: ten digits whose last is the check digit.
    func uln(person index: Int) -> String {
        let m = 10_000_000 + ulnOrder(index % 90_000_000)
        // Changing the ninth digit by one moves the weighted sum by 2 (mod 11), so one of two
        // neighbouring values always has a valid check digit.
        for last in 0...1 {
            let body = String(m) + String(last)
            if let check = ULN.checkDigit(forFirst9: body) { return body + String(check) }
        }
        return String(m) + "0" + "0"
    }
}
