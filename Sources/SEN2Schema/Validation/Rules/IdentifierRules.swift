/// Rules about a person's identifiers: UPN (the CBDS rules 1510–1550, whose reuse in SEN2 is
/// inferred), ULN, and the reason given when neither is available.
enum IdentifierRules {
    static let all = [noIdentifier, reasonWithIdentifier, upnLength, upnCheckLetter, upnLACode, upnDigits, upnLastCharacter,
                      temporaryUPN, ulnCheckDigit]

    static let noIdentifier = Rule(
        "SX101", .error, items: [.upn, .uniqueLearnerNumber, .upnUnknown], title: "No UPN, ULN or reason none is available",
        reading: "The guide asks for a reason whenever no identifier is available, so one of the three must be given.",
        check: .person { person, run in
            guard person.upn.isAbsent, person.uln.isAbsent, person.upnUnknown.isAbsent else { return }
            run.flag("No UPN, ULN or reason is given. Give the person's UPN (or the ULN of a young person in further education); "
                     + "if neither is available, choose the reason in \"\(Wording.name(.upnUnknown))\".",
                     Target(person, .upn), Target(person, .uniqueLearnerNumber), Target(person, .upnUnknown))
        })

    static let reasonWithIdentifier = Rule(
        "SX102", .error, items: [.upnUnknown, .upn, .uniqueLearnerNumber], title: "Reason for no UPN or ULN given alongside one",
        reading: "The reason is for people with no identifier, so it is refused next to a UPN with a valid check letter or a ULN with a valid check digit.",
        check: .person { person, run in
            guard let reason = person.upnUnknown.value else { return }
            if let upn = person.upn.value, upn.checkLetterIsValid {
                run.flag("A reason for having no UPN or ULN (\(Wording.code(reason, in: run.year))) is given, but the person has a UPN (\(upn.text)). "
                         + "Remove the reason, or the UPN if it is not theirs.", Target(person, .upnUnknown), Target(person, .upn))
            } else if let uln = person.uln.value, uln.checkDigitIsValid {
                run.flag("A reason for having no UPN or ULN (\(Wording.code(reason, in: run.year))) is given, but the person has a ULN (\(uln.text)). "
                         + "Remove the reason, or the ULN if it is not theirs.", Target(person, .upnUnknown), Target(person, .uniqueLearnerNumber))
            }
        })

    static let upnLength = Rule(
        "SX103", .error, items: [.upn], title: "UPN is not 13 characters",
        check: .person { person, run in
            guard let raw = UPNText(person.upn), raw.bytes.count != 13 else { return }
            run.flag("The UPN \"\(raw.text)\" has \(raw.bytes.count) characters; a UPN has 13 (a check letter, then 12 more). "
                     + "Copy it again from the school's records.", Target(person, .upn))
        })

    static let upnCheckLetter = Rule(
        "1510", .error, items: [.upn], source: .cbds(1510), title: "UPN invalid (wrong check letter at character 1)",
        check: .person { person, run in
            guard let raw = UPNText(person.upn), raw.bytes.count == 13, raw.lastTwelveAreWellFormed else { return }
            if let upn = UPN(raw.text), upn.checkLetterIsValid { return }
            run.flag("UPN \(raw.text) is invalid: its first character is not the check letter that the other 12 characters give, "
                     + "so a character is probably mistyped. Copy the UPN again from the school's records.", Target(person, .upn))
        })

    static let upnLACode = Rule(
        "1530", .error, items: [.upn], source: .cbds(1530), title: "UPN invalid (characters 2-4 not a recognised LA code)",
        check: .person { person, run in
            guard let raw = UPNText(person.upn), raw.bytes.count == 13 else { return }
            let code = String(decoding: raw.bytes[1...3], as: UTF8.self)
            guard !LocalAuthority.isUPNIssuer(code) else { return }
            run.flag("UPN \(raw.text) is invalid: characters 2 to 4 (\(code)) should be the code of the local authority that issued it, "
                     + "and \(code) is not one. Copy the UPN again from the school's records.", Target(person, .upn))
        })

    static let upnDigits = Rule(
        "1540", .error, items: [.upn], source: .cbds(1540), title: "UPN invalid (characters 5-12 not all numeric)",
        check: .person { person, run in
            guard let raw = UPNText(person.upn), raw.bytes.count == 13, !raw.bytes[4...11].allSatisfy(UPNText.isDigit) else { return }
            run.flag("UPN \(raw.text) is invalid: characters 5 to 12 must all be digits. Copy the UPN again from the school's records.",
                     Target(person, .upn))
        })

    static let upnLastCharacter = Rule(
        "1550", .error, items: [.upn], source: .cbds(1550), title: "UPN invalid (character 13 not a recognised value)",
        check: .person { person, run in
            guard let raw = UPNText(person.upn), raw.bytes.count == 13, !UPNText.isValidLast(raw.bytes[12]) else { return }
            run.flag("UPN \(raw.text) is invalid: its last character must be a digit, or a letter other than I, O and S for a temporary UPN. "
                     + "Copy the UPN again from the school's records.", Target(person, .upn))
        })

    static let temporaryUPN = Rule(
        "SX104", .query, items: [.upn], title: "Temporary UPN",
        reading: "Temporary UPNs are valid in the censuses; the toolkit queries them so that a permanent UPN replaces them once the school has it.",
        check: .person { person, run in
            guard let upn = person.upn.value, upn.isTemporary, upn.checkLetterIsValid, upn.finalCharacterIsValid else { return }
            run.flag("UPN \(upn.text) is a temporary UPN (it ends in a letter). Replace it with the permanent UPN if the school now has one; "
                     + "otherwise keep it and explain if COLLECT asks.", Target(person, .upn))
        })

    static let ulnCheckDigit = Rule(
        "SX105", .error, items: [.uniqueLearnerNumber], title: "ULN fails its check digit",
        check: .person { person, run in
            guard let uln = person.uln.value, !uln.checkDigitIsValid else { return }
            run.flag("ULN \(uln.text) is invalid: its last digit is not the check digit the first nine give, so a digit is probably mistyped. "
                     + "Copy it again from the learner's record.", Target(person, .uniqueLearnerNumber))
        })
}

/// A UPN as written (valid or not), upper-cased with spaces removed, for the character checks.
struct UPNText {
    let bytes: [UInt8]
    var text: String { String(decoding: bytes, as: UTF8.self) }

    init?(_ field: Field<UPN>) {
        guard let raw = field.text else { return nil }
        bytes = raw.utf8.filter { $0 != UInt8(ascii: " ") }.map { $0 >= 97 && $0 <= 122 ? $0 - 32 : $0 }
    }

    /// Characters 2–13 are 11 digits and a digit or allowed letter, so a check letter exists.
    var lastTwelveAreWellFormed: Bool { bytes[1...11].allSatisfy(UPNText.isDigit) && UPNText.isValidLast(bytes[12]) }

    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    static func isValidLast(_ b: UInt8) -> Bool { isDigit(b) || UPN.alphabet.contains(b) }
}
