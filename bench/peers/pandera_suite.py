"""The peer suites in pandera's polars backend: python pandera_suite.py <orders|flights> <path>."""

from collections import Counter
from datetime import datetime

import pandera.polars as pa
import polars as pl

from common import AIRPORT, EMAIL, FLIGHTS_FROM, FLIGHTS_UNTIL, ORDERS_RANGE, iso_date, main

# pandera names each failure by its check; these map the names back to Truthgate ids.
NAMES = {
    "not_nullable": "not_null",
    "field_uniqueness": "unique",
    "in_range": "between",
    "isin": "in_set",
    "str_matches": "regex",
}
RENAMED = {"between.date": "date_between.date"}  # pandera's in_range also bounds datetimes


def frame_check(name: str, ok: pl.Expr) -> pa.Check:
    """A row-wise check over several columns; `ok` is true (or null) on passing rows."""
    return pa.Check(lambda data: data.lazyframe.select(ok.fill_null(True)), name=name)


def orders() -> pa.DataFrameSchema:
    lo, hi = ORDERS_RANGE
    parsed = iso_date("order_date")
    in_range = parsed.is_between(datetime.fromisoformat(lo).date(), datetime.fromisoformat(hi).date())
    return pa.DataFrameSchema(
        {
            "order_id": pa.Column(pl.Int64, unique=True),
            "customer_id": pa.Column(pl.Int64),
            "amount": pa.Column(pl.Float64, pa.Check.in_range(0, 1000)),
            "quantity": pa.Column(pl.Int64, pa.Check.in_range(1, 10), nullable=True),
            "status": pa.Column(pl.String, pa.Check.isin(["paid", "pending", "refunded", "cancelled"])),
            "email": pa.Column(pl.String, pa.Check.str_matches(EMAIL)),
            "order_date": pa.Column(pl.String),
            "country": pa.Column(pl.String, pa.Check.isin(["KR", "US", "DE", "BR", "JP"])),
        },
        checks=[
            frame_check("datetime_format.order_date", pl.col("order_date").is_null() | parsed.is_not_null()),
            frame_check(
                "date_between.order_date", pl.col("order_date").is_null() | in_range.fill_null(False)
            ),
            frame_check(
                "between.discount", (pl.col("country") != "KR") | pl.col("discount").is_between(0, 0.3)
            ),
        ],
    )


def flights() -> pa.DataFrameSchema:
    since, until = datetime.fromisoformat(FLIGHTS_FROM), datetime.fromisoformat(FLIGHTS_UNTIL)
    return pa.DataFrameSchema(
        {
            "date": pa.Column(pl.Datetime("us"), pa.Check.in_range(since, until)),
            "delay": pa.Column(pl.Int64, pa.Check.in_range(-60, 600)),
            "distance": pa.Column(pl.Int64, pa.Check.in_range(0, 3000)),
            "origin": pa.Column(pl.String, pa.Check.str_matches(AIRPORT)),
            "destination": pa.Column(pl.String, pa.Check.str_matches(AIRPORT)),
        },
        checks=[
            frame_check("column_compare", pl.col("origin") != pl.col("destination")),
            frame_check("between.delay#2", (pl.col("origin") != "LAS") | pl.col("delay").is_between(0, 60)),
        ],
    )


def run(dataset: str, df: pl.DataFrame) -> dict[str, int]:
    schema = orders() if dataset == "orders" else flights()
    counts: Counter[str] = Counter()
    try:
        schema.validate(df, lazy=True)
    except pa.errors.SchemaErrors as err:
        cases = err.failure_cases
        for row in cases.group_by("column", "check").len().iter_rows(named=True):
            check = row["check"].split("(")[0]
            if row["column"] is not None and row["column"] in df.columns:
                check = f"{NAMES.get(check, check)}.{row['column']}"
            counts[RENAMED.get(check, check)] += row["len"]
    return counts


if __name__ == "__main__":
    main(run)
