import { resolve } from 'node:path';
import { diffSources } from '../core/diff/diff.ts';
import { driftCompare } from '../core/drift/compare.ts';
import { asTruthgateError, TruthgateError, type Lang } from '../core/errors.ts';
import { renderDiffMarkdown } from '../core/render/diff-markdown.ts';
import { renderDriftMarkdown } from '../core/render/drift-markdown.ts';
import { escapeHtml } from '../core/render/escape.ts';
import { openSource } from '../core/sources/open.ts';
import { isDynamicPattern } from 'tinyglobby';
import type { LoadedSuite } from '../core/suite/load.ts';
import { fetchBaseVersion } from './base-version.ts';
import type { Section } from './body.ts';
import type { ChangedFile } from './changed-files.ts';
import type { RunContext } from './event.ts';
import type { GitHub } from './github.ts';

export interface CompareRequest {
  gh: GitHub | undefined;
  ctx: RunContext;
  baseRef: string;
  changed: ChangedFile[];
  suite: LoadedSuite;
  /** Sources that were checked; only their changed single-file sources are compared. */
  sources: string[];
  lang: Lang;
  tempDir: string;
}

export interface CompareResult {
  sections: Section[];
  /** Diff and drift results, for the comment's change hash. */
  data: unknown[];
  notes: string[];
}

/**
 * For each checked source that is one file the pull request modified or renamed: the dataset
 * diff (keyed by the source's `key` when it has one) and per-column drift, base vs head.
 */
export async function compareWithBase(req: CompareRequest): Promise<CompareResult> {
  const out: CompareResult = { sections: [], data: [], notes: [] };
  const byPath = new Map(req.changed.map((f) => [resolve(req.ctx.workspace, f.path), f]));
  for (const name of req.sources) {
    const spec = req.suite.sources[name];
    if (!spec || isDynamicPattern(spec.path)) continue;
    const file = resolve(req.suite.baseDir, spec.path);
    const change = byPath.get(file);
    if (
      !change ||
      (change.status !== 'modified' && change.status !== 'renamed' && change.status !== 'changed')
    )
      continue;
    const base = await fetchBaseVersion(req.gh, {
      workspace: req.ctx.workspace,
      owner: req.ctx.owner,
      repo: req.ctx.repo,
      ref: req.baseRef,
      path: change.basePath,
      destDir: resolve(req.tempDir, 'truthgate-base'),
    });
    if ('missing' in base) {
      const e = new TruthgateError('TG_BASE_UNAVAILABLE', {
        path: change.basePath,
        ref: req.baseRef.slice(0, 12),
        detail: base.missing,
      });
      out.notes.push(e.message_(req.lang));
      continue;
    }
    try {
      const oldSrc = openSource(name, { ...spec, path: base.file });
      const newSrc = openSource(name, spec, { baseDir: req.suite.baseDir });
      // The base copy lives in a temp dir; show the repository path instead.
      const diff = await diffSources(oldSrc, newSrc, spec.key ? { key: spec.key } : {});
      const baseUri = `${change.basePath}@${req.baseRef.slice(0, 7)}`;
      diff.old.uri = baseUri;
      const drift = await driftCompare(oldSrc, newSrc);
      drift.baseline.uri = baseUri;
      out.data.push(diff, drift.columns);
      const opts = { lang: req.lang };
      out.sections.push({
        label: `diff ${change.path}`,
        render: (max) => fit(renderDiffMarkdown(diff, { ...opts, maxLength: max }), max),
      });
      out.sections.push({
        label: `drift ${change.path}`,
        render: (max) =>
          fit(
            `<details><summary>Drift: ${escapeHtml(change.path)}</summary>\n\n${renderDriftMarkdown(drift, opts)}\n\n</details>`,
            max,
          ),
      });
    } catch (err) {
      const e = asTruthgateError(err);
      out.notes.push(
        new TruthgateError('TG_BASE_UNAVAILABLE', {
          path: change.path,
          ref: req.baseRef.slice(0, 12),
          detail: e.message_(req.lang),
        }).message_(req.lang),
      );
    }
  }
  return out;
}

function fit(text: string, max: number): string | undefined {
  return text.length <= max ? text : undefined;
}
