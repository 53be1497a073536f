"""Copies the fixture workbooks into FOLDER with every entry stored (not deflated), so that
the fuzzer's byte mutations land in the XML itself rather than in compressed data.

usage: python3 make_stored_seeds.py FOLDER"""
import glob, os, sys, warnings, zipfile

def main(out):
    warnings.simplefilter("ignore")   # the duplicate-name fixture is copied as it is
    os.makedirs(out, exist_ok=True)
    here = os.path.dirname(os.path.abspath(__file__))
    for path in sorted(glob.glob(os.path.join(here, "../Tests/Fixtures/*/*.xls*"))):
        try:
            with zipfile.ZipFile(path) as src, zipfile.ZipFile(os.path.join(out, "stored-" + os.path.basename(path)), "w", zipfile.ZIP_STORED) as dst:
                for info in src.infolist():
                    if info.file_size > 256 << 10: continue   # keep seeds small and quick
                    dst.writestr(info.filename, src.read(info))
        except (zipfile.BadZipFile, RuntimeError, OSError, EOFError, NotImplementedError):
            pass   # damaged and encrypted fixtures are seeds in their original form already

if __name__ == "__main__":
    main(sys.argv[1])
