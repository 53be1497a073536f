#!/usr/bin/env python3
"""Writes a filled SEN2 template workbook of N persons for the export benchmark, the way the
template lays it out (Header down the sheet, one sheet per table linked by Person ID and
Request ID, real Excel dates). Deterministic; about 1.2 requests, 1.6 needs per person.
usage: sen2_workbook.py OUT.xlsx N   (needs XlsxWriter, a test-only tool)"""
import sys, datetime as dt
import xlsxwriter
n = int(sys.argv[2]); out = sys.argv[1]
wb = xlsxwriter.Workbook(out, {'constant_memory': True})
datef = wb.add_format({'num_format': 'dd/mm/yyyy'})
def sheet(name, heads):
    ws = wb.add_worksheet(name); ws.write_row(0, 0, heads); return ws
h = sheet("Header", ["Item", "Value"])
for r, row in enumerate([["Year", 2026], ["LA number", "202"], ["Designated Medical Officer", "Y"],
                         ["Designated Clinical Officer", "N"], ["Designated Social Care Officer", "Y"]]):
    h.write_row(r + 1, 0, row)
P = sheet("Persons", ["Person ID","Surname","Forename","Date of birth","Sex","Ethnicity","Postcode","UPN","ULN","UPN and ULN unavailable reason"])
R = sheet("Requests", ["Request ID","Person ID","Date request received","Request source","Initial request while in youth custody","Request outcome date","Request outcome","Request mediation","Request tribunal"])
A = sheet("Assessments", ["Request ID","Assessment outcome","Assessment outcome date","Assessment mediation","Assessment tribunal","Other mediation","Other tribunal","20-week exceptions apply"])
N = sheet("NamedPlans", ["Request ID","EHC plan start date","Personal budget taken up","Personal budget: organised arrangements"])
D = sheet("PlanDetails", ["Request ID","URN","Placement rank","SEN unit","Resourced provision"])
AP = sheet("ActivePlans", ["Request ID","Annual review meeting date","Annual review decision","Annual review decision date"])
PL = sheet("PlacementDetails", ["Request ID","URN","Placement rank","Placement start date","SEN unit","Resourced provision"])
S = sheet("SENNeeds", ["Request ID","SEN type of need","Need rank"])
rows = dict(P=1,R=1,A=1,N=1,D=1,AP=1,PL=1,S=1)
eth = ["WBRI","WOTH","MWBC","AIND","APKN","BAFR","CHNE","OOTH","NOBT"]
types = ["ASD","SEMH","SLCN","MLD","SPLD","SLD","PMLD","HI","VI","PD","OTH"]
for i in range(n):
    pid = f"P{i+1}"
    r = rows['P']; rows['P'] += 1
    P.write_row(r, 0, [pid, f"Surname{i}", f"Forename{i%97}"]); P.write_datetime(r, 3, dt.datetime(2005 + i % 20, 1 + i % 12, 1 + i % 28), datef)
    P.write_row(r, 4, ["M" if i % 2 else "F", eth[i % 9], "SW1A 1AA", "B801200005001" if i % 3 == 0 else None, None, None if i % 3 == 0 else "UN2"])
    for j in range(1 + (i % 5 == 0)):
        rid = f"R{i+1}-{j}"
        r = rows['R']; rows['R'] += 1
        R.write_row(r, 0, [rid, pid]); R.write_datetime(r, 2, dt.datetime(2025, 1 + i % 12, 5), datef)
        R.write_row(r, 3, [1 + i % 5, 0]); R.write_datetime(r, 5, dt.datetime(2025, 1 + i % 12, 20), datef); R.write_row(r, 6, ["Y", 0, 0])
        if i % 5 < 3:
            r = rows['A']; rows['A'] += 1
            A.write_row(r, 0, [rid, "Y"]); A.write_datetime(r, 2, dt.datetime(2025, 1 + i % 12, 25), datef); A.write_row(r, 3, [0,0,0,0,0])
            r = rows['N']; rows['N'] += 1
            N.write_row(r, 0, [rid]); N.write_datetime(r, 1, dt.datetime(2025, 1 + i % 12, 25), datef); N.write_row(r, 2, [0, 0])
            r = rows['D']; rows['D'] += 1
            D.write_row(r, 0, [rid, 100000 + i % 50000, 1, 0, 0])
        r = rows['AP']; rows['AP'] += 1
        AP.write_row(r, 0, [rid]); AP.write_datetime(r, 1, dt.datetime(2025, 10, 1), datef); AP.write_row(r, 2, ["M"]); AP.write_datetime(r, 3, dt.datetime(2025, 10, 9), datef)
        r = rows['PL']; rows['PL'] += 1
        PL.write_row(r, 0, [rid, 100000 + i % 50000, 1]); PL.write_datetime(r, 3, dt.datetime(2024, 9, 1), datef); PL.write_row(r, 4, [0, 0])
        for k in range(1 + (i % 3 == 0)):
            r = rows['S']; rows['S'] += 1
            S.write_row(r, 0, [rid, types[(i + k) % 11], k + 1])
wb.close()
