"""Checks `sen2xl summary` and `sen2xl reconcile` from the outside, on the repository's SEN2
fixtures: the JSON shapes the issue fixes (every key, types, percentages with one decimal), the
workbooks opened with openpyxl (sheets, numbers, the highlighted cells and their notes), the HTML
page (self-contained; rendered by headless Chromium to PNG and PDF when it is installed),
reconciliation of an extract whose headings were renamed and whose records were changed, and
refusal to write over an input.
usage: check_insight.py SEN2XL WORKDIR"""
import json, os, re, shutil, subprocess, sys
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIX = os.path.join(ROOT, "Tests", "Fixtures")
sys.path.insert(0, HERE)
from compat import check, failures, libreoffice_round_trip, run

SUMMARY_KEYS = ["reference_date", "caseload", "activity"]
CASELOAD_KEYS = ["total", "age_band", "sex", "primary_need", "placement", "ethnic_group"]
ACTIVITY_KEYS = ["year", "requests", "refused", "assessments", "new_plans", "within_20_weeks_pct",
                 "within_20_weeks_excl_exceptions_pct", "ceased", "ceased_by_reason", "transfers_in", "transfers_out"]

def check_figures(obj, where):
    check(list(obj.keys())[:3] == SUMMARY_KEYS, f"{where}: keys {list(obj.keys())}")
    check(re.fullmatch(r"\d{4}-\d{2}-\d{2}", obj["reference_date"]) is not None, f"{where}: reference_date")
    check(list(obj["caseload"].keys()) == CASELOAD_KEYS, f"{where}: caseload keys {list(obj['caseload'].keys())}")
    for k in CASELOAD_KEYS[1:]:
        counts = obj["caseload"][k]
        check(isinstance(counts, dict) and all(isinstance(v, int) for v in counts.values()), f"{where}: {k} counts")
        check(sum(counts.values()) == obj["caseload"]["total"], f"{where}: {k} sums to {sum(counts.values())}, total {obj['caseload']['total']}")
    check(list(obj["activity"].keys()) == ACTIVITY_KEYS, f"{where}: activity keys {list(obj['activity'].keys())}")
    a = obj["activity"]
    check(sum(a["ceased_by_reason"].values()) == a["ceased"], f"{where}: ceased by reason")

def check_summary(bin, work):
    blade = os.path.join(FIX, "sen2", "blade-2025")
    r = run([bin, "summary", blade, "--format", "json"])
    check(r.returncode == 0, f"summary blade: exit {r.returncode} {r.stderr}")
    doc = json.loads(r.stdout)
    check(list(doc.keys()) == SUMMARY_KEYS + ["queries"], f"summary keys {list(doc.keys())}")
    check_figures(doc, "blade")
    for pct in re.findall(r'"within_20_weeks(?:_excl_exceptions)?_pct":([^,}]+)', r.stdout):
        check(pct == "null" or re.fullmatch(r"\d+\.\d", pct), f"percentage {pct} has not one decimal")
    template = os.path.join(FIX, "sen2", "filled-template-2026.xlsx")
    previous = os.path.join(FIX, "sen2", "dfe-headings-2024.xlsx")
    gias = os.path.join(FIX, "gias", "edubasealldata-sample.csv")
    xlsx, html = os.path.join(work, "summary.xlsx"), os.path.join(work, "summary.html")
    r = run([bin, "summary", template, "--previous", previous, "--gias", gias, "--format", "json", "-o", xlsx, "--html", html])
    check(r.returncode == 0, f"summary with previous: exit {r.returncode} {r.stderr}")
    doc = json.loads(r.stdout)
    check(list(doc.keys()) == SUMMARY_KEYS + ["previous", "queries"], f"summary keys with previous {list(doc.keys())}")
    check_figures(doc["previous"], "previous")
    check(all(list(q.keys()) == ["id", "message", "count"] for q in doc["queries"]), "query keys")
    book = load_workbook(xlsx)
    for name in ["Summary", "Caseload", "Age band", "Primary need", "Activity", "Queries", "Query records", "Validation", "Definitions"]:
        check(name in book.sheetnames, f"summary workbook lacks sheet {name}: {book.sheetnames}")
    rules = [row for row in book["Validation"].iter_rows(min_row=2, values_only=True)]
    check(rules and all(isinstance(r[2], (int, float)) and r[1] in ("error", "query") for r in rules), f"validation sheet rows {rules[:3]}")
    check(libreoffice_round_trip(xlsx, work) > 50, "LibreOffice reads the summary workbook back")
    ages = book["Age band"]
    check(ages["A1"].value == "Figure" and isinstance(ages["C2"].value, (int, float)), "age band sheet holds numbers")
    page = open(html, encoding="utf-8").read()
    for bad in ["<script", "src=", "href=", "url("]:
        check(bad not in page, f"HTML uses {bad}")
    check(page.count("<svg") == 3, "HTML has three charts")
    r = run([bin, "summary", template, "-o", template])
    check(r.returncode == 2 and "input" in r.stderr, f"summary may not write over its input: {r.returncode} {r.stderr}")
    r = run([bin, "summary", template, "-o", xlsx])
    check(r.returncode == 2, "summary keeps an existing output without --force")
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser:
        png, pdf = os.path.join(work, "summary.png"), os.path.join(work, "summary.pdf")
        flags = ["--headless", "--no-sandbox", "--disable-gpu"]
        run([browser] + flags + ["--window-size=1000,2000", f"--screenshot={png}", "file://" + html])
        run([browser] + flags + ["--no-pdf-header-footer", f"--print-to-pdf={pdf}", "file://" + html])
        check(os.path.exists(png) and os.path.getsize(png) > 20000, "Chromium rendered the page")
        check(os.path.exists(pdf) and open(pdf, "rb").read().count(b"/Type /Page") >= 2, "Chromium printed the page")
    else:
        print("compat: chromium not installed; the HTML was checked as text only")

