"""Checks that no command writes over one of its inputs, even with --force: each command is run
with its output naming its input (directly, through `./`, and as a CSV inside an input folder);
it must exit 2 with a message, and the input must be unchanged byte for byte.
usage: check_cli_safety.py SEN2XL WORKDIR"""
import hashlib, os, shutil, sys

from compat import check, failures, run

def digest(path):
    if os.path.isdir(path):
        return {name: digest(os.path.join(path, name)) for name in sorted(os.listdir(path))}
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()

def refused(binary, args, protected, label):
    before = {p: digest(p) for p in protected}
    r = run([binary] + args)
    check(r.returncode == 2, f"{label}: exit {r.returncode}, expected 2 (stderr: {r.stderr.strip()[:200]})")
    check("never writes over its input" in r.stderr, f"{label}: no clear message: {r.stderr.strip()[:200]}")
    for p in protected:
        check(digest(p) == before[p], f"{label}: {p} was changed")

def main(binary, work):
    work = os.path.join(work, "safety")
    os.makedirs(work, exist_ok=True)
    book = os.path.join(work, "book.xlsx")
    xml = os.path.join(work, "return.xml")
    r = run([binary, "synth", "--children", "30", "--year", "2026", "--seed", "4", "-o", book, "--xml", xml])
    check(r.returncode == 0, f"synth failed: {r.stderr}")
    folder = os.path.join(work, "csv")
    os.makedirs(folder, exist_ok=True)
    for sheet in ["Header", "Persons", "Requests", "Assessments", "NamedPlans", "PlanDetails", "ActivePlans",
                  "PlacementDetails", "SENNeeds"]:
        r = run([binary, "convert", book, "--sheet", sheet, "-o", os.path.join(folder, sheet + ".csv")])
        check(r.returncode == 0, f"convert {sheet} failed: {r.stderr}")
    notes = os.path.join(work, "notes.csv")
    with open(notes, "w") as f:
        f.write("sheet,cell,severity,message\nPersons,B2,error,check this\n")
    dotted = os.path.join(work, ".", "book.xlsx")
    cases = [
        (["export", book, "--year", "2026", "-o", book, "--force", "--allow-errors"], [book], "export over its workbook"),
        (["export", folder, "--year", "2026", "-o", os.path.join(folder, "Persons.csv"), "--force", "--allow-errors"],
         [folder], "export over a CSV of its input folder"),
        (["import", xml, "-o", xml, "--force"], [xml], "import over its XML"),
        (["mapping", "init", book, "-o", book, "--force"], [book], "mapping init over its extract"),
        (["annotate", book, "--notes", notes, "-o", dotted, "--force"], [book], "annotate over its workbook via ./"),
        (["annotate", book, "--notes", notes, "-o", notes, "--force"], [book, notes], "annotate over its notes file"),
        (["validate", book, "-o", book], [book], "validate over its workbook"),
        (["convert", os.path.join(folder, "Persons.csv"), "-o", os.path.join(folder, "Persons.csv"), "--force"],
         [folder], "convert over its input"),
    ]
    for args, protected, label in cases:
        refused(binary, args, protected, label)
    print(f"cli safety: {len(cases)} attempts to write over an input refused" if not failures else "cli safety: FAILED")
    return 1 if failures else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
