"""Checks workbooks that sen2xl writes with independent clients: LibreOffice (headless CSV export
of every value), openpyxl (header style, frozen panes, number formats, types, and on a sample built
by the Swift test WriterFeatureSampleTests: notes, dropdowns, fills, merges, links, sheet states)
and zipinfo (version needed 2.0, no Zip64 records). Also checks that `sen2xl cat` gives back every
CSV value, that `sen2xl convert WORKBOOK -o FILE.csv` matches `cat`, and that outputs are never
overwritten without --force.
usage: check_writer.py SEN2XL WORKDIR"""
import csv, datetime as dt, os, random, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
failures = []

def fail(msg):
    failures.append(msg)
    print("FAIL:", msg)

def check(cond, msg):
    if not cond: fail(msg)

def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)

def make_csv(path, rows):
    rnd = random.Random(7)
    header = ["UPN", "Surname", "Date of birth", "Age", "Postcode", "Code", "Consent", "Amount", "Note"]
    records = [header]
    names = ["Smith", "O'Brien, Jo", "Ünïcode <&>", 'Quote "inside"', " padded ", "Zoë—“dash”", "=1+1", "_x0041_"]
    for i in range(1, rows + 1):
        d = dt.date(2005, 1, 1) + dt.timedelta(days=rnd.randrange(7000))
        records.append([
            f"A{rnd.randrange(10**12):012d}", names[i % len(names)], d.isoformat(), str(rnd.randrange(0, 26)),
            rnd.choice(["N4 2AB", "E1 6AN", "SW1A 1AA"]), rnd.choice(["0012", "01", "7", "007", "12345678901234567"]),
            rnd.choice(["TRUE", "FALSE", "Yes"]), rnd.choice(["1.50", "2.5", "0.1", "-3", "741.5505", "-0"]),
            "line one\nline two" if i % 97 == 0 else ("" if i % 5 == 0 else f"note {i}"),
        ])
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(records)
    return records

def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return [row for row in csv.reader(f)]

def trim(records):
    out = [list(r) for r in records]
    for r in out:
        while r and r[-1] == "": r.pop()
    while out and not out[-1]: out.pop()
    return out

def zip_checks(path):
    info = run(["zipinfo", "-v", path]).stdout
    versions = re.findall(r"minimum software version required to extract:\s+(\S+)", info)
    check(versions and all(v in ("2.0", "1.0") for v in versions), f"{path}: version needed {set(versions)}")
    extras = re.findall(r"length of extra field:\s+(\d+) bytes", info)
    check(extras and all(e == "0" for e in extras), f"{path}: extra fields {set(extras)}")
    check("Zip64" not in info and "64-bit" not in info, f"{path}: Zip64 records present")

def libreoffice_csv(paths, workdir):
    out = os.path.join(workdir, "lo")
    os.makedirs(out, exist_ok=True)
    profile = "file://" + os.path.join(workdir, "lo-profile")
    r = run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to",
             "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", out] + paths, timeout=600)
    results = {}
    for p in paths:
        target = os.path.join(out, os.path.splitext(os.path.basename(p))[0] + ".csv")
        if not os.path.exists(target):
            fail(f"LibreOffice did not convert {p}: {r.stdout} {r.stderr}")
        else:
            results[p] = read_csv(target)
    return results

