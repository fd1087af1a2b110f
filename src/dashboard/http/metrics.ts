/** Upper bounds (seconds) of the request-duration histogram. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

interface Series {
  labels: string;
  count: number;
  sum: number;
  buckets: number[];
}

/**
 * Request counts and durations by route and status in the Prometheus text format. Routes are the
 * matched patterns (`/runs/:workflowId/:runId`), never raw paths, so label cardinality stays small.
 */
export class Metrics {
  private readonly series = new Map<string, Series>();
  private readonly started = Date.now();

  observe(method: string, route: string, status: number, seconds: number): void {
    const labels = `method="${label(method)}",route="${label(route)}",status="${status}"`;
    let s = this.series.get(labels);
    if (!s) {
      s = { labels, count: 0, sum: 0, buckets: BUCKETS.map(() => 0) };
      this.series.set(labels, s);
    }
    s.count++;
    s.sum += seconds;
    for (let i = 0; i < BUCKETS.length; i++) if (seconds <= BUCKETS[i]!) s.buckets[i]!++;
  }

  render(): string {
    const out = [
      '# HELP truthgate_dashboard_requests_total HTTP requests served.',
      '# TYPE truthgate_dashboard_requests_total counter',
    ];
    for (const s of this.series.values())
      out.push(`truthgate_dashboard_requests_total{${s.labels}} ${s.count}`);
    out.push(
      '# HELP truthgate_dashboard_request_duration_seconds Time to produce a response.',
      '# TYPE truthgate_dashboard_request_duration_seconds histogram',
    );
    for (const s of this.series.values()) {
      BUCKETS.forEach((b, i) =>
        out.push(
          `truthgate_dashboard_request_duration_seconds_bucket{${s.labels},le="${b}"} ${s.buckets[i]}`,
        ),
      );
      out.push(
        `truthgate_dashboard_request_duration_seconds_bucket{${s.labels},le="+Inf"} ${s.count}`,
        `truthgate_dashboard_request_duration_seconds_sum{${s.labels}} ${s.sum}`,
        `truthgate_dashboard_request_duration_seconds_count{${s.labels}} ${s.count}`,
      );
    }
    out.push(
      '# HELP truthgate_dashboard_uptime_seconds Seconds since the dashboard started.',
      '# TYPE truthgate_dashboard_uptime_seconds gauge',
      `truthgate_dashboard_uptime_seconds ${(Date.now() - this.started) / 1000}`,
    );
    return `${out.join('\n')}\n`;
  }
}

function label(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
