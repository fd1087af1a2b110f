/**
 * The action: decide what to check, run the engine, compare with the base branch, then report
 * through every channel (report file, job summary, annotations, sticky comment, outputs) before
 * deciding the job's fate, so a failing job always leaves its explanation behind.
 */
import * as core from '@actions/core';
import { resolve } from 'node:path';
import { asTruthgateError, TruthgateError, type Lang } from '../core/errors.ts';
import { writeFileAtomic } from '../core/fs/atomic.ts';
import { parseLang, t } from '../core/i18n/ui.ts';
import { runSuite } from '../core/engine/run-suite.ts';
import type { ZeroConfigSuite } from '../core/learn/zero-config.ts';
import { redactDeep } from '../core/redact.ts';
import { readReport } from '../core/result/read-report.ts';
import type { Report } from '../core/result/schema.ts';
import type { LoadedSuite } from '../core/suite/load.ts';
import { buildAnnotations, capAnnotations } from './annotations.ts';
import { fetchBaseVersion } from './base-version.ts';
import {
  composeBody,
  whereIn,
  composeWithinBytes,
  contentHash,
  COMMENT_LIMIT,
  SUMMARY_LIMIT_BYTES,
  type BodyParts,
  type Section,
} from './body.ts';
import { findChanges, type Changes } from './changes.ts';
import { commentPreamble, findSticky, ownLogin, upsertSticky } from './comment.ts';
import type { ChangedFile } from './changed-files.ts';
import { readContext, type RunContext } from './event.ts';
import { createGitHub, describeApiError, httpStatus, type GitHub } from './github.ts';
import { prepareHistory } from './history.ts';
import { readInputs, type ActionInputs } from './inputs.ts';
import { neutralizeMentions } from './mentions.ts';
import type { RemoteRun } from './remote.ts';
import {
  loadActionSuite,
  resolveInWorkspace,
  selectFiles,
  selectSources,
  type SourceSelection,
} from './targets.ts';

/** What the run found before anything is reported: a report or an error, notes, diff sections. */
interface ActionFindings {
  report: Report | undefined;
  /** Remote mode: the workflow's compact result instead of a local report. */
  remote: RemoteRun | undefined;
  suite: LoadedSuite | undefined;
  error: TruthgateError | undefined;
  notes: string[];
  sections: Section[];
  /** Data behind the sections, for the change hash. */
  compared: unknown[];
}

