import { readFileSync } from 'node:fs';
import { TruthgateError } from '../errors.ts';
import { Report } from './schema.ts';

/** A saved JSON report, validated against the result contract (it may come from an untrusted artifact). */
export function readReport(file: string): Report {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new TruthgateError('TG_REPORT_NOT_FOUND', { path: file });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new TruthgateError('TG_REPORT_INVALID', { path: file, detail: (err as Error).message });
  }
  const parsed = Report.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.path.map(String).join('.') || '(root)';
    throw new TruthgateError('TG_REPORT_INVALID', { path: file, detail: `${at}: ${issue.message}` });
  }
  return parsed.data;
}
