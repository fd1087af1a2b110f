import { after, before } from 'node:test';
import {
  installAction,
  prEvent,
  runAction,
  seededToolCache,
  type RunOptions,
  type RunResult,
} from './action-runner.ts';
import { FakeGitHub, type FakeGitHubOptions } from './fake-github.ts';

/**
 * The fake GitHub of the repository acme/data the action tests run against: `ghs_write` (the
 * action's default token) may write, and /user answers 403 for it, as for GITHUB_TOKEN.
 */
export const fakeGitHub = (o: Partial<FakeGitHubOptions> = {}): FakeGitHub =>
  new FakeGitHub({ owner: 'acme', repo: 'data', writeTokens: { ghs_write: undefined }, ...o });

/** A repository made by gitRepo: its checkout and the pull request's two commits. */
export interface PrRepo {
  dir: string;
  baseSha: string;
  headSha: string;
}

/** What an action test file runs against, ready once its `before` hooks have run. */
export interface ActionBed {
  readonly action: string;
  readonly toolCache: string;
  readonly gh: FakeGitHub;
  /** Settles when the bed is set up: a `before` hook of the file that uses it awaits this (root hooks run at once). */
  ready(): Promise<void>;
  /** Runs the action with this bed's copy, tool cache and fake GitHub, `o` over them. */
  run(o: Pick<RunOptions, 'workspace' | 'event'> & Partial<RunOptions>): Promise<RunResult>;
  /** Runs it on pull request `n` of `repo`, `o` over the rest. */
  runPr(n: number, repo: PrRepo, o?: Partial<RunOptions>): Promise<RunResult>;
}

/**
 * Registers the hooks that install a clean copy of the action, seed a tool cache with polars and
 * start a fake GitHub (`github` over fakeGitHub's defaults) before the file's tests, and stop it
 * after them.
 */
export function actionBed(github: Partial<FakeGitHubOptions> = {}): ActionBed {
  let ready: { action: string; toolCache: string; gh: FakeGitHub } | undefined;
  let setup: Promise<void> | undefined;
  // Started by whichever asks first: this file's hooks are not run one after the other.
  const start = () =>
    (setup ??= (async () => {
      const gh = fakeGitHub(github);
      await gh.start();
      ready = { action: installAction(), toolCache: seededToolCache(), gh };
    })());
  const get = () => {
    if (!ready) throw new Error('the action bed is used before it is ready (await bed.ready())');
    return ready;
  };
  before(start);
  after(() => ready?.gh.stop());
  const run: ActionBed['run'] = (o) => {
    const { action, toolCache, gh } = get();
    return runAction({ action, toolCache, apiUrl: gh.url, ...o });
  };
  return {
    get action() {
      return get().action;
    },
    get toolCache() {
      return get().toolCache;
    },
    get gh() {
      return get().gh;
    },
    ready: start,
    run,
    runPr: (n, repo, o = {}) =>
      run({ workspace: repo.dir, event: prEvent(n, repo.baseSha, repo.headSha), ...o }),
  };
}
