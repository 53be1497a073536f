"""Compares `sen2xl cat --all --format json` with python-calamine for each workbook given.
Prints mismatching cells. Developer tool; the test suite pins the agreed values."""
import datetime as dt, json, subprocess, sys
from python_calamine import CalamineWorkbook

def norm_cal(v):
    if isinstance(v, bool): return v
    if isinstance(v, float):
        return int(v) if v.is_integer() and abs(v) < 2**53 else v
    if isinstance(v, int): return v
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%dT%H:%M:%S") if (v.hour, v.minute, v.second) != (0, 0, 0) else v.strftime("%Y-%m-%d")
    if isinstance(v, dt.date): return v.isoformat()
    if isinstance(v, dt.time): return v.strftime("%H:%M:%S")
    if isinstance(v, dt.timedelta):
        t = int(round(v.total_seconds())); return f"{t//3600}:{t//60%60:02d}:{t%60:02d}"
    if v == "": return None
    return v

def main(path, sen2xl):
    out = subprocess.run([sen2xl, "cat", path, "--all", "--format", "json"], capture_output=True, text=True)
    if out.returncode != 0:
        print(f"{path}: sen2xl failed: {out.stderr.strip()}"); return 1
    ours = json.loads(out.stdout)["sheets"]
    wb = CalamineWorkbook.from_path(path)
    bad = 0
    for s in ours:
        try:
            sheet = wb.get_sheet_by_name(s["name"])
        except Exception as e:
            print(f"{path}: calamine cannot read sheet {s['name']!r}: {e}"); continue
        start = sheet.start or (0, 0)
        grid = sheet.to_python(skip_empty_area=False)
        theirs = {}
        for r, row in enumerate(grid):
            for c, v in enumerate(row):
                n = norm_cal(v)
                if n is not None: theirs[(r, c)] = n
        mine = {}
        for r, row in enumerate(s["rows"]):
            for c, v in enumerate(row):
                if v is not None and v != "": mine[(r, c)] = v
        for k in sorted(set(theirs) | set(mine)):
            a, b = mine.get(k), theirs.get(k)
            if isinstance(a, float) and isinstance(b, float) and abs(a - b) < 1e-9: continue
            if a != b:
                bad += 1
                if bad <= 8: print(f"{path} [{s['name']}] r{k[0]+1} c{k[1]+1}: sen2xl={a!r} calamine={b!r}")
    if bad: print(f"{path}: {bad} mismatches")
    return 1 if bad else 0

if __name__ == "__main__":
    sen2xl = sys.argv[1]
    rc = 0
    for p in sys.argv[2:]:
        rc |= main(p, sen2xl)
    sys.exit(rc)
