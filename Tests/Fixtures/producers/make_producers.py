"""Writes the producer fixtures in this folder: the same small table (strings, numbers, dates,
date-times, times, a duration, booleans, errors) saved by each application sen2xl users have.

usage (from this folder): python3 make_producers.py
needs: openpyxl, XlsxWriter, LibreOffice (soffice), Gnumeric (ssconvert). Test-only tools.
The outputs are committed; rerun only to refresh them, then regenerate the pinned values
(scripts/fixtures/pin_reader_values.py) and check the differences by hand."""
import datetime as dt, os, shutil, subprocess, tempfile
import openpyxl, xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["Name", "Count", "Ratio", "Born", "Seen at", "Start", "Active", "Check", "Note"]
# (name, count, ratio, born, seen at, start time, active, check error, note)
ROWS = [
    ("Zoë O'Brien", 3, 0.25, dt.date(2019, 9, 1), dt.datetime(2024, 3, 1, 13, 45, 30), dt.time(8, 15), True, "#N/A", "plain"),
    ("  padded  ", -17, -1.5e-3, dt.date(2000, 2, 29), dt.datetime(1999, 12, 31, 23, 59, 59), dt.time(23, 59, 59), False, "#DIV/0!", "line one\nline two"),
    ("日本語テキスト", 1234567890123, 1 / 3, dt.date(1900, 3, 1), dt.datetime(2025, 8, 31, 0, 0, 1), dt.time(0, 0, 1), True, "#VALUE!", "tab\there"),
]
DURATION = dt.timedelta(hours=36, minutes=30)


def with_openpyxl(path, write_only):
    wb = openpyxl.Workbook(write_only=write_only)
    ws = wb.create_sheet("Pupils") if write_only else wb.active
    ws.title = "Pupils"
    ws.append(HEADER + ["Duration"])
    for i, r in enumerate(ROWS):
        ws.append(list(r) + ([DURATION] if i == 0 else []))
    hidden = wb.create_sheet("Hidden")
    hidden.sheet_state = "hidden"
    hidden.append(["kept out of sight", 1])
    wb.save(path)


def with_xlsxwriter(path, options):
    wb = xlsxwriter.Workbook(path, options)
    ws = wb.add_worksheet("Pupils")
    date = wb.add_format({"num_format": "dd/mm/yyyy"})
    stamp = wb.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    clock = wb.add_format({"num_format": "hh:mm:ss"})
    elapsed = wb.add_format({"num_format": "[h]:mm"})
    bold = wb.add_format({"bold": True})
    ws.write_row(0, 0, HEADER + ["Duration", "Formula"])
    for i, (name, count, ratio, born, seen, start, active, check, note) in enumerate(ROWS, start=1):
        ws.write_string(i, 0, name)
        ws.write_number(i, 1, count)
        ws.write_number(i, 2, ratio)
        if options.get("date_1904") and born.year < 1904:
            born = dt.date(1904, 1, 2)
        ws.write_datetime(i, 3, dt.datetime.combine(born, dt.time()), date)
        ws.write_datetime(i, 4, seen, stamp)
        ws.write_datetime(i, 5, start, clock)
        ws.write_boolean(i, 6, active)
        ws.write_formula(i, 7, "=NA()" if check == "#N/A" else "=1/0" if check == "#DIV/0!" else '="a"+1', None, check)
        ws.write_string(i, 8, note)
    ws.write_number(1, 9, DURATION.total_seconds() / 86400, elapsed)
    ws.write_formula(1, 10, '=A2&" ok"', None, "Zoë O'Brien ok")
    ws.write_formula(2, 10, "=B2*2", None, 6)
    if not options.get("constant_memory"):
        ws.write_rich_string(3, 10, "rich ", bold, "bold", " tail")
    hidden = wb.add_worksheet("Hidden")
    hidden.hide()
    hidden.write_row(0, 0, ["kept out of sight", 1])
    wb.close()


