"""The peer suites in Great Expectations (pandas, ephemeral context):
python great_expectations_suite.py <orders|flights> <path>."""

import sys
from datetime import datetime

import great_expectations as gx
import great_expectations.expectations as gxe
import pandas as pd

from common import AIRPORT, CHECKS, EMAIL, FLIGHTS_FROM, FLIGHTS_UNTIL, ORDERS_RANGE, emit


def orders() -> list:
    lo, hi = ORDERS_RANGE
    return [
        *(
            gxe.ExpectColumnValuesToNotBeNull(column=c)
            for c in ["order_id", "customer_id", "amount", "status", "email", "order_date"]
        ),
        gxe.ExpectColumnValuesToBeUnique(column="order_id"),
        gxe.ExpectColumnValuesToBeBetween(column="amount", min_value=0, max_value=1000),
        gxe.ExpectColumnValuesToBeBetween(column="quantity", min_value=1, max_value=10),
        gxe.ExpectColumnValuesToBeInSet(
            column="status", value_set=["paid", "pending", "refunded", "cancelled"]
        ),
        gxe.ExpectColumnValuesToBeInSet(column="country", value_set=["KR", "US", "DE", "BR", "JP"]),
        gxe.ExpectColumnValuesToMatchRegex(column="email", regex=EMAIL),
        gxe.ExpectColumnValuesToMatchStrftimeFormat(column="order_date", strftime_format="%Y-%m-%d"),
        gxe.ExpectColumnValuesToBeBetween(column="order_date", min_value=lo, max_value=hi),
        gxe.ExpectColumnValuesToBeBetween(
            column="discount",
            min_value=0,
            max_value=0.3,
            row_condition='country=="KR"',
            condition_parser="pandas",
        ),
    ]


def flights() -> list:
    return [
        *(
            gxe.ExpectColumnValuesToNotBeNull(column=c)
            for c in ["date", "delay", "distance", "origin", "destination"]
        ),
        gxe.ExpectColumnValuesToBeBetween(column="delay", min_value=-60, max_value=600),
        gxe.ExpectColumnValuesToBeBetween(column="distance", min_value=0, max_value=3000),
        gxe.ExpectColumnValuesToMatchRegex(column="origin", regex=AIRPORT),
        gxe.ExpectColumnValuesToMatchRegex(column="destination", regex=AIRPORT),
        gxe.ExpectColumnValuesToBeBetween(
            column="date",
            min_value=datetime.fromisoformat(FLIGHTS_FROM),
            max_value=datetime.fromisoformat(FLIGHTS_UNTIL),
        ),
        gxe.ExpectSelectColumnValuesToBeUniqueWithinRecord(column_list=["origin", "destination"]),
        gxe.ExpectColumnValuesToBeBetween(
            column="delay",
            min_value=0,
            max_value=60,
            row_condition='origin=="LAS"',
            condition_parser="pandas",
        ),
    ]


def main() -> None:
    dataset, path = sys.argv[1], sys.argv[2]
    df = pd.read_parquet(path) if path.endswith(".parquet") else pd.read_csv(path)
    context = gx.get_context(mode="ephemeral")
    batch = (
        context.data_sources.add_pandas("bench")
        .add_dataframe_asset(dataset)
        .add_batch_definition_whole_dataframe("all")
        .get_batch(batch_parameters={"dataframe": df})
    )
    suite = context.suites.add(gx.ExpectationSuite(name=dataset))
    expectations = orders() if dataset == "orders" else flights()
    # The expectations are listed in the order of CHECKS; meta carries the check id through.
    for name, expectation in zip(CHECKS[dataset], expectations, strict=True):
        column = getattr(expectation, "column", None)
        assert column is None or name.split(".")[1].split("#")[0] == column, (name, column)
        expectation.meta = {"check": name}
        suite.add_expectation(expectation)
    result = batch.validate(suite, result_format="BASIC")
    counts: dict[str, int | None] = {}
    for outcome in result.results:
        name = outcome.expectation_config.meta["check"]
        # A metric that raised leaves no count (exception_info is keyed by metric); report the
        # check as not evaluated so run.ts flags it, instead of reading it as zero failures.
        counts[name] = outcome.result.get("unexpected_count")
        if counts[name] is None:
            errors = [
                v["exception_message"] for v in (outcome.exception_info or {}).values() if isinstance(v, dict)
            ]
            print(f"{name}: not evaluated: {'; '.join(errors)}", file=sys.stderr)
    emit(dataset, counts)


if __name__ == "__main__":
    main()
