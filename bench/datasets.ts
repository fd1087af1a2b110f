import { join } from 'node:path';
import pl from 'nodejs-polars';
import { generateOrdersCsv } from './generate-orders.ts';

export interface Dataset {
  suite: string;
  /** The data file the suite reads (profiled as a whole by the `profile` mode). */
  path: string;
  rows: number;
  /** One hand-written lazy query computing the metrics the suite computes: the design's floor. */
  handQuery(): pl.LazyDataFrame;
  /** A scan that materialises the columns the suite reads, and nothing else. */
  bareScan(): pl.LazyDataFrame;
}

const root = join(import.meta.dirname, '..');
const flightsPath = join(root, 'node_modules/vega-datasets/data/flights-3m.parquet');
const ordersPath = join(root, 'bench/data/orders-10m.csv');

const c = pl.col;
const orderColumns = [
  'order_id',
  'customer_id',
  'created_at',
  'amount',
  'quantity',
  'status',
  'email',
  'country',
  'discount',
];
const outside = (e: pl.Expr, lo: number, hi: number): pl.Expr => e.lt(lo).or(e.gt(hi));

export const datasets: Record<string, Dataset> = {
  flights: {
    suite: join(root, 'bench/suites/flights.yml'),
    path: flightsPath,
    rows: 3_000_000,
    handQuery: () => {
      const delay = c('delay');
      const dist = c('distance');
      return pl.scanParquet(flightsPath).select(
        pl.len().alias('rows'),
        ...['date', 'delay', 'distance', 'origin', 'destination'].map((n) =>
          c(n).isNull().sum().alias(`null_${n}`),
        ),
        outside(delay, -100, 1500).sum().alias('delay_out'),
        delay.isNotNull().sum().alias('delay_judged'),
        outside(dist, 0, 5000).sum().alias('dist_out'),
        dist.ltEq(0).sum().alias('dist_nonpos'),
        c('origin').str.contains('^[A-Z]{3}$').not().sum().alias('origin_re'),
        c('destination').str.contains('^[A-Z]{3}$').not().sum().alias('dest_re'),
        c('origin').str.lengths().neq(3).sum().alias('origin_len'),
        c('destination').neq(c('destination').str.toUpperCase()).sum().alias('dest_upper'),
        c('origin').isIn(['XXX', '???']).sum().alias('origin_banned'),
        c('origin').eq(c('destination')).sum().alias('same_airport'),
        delay.mean().alias('delay_mean'),
        delay.std().alias('delay_std'),
        dist.min().alias('dist_min'),
        dist.max().alias('dist_max'),
        dist.median().alias('dist_median'),
        delay.quantile(0.95).alias('delay_p95'),
        c('origin').nUnique().alias('origin_distinct'),
        outside(c('date'), Date.parse('2001-01-01'), Date.parse('2002-01-01')).sum().alias('date_out'),
        c('date').gt(pl.lit(new Date())).sum().alias('date_future'),
        delay.sub(delay.mean()).div(delay.std()).abs().gt(5).sum().alias('delay_z'),
        c('origin')
          .eq(pl.lit('LAS'))
          .and(outside(delay, 0, 60))
          .sum()
          .alias('las_out'),
        c('origin').eq(pl.lit('LAS')).sum().alias('las_rows'),
      );
    },
    bareScan: () => pl.scanParquet(flightsPath).select('date', 'delay', 'distance', 'origin', 'destination'),
  },
  orders: {
    suite: join(root, 'bench/suites/orders.yml'),
    path: ordersPath,
    rows: 10_000_000,
    handQuery: () => {
      const nonNull = orderColumns.filter((n) => n !== 'discount');
      return pl.scanCSV(ordersPath).select(
        pl.len().alias('rows'),
        ...nonNull.map((n) => c(n).isNull().sum().alias(`null_${n}`)),
        c('discount').isNull().sum().alias('null_discount'),
        c('order_id').isDuplicated().sum().alias('dup_order'),
        c('order_id').diff(1, 'ignore').ltEq(0).sum().alias('order_not_increasing'),
        outside(c('amount'), 0, 10000).sum().alias('amount_out'),
        outside(c('quantity'), 1, 10).sum().alias('qty_out'),
        c('quantity').ltEq(0).sum().alias('qty_nonpos'),
        c('status').isIn(['paid', 'pending', 'refunded']).not().sum().alias('status_set'),
        c('country').isIn(['KR', 'US', 'DE', 'BR']).not().sum().alias('country_set'),
        c('email').str.contains('^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$').not().sum().alias('email_fmt'),
        c('email').str.contains('^user[0-9]+@example\\.com$').not().sum().alias('email_re'),
        c('country').str.lengths().neq(2).sum().alias('country_len'),
        c('status').neq(c('status').str.strip()).sum().alias('status_ws'),
        c('country')
          .eq(pl.lit('KR'))
          .and(outside(c('discount'), 0, 0.25))
          .sum()
          .alias('kr_discount'),
        c('country').eq(pl.lit('KR')).sum().alias('kr_rows'),
        c('amount').mean().alias('amount_mean'),
        c('amount').quantile(0.99).alias('amount_p99'),
        c('customer_id').nUnique().alias('customers'),
      );
    },
    bareScan: () => pl.scanCSV(ordersPath).select(...orderColumns),
  },
};

export async function prepareDatasets(): Promise<void> {
  await generateOrdersCsv(ordersPath, datasets.orders!.rows);
}
