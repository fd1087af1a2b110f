import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import { getCheck } from '../checks/registry.ts';
import type { Profile } from '../profile/types.ts';
import { SUITE_VERSION, type SourceEntry, type SuiteFile } from '../suite/schema.ts';
import type { z } from 'zod';
import {
  proposeAnomalyChecks,
  proposeChecks,
  type Proposal,
  type Skipped,
  type Strictness,
} from './propose.ts';

export interface LearnOptions {
  strictness: Strictness;
  /** Source name in the suite (letters, digits, `_`, `-`). */
  sourceName: string;
  /** Path written into the suite, relative to where the suite file will live. */
  sourcePath: string;
  now?: Date;
  /** Past runs per metric in the source's history: anomaly checks are proposed where enough exist. */
  historyRuns?: (metric: string) => number;
  /** The source as the suite declares it, instead of `{ path: sourcePath }` (SQL sources: sql-learn.ts). */
  sourceEntry?: z.infer<typeof SourceEntry>;
  connections?: SuiteFile['connections'];
  /** Proposals the source's backend cannot run, left out with a note (SQL sources: sql-learn.ts). */
  unsupported?: (p: Proposal) => string | undefined;
}

export interface LearnedSuite {
  yamlText: string;
  suite: SuiteFile;
  proposals: Proposal[];
  skipped: Skipped[];
}

/** Proposes a suite from a profile, as the object a suite file holds. */
export function proposeSuite(profile: Profile, opts: LearnOptions): Omit<LearnedSuite, 'yamlText'> {
  const { proposals, skipped } = proposeChecks(profile, {
    strictness: opts.strictness,
    exists: (name) => getCheck(name) !== undefined,
    ...(opts.now ? { now: opts.now } : {}),
  });
  if (opts.historyRuns)
    proposals.push(...proposeAnomalyChecks(profile, opts.historyRuns, (n) => getCheck(n) !== undefined));
  const name = opts.sourceName;
  const kept = proposals.filter((p) => {
    const why = opts.unsupported?.(p);
    if (why)
      skipped.push({
        ...(p.column ? { column: p.column } : {}),
        note: why,
        example: `- ${p.check}: ${JSON.stringify(p.params)}`,
      });
    return !why;
  });
  const suite: SuiteFile = {
    version: SUITE_VERSION,
    ...(opts.connections ? { connections: opts.connections } : {}),
    sources: { [name]: opts.sourceEntry ?? { path: opts.sourcePath } },
    checks: { [name]: kept.map((p) => ({ [p.check]: p.params })) },
  };
  return { suite, proposals: kept, skipped };
}

/** Proposes a suite from a profile and renders it as commented YAML. */
export function learnSuite(profile: Profile, opts: LearnOptions): LearnedSuite {
  const { suite, proposals, skipped } = proposeSuite(profile, opts);
  return {
    yamlText: render(suite, opts.sourceName, proposals, skipped, profile, opts),
    suite,
    proposals,
    skipped,
  };
}

function render(
  suite: SuiteFile,
  name: string,
  proposals: Proposal[],
  skipped: Skipped[],
  profile: Profile,
  opts: LearnOptions,
): string {
  const doc = new Document(suite);
  doc.commentBefore = [
    ` Learned by \`truthgate learn\` (${opts.strictness}) from ${opts.sourcePath}:`,
    ` ${profile.table.rows} rows, ${profile.table.columns} columns, profiled ${profile.createdAt.slice(0, 10)}.`,
    ' Every check passes on that data. Review the bounds before committing: they describe what',
    ' was seen, not what the data must be.',
  ].join('\n');
  const seq = doc.getIn(['checks', name], true);
  if (isSeq(seq)) {
    seq.items.forEach((item, i) => {
      const p = proposals[i]!;
      if (!isMap(item)) return;
      if (p.note) item.commentBefore = ` ${p.note}`;
      const params = item.items[0]?.value;
      // Schemas read better as a block; everything else fits on one line.
      if (isMap(params) && p.check !== 'schema') (params as YAMLMap).flow = true;
    });
  }
  if (skipped.length > 0) {
    doc.comment = [' Not proposed:', ...skipped.flatMap((s) => [` ${s.note}`, `   ${s.example}`])].join('\n');
  }
  return doc.toString({ lineWidth: 100, flowCollectionPadding: false });
}

/** A suite source name from a file name: `seattle-weather.csv` -> `seattle-weather`. */
export function sourceNameFor(path: string): string {
  const base = (path.split(/[\\/]/).pop() ?? 'data').replace(/\.[^.]*$/, '').replace(/[*?[\]{}]/g, '');
  const cleaned = base.replace(/[^\w-]/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `data_${cleaned}`;
}