def shown_by_libreoffice(value):
    """The text LibreOffice shows for a CSV field sen2xl typed: dates dd/mm/yyyy, numbers in General."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        y, m, d = value.split("-")
        if (int(y), int(m), int(d)) >= (1900, 1, 1):
            return f"{d}/{m}/{y}"
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", value)

def check_converted(sen2xl, workdir, csv_path, records, xlsx, extra, lo_rows):
    r = run([sen2xl, "convert", csv_path, "-o", xlsx] + extra)
    check(r.returncode == 0, f"convert {extra}: {r.stderr}")
    if r.returncode != 0: return
    zip_checks(xlsx)
    cat = run([sen2xl, "cat", xlsx])
    check(cat.returncode == 0, f"cat {xlsx}: {cat.stderr}")
    back = list(csv.reader(cat.stdout.splitlines(keepends=True)))
    check(trim(back) == trim(records), f"{xlsx}: sen2xl cat does not give back the CSV values")
    out_csv = xlsx + ".csv"
    r = run([sen2xl, "convert", xlsx, "-o", out_csv])
    cat_bytes = subprocess.run([sen2xl, "cat", xlsx], capture_output=True).stdout
    check(r.returncode == 0 and open(out_csv, "rb").read() == cat_bytes, f"{xlsx}: convert to CSV differs from cat ({r.stderr})")
    r = run([sen2xl, "convert", csv_path, "-o", xlsx] + extra)
    check(r.returncode == 2 and "exists" in r.stderr, f"{xlsx}: an existing output was not refused ({r.returncode})")
    lo_rows.append(xlsx)

def check_openpyxl_converted(xlsx, header):
    import openpyxl
    wb = openpyxl.load_workbook(xlsx)
    ws = wb.worksheets[0]
    if header:
        check(ws.freeze_panes == "A2", f"{xlsx}: frozen panes {ws.freeze_panes}")
        check(all(c.font.b for c in ws[1]), f"{xlsx}: header not bold")
        check(ws["D1"].value == "Age", f"{xlsx}: header cell D1 {ws['D1'].value!r}")
    row = 2
    check(isinstance(ws.cell(row, 3).value, dt.datetime) and ws.cell(row, 3).number_format == "dd/mm/yyyy",
          f"{xlsx}: date cell {ws.cell(row, 3).value!r} {ws.cell(row, 3).number_format}")
    check(isinstance(ws.cell(row, 4).value, int), f"{xlsx}: age is {type(ws.cell(row, 4).value)}")
    check(isinstance(ws.cell(row, 1).value, str), f"{xlsx}: UPN is {type(ws.cell(row, 1).value)}")
    check(ws.column_dimensions["A"].width > 13, f"{xlsx}: column A width {ws.column_dimensions['A'].width}")

def check_sample(path):
    import openpyxl
    wb = openpyxl.load_workbook(path)
    check(wb.sheetnames == ["Template", "Notes", "Summary", "Lists"], f"sample sheets {wb.sheetnames}")
    check([wb[n].sheet_state for n in wb.sheetnames] == ["visible", "hidden", "visible", "veryHidden"], "sample sheet states")
    ws = wb["Template"]
    check(ws.freeze_panes == "B2", f"sample frozen panes {ws.freeze_panes}")
    check(ws.auto_filter.ref == "A1:H3", f"sample autofilter {ws.auto_filter.ref}")
    check(ws.sheet_properties.tabColor is not None and ws.sheet_properties.tabColor.rgb == "FF1F7A4D", "sample tab colour")
    check([str(r) for r in ws.merged_cells.ranges] == ["A4:D4"], "sample merged cells")
    a3 = ws["A3"]
    check(a3.comment is not None and a3.comment.text.startswith("The UPN check letter") and a3.comment.author == "sen2xl",
          "sample note on A3")
    check(ws["D1"].comment is not None and ws["D1"].comment.text == "Yes or No" and ws["D1"].comment.author == "Data team",
          "sample note on D1")
    check(a3.fill.patternType == "solid" and a3.fill.fgColor.rgb == "FFFFC7CE", f"sample fill {a3.fill.fgColor.rgb}")
    check(ws["A1"].font.b and ws["A1"].fill.fgColor.rgb == "FFD9D9D9", "sample header style")
    check(ws["C2"].number_format == "dd/mm/yyyy" and ws["C2"].value == dt.datetime(2015, 3, 9), "sample date")
    check(ws["F2"].number_format == "0.00" and ws["F2"].value == 1234.5, "sample number format")
    check(ws["F3"].value == "=E3*2.5", f"sample formula {ws['F3'].value!r}")
    check(ws["G3"].alignment.wrap_text and ws["G3"].protection.locked is False, "sample wrap and unlocked")
    dvs = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    yes = dvs.get("D2:D500")
    check(yes is not None and yes.type == "list" and yes.formula1 == '"Yes,No"' and yes.prompt == "Choose Yes or No"
          and yes.promptTitle == "Consent" and yes.error == "Pick Yes or No from the list", "sample Yes/No dropdown")
    la = dvs.get("G2:G500")
    check(la is not None and la.type == "list" and la.errorStyle == "warning", "sample long dropdown")
    if la is not None:
        name = wb.defined_names.get(la.formula1)
        check(name is not None and name.attr_text == "Lists!$A$1:$A$41", f"sample long list name {la.formula1}")
        check(wb["Lists"]["A41"].value == "Camden", "sample lists sheet values")
    hours = dvs.get("E2:E500")
    check(hours is not None and hours.type == "whole" and hours.formula1 == "0" and hours.formula2 == "52"
          and hours.errorStyle == "information", "sample whole-number validation")
    born = dvs.get("C2:C500")
    check(born is not None and born.type == "date" and born.operator == "greaterThanOrEqual", "sample date validation")
    check(ws["H2"].hyperlink is not None and ws["H2"].hyperlink.target.startswith("https://www.gov.uk/"), "sample URL link")
    check(wb["Summary"]["A1"].hyperlink is not None and wb["Summary"]["A1"].hyperlink.location == "Template!A1", "sample internal link")
    check("ChildRows" in wb.defined_names, "sample defined name")

def main(sen2xl, workdir):
    sen2xl = os.path.abspath(sen2xl)
    csv_path = os.path.join(workdir, "extract.csv")
    records = make_csv(csv_path, 3000)
    lo_inputs = []
    check_converted(sen2xl, workdir, csv_path, records, os.path.join(workdir, "default.xlsx"), [], lo_inputs)
    check_converted(sen2xl, workdir, csv_path, records, os.path.join(workdir, "inline.xlsx"),
                    ["--inline-strings", "--compression-level", "1"], lo_inputs)
    check_converted(sen2xl, workdir, csv_path, records, os.path.join(workdir, "plain.xlsx"),
                    ["--no-header-row", "--compression-level", "0", "--sheet", "Raw data"], lo_inputs)
    for x in lo_inputs:
        check_openpyxl_converted(x, header=not x.endswith("plain.xlsx"))

    sample_dir = os.path.join(workdir, "sample")
    os.makedirs(sample_dir, exist_ok=True)
    env = dict(os.environ, SEN2XL_WRITER_SAMPLE_DIR=sample_dir)
    build = run(["swift", "build", "--build-tests"], cwd=ROOT)
    check(build.returncode == 0, f"building the tests failed: {build.stderr[-2000:]}")
    t = run(["swift", "test", "--skip-build", "--disable-xctest", "--filter", "WriterFeatureSampleTests"], cwd=ROOT, env=env)
    sample = os.path.join(sample_dir, "features.xlsx")
    check(t.returncode == 0 and os.path.exists(sample), f"the sample test failed: {t.stdout[-2000:]}")
    if os.path.exists(sample):
        zip_checks(sample)
        check_sample(sample)
        lo_inputs.append(sample)

    converted = libreoffice_csv(lo_inputs, workdir)
    for x, rows in converted.items():
        if x == sample:
            check(rows[1][:6] == ["A123456789012", "Smith", "09/03/2015", "Yes", "12", "1234.50"], f"LibreOffice sample row {rows[1]}")
            continue
        expected = [[shown_by_libreoffice(v) for v in r] for r in records]
        if rows != expected:
            bad = next((i for i, (a, b) in enumerate(zip(rows, expected)) if a != b), min(len(rows), len(expected)))
            fail(f"LibreOffice sees different values in {x} at record {bad + 1}: "
                 f"{rows[bad] if bad < len(rows) else None} != {expected[bad] if bad < len(expected) else None}")
    print(f"check_writer: {len(lo_inputs)} workbooks checked with LibreOffice, openpyxl and zipinfo; {len(failures)} failures")
    return 1 if failures else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
