#!/usr/bin/env python3
"""Writes the validation fixtures: for 2024 and 2026, a clean return in the template layout
(as a caseworker fills it: codes as `CODE – label` or bare codes, real Excel dates and typed
dd/mm/yyyy text), and the same return with realistic planted mistakes, with an answer key
listing exactly which rule must fire on which cell.

Run once with openpyxl installed; the outputs are committed and the Swift tests read them.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn(rest):
    """A UPN with its check letter: characters 2-13 weighted by position, modulo 23."""
    total = 0
    for i, ch in enumerate(rest):
        value = int(ch) if ch.isdigit() else ALPHABET.index(ch)
        total += value * (i + 2)
    return ALPHABET[total % 23] + rest


def uln(first9):
    total = sum(int(d) * (10 - i) for i, d in enumerate(first9))
    return first9 + str(10 - total % 11)


HEADINGS = {
    "Persons": ["Person ID", "Surname", "Forename", "Date of birth", "Sex", "Ethnicity", "Postcode", "UPN", "ULN",
                "UPN and ULN unavailable reason"],
    "Requests": ["Request ID", "Person ID", "Date request received", "Request source", "Initial request while in youth custody",
                 "Request outcome date", "Request outcome", "Request mediation", "Request tribunal",
                 "Moved to LA before assessment completed"],
    "Assessments": ["Request ID", "Assessment outcome", "Assessment outcome date", "Assessment mediation", "Assessment tribunal",
                    "Other mediation", "Other tribunal", "20-week exceptions apply"],
    "NamedPlans": ["Request ID", "EHC plan start date", "Residential setting", "Work-based learning", "Personal budget taken up",
                   "Personal budget: organised arrangements", "Personal budget: direct payments", "Date plan ceased",
                   "Reason plan ceased"],
    "PlanDetails": ["Request ID", "URN", "UKPRN", "SEN setting", "SEN setting other", "Placement rank", "SEN unit",
                    "Resourced provision"],
    "ActivePlans": ["Request ID", "Transferred in from LA", "Annual review meeting date", "Annual review decision",
                    "Draft amended plan issued", "Phase transfer due date", "Phase transfer final plan date",
                    "Annual review decision date"],
    "PlacementDetails": ["Request ID", "URN", "UKPRN", "SEN setting", "SEN setting other", "Placement rank",
                         "Placement start date", "Placement leaving date", "SEN unit", "Resourced provision",
                         "Residential setting", "Work-based learning"],
    "SENNeeds": ["Request ID", "SEN type of need", "Need rank"],
}
# Items the 2024 return does not collect.
NOT_IN_2024 = {"Request source", "Draft amended plan issued", "Phase transfer due date", "Phase transfer final plan date"}


class Return:
    """Rows per sheet, each a dict from heading to value, and the answer key."""

    def __init__(self, year):
        self.year = year
        self.rows = {name: [] for name in HEADINGS}
        self.key = []

    def d(self, month, day, years_back=0):
        """A date in the activity year (the calendar year before the census), or earlier."""
        return dt.date(self.year - 1 - years_back, month, day)

    def add(self, sheet, **values):
        row = {h: None for h in HEADINGS[sheet]}
        for name, value in values.items():
            heading = {"id": HEADINGS[sheet][0], "person": "Person ID"}.get(name, name)
            assert heading in row, (sheet, heading)
            row[heading] = value
        self.rows[sheet].append(row)
        return row

    def expect(self, rule, sheet, row, heading):
        """Rule `rule` must fire with its first cell at `heading` of `row` (a dict in `sheet`)."""
        self.key.append((rule, sheet, row, heading))

    def headings(self, sheet):
        return [h for h in HEADINGS[sheet] if not (self.year == 2024 and h in NOT_IN_2024)]

    def save(self, name):
        book = Workbook()
        book.remove(book.active)
        header = book.create_sheet("Header")
        for item in [("Item", "Value"), ("Year", self.year), ("LA number", "202 – Camden"),
                     ("Designated Medical Officer", "Y – Yes"), ("Designated Clinical Officer", "Y")] + \
                ([("Designated Social Care Officer", "N – No")] if self.year >= 2025 else []):
            header.append(item)
        places = {}
        for sheet, rows in self.rows.items():
            ws = book.create_sheet(sheet)
            headings = self.headings(sheet)
            ws.append(headings)
            for r, row in enumerate(rows, start=2):
                ws.append([row[h] for h in headings])
                for c, h in enumerate(headings, start=1):
                    if isinstance(row[h], dt.date):
                        ws.cell(row=r, column=c).number_format = "dd/mm/yyyy"
                places[id(row)] = (sheet, r)
        book.save(os.path.join(HERE, name + ".xlsx"))
        if not self.key:
            return
        with open(os.path.join(HERE, name + ".expected.csv"), "w", newline="") as f:
            out = csv.writer(f)
            out.writerow(["rule", "sheet", "cell"])
            for rule, sheet, row, heading in self.key:
                sheet_name, r = places[id(row)]
                column = self.headings(sheet).index(heading) + 1
                out.writerow([rule, sheet_name, get_column_letter(column) + str(r)])


def person(ret, pid, surname, forename, born, sex, ethnicity, upn_rest=None, uln9=None, reason=None, postcode="N1 9GU"):
    return ret.add("Persons", id=pid, Surname=surname, Forename=forename, **{"Date of birth": born}, Sex=sex,
                   Ethnicity=ethnicity, Postcode=postcode, UPN=upn(upn_rest) if upn_rest else None,
                   ULN=uln(uln9) if uln9 else None, **{"UPN and ULN unavailable reason": reason})


def request(ret, rid, pid, received, outcome, decided=None, source="2 – School or other education setting", rya=0, **extra):
    values = {"id": rid, "person": pid, "Date request received": received, "Initial request while in youth custody": rya,
              "Request outcome date": decided, "Request outcome": outcome, "Request mediation": 0, "Request tribunal": 0}
    if ret.year >= 2025:
        values["Request source"] = source
    values.update(extra)
    return ret.add("Requests", **values)


def assessment(ret, rid, outcome, decided=None, week20=0):
    return ret.add("Assessments", id=rid, **{"Assessment outcome": outcome, "Assessment outcome date": decided,
                                              "Assessment mediation": 0, "Assessment tribunal": 0, "Other mediation": 0,
                                              "Other tribunal": 0, "20-week exceptions apply": week20})


def plan(ret, rid, start, ceased=None, reason=None, budget=0):
    return ret.add("NamedPlans", id=rid, **{"EHC plan start date": start, "Personal budget taken up": budget,
                                             "Date plan ceased": ceased, "Reason plan ceased": reason})


def setting(ret, sheet, rid, urn=None, ukprn=None, kind=None, rank=1, entry=None, unit=0, rp=0):
    values = {"id": rid, "URN": urn, "UKPRN": ukprn, "SEN setting": kind, "Placement rank": rank}
    if urn or ukprn:
        values.update({"SEN unit": unit, "Resourced provision": rp})
    if sheet == "PlacementDetails":
        values["Placement start date"] = entry
    return ret.add(sheet, **values)


def clean(year):
    """Eight persons whose records pass every rule: new plans, refusals, pending and
    historical requests, a ceased plan, a young person with a ULN, a transfer in."""
    ret = Return(year)
    person(ret, "P1", "Okafor", "Amara", dt.date(year - 10, 4, 2), "F", "BAFR – African", "202401100001")
    request(ret, "R1", "P1", ret.d(2, 3), "Y – LA proceeded with an assessment", ret.d(3, 10))
    assessment(ret, "R1", "Y", ret.d(6, 16))
    plan(ret, "R1", ret.d(6, 16))
    setting(ret, "PlanDetails", "R1", urn="100001")
    ret.add("ActivePlans", id="R1")
    setting(ret, "PlacementDetails", "R1", urn="100001", entry=ret.d(9, 1))
    ret.add("SENNeeds", id="R1", **{"SEN type of need": "ASD – Autistic spectrum disorder", "Need rank": 1})
    ret.add("SENNeeds", id="R1", **{"SEN type of need": "SLCN", "Need rank": 2})

    person(ret, "P2", "Nowak", "Jakub", dt.date(year - 14, 9, 30), "M", "WEEU", "202401100002")
    request(ret, "R2", "P2", None, "H", rya=None)
    assessment(ret, "R2", "H")
    plan(ret, "R2", dt.date(year - 6, 5, 1))
    setting(ret, "PlanDetails", "R2", urn="100002")
    ret.add("ActivePlans", id="R2", **{"Annual review meeting date": ret.d(10, 1), "Annual review decision": "M",
                                       "Annual review decision date": ret.d(10, 20)})
    setting(ret, "PlacementDetails", "R2", urn="100002", entry=dt.date(year - 6, 9, 1))
    ret.add("SENNeeds", id="R2", **{"SEN type of need": "SEMH", "Need rank": 1})

    person(ret, "P3", "Khan", "Zara", dt.date(year - 7, 1, 15), "F", "APKN", "202401100003")
    request(ret, "R3", "P3", ret.d(4, 7), "N – LA decided not to proceed with an assessment", ret.d(5, 30))

    person(ret, "P4", "Smith", "Oliver", dt.date(year - 5, 6, 6), "M", "WBRI", "202401100004")
    request(ret, "R4", "P4", ret.d(12, 1), "A")

    person(ret, "P5", "Jones", "Mia", dt.date(year - 12, 11, 11), "F", "WBRI", "202401100005")
    request(ret, "R5", "P5", ret.d(1, 20), "Y", ret.d(3, 1))
    assessment(ret, "R5", "N", ret.d(6, 1))

    person(ret, "P6", "Brown", "Leo", dt.date(year - 17, 3, 3), "M", "MWBC", "202401100006")
    request(ret, "R6", "P6", None, "H", rya=None)
    assessment(ret, "R6", "H")
    plan(ret, "R6", dt.date(year - 9, 9, 1), ceased=ret.d(7, 20), reason="2")
    setting(ret, "PlanDetails", "R6", urn="100003")

    person(ret, "P7", "Singh", "Arjun", dt.date(year - 20, 2, 14), "M", "AIND", uln9="123456789")
    request(ret, "R7", "P7", None, "H", rya=None)
    assessment(ret, "R7", "H")
    plan(ret, "R7", dt.date(year - 8, 1, 10))
    setting(ret, "PlanDetails", "R7", ukprn="10001234")
    ret.add("ActivePlans", id="R7")
    setting(ret, "PlacementDetails", "R7", ukprn="10001234", entry=ret.d(9, 4, 1))
    ret.add("SENNeeds", id="R7", **{"SEN type of need": "MLD", "Need rank": 1})

    person(ret, "P8", "Ahmed", "Yusuf", dt.date(year - 9, 8, 8), "M", "BSOM", "202401100008")
    request(ret, "R8", "P8", None, "H", rya=None)
    assessment(ret, "R8", "H – Historical")
    plan(ret, "R8", dt.date(year - 4, 3, 1))
    setting(ret, "PlanDetails", "R8", kind="OLA")
    ret.add("ActivePlans", id="R8", **{"Transferred in from LA": "203"})
    setting(ret, "PlacementDetails", "R8", kind="OLA – Other – arrangements made by the local authority", entry=ret.d(5, 1))
    ret.add("SENNeeds", id="R8", **{"SEN type of need": "SPLD", "Need rank": 1})
    return ret


def planted(year):
    """The clean return with realistic mistakes, each recorded in the answer key."""
    ret = clean(year)
    rows = ret.rows
    p1, p2, p4 = rows["Persons"][0], rows["Persons"][1], rows["Persons"][3]
    # A UPN copied with the wrong first letter.
    p2["UPN"] = ("A" if p2["UPN"][0] != "A" else "B") + p2["UPN"][1:]
    ret.expect("1510", "Persons", p2, "UPN")
    # A date typed as 31 February.
    r4 = rows["Requests"][3]
    r4["Date request received"] = "31/02/%d" % (year - 1)
    ret.expect("Requests.ReceivedDate.invalid", "Requests", r4, "Date request received")
    # A refusal dated before the request arrived.
    r3 = rows["Requests"][2]
    r3["Request outcome date"] = ret.d(4, 1)
    ret.expect("SX205", "Requests", r3, "Request outcome date")
    # A plan ceased without a reason.
    p6plan = rows["NamedPlans"][2]
    p6plan["Reason plan ceased"] = None
    ret.expect("SX402", "NamedPlans", p6plan, "Reason plan ceased")
    # A secondary need recorded without the primary.
    p2need = rows["SENNeeds"][2]
    p2need["Need rank"] = 2
    ret.expect("SX533", "SENNeeds", p2need, "Need rank")
    # A plan in force whose placement was not recorded.
    del rows["PlacementDetails"][1]
    ret.expect("SX502", "ActivePlans", rows["ActivePlans"][1], "Request ID")
    # A plan issued after 20 weeks with no exception (a query).
    a1 = rows["Assessments"][0]
    a1["Assessment outcome date"] = ret.d(7, 14)
    rows["NamedPlans"][0]["EHC plan start date"] = ret.d(7, 14)
    ret.expect("SX308", "Assessments", a1, "Assessment outcome date")
    # A setting named by URN with its unit indicator left blank.
    rows["PlanDetails"][0]["SEN unit"] = None
    ret.expect("SX426", "PlanDetails", rows["PlanDetails"][0], "SEN unit")
    # An unknown need code.
    rows["SENNeeds"][0]["SEN type of need"] = "AUT"
    ret.expect("SENneed.SENtype.invalid", "SENNeeds", rows["SENNeeds"][0], "SEN type of need")
    # A request whose Person ID matches nobody.
    orphan = request(ret, "R9", "P99", ret.d(6, 1), "W")
    ret.expect("SX701", "Requests", orphan, "Person ID")
    # The same child entered twice under two IDs.
    twin = person(ret, "P9", "Smith", "Oliver", p4["Date of birth"], "M", "WBRI")
    twin["UPN"] = p4["UPN"]
    request(ret, "R10", "P9", ret.d(11, 3), "A")
    ret.expect("1520", "Persons", twin, "UPN")
    ret.expect("1520", "Persons", p4, "UPN")
    ret.expect("SX111", "Persons", twin, "Surname")
    ret.expect("SX111", "Persons", p4, "Surname")
    if year == 2024:
        # Down syndrome is a need code only from 2025.
        rows["SENNeeds"][4]["SEN type of need"] = "DS"
        ret.expect("SENneed.SENtype.otherYear", "SENNeeds", rows["SENNeeds"][4], "SEN type of need")
    else:
        # An "other" request source, which COLLECT queries.
        r5 = rows["Requests"][4]
        r5["Request source"] = "5"
        ret.expect("SX207", "Requests", r5, "Request source")
    # A missing sex.
    p1["Sex"] = None
    ret.expect("Person.Sex.missing", "Persons", p1, "Sex")
    return ret


if __name__ == "__main__":
    for year in (2024, 2026):
        clean(year).save("clean-%d" % year)
        planted(year).save("planted-%d" % year)
