import type { CheckResult, Report, SourceResult } from '../result/schema.ts';
import { escapeXml } from './escape.ts';
import { formatSampleRow, formatSampleValues, formatValue } from './format.ts';

/**
 * JUnit XML for CI test reporters: one <testsuite> per source, one <testcase> per check,
 * <failure> for a failed check, <error> for an errored one, <skipped/> for a skipped one.
 * Every value is XML-escaped (invalid control characters replaced) so the file always parses.
 */
export function renderJunit(report: Report): string {
  const s = report.summary;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attrs({
      name: `truthgate: ${report.suite}`,
      tests: s.checks,
      failures: s.failed,
      errors: s.errored,
      skipped: s.skipped,
      time: seconds(report.durationMs),
      timestamp: report.startedAt,
    })}>`,
  ];
  for (const src of report.sources) lines.push(...suite(src, report));
  lines.push('</testsuites>', '');
  return lines.join('\n');
}

function suite(src: SourceResult, report: Report): string[] {
  const count = (status: CheckResult['status']): number =>
    src.checks.filter((c) => c.status === status).length;
  const out = [
    `  <testsuite ${attrs({
      name: src.name,
      tests: src.checks.length,
      failures: count('fail'),
      errors: count('error'),
      skipped: count('skip'),
      time: seconds(src.durationMs),
      timestamp: report.startedAt,
    })}>`,
    '    <properties>',
    ...Object.entries({
      uri: src.uri,
      format: src.format,
      rowCount: src.rowCount,
      columnCount: src.columnCount,
      fingerprint: src.fingerprint,
    })
      .filter(([, v]) => v !== null)
      .map(([name, value]) => `      <property ${attrs({ name, value: String(value) })}/>`),
    '    </properties>',
  ];
  for (const c of src.checks) out.push(...testcase(c, src));
  if (src.error) {
    const hint = src.error.hint ? `\nhint: ${src.error.hint}` : '';
    out.push(`    <system-err>${escapeXml(`${src.error.code}: ${src.error.message}${hint}`)}</system-err>`);
  }
  out.push('  </testsuite>');
  return out;
}

function testcase(c: CheckResult, src: SourceResult): string[] {
  const open = `    <testcase ${attrs({ name: c.id, classname: `truthgate.${src.name}`, time: 0 })}`;
  if (c.status === 'pass') return [`${open}/>`];
  if (c.status === 'skip') return [`${open}>`, '      <skipped/>', '    </testcase>'];
  const tag = c.status === 'fail' ? 'failure' : 'error';
  const type = c.status === 'fail' ? c.severity : (c.errorCode ?? 'error');
  return [
    `${open}>`,
    `      <${tag} ${attrs({ message: c.message, type })}>${escapeXml(details(c))}</${tag}>`,
    '    </testcase>',
  ];
}

/** Body text of a failure: the verdict in full, then the failing samples. */
function details(c: CheckResult): string {
  const lines = [
    `severity: ${c.severity}`,
    `observed: ${formatValue(c.observed)}`,
    `expected: ${formatValue(c.expected)}`,
    c.message,
  ];
  for (const s of c.samples) lines.push(`${formatSampleRow(s, 'en')}: ${formatSampleValues(s)}`);
  return lines.join('\n');
}

function attrs(a: Record<string, string | number>): string {
  return Object.entries(a)
    .map(([k, v]) => `${k}="${escapeXml(String(v))}"`)
    .join(' ');
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}
