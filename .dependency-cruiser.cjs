/**
 * The layers of src/, enforced by `npm run lint` (README: "How the code is laid out"). Imports point
 * down only: core/toolkit < sources < checks < suite < engine < the rest of core < channels < the
 * entry points (cli, action, activities, workflows, temporal, dashboard). Type-only imports count
 * like any other, except where a rule says so: workflow code may import types from anywhere,
 * because they vanish from the workflow bundle.
 */

const entryPoints = '^src/(cli|action|activities|workflows|temporal|dashboard)/';
/** Packages that speak Temporal, GitHub or HTTP: adapters' business, never core's. */
const adapterPackages = 'node_modules/(@temporalio|@octokit|octokit|@actions|hono|@hono)/';

/**
 * Core modules workflow code may run: pure, deterministic, free of node built-ins and native
 * packages (the Temporal sandbox replays them). A module joins this list only if everything it
 * imports is on it too (the rule below checks that).
 */
const workflowSafe = [
  '^src/core/notify/(channels|decide|duration|event|quiet|rules|view)[.]ts$',
  '^src/core/result/schema[.]ts$',
  '^src/core/toolkit/pool[.]ts$',
];
/** Pure-JS packages the workflow-safe modules may use. */
const workflowSafePackages = ['node_modules/zod/'];

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment:
        'An import cycle hides which module is the lower layer; break it by moving the shared part down.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'core-not-entry-points',
      severity: 'error',
      comment:
        'src/core is the engine: it knows nothing of the CLI, the Action, Temporal, the dashboard or the channel senders.',
      from: { path: '^src/core/' },
      to: { path: [entryPoints, '^src/channels/'] },
    },
    {
      name: 'core-not-adapter-packages',
      severity: 'error',
      comment: 'src/core knows nothing of Temporal, GitHub or HTTP servers.',
      from: { path: '^src/core/' },
      to: { path: adapterPackages },
    },
    {
      name: 'toolkit-at-the-bottom',
      severity: 'error',
      comment: 'src/core/toolkit is the bottom layer: it imports only itself and core/errors.ts.',
      from: { path: '^src/core/toolkit/' },
      to: { path: '^src/', pathNot: ['^src/core/toolkit/', '^src/core/errors[.]ts$'] },
    },
    {
      name: 'sources-below-checks',
      severity: 'error',
      comment: 'A source format reads data; checks, suites and the engine build on it, never the reverse.',
      from: { path: '^src/core/sources/' },
      to: { path: '^src/core/(sql|checks|suite|engine)/' },
    },
    {
      name: 'checks-below-engine',
      severity: 'error',
      comment:
        'A check declares its plan; the engine runs it. Checks never import the engine or the suite loader.',
      from: { path: '^src/core/checks/' },
      to: { path: '^src/core/(engine|suite)/' },
    },
    {
      name: 'expr-below-checks',
      severity: 'error',
      comment:
        'The expression builder and its renderers know operations, not checks: checks import it, never the reverse.',
      from: { path: '^src/core/expr/' },
      to: { path: '^src/core/(checks|suite|engine|sql)/' },
    },
    {
      name: 'sql-below-engine',
      severity: 'error',
      comment: 'Pushdown compiles checks to SQL; the engine runs it. The compiler never imports the engine.',
      from: { path: '^src/core/sql/' },
      to: { path: '^src/core/(engine|suite)/' },
    },
    {
      name: 'suite-below-engine',
      severity: 'error',
      comment: 'The suite is loaded before anything runs; it does not import the engine.',
      from: { path: '^src/core/suite/' },
      to: { path: '^src/core/engine/' },
    },
    {
      name: 'channels-below-entry-points',
      severity: 'error',
      comment:
        'The channel library (senders, secrets, the notification log) is used by activities and the CLI, never the reverse.',
      from: { path: '^src/channels/' },
      to: { path: entryPoints },
    },
    {
      name: 'activities-only-in-the-worker',
      severity: 'error',
      comment:
        'Activities are thin Temporal wrappers the worker registers; everything else (the CLI too) uses the library beneath them, or only their types.',
      from: { path: '^src/', pathNot: ['^src/activities/', '^src/temporal/worker[.]ts$'] },
      to: { path: '^src/activities/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'workflows-import-only-workflow-safe-code',
      severity: 'error',
      comment:
        'Workflow code runs in the Temporal sandbox: it imports @temporalio/workflow, other workflow code, workflow-safe core policy (listed in .dependency-cruiser.cjs) and types.',
      from: { path: '^src/workflows/' },
      to: {
        dependencyTypesNot: ['type-only'],
        pathNot: ['^src/workflows/', 'node_modules/@temporalio/workflow/', ...workflowSafe],
      },
    },
    {
      name: 'workflow-safe-stays-safe',
      severity: 'error',
      comment:
        'A workflow-safe core module imports (other than types) only workflow-safe modules and pure-JS packages.',
      from: { path: workflowSafe },
      to: { dependencyTypesNot: ['type-only'], pathNot: [...workflowSafe, ...workflowSafePackages] },
    },
    {
      name: 'dashboard-shares-nothing-with-workflows',
      severity: 'error',
      comment:
        'The dashboard and workflow code share code only through a neutral module (e.g. core/toolkit).',
      from: { path: '^src/dashboard/' },
      to: { path: '^src/workflows/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing.',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
