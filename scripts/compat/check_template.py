"""Checks the SEN2 template with independent clients: openpyxl sees the sheets, frozen heading
rows, filters, notes on every heading, CODE – label and 1/0 dropdowns and date validation;
LibreOffice opens it and converts it without complaint; a template filled in by openpyxl the
way a person would (labels, codes, dates typed as text or real dates) exports to XML, which
imports back to a workbook that exports to the same XML. The filled rows are a round-trip
sample, not a valid return (a plan with no active plan record, say), so they are exported
with --allow-errors.
usage: check_template.py SEN2XL WORKDIR"""
import datetime as dt, os, subprocess, sys

import openpyxl

failures = []

def check(cond, msg):
    if not cond:
        failures.append(msg)
        print("FAIL:", msg)

def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300)

def main(binary, work):
    template = os.path.join(work, "SEN2-2026.xlsx")
    r = run([binary, "template", "--year", "2026", "--la", "202", "-o", template])
    check(r.returncode == 0, f"template failed: {r.stderr}")
    book = openpyxl.load_workbook(template)
    expected = ["Guide", "Header", "Persons", "Requests", "Assessments", "NamedPlans", "PlanDetails",
                "ActivePlans", "PlacementDetails", "SENNeeds", "Lists"]
    check(book.sheetnames == expected, f"sheets {book.sheetnames}")
    check(book["Lists"].sheet_state == "veryHidden", "Lists sheet should be very hidden")
    persons = book["Persons"]
    headings = [c.value for c in persons[1]]
    check(headings[:3] == ["Person ID", "Surname", "Forename"], f"Persons headings {headings}")
    check(persons.freeze_panes == "A2", f"freeze panes {persons.freeze_panes}")
    check(bool(persons.auto_filter.ref), "Persons has no autofilter")
    check(all(c.comment is not None for c in persons[1]), "every Persons heading has a note")
    check("Item 1.4" in persons["E1"].comment.text, f"Sex note: {persons['E1'].comment.text}")
    kinds = {}
    for v in persons.data_validations.dataValidation:
        for rng in str(v.sqref).split():
            kinds[rng.split(":")[0]] = (v.type, v.formula1)
    check(kinds.get("D2", ("",))[0] == "date", f"date validation on D: {kinds.get('D2')}")
    check(kinds.get("E2", ("",))[0] == "list" and "M – Male" in (kinds["E2"][1] or ""), f"Sex dropdown: {kinds.get('E2')}")
    check(kinds.get("F2", ("",))[0] == "list", f"Ethnicity dropdown: {kinds.get('F2')}")
    requests = book["Requests"]
    rk = {str(v.sqref).split(":")[0]: (v.type, v.formula1) for v in requests.data_validations.dataValidation}
    check(rk.get("E2") == ("list", '"1,0"'), f"RYA 1/0 dropdown: {rk.get('E2')}")
    check(book["Header"]["B3"].value == "202 – Camden", f"Header LA {book['Header']['B3'].value}")

    # LibreOffice opens it.
    out = os.path.join(work, "lo")
    os.makedirs(out, exist_ok=True)
    r = run(["soffice", "--headless", "--convert-to", "csv", "--outdir", out, template])
    check(r.returncode == 0 and os.path.exists(os.path.join(out, "SEN2-2026.csv")), f"LibreOffice: {r.stderr}")

    # Fill it in the way a person would.
    header = book["Header"]
    for row in range(2, header.max_row + 1):
        label = header.cell(row, 1).value
        if label == "Designated Medical Officer": header.cell(row, 2).value = "Y – Yes"
        if label == "Designated Clinical Officer": header.cell(row, 2).value = "N"
        if label == "Designated Social Care Officer": header.cell(row, 2).value = "Recruitment in progress"
    book["Persons"].append(["P1", "Patel", "Riya", dt.date(2014, 5, 6), "F – Female", "AIND – Indian", "le1 1aa", "B801200005001"])
    book["Persons"].append(["P2", "Brown", "Sam", "07/08/2010", "Male", "WBRI", None, None, "1000000043"])
    book["Requests"].append(["R1", "P1", dt.date(2025, 3, 4), "2 – School or other education setting", 0, "10/04/2025", "Y – LA proceeded with an assessment", 0, 0])
    book["Requests"].append(["R2", "P2", None, None, None, None, "H", None, None])
    book["Assessments"].append(["R1", "Y", dt.date(2025, 7, 1), 0, 0, 0, 0, 0])
    book["NamedPlans"].append(["R1", dt.date(2025, 7, 1), None, None, 1, 0, None])
    book["PlanDetails"].append(["R1", "123456", None, None, None, "1 – Primary", 0, 0])
    book["ActivePlans"].append(["R2", None, "01/10/2025", "M – Maintain the EHC plan"])
    book["PlacementDetails"].append(["R2", None, "10012345", None, None, 1, dt.date(2023, 9, 1)])
    book["SENNeeds"].append(["R2", "SEMH – Social, emotional and mental health", 1])
    filled = os.path.join(work, "filled.xlsx")
    book.save(filled)
    xml1, back, xml2 = (os.path.join(work, n) for n in ("a.xml", "back.xlsx", "b.xml"))
    r = run([binary, "export", filled, "--year", "2026", "--allow-errors", "-o", xml1])
    check(r.returncode == 0, f"export of the filled template failed: {r.stderr}")
    text = open(xml1, encoding="utf-8").read() if os.path.exists(xml1) else ""
    for fragment in ("<LEA>202</LEA>", "<Ethnicity>AIND</Ethnicity>", "<PostCode>LE1 1AA</PostCode>",
                     "<PersonBirthDate>2010-08-07</PersonBirthDate>", "<RequestSource>2</RequestSource>",
                     "<UKPRN>10012345</UKPRN>", "<SENtype>SEMH</SENtype>", "<ReviewOutcome>M</ReviewOutcome>"):
        check(fragment in text, f"export lacks {fragment}")
    r = run([binary, "import", xml1, "-o", back])
    check(r.returncode == 0, f"import failed: {r.stderr}")
    r = run([binary, "export", back, "--year", "2026", "--allow-errors", "-o", xml2])
    check(r.returncode == 0, f"export of the imported workbook failed: {r.stderr}")
    if os.path.exists(xml2):
        strip = lambda p: [l for l in open(p, encoding="utf-8") if "<DateTime>" not in l]
        check(strip(xml1) == strip(xml2), "XML → workbook → XML changed the return")
    r = run([binary, "export", filled, "--year", "2026", "--allow-errors", "-o", xml1])
    check(r.returncode != 0 and "--force" in r.stderr, "an existing export must not be replaced without --force")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
    if failures:
        sys.exit(f"{len(failures)} template check(s) failed")
    print("template checks passed")
