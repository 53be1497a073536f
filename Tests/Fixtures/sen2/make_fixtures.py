#!/usr/bin/env python3
"""Writes the SEN2 reader fixtures the way people fill spreadsheets: reordered and extra
columns, headings in other case, blank rows, codes as CODE, `CODE – label` or label, dates as
real Excel dates, ISO text or dd/mm/yyyy text, yes/no spelled several ways.

Run once with openpyxl installed; the outputs are committed and the Swift tests read them.
"""
import datetime as dt
import os

from openpyxl import Workbook

HERE = os.path.dirname(os.path.abspath(__file__))


def sheet(book, title, rows):
    ws = book.create_sheet(title)
    for row in rows:
        ws.append(row)
    return ws


def filled_template():
    book = Workbook()
    book.remove(book.active)
    sheet(book, "Header", [
        ["Item", "Value"],
        ["Year", 2026],
        ["LA number", "202 – Camden"],
        ["Designated Medical Officer", "Y – Yes"],
        ["Designated Clinical Officer", "n"],
        ["Designated Social Care Officer", "Recruitment in progress"],
    ])
    persons = sheet(book, "Persons", [
        ["Person ID", "Forename", "SURNAME", "date of birth", "Sex", "Ethnicity", "Post code", "UPN", "ULN",
         "UPN and ULN unavailable reason", "Notes"],
        ["P1", "Ada", "Lovelace", dt.date(2015, 12, 10), "F", "WBRI", "sw1a 1aa", "b801 2000 05001", None, None, "likes maths"],
        [None] * 11,
        ["P2", "Alan", "Turing", "2012-06-23", "M – Male", "White and Asian", "M1 1AE", None, 1000000043, None, None],
        ["P3", "Grace", "Hopper", "09/12/2019", "Female", "APKN - Pakistani", None, None, None, "UN1", None],
        ["P4", "Bad", "Date", "31/02/2024", "X", "Martian", None, "A801200005001", None, None, None],
    ])
    persons["D2"].number_format = "dd/mm/yyyy"
    requests = sheet(book, "Requests", [
        ["Request ID", "Person ID", "Date request received", "Request source", "Initial request while in youth custody",
         "Request outcome date", "Request outcome", "Request mediation", "Request tribunal",
         "Moved to LA before assessment completed"],
        ["R1", "P1", dt.date(2025, 2, 3), 1, "N", "2025-03-01", "Y", "No", False, None],
        ["R2", "P2", "14/05/2025", "School or other education setting", 0, None, "A", 0, 0, None],
        [],
        ["R3", "P3", None, None, None, None, "H – Historical", None, None, None],
        ["R9", "P99", "01/06/2025", None, 0, None, "W", 0, 0, None],
    ])
    requests["C2"].number_format = "dd/mm/yyyy"
    assessments = sheet(book, "Assessments", [
        ["Request ID", "Assessment outcome", "Assessment outcome date", "Assessment mediation", "Assessment tribunal",
         "Other mediation", "Other tribunal", "20-week exceptions apply"],
        ["R1", "Y – It was decided an EHC plan would be issued", dt.date(2025, 6, 20), 0, 0, 0, 0, "0"],
        ["R3", "H", None, None, None, None, None, None],
    ])
    assessments["C2"].number_format = "dd/mm/yyyy"
    sheet(book, "NamedPlans", [
        ["Request ID", "EHC plan start date", "Residential setting", "Work-based learning", "Personal budget taken up",
         "Personal budget: organised arrangements", "Personal budget: direct payments", "Date plan ceased", "Reason plan ceased"],
        ["R1", "20/06/2025", None, None, "Yes", "No", "E – Education only", None, None],
        ["R3", "2021-09-01", "B", None, 0, 0, None, None, None],
    ])
    sheet(book, "PlanDetails", [
        ["Request ID", "URN", "UKPRN", "SEN setting", "SEN setting other", "Placement rank", "SEN unit", "Resourced provision"],
        ["R1", 123456, None, None, None, 1, 0, 0],
        ["R1", None, None, "OTH – Other – type of setting specified in the plan but no setting named", "special school", "2 – Secondary", None, None],
        ["R3", None, 10012345, None, None, 1, "N", "N"],
    ])
    sheet(book, "ActivePlans", [
        ["Request ID", "Transferred in from LA", "Annual review meeting date", "Annual review decision",
         "Draft amended plan issued", "Phase transfer due date", "Phase transfer final plan date", "Annual review decision date"],
        ["R1", None, None, None, None, None, None, None],
        ["R3", "203", "10/10/2025", "A", "2025-11-01", None, None, "17/10/2025"],
    ])
    sheet(book, "PlacementDetails", [
        ["Request ID", "URN", "UKPRN", "SEN setting", "SEN setting other", "Placement rank", "Placement start date",
         "Placement leaving date", "SEN unit", "Resourced provision", "Residential setting", "Work-based learning"],
        ["R1", "123456", None, None, None, 1, "01/09/2025", None, "N", "N", None, None],
        ["R3", None, None, "NEET", None, 1, "2024-07-20", None, None, None, None, None],
    ])
    sheet(book, "SENNeeds", [
        ["Request ID", "SEN type of need", "Need rank"],
        ["R1", "ASD", 1],
        ["R1", "SLCN – Speech, language and communication needs", 2],
        ["R3", "Down syndrome", "1"],
    ])
    sheet(book, "Guide", [["This sheet explains the template."]])
    book.save(os.path.join(HERE, "filled-template-2026.xlsx"))


