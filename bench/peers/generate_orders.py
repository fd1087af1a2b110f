"""Deterministic orders CSV for the peer benchmark: python generate_orders.py <path> <rows>.

Seeded numpy draws, so the same pinned numpy writes the same bytes on every machine. Each
column carries a few planted faults so every check in the suite has something to count.
"""

import sys

import numpy as np
import polars as pl

path, rows = sys.argv[1], int(sys.argv[2])
rng = np.random.default_rng(20261129)


def holes(share: float) -> np.ndarray:
    return rng.random(rows) < share


order_id = np.arange(1, rows + 1, dtype=np.int64)
dup = rng.choice(np.arange(1, rows), size=5, replace=False)
order_id[dup] = order_id[dup - 1]  # five repeated ids: ten rows share an id

day = rng.integers(0, 2220, rows)  # 2020-01-01 + 2220 days runs past the 2025-12-31 bound
frame = pl.DataFrame(
    {
        "order_id": order_id,
        "customer_id": pl.Series(rng.integers(1, 200_000, rows)).set(pl.Series(holes(0.002)), None),
        "amount": pl.Series(np.round(rng.uniform(-1, 1010, rows), 2)).set(pl.Series(holes(0.01)), None),
        "quantity": rng.integers(0, 11, rows),
        "status": pl.Series(
            rng.choice(
                ["paid", "pending", "refunded", "cancelled", "lost"], rows, p=[0.7, 0.15, 0.1, 0.049, 0.001]
            )
        ).set(pl.Series(holes(0.001)), None),
        "user": rng.integers(0, 1_000_000, rows),
        "bad_email": holes(0.002),
        "day": day,
        "bad_date": rng.integers(0, 2000, rows),
        "country": rng.choice(
            ["KR", "US", "DE", "BR", "JP", "kr"], rows, p=[0.3, 0.3, 0.15, 0.15, 0.0995, 0.0005]
        ),
        "discount": pl.Series(np.round(rng.uniform(0, 0.32, rows), 3)).set(pl.Series(holes(0.01)), None),
    }
)
iso = (pl.date(2020, 1, 1) + pl.duration(days=pl.col("day"))).dt.strftime("%Y-%m-%d")
frame = frame.select(
    "order_id",
    "customer_id",
    "amount",
    "quantity",
    "status",
    pl.when(pl.col("bad_email"))
    .then(pl.format("user {}@example", pl.col("user")))
    .otherwise(pl.format("user{}@example.com", pl.col("user")))
    .alias("email"),
    # About 0.1% impossible or slash-separated dates, 0.05% empty.
    pl.when(pl.col("bad_date") == 0)
    .then(pl.lit("2023-02-30"))
    .when(pl.col("bad_date") == 1)
    .then(iso.str.replace_all("-", "/"))
    .when(pl.col("bad_date") == 2)
    .then(None)
    .otherwise(iso)
    .alias("order_date"),
    "country",
    "discount",
)
tmp = f"{path}.tmp"
frame.write_csv(tmp)
__import__("os").replace(tmp, path)
