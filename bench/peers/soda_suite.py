"""The peer suites in Soda Core on DuckDB: python soda_suite.py <orders|flights> <path>.

SodaCL has no date-format, date-range-on-text or column-pair check, so those are `failed rows`
checks with a SQL condition, as Soda documents for custom rules.
"""

import sys

import duckdb
from soda.scan import Scan

from common import AIRPORT, EMAIL, FLIGHTS_FROM, FLIGHTS_UNTIL, ORDERS_RANGE, emit


def check(metric: str, name: str, **config: object) -> str:
    lines = [f"  - {metric} = 0:", f"      name: {name}"]
    lines += [f"      {key.replace('_', ' ')}: {value}" for key, value in config.items()]
    return "\n".join(lines)


def missing(*columns: str) -> list[str]:
    return [check(f"missing_count({c})", f"not_null.{c}") for c in columns]


def failed_rows(name: str, condition: str) -> str:
    return f"  - failed rows:\n      name: {name}\n      fail condition: {condition}"


def orders() -> list[str]:
    lo, hi = ORDERS_RANGE
    parsed = "TRY_STRPTIME(order_date, '%Y-%m-%d')"
    return [
        *missing("order_id", "customer_id", "amount", "status", "email", "order_date"),
        check("duplicate_count(order_id)", "unique.order_id"),
        check("invalid_count(amount)", "between.amount", valid_min=0, valid_max=1000),
        check("invalid_count(quantity)", "between.quantity", valid_min=1, valid_max=10),
        check("invalid_count(status)", "in_set.status", valid_values="[paid, pending, refunded, cancelled]"),
        check("invalid_count(country)", "in_set.country", valid_values="[KR, US, DE, BR, JP]"),
        check("invalid_count(email)", "regex.email", valid_regex=f"'{EMAIL}'"),
        failed_rows("datetime_format.order_date", f"order_date IS NOT NULL AND {parsed} IS NULL"),
        failed_rows(
            "date_between.order_date",
            f"order_date IS NOT NULL AND COALESCE({parsed} NOT BETWEEN '{lo}' AND '{hi}', TRUE)",
        ),
        check(
            "invalid_count(discount)", "between.discount", valid_min=0, valid_max=0.3, filter="country = 'KR'"
        ),
    ]


def flights() -> list[str]:
    return [
        *missing("date", "delay", "distance", "origin", "destination"),
        check("invalid_count(delay)", "between.delay", valid_min=-60, valid_max=600),
        check("invalid_count(distance)", "between.distance", valid_min=0, valid_max=3000),
        check("invalid_count(origin)", "regex.origin", valid_regex=f"'{AIRPORT}'"),
        check("invalid_count(destination)", "regex.destination", valid_regex=f"'{AIRPORT}'"),
        failed_rows("date_between.date", f"date < '{FLIGHTS_FROM}' OR date > '{FLIGHTS_UNTIL}'"),
        failed_rows("column_compare", "origin = destination"),
        check("invalid_count(delay)", "between.delay#2", valid_min=0, valid_max=60, filter="origin = 'LAS'"),
    ]


def main() -> None:
    dataset, path = sys.argv[1], sys.argv[2]
    con = duckdb.connect()
    # order_date stays text: the checks judge the text, as the other tools do.
    reader = (
        f"read_parquet('{path}')"
        if path.endswith(".parquet")
        else f"read_csv('{path}', types={{'order_date': 'VARCHAR'}})"
    )
    con.execute(f"CREATE TABLE {dataset} AS SELECT * FROM {reader}")
    scan = Scan()
    scan.set_data_source_name("duckdb")
    scan.add_duckdb_connection(con)
    checks = orders() if dataset == "orders" else flights()
    scan.add_sodacl_yaml_str(f"checks for {dataset}:\n" + "\n".join(checks) + "\n")
    scan.execute()
    counts = {}
    for result in scan.get_scan_results()["checks"]:
        if result["outcome"] is None:
            raise SystemExit(f"{result['name']}: soda could not evaluate it\n{scan.get_logs_text()}")
        counts[result["name"]] = result["diagnostics"]["value"]
    emit(dataset, counts)


if __name__ == "__main__":
    main()
