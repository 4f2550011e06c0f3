"""Benchmark baseline (not part of Rarewatch): the grouped counts behind `rarewatch stage`, with pandas.

Counts tumours by site (3-character ICD-10), diagnosis year, sex, 5-year age band (90+ top-coded),
stage group (first character of STAGE_BEST) and route to diagnosis. Usage: python3 pandas_stage.py FILE
"""
import sys

import pandas as pd

cols = ["DIAGNOSISDATEBEST", "SITE_ICD10_O2_3CHAR", "AGE", "SEX", "STAGE_BEST", "ROUTE_TO_DIAGNOSIS"]
df = pd.read_csv(sys.argv[1], usecols=cols, dtype=str, keep_default_na=False)
df["year"] = df["DIAGNOSISDATEBEST"].str.slice(0, 4)
df["ageband"] = (pd.to_numeric(df["AGE"], errors="coerce") // 5).clip(upper=18)
df["stage"] = df["STAGE_BEST"].str.slice(0, 1)
counts = df.groupby(["SITE_ICD10_O2_3CHAR", "year", "SEX", "ageband", "stage", "ROUTE_TO_DIAGNOSIS"],
                    dropna=False).size()
print(f"pandas groups={len(counts)} tumours={int(counts.sum())}")
