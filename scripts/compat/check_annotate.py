"""Annotates every workbook in Tests/Fixtures/corpus with `sen2xl annotate` (on each worksheet: an
existing cell, preferring one with a date format; an empty cell beyond the used range; a cell that
already has a note where one exists) and checks the output with independent clients:
  - LibreOffice converts it without error, and the copy LibreOffice writes has the new notes and
    fills (so LibreOffice understood them);
  - openpyxl (where it loads the original) loads it and sees the new notes and fills, and the old
    notes intact;
  - python-calamine gives the same value for every original cell;
  - every entry whose content did not change is stored byte-identical (same compressed bytes and
    CRC), and only parts an annotation needs were changed;
  - `zipinfo -v` shows no Zip64 record;
  - annotating the output again gives the same parts, and --clear gives back the original's parts.
Workbooks the reader rejects must be rejected by annotate with the same message.
usage: check_annotate.py SEN2XL WORKDIR [FILES...]"""
import csv, glob, json, os, re, shutil, struct, subprocess, sys, zipfile
import xml.etree.ElementTree as ET

ARGB = {"error": "FFF9C6C3", "query": "FFFCDD94"}
SKIPPED = {"apache-poc-shared-strings.xlsx"}  # cat output is 12.5 GB; XLSXIOTests cover it
EDITABLE = re.compile(r"(worksheets/.*\.xml|_rels/.*\.rels|styles\.xml|\[Content_Types\]\.xml|comments\d*\.xml|\.vml|customXml/.*)$", re.I)

def local(tag): return tag.rsplit("}", 1)[-1]

def resolve(base, target):
    if target.startswith("/"): return target.lstrip("/")
    parts = [p for p in base.split("/")[:-1] if p]
    for seg in target.split("/"):
        if seg == "..": parts = parts[:-1]
        elif seg not in ("", "."): parts.append(seg)
    return "/".join(parts)

def rels(z, part):
    folder, name = part.rsplit("/", 1) if "/" in part else ("", part)
    rp = (folder + "/" if folder else "") + "_rels/" + name + ".rels"
    names = {n.lower(): n for n in z.namelist()}
    if rp.lower() not in names: return []
    root = ET.fromstring(z.read(names[rp.lower()]))
    return [(r.get("Id"), r.get("Type", ""), resolve(part, r.get("Target", ""))) for r in root if r.get("TargetMode") != "External"]

def sheet_related(path, rel_suffix):
    """Yields (sheet name, parsed root) for every part a sheet links to with a relationship type
    ending in rel_suffix (comments, pivotTable, ...)."""
    z = zipfile.ZipFile(path)
    names = {n.lower(): n for n in z.namelist()}
    main = next((t for _, ty, t in rels(z, "") if ty.endswith("/officeDocument")), "xl/workbook.xml")
    if main.lower() not in names: return
    wb_rels = {i: t for i, _, t in rels(z, names[main.lower()])}
    for s in ET.fromstring(z.read(names[main.lower()])).iter():
        if local(s.tag) != "sheet": continue
        part = wb_rels.get(next((v for k, v in s.attrib.items() if local(k) == "id"), None))
        if not part or part.lower() not in names: continue
        for _, ty, t in rels(z, names[part.lower()]):
            if ty.endswith(rel_suffix) and t.lower() in names:
                yield s.get("name"), ET.fromstring(z.read(names[t.lower()]))

def noted_cells(path):
    """Sheet name -> set of refs that have a note, from the comments parts (no openpyxl needed)."""
    out = {}
    for sheet, root in sheet_related(path, "/comments"):
        out.setdefault(sheet, set()).update(c.get("ref").replace("$", "").upper() for c in root.iter() if local(c.tag) == "comment")
    return out

def sheet_parts(path):
    z = zipfile.ZipFile(path)
    main = next((t for _, ty, t in rels(z, "") if ty.endswith("/officeDocument")), "xl/workbook.xml")
    return {t for _, ty, t in rels(z, main) if ty.endswith("sheet")}

