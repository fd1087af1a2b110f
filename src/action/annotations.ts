import { isAbsolute, relative, resolve } from 'node:path';
import type { CheckResult, FailOn, Report, Severity, SourceResult } from '../core/result/schema.ts';
import { isCloudPath } from '../core/sources/cloud/location.ts';
import { atOrAbove, severityRank } from '../core/result/status.ts';
import { formatSampleRow } from '../core/render/format.ts';
import { formatCount } from '../core/toolkit/format.ts';
import { csvSettings } from '../core/sources/open.ts';
import { diagnoseCsv } from '../core/sources/csv-diagnose.ts';
import type { SourceSpec } from '../core/sources/spec.ts';

export interface Annotation {
  level: 'error' | 'warning';
  /** Path relative to the repository root, as GitHub expects; none when nothing in the repository fits. */
  file?: string;
  line?: number;
  title: string;
  message: string;
  severity: Severity;
}

/** GitHub shows at most 10 error and 10 warning annotations per step (and 50 per job). */
export const PER_LEVEL_LIMIT = 10;

export interface AnnotationInput {
  report: Report;
  /** Source specs by name, for CSV layout options. */
  specs: Record<string, SourceSpec>;
  /** Directory the source paths are relative to (the suite's directory). */
  baseDir: string;
  workspace: string;
  failOn: FailOn;
  /** The suite file (absolute): where sources in a database or object storage are annotated. */
  suiteFile?: string;
}

/**
 * One annotation per failed or errored check (at the line of its first failing row for CSV/TSV)
 * and per unreadable source (at the broken line when known), most severe first.
 */
export function buildAnnotations(input: AnnotationInput): Annotation[] {
  const out: Annotation[] = [];
  for (const s of input.report.sources) {
    const spec = input.specs[s.name] ?? { path: s.uri };
    // Data outside the repository has no file or line to point at; the suite names the source.
    if (isCloudPath(spec.path) || spec.sql) {
      out.push(...externalAnnotations(s, input));
      continue;
    }
    if (s.error) {
      out.push(sourceErrorAnnotation(s, spec, input));
      continue;
    }
    for (const c of s.checks.filter((c) => c.status === 'fail' || c.status === 'error')) {
      const first = c.samples[0];
      const file =
        first?.file !== undefined ? resolve(input.baseDir, first.file) : singleFile(s, input.baseDir);
      // The engine sets `line` on CSV/TSV samples, the same line every renderer shows.
      const line = first?.line;
      out.push({
        ...checkAnnotation(c, input.failOn),
        file: repoPath(file ?? resolve(input.baseDir, s.uri), input.workspace),
        ...(line !== undefined ? { line } : {}),
      });
    }
  }
  return out.sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1),
  );
}

function checkAnnotation(c: CheckResult, failOn: FailOn): Omit<Annotation, 'file'> {
  const first = c.samples[0];
  const n = c.failingCount;
  const count = n ? ` (${formatCount(n)} ${n === 1 ? 'row' : 'rows'})` : '';
  return {
    level: c.status === 'error' || atOrAbove(c.severity, failOn) ? 'error' : 'warning',
    title: `Truthgate: ${c.type} (${c.severity})`,
    message: [
      `${c.id}: ${c.message}${count}${first ? `; first at ${formatSampleRow(first, 'en')}` : ''}`,
      ...(c.description ? [c.description] : []),
    ].join('\n'),
    severity: c.severity,
  };
}

/** A source in a database or object storage: its failures, or its error, on the suite file. */
function externalAnnotations(s: SourceResult, input: AnnotationInput): Annotation[] {
  const file = input.suiteFile ? { file: repoPath(input.suiteFile, input.workspace) } : {};
  if (s.error)
    return [
      {
        level: 'error',
        ...file,
        title: `Truthgate: ${s.error.code}`,
        message: `${s.name} (${s.uri}): ${s.error.message}${s.error.hint ? ` (${s.error.hint})` : ''}`,
        severity: 'critical',
      },
    ];
  return s.checks
    .filter((c) => c.status === 'fail' || c.status === 'error')
    .map((c) => ({ ...checkAnnotation(c, input.failOn), ...file }));
}

/** The annotations GitHub will show, and how many were left for the summary. */
export function capAnnotations(all: Annotation[], max: number): { shown: Annotation[]; omitted: number } {
  const shown: Annotation[] = [];
  const perLevel = { error: 0, warning: 0 };
  for (const a of all) {
    if (shown.length >= max || perLevel[a.level] >= PER_LEVEL_LIMIT) continue;
    perLevel[a.level]++;
    shown.push(a);
  }
  return { shown, omitted: all.length - shown.length };
}

function singleFile(s: SourceResult, baseDir: string): string | undefined {
  if (s.files && s.files.length > 1) return undefined;
  return resolve(baseDir, s.files?.[0] ?? s.uri);
}

function isDelimited(format: string): format is 'csv' | 'tsv' {
  return format === 'csv' || format === 'tsv';
}

function sourceErrorAnnotation(s: SourceResult, spec: SourceSpec, input: AnnotationInput): Annotation {
  const file = singleFile(s, input.baseDir) ?? resolve(input.baseDir, s.uri);
  let line: number | undefined;
  if (isDelimited(s.format) || /^TG_CSV_/.test(s.error!.code)) {
    const st = csvSettings(isDelimited(s.format) ? s.format : 'csv', spec.options ?? {});
    try {
      line = diagnoseCsv(file, st.sep, st.quote)?.line;
    } catch {
      line = undefined;
    }
  }
  return {
    level: 'error',
    file: repoPath(file, input.workspace),
    ...(line !== undefined ? { line } : {}),
    title: `Truthgate: ${s.error!.code}`,
    message: `${s.error!.message}${s.error!.hint ? ` (${s.error!.hint})` : ''}`,
    severity: 'critical',
  };
}

function repoPath(file: string, workspace: string): string {
  const rel = relative(workspace, file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel.split('\\').join('/');
}