def fods_cell(v):
    if isinstance(v, bool):
        return f'<table:table-cell table:style-name="flag" office:value-type="boolean" office:boolean-value="{str(v).lower()}"/>'
    if isinstance(v, (int, float)):
        return f'<table:table-cell office:value-type="float" office:value="{v!r}"/>'
    if isinstance(v, dt.datetime):
        return f'<table:table-cell table:style-name="stamp" office:value-type="date" office:date-value="{v.isoformat()}"/>'
    if isinstance(v, dt.date):
        return f'<table:table-cell table:style-name="day" office:value-type="date" office:date-value="{v.isoformat()}"/>'
    if isinstance(v, dt.time):
        return f'<table:table-cell table:style-name="clock" office:value-type="time" office:time-value="PT{v.hour}H{v.minute}M{v.second}S"/>'
    if isinstance(v, dt.timedelta):
        return f'<table:table-cell table:style-name="elapsed" office:value-type="time" office:time-value="PT{int(v.total_seconds() // 3600)}H{int(v.total_seconds() // 60 % 60)}M0S"/>'
    if v in ("#N/A", "#DIV/0!", "#VALUE!"):
        formula = {"#N/A": "of:=NA()", "#DIV/0!": "of:=1/0", "#VALUE!": "of:=&quot;a&quot;+1"}[v]
        return f'<table:table-cell table:formula="{formula}"/>'
    text = "".join(f"<text:p>{escape(line)}</text:p>" for line in v.split("\n"))
    return f'<table:table-cell office:value-type="string">{text}</table:table-cell>'


def escape(s):
    """Text for a <text:p>: every space as <text:s/> (ODF collapses plain runs), tabs as <text:tab/>."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return s.replace(" ", "<text:s/>").replace("\t", "<text:tab/>")


def fods(path):
    rows = [HEADER + ["Duration"]] + [list(r) + ([DURATION] if i == 0 else []) for i, r in enumerate(ROWS)]
    body = "".join("<table:table-row>" + "".join(fods_cell(v) for v in row) + "</table:table-row>" for row in rows)
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="N1"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
 <number:date-style style:name="N2"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/><number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/><number:text>:</number:text><number:seconds number:style="long"/></number:date-style>
 <number:time-style style:name="N3"><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/><number:text>:</number:text><number:seconds number:style="long"/></number:time-style>
 <number:time-style style:name="N4" number:truncate-on-overflow="false"><number:hours/><number:text>:</number:text><number:minutes number:style="long"/></number:time-style>
 <style:style style:name="day" style:family="table-cell" style:data-style-name="N1"/>
 <style:style style:name="stamp" style:family="table-cell" style:data-style-name="N2"/>
 <style:style style:name="clock" style:family="table-cell" style:data-style-name="N3"/>
 <style:style style:name="elapsed" style:family="table-cell" style:data-style-name="N4"/>
 <number:boolean-style style:name="N5"><number:boolean/></number:boolean-style>
 <style:style style:name="flag" style:family="table-cell" style:data-style-name="N5"/>
 <style:style style:name="hiddentab" style:family="table"><style:table-properties table:display="false"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>
<table:table table:name="Pupils">{body}</table:table>
<table:table table:name="Hidden" table:style-name="hiddentab"><table:table-row><table:table-cell office:value-type="string"><text:p>kept out of sight</text:p></table:table-cell></table:table-row></table:table>
</office:spreadsheet></office:body></office:document>
""")


def main():
    os.chdir(HERE)
    with_openpyxl("openpyxl.xlsx", write_only=False)
    with_openpyxl("openpyxl-write_only.xlsx", write_only=True)
    with_xlsxwriter("xlsxwriter.xlsx", {})
    with_xlsxwriter("xlsxwriter-constant_memory.xlsx", {"constant_memory": True})
    with_xlsxwriter("xlsxwriter-date_1904.xlsx", {"date_1904": True})
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "libreoffice.fods")
        fods(source)
        subprocess.run(["soffice", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", tmp, source],
                       check=True, capture_output=True)
        shutil.copy(os.path.join(tmp, "libreoffice.xlsx"), "libreoffice.xlsx")
        # Gnumeric reads zipped .ods, not flat .fods; LibreOffice makes the .ods from the same source.
        subprocess.run(["soffice", "--headless", "--convert-to", "ods", "--outdir", tmp, source], check=True, capture_output=True)
        subprocess.run(["ssconvert", "--export-type=Gnumeric_Excel:xlsx2", os.path.join(tmp, "libreoffice.ods"),
                        os.path.join(tmp, "gnumeric.xlsx")], check=True, capture_output=True)
        shutil.copy(os.path.join(tmp, "gnumeric.xlsx"), "gnumeric.xlsx")


if __name__ == "__main__":
    main()
