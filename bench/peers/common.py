"""Shared by the peer scripts: read a dataset from disk, print per-check failing counts as JSON.

Check names are Truthgate's check ids without the source (`between.amount`), so run.ts can
compare the tools check by check.
"""

import json
import sys

import polars as pl

ORDERS_RANGE = ("2020-01-01", "2025-12-31")
FLIGHTS_FROM = "2001-02-01"
FLIGHTS_UNTIL = "2002-01-01"
EMAIL = r"^[a-z0-9._]+@[a-z0-9-]+\.[a-z]{2,}$"
AIRPORT = r"^[A-Z]{3}$"


# The suites' check ids, as in orders.truthgate.yml and flights.truthgate.yml.
CHECKS = {
    "orders": [
        *(f"not_null.{c}" for c in ["order_id", "customer_id", "amount", "status", "email", "order_date"]),
        "unique.order_id",
        "between.amount",
        "between.quantity",
        "in_set.status",
        "in_set.country",
        "regex.email",
        "datetime_format.order_date",
        "date_between.order_date",
        "between.discount",
    ],
    "flights": [
        *(f"not_null.{c}" for c in ["date", "delay", "distance", "origin", "destination"]),
        "between.delay",
        "between.distance",
        "regex.origin",
        "regex.destination",
        "date_between.date",
        "column_compare",
        "between.delay#2",
    ],
}


def read(dataset: str, path: str) -> pl.DataFrame:
    return pl.read_parquet(path) if path.endswith(".parquet") else pl.read_csv(path)


def iso_date(column: str) -> pl.Expr:
    """The ISO text as a date; null where it does not parse (Truthgate counts that as failing)."""
    return pl.col(column).str.to_date("%Y-%m-%d", strict=False)


def main(run) -> None:
    """Reads the dataset named on the command line with polars and prints run(dataset, frame)."""
    dataset, path = sys.argv[1], sys.argv[2]
    emit(dataset, run(dataset, read(dataset, path)))


def emit(dataset: str, counts: dict[str, int | None]) -> None:
    unknown = set(counts) - set(CHECKS[dataset])
    if unknown:
        raise SystemExit(f"counts for checks outside the suite: {sorted(unknown)}")
    # Tools list only failing checks; a suite check they did not mention found nothing.
    # None stays null: the tool could not evaluate the check.
    print(
        json.dumps({name: None if (n := counts.get(name, 0)) is None else int(n) for name in CHECKS[dataset]})
    )
