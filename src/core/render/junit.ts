import type { CheckResult, FailOn, Report, SourceResult } from '../result/schema.ts';
import { atOrAbove } from '../result/status.ts';
import { escapeXml } from './escape.ts';
import { formatSampleRow, formatSampleValues, formatValue } from './format.ts';

/**
 * JUnit XML for CI test reporters: one <testsuite> per source, one <testcase> per check.
 * A check that failed at or above `fail_on` gets <failure>, an errored one <error>, a skipped one
 * <skipped/>. A failure below `fail_on` does not fail the run, so it passes here too, with a
 * <system-out> note saying what failed. A check's suite `description` is a testcase property.
 * Every value is XML-escaped (invalid control characters replaced) so the file always parses.
 */
export function renderJunit(report: Report): string {
  const s = report.summary;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attrs({
      name: `truthgate: ${report.suite}`,
      tests: s.checks,
      failures: report.sources.reduce((n, src) => n + gating(src, report.failOn), 0),
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
      failures: gating(src, report.failOn),
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
  for (const c of src.checks) out.push(...testcase(c, src, report.failOn));
  if (src.error) {
    const hint = src.error.hint ? `\nhint: ${src.error.hint}` : '';
    out.push(`    <system-err>${escapeXml(`${src.error.code}: ${src.error.message}${hint}`)}</system-err>`);
  }
  out.push('  </testsuite>');
  return out;
}

/** Checks of `src` that failed at or above `fail_on`: JUnit's failures. */
function gating(src: SourceResult, failOn: FailOn): number {
  return src.checks.filter((c) => c.status === 'fail' && atOrAbove(c.severity, failOn)).length;
}

function testcase(c: CheckResult, src: SourceResult, failOn: FailOn): string[] {
  const open = `    <testcase ${attrs({ name: c.id, classname: `truthgate.${src.name}`, time: 0 })}`;
  const body: string[] = [];
  if (c.description) {
    body.push(
      '      <properties>',
      `        <property ${attrs({ name: 'description', value: c.description })}/>`,
      '      </properties>',
    );
  }
  if (c.status === 'skip') body.push('      <skipped/>');
  else if (c.status === 'error') {
    body.push(
      `      <error ${attrs({ message: c.message, type: c.errorCode ?? 'error' })}>${escapeXml(details(c))}</error>`,
    );
  } else if (c.status === 'fail' && atOrAbove(c.severity, failOn)) {
    body.push(
      `      <failure ${attrs({ message: c.message, type: c.severity })}>${escapeXml(details(c))}</failure>`,
    );
  } else if (c.status === 'fail') {
    const why = failOn === 'never' ? 'fail_on is never' : `${c.severity} is below fail_on ${failOn}`;
    const note = `failed, but not a failure of the run: ${why}\n${details(c)}`;
    body.push(`      <system-out>${escapeXml(note)}</system-out>`);
  }
  return body.length === 0 ? [`${open}/>`] : [`${open}>`, ...body, '    </testcase>'];
}

/** Body text of a failure: the verdict in full, then the failing samples. */
function details(c: CheckResult): string {
  const lines = [
    `severity: ${c.severity}`,
    `observed: ${formatValue(c.observed)}`,
    `expected: ${formatValue(c.expected)}`,
    c.message,
    ...(c.description ? [`description: ${c.description}`] : []),
  ];
  for (const s of c.samples) lines.push(`${formatSampleRow(s, 'en')}: ${formatSampleValues(s, 'en')}`);
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