def renamed_copy(src, dst):
    """The template fixture as another system might export it: other headings, P1's UPN missing
    and surname upper-cased, P2 with another ID and birth date, P4 gone, a new person added."""
    book = load_workbook(src)
    persons = book["Persons"]
    heads = {c.value: c.column for c in persons[1]}
    persons.cell(1, heads["SURNAME"]).value = "Surname (legal)"
    persons.cell(1, heads["date of birth"]).value = "PersonBirthDate"
    persons.cell(1, heads["Post code"]).value = "postcode"
    for row in persons.iter_rows(min_row=2):
        pid = row[0].value
        if pid == "P1":
            row[heads["UPN"] - 1].value = None
            row[heads["SURNAME"] - 1].value = "LOVELACE"
        if pid == "P2":
            row[heads["date of birth"] - 1].value = "1912-06-23"
    for row in book["Requests"].iter_rows(min_row=2):
        if row[1].value == "P1":
            row[2].value = "2025-02-04"
    persons.append(["P9", "Katherine", "Johnson", "2016-08-26", "F", "BCRB", None, None, None, "UN2", None])
    for row in persons.iter_rows(min_row=2):
        if row[0].value == "P4":
            for c in row: c.value = None
    book.save(dst)

def check_reconcile(bin, work):
    new = os.path.join(FIX, "sen2", "filled-template-2026.xlsx")
    old = os.path.join(work, "old-system.xlsx")
    renamed_copy(new, old)
    out = os.path.join(work, "reconcile.xlsx")
    r = run([bin, "reconcile", old, new, "--format", "json", "-o", out])
    check(r.returncode == 0, f"reconcile: exit {r.returncode} {r.stderr}")
    doc = json.loads(r.stdout)
    check(list(doc.keys()) == ["matched", "only_old", "only_new", "ambiguous", "differences"], f"reconcile keys {list(doc.keys())}")
    matched = {m["old"]: (m["new"], m["method"]) for m in doc["matched"]}
    check(matched.get("P1") == ("P1", "name_dob"), f"P1 linked by name and birth date: {matched.get('P1')}")
    check(matched.get("P2", ("", ""))[1] == "uln", f"P2 linked by ULN despite the birth date: {matched.get('P2')}")
    check(doc["only_old"] == ["P9"] and doc["only_new"] == ["P4"], f"only old {doc['only_old']}, only new {doc['only_new']}")
    check(all(list(m.keys()) == ["old", "new", "method", "confidence"] for m in doc["matched"]), "matched keys")
    diffs = {(d["old"], d["table"], d["item"]): (d["old_value"], d["new_value"]) for d in doc["differences"]}
    check(diffs.get(("P1", "Persons", "Surname")) == ("LOVELACE", "Lovelace"), f"P1 surname difference {diffs}")
    check(diffs.get(("P1", "Persons", "UPN")) == ("", "B801200005001"), "P1 UPN difference")
    check(diffs.get(("P1", "Requests", "ReceivedDate")) == ("2025-02-04", "2025-02-03"), "P1 request date difference")
    check(diffs.get(("P2", "Persons", "PersonBirthDate")) == ("1912-06-23", "2012-06-23"), "P2 birth date difference")
    book = load_workbook(out)
    check(book.sheetnames == ["Summary", "Matched", "Only in old", "Only in new", "Ambiguous", "Differences"], f"sheets {book.sheetnames}")
    sheet = book["Matched"]
    heads = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "P1")
    cell = row[heads.index("Surname")]
    check(cell.comment is not None and "Old: LOVELACE" in cell.comment.text and "New: Lovelace" in cell.comment.text,
          f"highlighted surname note: {cell.comment.text if cell.comment else None}")
    check(cell.fill is not None and cell.fill.fgColor.rgb.upper().endswith("FFEB9C"), f"surname cell fill {cell.fill.fgColor.rgb}")
    plain = row[heads.index("Forename")]
    check(plain.comment is None, "an unchanged cell has no note")
    check(libreoffice_round_trip(out, work) > 10, "LibreOffice reads the reconcile workbook back")

def main():
    bin, work = sys.argv[1], sys.argv[2]
    check_summary(bin, work)
    check_reconcile(bin, work)
    if failures:
        sys.exit(f"{len(failures)} failure(s)")
    print("compat: summary and reconcile OK")

main()
