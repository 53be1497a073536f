#!/usr/bin/env python3
"""sen2xl benchmark harness: times sen2xl (release build) against the Python peers on the same
files in the same run, and prints a Markdown table with wall time, throughput and peak memory.

usage: bench/run.py [--rows N] [--only read,write,...] [--data DIR]
Data files are generated once into DIR (default bench-data/) with bench/peers.py, the standard
benchmark generator (200,000 x 20 mixed cells: ints, floats, repeated and unique strings, dates,
booleans). Needs: python-calamine, openpyxl, XlsxWriter (test-only tools)."""
import argparse, os, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PEERS = [sys.executable, os.path.join(HERE, "peers.py")]

def measure(cmd, stdout=subprocess.DEVNULL):
    """Runs cmd under GNU time; returns (seconds, peak MiB)."""
    t = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + cmd, stdout=stdout, stderr=subprocess.PIPE, text=True)
    if t.returncode != 0:
        sys.exit(f"benchmark command failed ({t.returncode}): {' '.join(cmd)}\n{t.stderr}")
    secs, kib = t.stderr.strip().splitlines()[-1].split()
    return float(secs), int(kib) / 1024

def ensure(path, mode, rows):
    if not os.path.exists(path):
        print(f"generating {os.path.basename(path)} ({rows} rows)…", file=sys.stderr)
        subprocess.run(PEERS + [mode, path, str(rows)], check=True, stdout=subprocess.DEVNULL)
    return path

class Table:
    def __init__(self):
        self.rows = []
        self.notes = []
    def add(self, op, tool, secs, mib, units, unit_name, baseline=None):
        ratio = f"{baseline / secs:.2f}×" if baseline else ""
        self.rows.append((op, tool, f"{secs:.2f}", f"{units / secs:,.0f} {unit_name}/s", f"{mib:.0f}", ratio))
    def print(self):
        print("| operation | tool | seconds | throughput | peak MiB | speed-up vs peer |")
        print("| --- | --- | ---: | ---: | ---: | ---: |")
        for r in self.rows:
            print("| " + " | ".join(r) + " |")
        for n in self.notes:
            print()
            print(n)

def bench_read(t, bin, data, rows):
    for name, mode in (("big.xlsx", "write"), ("big-inline.xlsx", "write-xlsxwriter")):
        f = ensure(os.path.join(data, name), mode, rows)
        label = "shared strings" if name == "big.xlsx" else "inline strings"
        peer, peer_mib = measure(PEERS + ["read-calamine", f])
        ours, ours_mib = measure([bin, "cat", f, "--format", "csv"])
        t.add(f"read {rows:,}×20 ({label})", "python-calamine iter_rows", peer, peer_mib, rows, "rows")
        t.add(f"read {rows:,}×20 ({label})", "sen2xl cat --format csv", ours, ours_mib, rows, "rows", baseline=peer)

def write_notes(path, count, rows):
    """`count` annotations spread evenly over the Data sheet's rows, cycling through columns
    and severities."""
    import csv
    step = max(1, rows // count)
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["sheet", "cell", "severity", "message"])
        for k in range(count):
            col, letters = 1 + (k * 7) % 20, ""
            while col: col, r = divmod(col - 1, 26); letters = chr(65 + r) + letters
            w.writerow(["Data", f"{letters}{2 + k * step}", ("error", "query", "info")[k % 3],
                        f"Finding {k}: the value does not match the SEN2 code set"])
    return path

def bench_annotate(t, bin, data, rows):
    count = 10_000
    two = ensure(os.path.join(data, "big2.xlsx"), "write2", rows)
    one = ensure(os.path.join(data, "big.xlsx"), "write", rows)
    notes = write_notes(os.path.join(data, "notes-10k.csv"), count, rows)
    out = os.path.join(data, "annotated")
    label = f"annotate {count:,} cells in Data ({rows:,} rows) + untouched sheet ({rows:,} rows)"
    peer, peer_mib = measure(PEERS + ["annotate-openpyxl", two, notes, out + "-openpyxl.xlsx"])
    # The two sen2xl runs alternate, so that load from other work on the machine hits both alike.
    with_sheet, without = [], []
    for _ in range(5):
        with_sheet.append(measure([bin, "annotate", two, "--notes", notes, "-o", out + "-sen2xl.xlsx", "--force"]))
        without.append(measure([bin, "annotate", one, "--notes", notes, "-o", out + "-sen2xl-1.xlsx", "--force"]))
    (ours, ours_mib), (alone, alone_mib) = min(with_sheet), min(without)
    t.add(label, "openpyxl load + fill + comment + save", peer, peer_mib, count, "cells")
    t.add(label, "sen2xl annotate", ours, ours_mib, count, "cells", baseline=peer)
    t.add(f"same, workbook without the untouched sheet", "sen2xl annotate", alone, alone_mib, count, "cells", baseline=peer)
    t.notes.append(f"sen2xl times are the best of 5 alternating runs. Cost of the untouched {rows:,}-row sheet "
                   f"(copied raw, never parsed; {os.path.getsize(two) - os.path.getsize(one):,} more bytes of input): "
                   f"{ours - alone:+.2f} s.")

BENCHES = {"read": bench_read, "annotate": bench_annotate}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--only", default=",".join(BENCHES))
    ap.add_argument("--data", default=os.environ.get("SEN2XL_BENCH_DATA", os.path.join(ROOT, "bench-data")))
    a = ap.parse_args()
    os.makedirs(a.data, exist_ok=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "sen2xl"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    bin = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.strip() + "/sen2xl"
    t = Table()
    for name in a.only.split(","):
        BENCHES[name](t, bin, a.data, a.rows)
    print(f"machine: {os.cpu_count()} cores; {time.strftime('%Y-%m-%d')}; command: bench/run.py " + " ".join(sys.argv[1:]))
    print()
    t.print()

if __name__ == "__main__":
    main()
