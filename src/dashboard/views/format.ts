import { html, type Html } from './html.ts';

/** "2025-01-02 03:04 UTC" in a <time> element (UTC: the server cannot know the viewer's zone). */
export function time(d: Date | null | undefined): Html {
  if (!d) return html`<span class="muted">—</span>`;
  const iso = d.toISOString();
  return html`<time datetime="${iso}">${iso.slice(0, 16).replace('T', ' ')} UTC</time>`;
}

export function duration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.round(ms / 60_000)} min`;
}

export function num(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  return Number(n.toPrecision(4)).toLocaleString('en-US', { maximumFractionDigits: 6 });
}

export function pct(f: number | null | undefined): string {
  if (f === null || f === undefined) return '—';
  return `${Number((f * 100).toPrecision(3))}%`;
}

/** Observed/expected values and sample cells: any JSON, shown as short text (escaped by html``). */
export function value(v: unknown, max = 240): string {
  if (v === null || v === undefined) return '∅';
  if (typeof v === 'number') return num(v);
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

const STATUS_CLASS: Record<string, string> = {
  pass: 'pass',
  done: 'pass',
  warn: 'warn',
  drift: 'warn',
  fail: 'fail',
  error: 'error',
  skip: 'skip',
  running: 'running',
};

export function badge(status: string): Html {
  const cls = STATUS_CLASS[status] ?? 'other';
  return html`<span class="badge s-${cls}">${status}</span>`;
}

export function severity(s: string | null | undefined): Html {
  if (!s) return html`<span class="muted">—</span>`;
  return html`<span class="sev sev-${s}">${s}</span>`;
}

export function runHref(workflowId: string, runId: string): string {
  return `/runs/${encodeURIComponent(workflowId)}/${encodeURIComponent(runId)}`;
}

export function sourceHref(name: string): string {
  return `/sources/${encodeURIComponent(name)}`;
}

/** What a source's fingerprint names, by its prefix (src/core/sources/fingerprint.ts, sql/open.ts). */
const FINGERPRINT_KINDS: Record<string, string> = {
  sha256: 'file contents',
  objects: 'object versions (ETags, sizes, times)',
  sql: 'table identity (rows, latest timestamp)',
  unversioned: 'not versioned (read in place, nothing listed)',
};

/**
 * The data's identity as the run saw it, so two runs can be told to have read the same versions:
 * the value in full (it is what a user compares or searches for) and what kind of identity it is.
 */
export function fingerprint(fp: string | null | undefined): Html {
  if (!fp) return html`<span class="muted">no fingerprint</span>`;
  const kind = FINGERPRINT_KINDS[fp.slice(0, fp.indexOf(':'))];
  return html`<span class="fingerprint" title="${kind ? `Fingerprint: ${kind}` : 'Fingerprint'}"
    >fingerprint <code>${fp}</code>${kind ? html` <span class="muted">(${kind})</span>` : ''}</span
  >`;
}
