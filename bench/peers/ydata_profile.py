"""Profiles a dataset with ydata-profiling's minimal mode: python ydata_profile.py <path>.

The peer of `truthgate profile <path> --format json`: the file is read from disk with pandas
(ydata-profiling profiles pandas frames), the report is computed and rendered as JSON, and the
figures run.ts compares with Truthgate's (rows, and each column's missing count and, for
numeric columns, min and max) are printed as one JSON line.
"""

import json
import math
import sys

import pandas as pd
from ydata_profiling import ProfileReport

path = sys.argv[1]
frame = pd.read_parquet(path) if path.endswith(".parquet") else pd.read_csv(path)
report = json.loads(ProfileReport(frame, minimal=True, progress_bar=False).to_json())


def number(x):
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else x


columns = {}
for name, v in report["variables"].items():
    column = {"nulls": int(v["n_missing"])}
    if v.get("type") == "Numeric":
        column["min"] = number(v.get("min"))
        column["max"] = number(v.get("max"))
    columns[name] = column
print(json.dumps({"rows": int(report["table"]["n"]), "columns": columns}))