def pivot_cells(path):
    """Sheet name -> set of refs inside a pivot table's output range. LibreOffice rebuilds
    pivot output on load, dropping cell formats there, so its copy cannot show fills on them."""
    out = {}
    for sheet, root in sheet_related(path, "/pivotTable"):
        for loc in root.iter():
            if local(loc.tag) != "location": continue
            (r1, c1), (r2, c2) = [ref_corner(x) for x in (loc.get("ref").split(":") * 2)[:2]]
            # Page (filter) fields sit in the rows above the table, a blank row between.
            pages = int(loc.get("rowPageCount", "0"))
            if pages: r1 = max(1, r1 - pages - 1)
            out.setdefault(sheet, set()).update(f"{col_letters(c)}{r}" for r in range(r1, r2 + 1) for c in range(c1, c2 + 1))
    return out

def col_letters(n):
    s = ""
    while n: n, r = divmod(n - 1, 26); s = chr(65 + r) + s
    return s

def ref_corner(dimension):
    """(row, column) of the bottom-right corner of a dimension like A1:D10, or (0, 0)."""
    m = re.match(r"^([A-Z]+)(\d+)$", dimension.split(":")[-1].replace("$", "").upper())
    if not m: return 0, 0
    col = 0
    for ch in m.group(1): col = col * 26 + ord(ch) - 64
    return int(m.group(2)), col

def choose_cells(path, sen2xl):
    """Three annotations per readable worksheet, as (sheet, ref, severity, message), and the
    worksheets the reader cannot read, with its message."""
    listing = subprocess.run([sen2xl, "sheets", path], capture_output=True, text=True, check=True).stdout
    # `sheets` prints index, name, state, dimension; a chart sheet shows "(chartsheet)" there.
    worksheets = [l.split("\t") for l in listing.splitlines() if not l.split("\t")[3].startswith("(")]
    notes = noted_cells(path)
    chosen, unreadable = [], []
    for index, name, _, dimension in worksheets:
        got = subprocess.run([sen2xl, "cat", path, "--sheet", index, "--format", "json"], capture_output=True, text=True)
        if got.returncode != 0:
            unreadable.append((name, got.stderr.strip())); continue
        rows = json.loads(got.stdout)["sheets"][0]["rows"]
        cells = [(r, c, v) for r, row in enumerate(rows) for c, v in enumerate(row) if v not in (None, "")]
        dated = [x for x in cells if isinstance(x[2], str) and re.match(r"^\d{4}-\d{2}-\d{2}", x[2])]
        last_row, last_col = ref_corner(dimension)
        last_row, last_col = max(last_row, len(rows)), max(last_col, max((len(r) for r in rows), default=0))
        if last_row + 2 > 1048576 or last_col + 1 > 16384:
            last_row, last_col = len(rows), max((len(r) for r in rows), default=0)
        picks = []
        if dated or cells:
            r, c, _ = (dated or cells)[0]
            picks.append((f"{col_letters(c + 1)}{r + 1}", "error", "Date of birth is after the assessment date"))
        picks.append((f"{col_letters(last_col + 1)}{last_row + 2}", "query", "Check this empty cell, please"))
        if notes.get(name):
            picks.append((sorted(notes[name])[0], "info", "sen2xl note appended to an existing one"))
        chosen += [(name,) + p for p in picks]
    return chosen, unreadable

def stored(path):
    """Entry name -> (crc, raw stored bytes)."""
    out = {}
    with open(path, "rb") as f:
        for i in zipfile.ZipFile(path).infolist():
            f.seek(i.header_offset)
            h = f.read(30)
            n, e = struct.unpack("<HH", h[26:30])
            f.seek(i.header_offset + 30 + n + e)
            out[i.filename] = (i.CRC, f.read(i.compress_size))
    return out

def contents(path):
    """Entry name -> inflated bytes (or, for an entry whose CRC is wrong, its stored bytes)."""
    z = zipfile.ZipFile(path)
    out = {}
    for n in z.namelist():
        try: out[n] = z.read(n)
        except zipfile.BadZipFile: out[n] = ("damaged", stored(path)[n])
    return out

