"""Checks `sen2xl validate` from the outside, on the repository's hand-made SEN2 fixtures:
the checked copy opened with openpyxl (every answer-key cell filled light red or amber with a
note listing "[rule id] message"; the Validation summary sheet first in view with links to the
cells and the audit trail), LibreOffice converts it without complaint, zipinfo shows no Zip64,
checking the checked copy again leaves the same marks (no doubled notes), the JSON and CSV
reports have exactly the issue's columns, exit statuses are 0 (clean), 1 (errors) and 2
(unreadable), the input is never written over, and a mapped extract and a Blade CSV folder check.
usage: check_validate.py SEN2XL WORKDIR"""
import csv, hashlib, json, os, shutil, sys
from openpyxl import load_workbook

from compat import check, failures, run

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIX = os.path.join(ROOT, "Tests", "Fixtures", "sen2", "validate")

ERROR_FILL, QUERY_FILL = "FFF9C6C3", "FFFCDD94"


def sha256(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def marks(path):
    """Every highlighted or noted cell: (sheet, cell) -> (fill colour, note text)."""
    book = load_workbook(path)
    found = {}
    for ws in book.worksheets:
        if ws.title == "Validation summary":
            continue
        for row in ws.iter_rows():
            for c in row:
                fill = c.fill.fgColor.rgb if c.fill is not None and c.fill.fill_type == "solid" else None
                note = c.comment.text if c.comment is not None else None
                if fill in (ERROR_FILL, QUERY_FILL) or (note and "[" in note and row[0].row > 1):
                    found[(ws.title, c.coordinate)] = (fill, note)
    return book, found


def main(binary, work):
    planted = os.path.join(work, "planted-2026.xlsx")
    shutil.copy(os.path.join(FIX, "planted-2026.xlsx"), planted)
    before = sha256(planted)
    report_json, report_csv = os.path.join(work, "report.json"), os.path.join(work, "report.csv")
    r = run([binary, "validate", planted, "--report", report_json])
    check(r.returncode == 1, f"planted mistakes: exit {r.returncode}, expected 1: {r.stderr}")
    check("1510" in r.stdout and "errors" in r.stdout, f"console summary: {r.stdout}")
    check(sha256(planted) == before, "the input was changed")
    checked = os.path.join(work, "planted-2026-checked.xlsx")
    check(os.path.exists(checked), "no checked copy beside the input")

    key = list(csv.DictReader(open(os.path.join(FIX, "planted-2026.expected.csv"))))
    book, found = marks(checked)
    for entry in key:
        place = (entry["sheet"], entry["cell"])
        fill, note = found.get(place, (None, None))
        check(note is not None and f"[{entry['rule']}]" in note, f"{place}: note {note!r} lacks [{entry['rule']}]")
        check(fill in (ERROR_FILL, QUERY_FILL), f"{place}: fill {fill}")
    check(found[("Persons", "H3")][0] == ERROR_FILL, "an error cell is light red")
    check(found[("Assessments", "C2")][0] == QUERY_FILL, "a query-only cell is amber")
    check(book.active.title == "Validation summary", f"active sheet {book.active.title}")
    summary = book["Validation summary"]
    texts = [str(c.value) for row in summary.iter_rows() for c in row if c.value is not None]
    check(before in texts, "the summary records the input's SHA-256")
    check(any(t.startswith("sen2xl ") for t in texts), "the summary records the sen2xl version")
    links = [c.hyperlink.location for row in summary.iter_rows() for c in row if c.hyperlink is not None]
    check(any("'Persons'!H3" in (l or "") or "Persons!H3" in (l or "") for l in links), f"no link to Persons!H3 in {links[:5]}")

    # The JSON report has exactly the issue's keys.
    issues = json.load(open(report_json))["issues"]
    check(all(set(i) <= {"rule", "severity", "sheet", "cell", "person", "message"} for i in issues), "JSON keys")
    check(sorted((i["rule"], i.get("sheet"), i.get("cell")) for i in issues) ==
          sorted((e["rule"], e["sheet"], e["cell"]) for e in key), "JSON issues differ from the answer key")

    # Checking the checked copy again gives the same marks, not doubled notes.
    again = os.path.join(work, "again.xlsx")
    r = run([binary, "validate", checked, "-o", again, "--report", report_csv, "--quiet"])
    check(r.returncode == 1 and r.stdout == "", f"re-check: exit {r.returncode}, output {r.stdout!r}")
    _, found_again = marks(again)
    check(found_again == found, "re-checking changed the marks")
    rows = list(csv.reader(open(report_csv)))
    check(rows[0] == ["rule", "severity", "sheet", "cell", "person", "message"] and len(rows) == len(issues) + 1, "CSV report")

    # LibreOffice opens the checked copy; no Zip64 records.
    out = os.path.join(work, "lo")
    os.makedirs(out, exist_ok=True)
    r = run(["soffice", "--headless", "--convert-to", "csv", "--outdir", out, checked])
    check(r.returncode == 0 and os.path.exists(os.path.join(out, "planted-2026-checked.csv")), f"LibreOffice: {r.stderr}")
    r = run(["zipinfo", "-v", checked])
    check("Zip64" not in r.stdout and "zip64" not in r.stdout, "Zip64 records in the checked copy")

    # A clean return exits 0; an unreadable one 2; the input is never the output.
    clean = os.path.join(work, "clean-2026.xlsx")
    shutil.copy(os.path.join(FIX, "clean-2026.xlsx"), clean)
    r = run([binary, "validate", clean])
    check(r.returncode == 0 and "0 error(s)" in r.stdout, f"clean: exit {r.returncode}: {r.stdout} {r.stderr}")
    junk = os.path.join(work, "junk.xlsx")
    open(junk, "w").write("not a workbook")
    r = run([binary, "validate", junk])
    check(r.returncode == 2 and r.stderr.startswith("sen2xl: "), f"unreadable: exit {r.returncode}: {r.stderr}")
    r = run([binary, "validate", clean, "-o", clean])
    check(r.returncode == 2 and sha256(clean) == sha256(os.path.join(FIX, "clean-2026.xlsx")), "the input was accepted as output")

    # XML: findings name the element path; -o writes the marked template.
    xml = os.path.join(work, "clean.xml")
    r = run([binary, "export", clean, "--year", "2026", "-o", xml])
    check(r.returncode == 0, f"export of the clean return: {r.stderr}")
    text = open(xml).read().replace("<DMO>Y</DMO>", "")
    open(xml, "w").write(text)
    marked = os.path.join(work, "from-xml.xlsx")
    r = run([binary, "validate", xml, "--report", report_json, "-o", marked])
    check(r.returncode == 1, f"XML without DMO: exit {r.returncode}: {r.stderr}")
    issues = json.load(open(report_json))["issues"]
    check([i["rule"] for i in issues] == ["Source.DMO.missing"] and "sheet" not in issues[0] and
          issues[0]["message"].startswith("Message/Header/Source/DMO"), f"XML issues {issues}")
    book, found = marks(marked)
    check(book.active.title == "Validation summary", "the template from XML has the summary in view")

    # An extract described by a mapping file (which names the year); a COLLECT Blade CSV folder.
    extract = os.path.join(ROOT, "Tests", "Fixtures", "sen2", "extract")
    r = run([binary, "validate", os.path.join(extract, "extract.xlsx"), "--mapping", os.path.join(extract, "mapping.yaml"),
             "-o", os.path.join(work, "extract-checked.xlsx"), "--report", report_csv])
    rows = list(csv.DictReader(open(report_csv))) if r.returncode == 1 else []
    check(any(row["rule"] == "SX101" and row["sheet"] == "Children" for row in rows), f"mapped extract: exit {r.returncode}: {r.stderr}")
    r = run([binary, "validate", os.path.join(ROOT, "Tests", "Fixtures", "sen2", "blade-2025"), "--report", report_json])
    check(r.returncode == 0 and json.load(open(report_json)) == {"issues": []}, f"Blade folder: exit {r.returncode}: {r.stdout} {r.stderr}")

    print("validate checks passed" if not failures else f"{len(failures)} validate check(s) failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
