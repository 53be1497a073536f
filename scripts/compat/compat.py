"""Shared helpers for the compatibility checks: record a failed expectation, run a command."""
import subprocess

failures = []

def check(cond, msg):
    """Records (and prints) a failure when `cond` is false."""
    if not cond:
        failures.append(msg)
        print("FAIL:", msg)

def run(cmd, timeout=600):
    """Runs `cmd`, capturing its output as text."""
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)

def libreoffice_round_trip(path, work):
    """Opens `path` in LibreOffice (headless), saves it again as .xlsx, and checks that every
    sheet's cell values read back the same with openpyxl. A file LibreOffice must repair or cannot
    open fails here. Returns the number of cells compared."""
    import os
    from openpyxl import load_workbook
    out = os.path.join(work, "lo-" + os.path.basename(path).rsplit(".", 1)[0])
    os.makedirs(out, exist_ok=True)
    r = run(["soffice", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, path])
    saved = os.path.join(out, os.path.basename(path).rsplit(".", 1)[0] + ".xlsx")
    check(r.returncode == 0 and os.path.exists(saved), f"LibreOffice could not open {path}: {r.stderr.strip()}")
    if not os.path.exists(saved):
        return 0
    ours, theirs = load_workbook(path, data_only=True), load_workbook(saved, data_only=True)
    compared = 0
    for name in ours.sheetnames:
        check(name in theirs.sheetnames, f"{path}: LibreOffice lost sheet {name!r}")
        if name not in theirs.sheetnames:
            continue
        a, b = ours[name], theirs[name]
        for row in a.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                other = b[cell.coordinate].value
                same = other == cell.value or (isinstance(other, (int, float)) and isinstance(cell.value, (int, float))
                                               and abs(other - cell.value) < 1e-9)
                check(same, f"{path} {name}!{cell.coordinate}: {cell.value!r} became {other!r} in LibreOffice")
                compared += 1
    return compared
