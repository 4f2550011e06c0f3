"""The same sums as `./rarewatch waits` (default --by), done with pandas + openpyxl, for bench/waits.sh.

National totals per standard, and per cancer type and per route, by month, calendar quarter and
financial year; 31/62-day totals from the ALL MODALITIES rows only. Prints the number of groups and
the October 2023 national FDS figures so the script can check both tools agree.
"""
import sys

import pandas as pd

COLUMNS = ["PERIOD", "YEAR", "MONTH", "STANDARD", "ORG CODE", "STAGE/ROUTE", "TREATMENT MODALITY",
           "CANCER TYPE", "TOTAL TREATED", "WITHIN STANDARD", "BREACHES"]

frames = []
for path in sys.argv[1:]:
    # pandas' openpyxl reader resets the stated sheet dimension of read-only sheets, so the
    # files that wrongly say A1:A1 are read whole
    df = pd.read_excel(path, sheet_name="CWT CRS Provider Extract", engine="openpyxl")
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        sys.exit(f"{path}: missing columns {missing}")
    frames.append(df)
data = pd.concat(frames, ignore_index=True)

data["MONTH_START"] = pd.to_datetime(data["PERIOD"])
data["ROUTE"] = data["STAGE/ROUTE"].str.upper()
counted = data[(data["STANDARD"] == "28-day FDS") | (data["TREATMENT MODALITY"] == "ALL MODALITIES")].copy()
counted["month"] = counted["MONTH_START"].dt.strftime("%Y-%m")
counted["quarter"] = counted["MONTH_START"].dt.year.astype(str) + "-Q" + counted["MONTH_START"].dt.quarter.astype(str)
fy_start = counted["MONTH_START"].dt.year - (counted["MONTH_START"].dt.month < 4).astype(int)
counted["fy"] = "FY" + fy_start.astype(str) + "-" + ((fy_start + 1) % 100).astype(str).str.zfill(2)

groups = 0
for period in ["month", "quarter", "fy"]:
    for extra in [[], ["CANCER TYPE"], ["ROUTE"]]:
        sums = counted.groupby(["STANDARD", period] + extra)[["WITHIN STANDARD", "TOTAL TREATED"]].sum()
        sums["performance"] = sums["WITHIN STANDARD"] / sums["TOTAL TREATED"]
        groups += len(sums)
        if period == "month" and not extra:
            national = sums

oct_fds = national.loc[("28-day FDS", "2023-10")] if ("28-day FDS", "2023-10") in national.index else None
print(f"rows={len(data)} groups={groups}")
if oct_fds is not None:
    print(f"fds_2023_10 within={oct_fds['WITHIN STANDARD']:g} total={oct_fds['TOTAL TREATED']:g}")
