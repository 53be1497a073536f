"""Checks synthetic cohorts with independent clients: openpyxl reads the workbook sen2xl synth
writes (document properties and the Guide say the data are synthetic; Persons has one row per
person; UPNs pass the check-letter algorithm computed here independently; the answer key's cells
hold what it says was planted); LibreOffice opens it; Python's XML parser reads the COLLECT XML
and finds the same persons; the same seed gives the same bytes.
usage: check_synth.py SEN2XL WORKDIR"""
import csv, hashlib, os, sys
import xml.etree.ElementTree as ET

import openpyxl

from compat import check, failures, run

ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ"

def upn_ok(upn):
    """The UPN check letter (sen2-spec.md §6.1), written here from the digest, not from sen2xl."""
    total = 0
    for pos, ch in enumerate(upn[1:], start=2):
        value = int(ch) if ch.isdigit() else ALPHABET.index(ch)
        total += value * pos
    return ALPHABET[total % 23] == upn[0]

def uln_ok(uln):
    total = sum(int(d) * w for d, w in zip(uln[:9], range(10, 1, -1)))
    r = total % 11
    return r != 0 and 10 - r == int(uln[9])

def digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()

def main(binary, work):
    n = 1500
    book_path, xml_path, key_path = (os.path.join(work, f) for f in ("synth.xlsx", "synth.xml", "key.csv"))
    r = run([binary, "synth", "--children", str(n), "--year", "2026", "--la", "330", "--seed", "7",
             "-o", book_path, "--xml", xml_path, "--force"])
    check(r.returncode == 0, f"synth failed: {r.stderr}")

    book = openpyxl.load_workbook(book_path)
    check("SYNTHETIC" in (book.properties.title or ""), f"title {book.properties.title}")
    check(book.properties.creator == "sen2xl synth", f"creator {book.properties.creator}")
    check(str(book["Guide"]["A1"].value).startswith("SYNTHETIC DATA"), f"Guide A1 {book['Guide']['A1'].value}")
    persons = book["Persons"]
    headings = [c.value for c in persons[1]]
    rows = [r for r in persons.iter_rows(min_row=2, values_only=True) if r[0]]
    check(len(rows) == n, f"{len(rows)} person rows, expected {n}")
    upn_col = headings.index("UPN") if "UPN" in headings else None
    check(upn_col is not None, f"no UPN column in {headings}")
    if upn_col is not None:
        upns = [r[upn_col] for r in rows if r[upn_col]]
        check(len(upns) > n * 0.6, f"only {len(upns)} UPNs")
        check(all(upn_ok(u) for u in upns), "a UPN fails its check letter")
        check(len(set(upns)) == len(upns), "UPNs repeat")
        check(all(u[1:4] == "330" for u in upns[:50]) or sum(u[1:4] == "330" for u in upns) > len(upns) / 2,
              "most UPNs should carry the LA's code")

    root = ET.parse(xml_path).getroot()
    check(root.tag == "Message", f"root {root.tag}")
    check(root.findtext("Header/Source/SoftwareCode", "").find("SYNTHETIC") >= 0, "XML SoftwareCode does not say synthetic")
    check(root.findtext("Header/Source/LEA") == "330", "XML LEA")
    xml_persons = root.findall("Persons/Person")
    check(len(xml_persons) == n, f"{len(xml_persons)} XML persons")
    ulns = [p.findtext("UniqueLearnerNumber") for p in xml_persons if p.find("UniqueLearnerNumber") is not None]
    check(ulns and all(uln_ok(u) for u in ulns), "a ULN fails its check digit")
    surnames_book = [r[headings.index("Surname")] for r in rows]
    check(surnames_book == [p.findtext("Surname") for p in xml_persons], "workbook and XML persons differ")

    # LibreOffice opens the workbook.
    out = os.path.join(work, "synth-lo")
    os.makedirs(out, exist_ok=True)
    r = run(["soffice", "--headless", "--convert-to", "csv", "--outdir", out, book_path])
    check(r.returncode == 0 and os.path.exists(os.path.join(out, "synth.csv")), f"LibreOffice: {r.stderr}")

    # Same seed, same bytes; planted mistakes sit where the answer key says.
    again = os.path.join(work, "again.xlsx")
    run([binary, "synth", "--children", str(n), "--year", "2026", "--la", "330", "--seed", "7", "-o", again,
         "--threads", "1", "--force"])
    check(digest(again) == digest(book_path), "same seed gave different workbook bytes")
    planted = os.path.join(work, "planted.xlsx")
    r = run([binary, "synth", "--children", str(n), "--year", "2026", "--seed", "7", "--errors", "0.2",
             "-o", planted, "--answer-key", key_path, "--force"])
    check(r.returncode == 0, f"synth --errors failed: {r.stderr}")
    wb = openpyxl.load_workbook(planted)
    entries = list(csv.DictReader(open(key_path, newline="", encoding="utf-8")))
    check(len(entries) > n * 0.15, f"only {len(entries)} planted mistakes")
    for e in entries:
        value = wb[e["sheet"]][e["cell"]].value
        kind = e["kind"]
        if kind == "impossible-date":
            check(isinstance(value, str) and "/02/" in value, f"{e['cell']}: impossible date shows {value!r}")
        elif kind == "wrong-upn-check-letter":
            check(isinstance(value, str) and not upn_ok(value), f"{e['cell']}: UPN {value!r} should fail")
        elif kind == "wrong-uln-check-digit":
            check(not uln_ok(str(value)), f"{e['cell']}: ULN {value!r} should fail")
        elif kind in ("missing-required-item", "ceased-without-reason"):
            check(value in (None, ""), f"{e['cell']}: {kind} but the cell holds {value!r}")
        elif kind == "placement-only-setting-in-plan":
            check(str(value).startswith("NEET"), f"{e['cell']}: plan setting {value!r}")
    print(f"compat synth: {n} persons, {len(entries)} planted mistakes checked")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
    sys.exit(1 if failures else 0)
