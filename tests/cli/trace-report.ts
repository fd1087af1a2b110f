/**
 * Preloaded with `node --import` by the start-up test: records, for every diagnostic report the
 * process generates (nodejs-polars makes one to tell glibc from musl), whether it left out the
 * network, and writes the list as JSON to $TG_TRACE_REPORTS when the process exits.
 */
import { writeFileSync } from 'node:fs';

// Node has had the setting since 22; @types/node does not declare it yet.
const report = process.report as NodeJS.ProcessReport & { excludeNetwork: boolean };
const excluded: boolean[] = [];
const getReport = report.getReport.bind(report);
report.getReport = (err?: Error) => {
  excluded.push(report.excludeNetwork);
  return getReport(err);
};
process.on('exit', () => writeFileSync(process.env.TG_TRACE_REPORTS!, JSON.stringify(excluded)));