def dfe_headings():
    book = Workbook()
    book.remove(book.active)
    sheet(book, "Header Record", [
        ["Record Type", "Collection Name", "Year", "Reference Date", "LA Number", "Designated Medical Officer",
         "Designated Clinical Officer"],
        ["Header", "SEN2", 2024, "2024-01-18", 305, "Y", "Y"],
    ])
    sheet(book, "Person Record", [
        ["Record Type", "Person ID (This must be a unique ID for each Person record)", "LA (From Header Record)", "Surname",
         "Forename", "Date of Birth (ccyy-mm-dd)", "Sex", "Ethnicity", "Post Code", "UPN - Unique Pupil Number",
         "ULN - Young Person's Unique Learner Number", "UPN and ULN unavailable - Reason"],
        ["Person", 1, 305, "Smith", "Jo", "2014-03-04", "M", "BAFR", "BR1 1AA", "B801200005001", None, None],
    ])
    sheet(book, "Requests Records", [
        ["Record Type", "Requests record ID (This must match the relevant ID in the Requests table)",
         "Person ID (This must be a unique ID for each Person record)", "Date request was received",
         "Initial Request Whilst In RYA", "Request Outcome Date", "Request Outcome", "Request Mediation", "Request Tribunal",
         "Exported - Child or young person moves out of LA before assessment is completed"],
        ["Requests", 10, 1, "2023-01-05", 0, "2023-02-10", "Y", 0, 0, None],
    ])
    sheet(book, "Assessments Records", [
        ["Record Type", "Requests record ID (This must match the relevant ID in the Requests table)",
         "Assessment Outcome - Decision to issue EHC plan", "Assessment Outcome Date", "Assessment Mediation",
         "Assessment Tribunal", "Other Mediation", "Other Tribunal", "Twenty week time limit exceptions apply"],
        ["Assessments", 10, "Y", "2023-05-01", 0, 0, 0, 0, 0],
    ])
    sheet(book, "SEN Need Records", [
        ["Record Type", "Requests record ID (This must match the relevant ID in the Requests table)", "SEN Type of Need",
         "SEN Type of Need rank (1=Primary, 2=Secondary)"],
        ["SEN Need", 10, "MLD", 1],
    ])
    book.save(os.path.join(HERE, "dfe-headings-2024.xlsx"))


