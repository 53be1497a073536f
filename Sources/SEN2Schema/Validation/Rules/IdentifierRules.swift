/// Rules about a person's identifiers: UPN (the CBDS rules 1510–1550, whose reuse in SEN2 is
/// inferred), ULN, and the reason given when neither is available.
enum IdentifierRules {
    static let all = [noIdentifier, reasonWithIdentifier, upnLength, upnCheckLetter, upnLACode, upnDigits, upnLastCharacter,
                      temporaryUPN, ulnCheckDigit, underSixReasonForOlder]

    /// SX101: No UPN, ULN or reason none is available. The guide asks for a reason whenever no identifier is
    /// available, so one of the three must be given.
    static let noIdentifier = Rule(
        "SX101", .error, items: [.upn, .uniqueLearnerNumber, .upnUnknown], title: "No UPN, ULN or reason none is available",
        reading: "The guide asks for a reason whenever no identifier is available, so one of the three must be given.",
        check: .person { person, run in
            guard person.upn.isAbsent, person.uln.isAbsent, person.upnUnknown.isAbsent else { return }
            run.flag("No UPN, ULN or reason is given. Give the person's UPN (or the ULN of a young person in further education); "
                     + "if neither is available, choose the reason in \"\(Wording.name(.upnUnknown))\".",
                     Target(person, .upn), Target(person, .uniqueLearnerNumber), Target(person, .upnUnknown))
        })

    /// SX102: Reason for no UPN or ULN given alongside one. The reason is for people with no identifier, so
    /// it is refused next to a UPN with a valid check letter or a ULN with a valid check digit.
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

    /// SX103: UPN is not 13 characters.
    static let upnLength = Rule(
        "SX103", .error, items: [.upn], title: "UPN is not 13 characters",
        check: .person { person, run in
            guard case .invalid(let raw) = person.upn else { return }
            let text = UPNText(raw)
            guard text.bytes.count != 13 else { return }
            run.flag("The UPN \"\(text.text)\" has \(text.bytes.count) characters; a UPN has 13 (a check letter, then 12 more). "
                     + "Copy it again from the school's records.", Target(person, .upn))
        })

    /// 1510: UPN invalid (wrong check letter at character 1).
    static let upnCheckLetter = Rule(
        "1510", .error, items: [.upn], source: .cbds(1510), title: "UPN invalid (wrong check letter at character 1)",
        check: .person { person, run in
            let wrong: String?
            switch person.upn {
            case .absent: wrong = nil
            case .value(let upn): wrong = upn.finalCharacterIsValid && !upn.checkLetterIsValid ? upn.text : nil
            case .invalid(let raw):
                let text = UPNText(raw)
                wrong = text.bytes.count == 13 && text.lastTwelveAreWellFormed ? text.text : nil
            }
            guard let wrong else { return }
            run.flag("UPN \(wrong) is invalid: its first character is not the check letter that the other 12 characters give, "
                     + "so a character is probably mistyped. Copy the UPN again from the school's records.", Target(person, .upn))
        })

    /// 1530: UPN invalid (characters 2-4 not a recognised LA code).
    static let upnLACode = Rule(
        "1530", .error, items: [.upn], source: .cbds(1530), title: "UPN invalid (characters 2-4 not a recognised LA code)",
        check: .person { person, run in
            let upn: String
            switch person.upn {
            case .absent: return
            case .value(let value):
                guard !value.hasRecognisedLACode else { return }
                upn = value.text
            case .invalid(let raw):
                let text = UPNText(raw)
                guard text.bytes.count == 13, !LocalAuthority.isUPNIssuer(String(decoding: text.bytes[1...3], as: UTF8.self)) else { return }
                upn = text.text
            }
            let code = String(upn.dropFirst().prefix(3))
            run.flag("UPN \(upn) is invalid: characters 2 to 4 (\(code)) should be the code of the local authority that issued it, "
                     + "and \(code) is not one. Copy the UPN again from the school's records.", Target(person, .upn))
        })

