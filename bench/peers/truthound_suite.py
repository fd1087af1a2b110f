"""The peer suites in truthound: python truthound_suite.py <orders|flights> <path>.

th.check keeps a `.truthound` workspace (run history, data docs) in the nearest folder holding one
or `.git`; the script makes one in its working directory (run.ts: bench/data/peers-work).
"""

from collections import Counter
from datetime import date
from pathlib import Path

import polars as pl
import truthound as th
from truthound.validators import (
    BetweenValidator,
    ConditionalExpressionValidator,
    DateBetweenValidator,
    DateFormatValidator,
    ExpressionValidator,
    InSetValidator,
    NotNullValidator,
    RegexValidator,
    UniqueValidator,
)

from common import AIRPORT, EMAIL, FLIGHTS_FROM, FLIGHTS_UNTIL, ORDERS_RANGE, iso_date, main

# truthound names each issue by type and column; these map them back to Truthgate ids.
TYPES = {
    "not_null_violation": "not_null",
    "unique_violation": "unique",
    "out_of_range": "between",
    "not_in_set": "in_set",
    "regex_mismatch": "regex",
    "invalid_date_format": "datetime_format",
    "date_out_of_range": "date_between",
}


def orders() -> tuple[list, dict[str, str]]:
    lo, hi = (date.fromisoformat(d) for d in ORDERS_RANGE)
    validators = [
        NotNullValidator(columns=["order_id", "customer_id", "amount", "status", "email", "order_date"]),
        UniqueValidator(columns=["order_id"]),
        BetweenValidator(min_value=0, max_value=1000, columns=["amount"]),
        BetweenValidator(min_value=1, max_value=10, columns=["quantity"]),
        InSetValidator(allowed_values=["paid", "pending", "refunded", "cancelled"], columns=["status"]),
        InSetValidator(allowed_values=["KR", "US", "DE", "BR", "JP"], columns=["country"]),
        RegexValidator(pattern=EMAIL, columns=["email"]),
        DateFormatValidator(format="%Y-%m-%d", columns=["order_date"]),
        # DateBetweenValidator only reads date columns, so the ISO text range is an expression.
        ExpressionValidator(
            filter_expr=pl.col("order_date").is_null()
            | iso_date("order_date").is_between(lo, hi).fill_null(False)
        ),
        ConditionalExpressionValidator(
            condition=pl.col("country") == "KR",
            then_expr=pl.col("discount").is_between(0, 0.3).fill_null(True),
        ),
    ]
    return validators, {
        "expression_validation_failed": "date_between.order_date",
        "conditional_validation_failed": "between.discount",
    }


def flights() -> tuple[list, dict[str, str]]:
    validators = [
        NotNullValidator(columns=["date", "delay", "distance", "origin", "destination"]),
        BetweenValidator(min_value=-60, max_value=600, columns=["delay"]),
        BetweenValidator(min_value=0, max_value=3000, columns=["distance"]),
        RegexValidator(pattern=AIRPORT, columns=["origin", "destination"]),
        DateBetweenValidator(min_date=FLIGHTS_FROM, max_date=FLIGHTS_UNTIL, columns=["date"]),
        ExpressionValidator(filter_expr=pl.col("origin") != pl.col("destination")),
        ConditionalExpressionValidator(
            condition=pl.col("origin") == "LAS", then_expr=pl.col("delay").is_between(0, 60)
        ),
    ]
    return validators, {
        "expression_validation_failed": "column_compare",
        "conditional_validation_failed": "between.delay#2",
    }


def run(dataset: str, df: pl.DataFrame) -> dict[str, int]:
    validators, by_type = orders() if dataset == "orders" else flights()
    Path(".truthound").mkdir(exist_ok=True)
    result = th.check(df, validators=validators)
    counts: Counter[str] = Counter()
    for issue in result.issues:
        name = (
            by_type.get(issue.issue_type) or f"{TYPES.get(issue.issue_type, issue.issue_type)}.{issue.column}"
        )
        counts[name] += issue.count
    return counts


if __name__ == "__main__":
    main(run)