async function checkData(
  inputs: ActionInputs,
  ctx: RunContext,
  gh: GitHub | undefined,
  out: ActionFindings,
): Promise<void> {
  if (inputs.renderReport) {
    // Untrusted data (a fork's artifact): validated against the schema, rendered escaped, never run.
    out.report = readReport(resolveInWorkspace(inputs.renderReport, ctx.workspace));
    return;
  }
  if (inputs.remote) {
    const { runRemote } = await import('./remote.ts');
    out.remote = await runRemote({ ...inputs, remote: inputs.remote }, ctx);
    return;
  }
  // Zero-config on a pull request learns from the base branch, so it needs the changes too.
  const needChanges = inputs.changedOnly || inputs.compareToBase || (!inputs.suite && ctx.pr !== undefined);
  const changes: Changes = needChanges
    ? await findChanges(ctx, gh)
    : { files: undefined, baseRef: undefined, warnings: [] };
  for (const w of changes.warnings) {
    core.warning(neutralizeMentions(w));
    out.notes.push(w);
  }
  const changed = inputs.changedOnly ? changes.files : undefined;

  let suite: LoadedSuite;
  let sources: string[] | undefined;
  let selfLearned: string[] = [];
  let zeroConfig: ZeroConfigSuite | undefined;
  let untrusted = false;
  if (inputs.suite) {
    // A suite the pull request changed gets no secrets, connections or endpoints of its own (targets.ts).
    const loaded = await loadActionSuite(inputs, ctx, gh);
    const suiteFile = loaded.suiteFile;
    suite = loaded.suite;
    untrusted = loaded.untrusted !== undefined;
    if (loaded.untrusted) {
      const text =
        `${loaded.untrusted.message_(inputs.lang)} ${loaded.untrusted.hint(inputs.lang) ?? ''}`.trim();
      core.notice(neutralizeMentions(text), { title: `Truthgate: ${loaded.untrusted.code}` });
      out.notes.push(text);
    }
    const abs =
      changed &&
      new Set(changed.filter((f) => f.status !== 'removed').map((f) => resolve(ctx.workspace, f.path)));
    const sel = selectSources(suite, ctx.workspace, abs, inputs.externalSources, suiteFile);
    sources = sel.sources;
    noteExternal(sel, inputs, abs !== undefined, out);
    if (sources?.length === 0) out.notes.push(t(inputs.lang, 'noSourceChanged'));
  } else {
    const sel = selectFiles(inputs.files, ctx.workspace, changed);
    for (const f of sel.notData) {
      const e = new TruthgateError('TG_ACTION_NOT_DATA', { path: f });
      core.notice(neutralizeMentions(e.message_(inputs.lang)), { file: f, title: `Truthgate: ${e.code}` });
      out.notes.push(e.message_(inputs.lang));
    }
    if (sel.files.length === 0) {
      const detail = changed ? t(inputs.lang, 'noneChanged') : inputs.files.join(', ');
      out.error = new TruthgateError('TG_ACTION_NO_DATA', { detail });
      core.notice(out.error.message_(inputs.lang));
      return;
    }
    const baselines =
      ctx.pr && changes.files && changes.baseRef
        ? await baseVersions(sel.files, changes.files, changes.baseRef, ctx, gh, out, inputs.lang)
        : {};
    // Loaded only here (as the base comparison below): a run imports just what it does.
    const { buildZeroConfigSuite } = await import('../core/learn/zero-config.ts');
    const zc = await buildZeroConfigSuite(sel.files, { baseDir: ctx.workspace, baselines });
    selfLearned = zc.selfLearned;
    suite = zeroConfig = zc;
  }
  out.suite = suite;
  // --- metric history (issue 16): anomaly checks judge against the base branch's history artifact.
  const history = await prepareHistory(inputs.history, suite, sources ?? Object.keys(suite.checks), ctx, gh);
  if (history.unavailable) {
    core.notice(
      neutralizeMentions(
        `${history.unavailable.message_(inputs.lang)} ${history.unavailable.hint(inputs.lang)}`,
      ),
    );
    out.notes.push(history.unavailable.message_(inputs.lang));
  }
  const runOptions = {
    ...(sources ? { sources } : {}),
    ...(inputs.failOn ? { failOn: inputs.failOn } : {}),
    ...(history.lookup ? { history: history.lookup } : {}),
  };
  const report = zeroConfig
    ? await (await import('../core/learn/zero-config.ts')).runZeroConfigSuite(zeroConfig, runOptions)
    : await runSuite(suite, runOptions);
  for (const p of await history.record(report)) core.warning(neutralizeMentions(p.message_(inputs.lang)));
  if (history.dir) core.setOutput('history-path', history.dir);
  // --- end metric history
  // Values of `${ENV}` never reach the report file, comment, summary or annotations (core/redact.ts).
  out.report = redactDeep(
    selfLearned.length
      ? (await import('../core/learn/zero-config.ts')).warnSelfLearned(report, selfLearned)
      : report,
  );

  if (inputs.compareToBase && changes.files && changes.baseRef) {
    const { compareWithBase } = await import('./compare.ts');
    const cmp = await compareWithBase({
      gh,
      ctx,
      baseRef: changes.baseRef,
      changed: changes.files,
      suite,
      sources: sources ?? Object.keys(suite.checks),
      // An untrusted suite's external sources already are the base branch's definitions: comparing
      // them would fetch and parse the base suite again to find nothing.
      ...(inputs.suite && !untrusted ? { suiteFile: resolveInWorkspace(inputs.suite, ctx.workspace) } : {}),
      lang: inputs.lang,
      tempDir: process.env.RUNNER_TEMP || ctx.workspace,
    });
    out.sections.push(...cmp.sections);
    out.compared.push(...cmp.data);
    for (const n of cmp.notes) {
      core.notice(neutralizeMentions(n));
      out.notes.push(n);
    }
  }
}

/**
 * Says which sources living outside the repository were skipped, or checked although no changed
 * file selected them, so a reader never takes a green run for one that looked at their data.
 */
function noteExternal(
  sel: SourceSelection,
  inputs: ActionInputs,
  filtered: boolean,
  out: ActionFindings,
): void {
  if (sel.external.length === 0 || (sel.externalChecked && !filtered)) return;
  const params = { sources: sel.external.join(', '), policy: inputs.externalSources };
  const e = new TruthgateError(
    sel.externalChecked ? 'TG_ACTION_EXTERNAL_CHECKED' : 'TG_ACTION_EXTERNAL_SKIPPED',
    params,
  );
  const text = `${e.message_(inputs.lang)} ${e.hint(inputs.lang) ?? ''}`.trim();
  if (!sel.externalChecked) core.notice(neutralizeMentions(text), { title: `Truthgate: ${e.code}` });
  out.notes.push(text);
}

/**
 * Zero-config on a pull request: each changed file's checks are learned from its base-branch
 * version, so a head that breaks the data fails. A file new in the pull request (or whose base
 * version cannot be had) keeps checks learned from itself, with a note that they prove its shape only.
 */