    /// 1540: UPN invalid (characters 5-12 not all numeric).
    static let upnDigits = Rule(
        "1540", .error, items: [.upn], source: .cbds(1540), title: "UPN invalid (characters 5-12 not all numeric)",
        check: .person { person, run in
            // A readable UPN has digits there by construction; only raw text can fail.
            guard case .invalid(let raw) = person.upn else { return }
            let text = UPNText(raw)
            guard text.bytes.count == 13, !text.bytes[4...11].allSatisfy(UPNText.isDigit) else { return }
            run.flag("UPN \(text.text) is invalid: characters 5 to 12 must all be digits. Copy the UPN again from the school's records.",
                     Target(person, .upn))
        })

    /// 1550: UPN invalid (character 13 not a recognised value).
    static let upnLastCharacter = Rule(
        "1550", .error, items: [.upn], source: .cbds(1550), title: "UPN invalid (character 13 not a recognised value)",
        check: .person { person, run in
            let upn: String
            switch person.upn {
            case .absent: return
            case .value(let value):
                guard !value.finalCharacterIsValid else { return }
                upn = value.text
            case .invalid(let raw):
                let text = UPNText(raw)
                guard text.bytes.count == 13, !UPNText.isValidLast(text.bytes[12]) else { return }
                upn = text.text
            }
            run.flag("UPN \(upn) is invalid: its last character must be a digit, or a letter other than I, O and S for a temporary UPN. "
                     + "Copy the UPN again from the school's records.", Target(person, .upn))
        })

    /// SX104: Temporary UPN. Temporary UPNs are valid in the censuses; the toolkit queries them so that a
    /// permanent UPN replaces them once the school has it.
    static let temporaryUPN = Rule(
        "SX104", .query, items: [.upn], title: "Temporary UPN",
        reading: "Temporary UPNs are valid in the censuses; the toolkit queries them so that a permanent UPN replaces them once the school has it.",
        check: .person { person, run in
            guard let upn = person.upn.value, upn.isTemporary, upn.checkLetterIsValid, upn.finalCharacterIsValid else { return }
            run.flag("UPN \(upn.text) is a temporary UPN (it ends in a letter). Replace it with the permanent UPN if the school now has one; "
                     + "otherwise keep it and explain if COLLECT asks.", Target(person, .upn))
        })

    /// SX105: ULN fails its check digit.
    static let ulnCheckDigit = Rule(
        "SX105", .error, items: [.uniqueLearnerNumber], title: "ULN fails its check digit",
        check: .person { person, run in
            guard let uln = person.uln.value, !uln.checkDigitIsValid else { return }
            run.flag("ULN \(uln.text) is invalid: its last digit is not the check digit the first nine give, so a digit is probably mistyped. "
                     + "Copy it again from the learner's record.", Target(person, .uniqueLearnerNumber))
        })

    /// SX112: Reason UN1 (under 6, no UPN yet) for a person aged 6 or over. UN1 is for children under 6 not
    /// yet given a UPN; for an older person another reason fits, or the UPN is now known.
    static let underSixReasonForOlder = Rule(
        "SX112", .query, items: [.upnUnknown, .personBirthDate], title: "Reason UN1 (under 6) for a person aged 6 or over",
        reading: "UN1 is for children under 6 not yet given a UPN; for an older person another reason fits, or the UPN is now known.",
        check: .person { person, run in
            guard person.upnUnknown.value == .under6, let birth = person.birthDate.value else { return }
            let age = ValidationContext.age(bornOn: birth, on: run.referenceDate)
            guard age >= 6 else { return }
            run.flag("The reason for having no UPN is UN1 (a child under 6 not yet given one), but the person is \(age). Give their UPN "
                     + "if they now have one, or the reason that fits.", Target(person, .upnUnknown), Target(person, .personBirthDate))
        })
}

/// A UPN that could not be read, upper-cased with spaces removed, for the character checks.
struct UPNText {
    let bytes: [UInt8]
    var text: String { String(decoding: bytes, as: UTF8.self) }

    init(_ raw: String) {
        bytes = raw.utf8.filter { $0 != UInt8(ascii: " ") }.map { $0 >= 97 && $0 <= 122 ? $0 - 32 : $0 }
    }

    /// Characters 2–13 are 11 digits and a digit or allowed letter, so a check letter exists.
    var lastTwelveAreWellFormed: Bool { bytes[1...11].allSatisfy(UPNText.isDigit) && UPNText.isValidLast(bytes[12]) }

    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    static func isValidLast(_ b: UInt8) -> Bool { isDigit(b) || UPN.alphabet.contains(b) }
}
