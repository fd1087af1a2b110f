"""The peer suites in dataframely: python dataframely_suite.py <orders|flights> <path>."""

from collections import Counter
from datetime import date, datetime

import dataframely as dy
import polars as pl

from common import AIRPORT, EMAIL, FLIGHTS_FROM, FLIGHTS_UNTIL, ORDERS_RANGE, iso_date, main

# dataframely names each failure `<column>|<rule>` (or the rule's method name); these map the
# rules back to Truthgate ids. min and max are two rules that together make one `between`.
RULES = {
    "nullability": "not_null",
    "unique": "unique",
    "min": "between",
    "max": "between",
    "check__in_set": "in_set",
    "regex": "regex",
}
RENAMED = {"between.date": "date_between.date"}


def in_set(*values: str) -> dict:
    return {"in_set": lambda col: col.is_in(values)}


class Orders(dy.Schema):
    order_id = dy.Int64(unique=True)
    customer_id = dy.Int64()
    amount = dy.Float64(min=0, max=1000)
    quantity = dy.Int64(min=1, max=10)
    status = dy.String(check=in_set("paid", "pending", "refunded", "cancelled"))
    email = dy.String(regex=EMAIL)
    order_date = dy.String()
    country = dy.String(check=in_set("KR", "US", "DE", "BR", "JP"))
    discount = dy.Float64(nullable=True)

    @dy.rule()
    def datetime_format(cls) -> pl.Expr:
        return pl.col("order_date").is_null() | iso_date("order_date").is_not_null()

    @dy.rule()
    def date_between(cls) -> pl.Expr:
        lo, hi = (date.fromisoformat(d) for d in ORDERS_RANGE)
        return pl.col("order_date").is_null() | iso_date("order_date").is_between(lo, hi).fill_null(False)

    @dy.rule()
    def discount_where_kr(cls) -> pl.Expr:
        return (pl.col("country") != "KR") | pl.col("discount").is_between(0, 0.3).fill_null(True)


class Flights(dy.Schema):
    date = dy.Datetime(min=datetime.fromisoformat(FLIGHTS_FROM), max=datetime.fromisoformat(FLIGHTS_UNTIL))
    delay = dy.Int64(min=-60, max=600)
    distance = dy.Int64(min=0, max=3000)
    origin = dy.String(regex=AIRPORT)
    destination = dy.String(regex=AIRPORT)

    @dy.rule()
    def column_compare(cls) -> pl.Expr:
        return pl.col("origin") != pl.col("destination")

    @dy.rule()
    def delay_where_las(cls) -> pl.Expr:
        return (pl.col("origin") != "LAS") | pl.col("delay").is_between(0, 60)


FRAME_RULES = {
    "datetime_format": "datetime_format.order_date",
    "date_between": "date_between.order_date",
    "discount_where_kr": "between.discount",
    "column_compare": "column_compare",
    "delay_where_las": "between.delay#2",
}


def run(dataset: str, df: pl.DataFrame) -> dict[str, int]:
    schema = Orders if dataset == "orders" else Flights
    _, failures = schema.filter(df)
    counts: Counter[str] = Counter()
    for rule, n in failures.counts().items():
        column, _, kind = rule.rpartition("|")
        name = f"{RULES.get(kind, kind)}.{column}" if column else FRAME_RULES[kind]
        counts[RENAMED.get(name, name)] += n
    return counts


if __name__ == "__main__":
    main(run)