async function baseVersions(
  files: string[],
  changed: ChangedFile[],
  baseRef: string,
  ctx: RunContext,
  gh: GitHub | undefined,
  out: ActionFindings,
  lang: Lang,
): Promise<Record<string, string>> {
  const byPath = new Map(changed.map((f) => [f.path, f]));
  const baselines: Record<string, string> = {};
  for (const path of files) {
    const change = byPath.get(path);
    if (!change || change.status === 'added' || change.status === 'copied') {
      out.notes.push(t(lang, 'newFile', { path }));
      continue;
    }
    const base = await fetchBaseVersion(gh, {
      workspace: ctx.workspace,
      owner: ctx.owner,
      repo: ctx.repo,
      ref: baseRef,
      path: change.basePath,
      destDir: resolve(process.env.RUNNER_TEMP || ctx.workspace, 'truthgate-learn'),
    });
    if ('file' in base) baselines[path] = base.file;
    else {
      const e = new TruthgateError('TG_BASE_UNAVAILABLE', {
        path: change.basePath,
        ref: baseRef.slice(0, 12),
        detail: base.missing,
      });
      out.notes.push(`${e.message_(lang)} ${t(lang, 'newFile', { path })}`);
    }
  }
  return baselines;
}

function runStatus(o: ActionFindings): Report['status'] {
  if (o.report) return o.report.status;
  if (o.remote) return o.remote.result.status;
  return o.error && o.error.exitCode !== 0 ? 'error' : 'pass';
}

function emitAnnotations(o: ActionFindings, inputs: ActionInputs, ctx: RunContext): void {
  if (!o.report || !o.suite) {
    if (o.error && o.error.exitCode !== 0) {
      const file = o.error.location?.file;
      core.error(neutralizeMentions(o.error.message_(inputs.lang)), {
        title: `Truthgate: ${o.error.code}`,
        ...(file ? { file: resolveRepoPath(file, ctx.workspace) } : {}),
        ...(o.error.location?.line ? { startLine: o.error.location.line } : {}),
      });
    }
    return;
  }
  const all = buildAnnotations({
    report: o.report,
    specs: o.suite.sources,
    baseDir: o.suite.baseDir,
    workspace: ctx.workspace,
    failOn: o.report.failOn,
    ...(inputs.suite ? { suiteFile: resolve(ctx.workspace, inputs.suite) } : {}),
  });
  const { shown, omitted } = capAnnotations(all, inputs.maxAnnotations);
  for (const a of shown) {
    const props = {
      title: neutralizeMentions(a.title),
      ...(a.file !== undefined ? { file: a.file } : {}),
      ...(a.line !== undefined ? { startLine: a.line } : {}),
    };
    if (a.level === 'error') core.error(neutralizeMentions(a.message), props);
    else core.warning(neutralizeMentions(a.message), props);
  }
  if (omitted > 0) core.notice(t(inputs.lang, 'moreInSummary', { n: omitted }));
}

/** What a remote run showed, without what changes every run (ids, clocks, store key, history). */
function remoteForHash(r: RemoteRun | undefined): unknown {
  if (!r) return undefined;
  const {
    runId: _i,
    startedAt: _s,
    durationMs: _d,
    reportKey: _k,
    previous: _p,
    stateChange: _c,
    ...shown
  } = r.result;
  return shown;
}

function resolveRepoPath(file: string, workspace: string): string {
  const abs = resolve(workspace, file);
  return abs.startsWith(workspace + '/') ? abs.slice(workspace.length + 1) : file;
}

async function postComment(
  gh: GitHub,
  ctx: RunContext,
  inputs: ActionInputs,
  parts: BodyParts,
  hash: string,
  status: Report['status'],
): Promise<string | undefined> {
  const pr = ctx.pr!;
  const target = { owner: ctx.owner, repo: ctx.repo, issueNumber: pr.number, header: inputs.commentHeader };
  try {
    const login = await ownLogin(gh);
    const existing = await findSticky(gh, target, login);
    const failing = status === 'fail' || status === 'error';
    if (inputs.comment === 'on-failure' && !failing && !existing) return undefined;
    if (inputs.comment === 'on-change' && existing?.hash === hash) {
      core.info('Report unchanged since the last comment; not updating it.');
      return existing.url;
    }
    const preamble = commentPreamble(inputs.commentHeader, hash);
    // Zero-width joiners add characters; leave room for them.
    const body = preamble + neutralizeMentions(composeBody(parts, COMMENT_LIMIT - preamble.length - 2000));
    const url = await upsertSticky(gh, target, existing, body);
    core.info(`${existing ? 'Updated' : 'Created'} the pull request comment: ${url}`);
    return url;
  } catch (err) {
    if (httpStatus(err) === 403 || httpStatus(err) === 401) {
      const e = new TruthgateError('TG_GITHUB_COMMENT_FORBIDDEN', { detail: describeApiError(err) });
      core.notice(`${e.message_(inputs.lang)} ${e.hint(inputs.lang) ?? ''}`.trim());
    } else {
      const e = new TruthgateError('TG_GITHUB_API', { request: 'comment', detail: describeApiError(err) });
      core.warning(`${e.message_(inputs.lang)} ${e.hint(inputs.lang) ?? ''}`.trim());
    }
    return undefined;
  }
}