def blade_csv():
    folder = os.path.join(HERE, "blade-2025")
    os.makedirs(folder, exist_ok=True)
    files = {
        "sen2": "sen2tableid,NativeId,collection,year,referencedate,sourcelevel,lea,softwarecode,release,serialno,datetime,dmo,dco,dsco\n"
                "1,1,SEN2,2025,2025-Jan-16 00:00:00,L,886,CMS,1.0,001,2025-Feb-01 09:30:00,Y,N,R\n",
        "person": "persontableid,NativeId,personorderseqcolumn,sourceid,surname,forename,personbirthdate,sex,ethnicity,postcode,upn,uniquelearnernumber,upnunknown\n"
                  "7,7,1,1,\"O'Brien\",Niamh,2010-Apr-01 00:00:00,F,WIRI,ME4 4AA,,,UN2\n",
        "requests": "requeststableid,persontableid,receiveddate,requestsource,rya,requestoutcomedate,requestoutcome,requestmediation,requesttribunal,exported\n"
                    "70,7,2024-Mar-02 00:00:00,2,0,2024-Apr-15 00:00:00,Y,0,0,\n",
        "assessment": "assessmenttableid,requeststableid,assessmentoutcome,assessmentoutcomedate,assessmentmediation,assessmenttribunal,othermediation,othertribunal,week20\n"
                      "700,70,Y,2024-Jul-19 00:00:00,0,0,0,0,0\n",
        "namedplan": "namedplantableid,assessmenttableid,startdate,planres,planwbp,pb,oa,dp,ceasedate,ceasereason\n"
                     "7000,700,2024-Jul-19 00:00:00,,,0,0,,,\n",
        "plandetail": "plandetailtableid,namedplantableid,urn,ukprn,sensetting,sensettingother,placementrank,senunitindicator,resourcedprovisionindicator\n"
                      "70000,7000,118888,,,,1,0,1\n",
        "activeplans": "activeplanstableid,requeststableid,transferla,reviewmeeting,reviewoutcome,reviewdraft,phasetransferduedate,phasetransferfinaldate,lastreview\n"
                       "7100,70,,,,,,,\n",
        "placementdetail": "placementdetailtableid,activeplanstableid,urn,ukprn,sensetting,sensettingother,placementrank,entrydate,leavingdate,senunitindicator,resourcedprovisionindicator,res,wbp\n"
                           "71000,7100,118888,,,,1,2024-Sep-02 00:00:00,,0,1,,\n",
        "senneed": "senneedtableid,activeplanstableid,sentype,sentyperank\n"
                   "71100,7100,SEMH,1\n",
    }
    for module, text in files.items():
        with open(os.path.join(folder, f"Blade-Export_01-02-2025_{module}.csv"), "w", newline="") as f:
            f.write(text)


def extract_with_mapping():
    folder = os.path.join(HERE, "extract")
    os.makedirs(folder, exist_ok=True)
    book = Workbook()
    book.remove(book.active)
    sheet(book, "Children", [
        ["Casework system export", None, None, None, None, None, None],
        [None] * 7,
        ["Child ID", "Family name", "Given name", "DOB", "Gender", "Ethnic origin", "Pupil number"],
        ["C-1", "Khan", "Aisha", "03/11/2016", "Female", "Pakistani heritage", "B801200005001"],
        ["C-2", "Jones", "Tom", "2009-01-30", "Male", "White - British", None],
    ])
    sheet(book, "Referrals", [
        ["Referral ref", "Child ID", "Received", "Decision", "Decision date", "Who referred"],
        ["RF-1", "C-1", "12/01/2025", "Agreed", "20/02/2025", "Parent"],
        ["RF-2", "C-2", "03/03/2025", "Declined", "25/04/2025", "School"],
    ])
    sheet(book, "Lookup", [["Agreed", "Y"], ["Declined", "N"]])
    book.save(os.path.join(folder, "extract.xlsx"))
    with open(os.path.join(folder, "mapping.yaml"), "w") as f:
        f.write("""# Mapping for the casework system's export.
year: 2026
tables:
  persons:
    sheet: Children
    id: Child ID
    columns:
      Surname: Family name
      Forename: Given name
      PersonBirthDate: DOB
      Sex: Gender
      Ethnicity: Ethnic origin
      UPN: Pupil number
  requests:
    sheet: Referrals
    id: Referral ref
    parent: Child ID
    columns:
      ReceivedDate: Received
      RequestOutcome: Decision
      RequestOutcomeDate: Decision date
      RequestSource: Who referred
    values:
      RequestOutcome: {Agreed: Y, Declined: N}
      RequestSource: {Parent: 1, School: 2}
values:
  Ethnicity:
    Pakistani heritage: APKN
""")


if __name__ == "__main__":
    filled_template()
    dfe_headings()
    blade_csv()
    extract_with_mapping()