def calamine_values(path):
    from python_calamine import CalamineWorkbook
    wb = CalamineWorkbook.from_path(path)
    out = {}
    for name in wb.sheet_names:
        try: grid = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
        except Exception: continue
        out[name] = {(r, c): v for r, row in enumerate(grid) for c, v in enumerate(row) if v not in (None, "")}
    return out

def openpyxl_load(path):
    import warnings, openpyxl
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try: return openpyxl.load_workbook(path)
        except Exception: return None

def check_openpyxl(src, out, chosen, problems):
    before = openpyxl_load(src)
    if before is None: return
    after = openpyxl_load(out)
    if after is None:
        problems.append("openpyxl loads the original but not the output"); return
    for ws in before.worksheets:
        if ws.title not in after.sheetnames:
            problems.append(f"openpyxl: sheet {ws.title} is missing from the output"); continue
        # Only the cells the file holds: iterating the used range can mean 17 billion cells.
        for cell in list(ws._cells.values()):
            if cell.comment is not None:
                new = after[ws.title][cell.coordinate].comment
                if new is None or not new.text.startswith(cell.comment.text.rstrip("\n")[:40]):
                    problems.append(f"openpyxl: old note on {ws.title}!{cell.coordinate} changed")
    for sheet, ref, severity, message in chosen:
        if sheet not in before.sheetnames: continue  # openpyxl cannot read this sheet (Strict OOXML)
        cell = after[sheet][ref]
        if cell.comment is None or message not in cell.comment.text:
            problems.append(f"openpyxl: no new note on {sheet}!{ref}")
        if severity in ARGB and (cell.fill is None or cell.fill.fgColor.rgb != ARGB[severity]):
            problems.append(f"openpyxl: {sheet}!{ref} is not filled {ARGB[severity]} (got {cell.fill.fgColor.rgb if cell.fill else None})")

def check_file(path, sen2xl, work, problems):
    name = os.path.basename(path)
    base = os.path.join(work, os.path.splitext(name)[0])
    ext = os.path.splitext(name)[1]
    listing = subprocess.run([sen2xl, "sheets", path], capture_output=True, text=True)
    notes_csv = base + ".csv"
    if listing.returncode != 0:
        with open(notes_csv, "w") as f: f.write("sheet,cell,severity,message\nSheet1,A1,error,x\n")
        got = subprocess.run([sen2xl, "annotate", path, "--notes", notes_csv, "-o", base + ".out" + ext], capture_output=True, text=True)
        if got.returncode != 2 or got.stderr.strip() != listing.stderr.strip():
            problems.append(f"rejected by the reader ({listing.stderr.strip()!r}) but annotate said {got.returncode}: {got.stderr.strip()!r}")
        return None
    chosen, unreadable = choose_cells(path, sen2xl)
    for sheet, message in unreadable:
        bad_csv = base + ".unreadable.csv"
        with open(bad_csv, "w", newline="") as f:
            csv.writer(f).writerows([["sheet", "cell", "severity", "message"], [sheet, "A1", "error", "x"]])
        got = subprocess.run([sen2xl, "annotate", path, "--notes", bad_csv, "-o", base + ".unreadable" + ext, "--force"], capture_output=True, text=True)
        # Refused too, naming the same part. A part with more than one fault may be reported by
        # its first fault for the reader (which stops there) and by another for the editor
        # (which reads the part to its end, where a checksum is checked).
        part = re.search(r"\[(xl/[^\]]+)\]", message)
        same = got.stderr.strip() == message or (part is not None and f"[{part.group(1)}]" in got.stderr)
        if got.returncode != 2 or not same:
            problems.append(f"sheet {sheet!r} is unreadable ({message!r}) but annotate said {got.returncode}: {got.stderr.strip()!r}")
    with open(notes_csv, "w", newline="") as f:
        w = csv.writer(f); w.writerow(["sheet", "cell", "severity", "message"]); w.writerows(chosen)
    out = base + ".out" + ext
    r = subprocess.run([sen2xl, "annotate", path, "--notes", notes_csv, "-o", out, "--force"], capture_output=True, text=True)
    if r.returncode != 0:
        problems.append(f"annotate failed: {r.stderr.strip()}"); return None
    info = subprocess.run(["zipinfo", "-v", out], capture_output=True, text=True).stdout
    if re.search(r"zip64", info, re.I): problems.append("zipinfo -v shows Zip64")
    a, b = stored(path), stored(out)
    ca, cb = contents(path), contents(out)
    for n in a:
        if n not in b: problems.append(f"entry {n} is missing from the output"); continue
        if ca[n] == cb[n]:
            if a[n] != b[n]: problems.append(f"entry {n} is unchanged but was not copied raw")
        elif not EDITABLE.search(n) and n not in sheet_parts(path):
            problems.append(f"entry {n} was changed but annotations never need it")
    va, vb = calamine_values(path), calamine_values(out)
    for sheet, cells in va.items():
        for k, v in cells.items():
            if vb.get(sheet, {}).get(k) != v:
                problems.append(f"calamine: {sheet} r{k[0]+1}c{k[1]+1} was {v!r}, now {vb.get(sheet, {}).get(k)!r}"); break
    check_openpyxl(path, out, chosen, problems)
    ANNOTATED[out] = (chosen, pivot_cells(path))
    again = base + ".again" + ext
    subprocess.run([sen2xl, "annotate", out, "--notes", notes_csv, "-o", again, "--force"], capture_output=True, check=True)
    if contents(again) != cb: problems.append("annotating the output again changed it")
    cleared = base + ".clear" + ext
    subprocess.run([sen2xl, "annotate", out, "--clear", "-o", cleared, "--force"], capture_output=True, check=True)
    if contents(cleared) != ca: problems.append("--clear did not give back the original parts")
    return out