async function writeSummary(text: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set; no job summary.');
    return;
  }
  await core.summary.addRaw(neutralizeMentions(text), true).write();
}

/** The whole action; importing this module runs nothing (entry.ts calls it). */
export async function run(): Promise<void> {
  const ctx = readContext();
  const out: ActionFindings = {
    report: undefined,
    remote: undefined,
    suite: undefined,
    error: undefined,
    notes: [],
    sections: [],
    compared: [],
  };
  let inputs: ActionInputs | undefined;
  let gh: GitHub | undefined;
  try {
    inputs = readInputs((name) => core.getInput(name));
    if (inputs.remote?.apiKey) core.setSecret(inputs.remote.apiKey);
    if (inputs.pullRequest && !ctx.pr) {
      ctx.pr = {
        number: inputs.pullRequest,
        baseSha: '',
        baseRef: '',
        headSha: '',
        fromFork: false,
        changedFiles: undefined,
      };
    }
    gh = inputs.token ? createGitHub(inputs.token, ctx.apiUrl, (l) => core.info(l)) : undefined;
    await checkData(inputs, ctx, gh, out);
  } catch (err) {
    out.error = asTruthgateError(err);
    const problems = (out.error as { problems?: TruthgateError[] }).problems;
    if (problems && problems.length > 1)
      out.notes.push(...problems.slice(1).map((p) => `${whereIn(p, ctx.workspace)} ${p.message}`.trim()));
  }
  const lang: Lang = inputs?.lang ?? parseLang(process.env['INPUT_LANG']);
  const header = inputs?.commentHeader ?? 'default';
  const status = runStatus(out);
  const parts: BodyParts = {
    report: out.report,
    remote: out.remote,
    error: out.error,
    notes: out.notes,
    sections: out.sections,
    runUrl: ctx.runUrl,
    lang,
    title: header === 'default' ? 'Truthgate' : `Truthgate · ${header}`,
    workspace: ctx.workspace,
  };

  if (out.report && inputs && !inputs.renderReport) {
    try {
      const path = resolveInWorkspace(inputs.reportPath, ctx.workspace);
      writeFileAtomic(path, `${JSON.stringify(out.report, null, 2)}\n`);
      core.setOutput('report-path', path);
    } catch (err) {
      out.error = asTruthgateError(err);
    }
  }
  // Room for the zero-width joiners writeSummary adds (3 bytes each).
  await writeSummary(composeWithinBytes(parts, SUMMARY_LIMIT_BYTES - 65_536));
  if (inputs) emitAnnotations(out, inputs, ctx);
  else if (out.error)
    core.error(neutralizeMentions(out.error.message_(lang)), { title: `Truthgate: ${out.error.code}` });

  let commentUrl: string | undefined;
  if (inputs && gh && ctx.pr && inputs.comment !== 'off') {
    commentUrl = await postComment(
      gh,
      ctx,
      inputs,
      parts,
      contentHash(out.report, [out.error?.code, out.notes, out.compared, remoteForHash(out.remote)]),
      status,
    );
  } else if (inputs && !ctx.pr) {
    core.info(
      `Event ${ctx.eventName || '(none)'}: no pull request, so the report goes to the job summary only.`,
    );
  }

  core.setOutput('status', status);
  const result = out.report ?? out.remote?.result;
  core.setOutput('failed-checks', String(result?.summary.failed ?? 0));
  core.setOutput('comment-url', commentUrl ?? '');
  core.setOutput('workflow-id', out.remote?.workflowId ?? '');

  const failOnNever = result?.failOn === 'never';
  if (out.error && out.error.exitCode !== 0) {
    const hint = out.error.hint(lang);
    core.setFailed(
      neutralizeMentions(`${out.error.code}: ${out.error.message_(lang)}${hint ? ` (${hint})` : ''}`),
    );
  } else if (status === 'fail' || (status === 'error' && !failOnNever)) {
    const s = result!.summary;
    core.setFailed(t(lang, 'jobFailed', { failed: s.failed, errored: s.errored, failOn: result!.failOn }));
  }
}

/** run(), with a last resort: an error in the reporting itself still ends as one readable line, no stack. */
export async function runSafely(): Promise<void> {
  try {
    await run();
  } catch (err) {
    const e = asTruthgateError(err);
    core.setFailed(`${e.code}: ${e.message}`);
  }
}
