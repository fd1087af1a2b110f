import { isAbsolute, relative, resolve } from 'node:path';
import type { FailOn, Report, Severity, SourceResult } from '../core/result/schema.ts';
import { atOrAbove, severityRank } from '../core/result/status.ts';
import { formatSampleRow } from '../core/render/format.ts';
import { csvSettings } from '../core/sources/open.ts';
import { diagnoseCsv } from '../core/sources/csv-diagnose.ts';
import type { SourceSpec } from '../core/sources/spec.ts';

export interface Annotation {
  level: 'error' | 'warning';
  /** Path relative to the repository root, as GitHub expects. */
  file: string;
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
}

/**
 * One annotation per failed or errored check (at the line of its first failing row for CSV/TSV)
 * and per unreadable source (at the broken line when known), most severe first.
 */
export function buildAnnotations(input: AnnotationInput): Annotation[] {
  const out: Annotation[] = [];
  for (const s of input.report.sources) {
    const spec = input.specs[s.name] ?? { path: s.uri };
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
      const count = c.failingCount ? ` (${c.failingCount.toLocaleString('en-US')} rows)` : '';
      out.push({
        level: c.status === 'error' || atOrAbove(c.severity, input.failOn) ? 'error' : 'warning',
        file: repoPath(file ?? resolve(input.baseDir, s.uri), input.workspace),
        ...(line !== undefined ? { line } : {}),
        title: `Truthgate: ${c.type} (${c.severity})`,
        message: [
          `${c.id}: ${c.message}${count}${first ? `; first at ${formatSampleRow(first, 'en')}` : ''}`,
          ...(c.description ? [c.description] : []),
        ].join('\n'),
        severity: c.severity,
      });
    }
  }
  return out.sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1),
  );
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