ANNOTATED = {}  # output path -> the annotations written into it

def libreoffice_problems(outputs, work):
    """Converts all outputs to .xlsx in one LibreOffice run, then checks that LibreOffice's copy
    has the notes and fills; returns (output, problem) pairs."""
    if not outputs: return []
    target = os.path.join(work, "lo")
    os.makedirs(target, exist_ok=True)
    profile = "file://" + os.path.join(work, "lo-profile")
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx", "--outdir", target] + outputs,
                   capture_output=True, timeout=1800)
    found = []
    for o in outputs:
        converted = os.path.join(target, os.path.basename(o).replace(".xlsm", ".xlsx"))
        if not os.path.exists(converted):
            found.append((o, "LibreOffice could not convert it")); continue
        wb = openpyxl_load(converted)
        if wb is None:
            found.append((o, "openpyxl cannot read LibreOffice's copy")); continue
        chosen, pivots = ANNOTATED.get(o, ([], {}))
        for sheet, ref, severity, message in chosen:
            if sheet not in wb.sheetnames:
                found.append((o, f"LibreOffice's copy has no sheet {sheet}")); break
            cell = wb[sheet][ref]
            if cell.comment is None or message not in cell.comment.text:
                found.append((o, f"LibreOffice shows no note on {sheet}!{ref}"))
            if severity in ARGB and ref not in pivots.get(sheet, ()) and (cell.fill is None or cell.fill.fgColor.rgb != ARGB[severity]):
                found.append((o, f"LibreOffice shows no {severity} fill on {sheet}!{ref}"))
    return found

def main():
    sen2xl, work = sys.argv[1], sys.argv[2]
    files = sys.argv[3:] or sorted(glob.glob(os.path.join(os.path.dirname(__file__), "../../Tests/Fixtures/corpus/*.xls*")))
    failures, outputs = 0, []
    for path in files:
        if os.path.basename(path) in SKIPPED: continue
        problems = []
        print(f"  {os.path.basename(path)}", file=sys.stderr, flush=True)
        try:
            out = check_file(path, sen2xl, work, problems)
            if out: outputs.append(out)
        except Exception as e:
            problems.append(f"check crashed: {e!r}")
        for p in problems[:6]: print(f"{os.path.basename(path)}: {p}")
        failures += bool(problems)
    for o, problem in libreoffice_problems(outputs, work):
        print(f"{os.path.basename(o)}: {problem}"); failures += 1
    print(f"annotate: {len(files)} files, {len(outputs)} annotated, {'OK' if failures == 0 else f'{failures} FAILURES'}")
    sys.exit(1 if failures else 0)

if __name__ == "__main__":
    main()
