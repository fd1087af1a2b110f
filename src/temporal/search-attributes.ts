import type { SearchAttributeType } from '@temporalio/common';
import proto, { type temporal } from '@temporalio/proto';
import { TruthgateError } from '../core/errors.ts';
import { searchAttributeKeys } from '../workflows/search-attributes.ts';

export * from '../workflows/search-attributes.ts';

type OperatorService = temporal.api.operatorservice.v1.OperatorService;
const IndexedValueType = proto.temporal.api.enums.v1.IndexedValueType;

/** The `temporal` CLI spells types in PascalCase (`--search-attribute TgStatus=Keyword`). */
const cliType: Record<SearchAttributeType, string> = {
  TEXT: 'Text',
  KEYWORD: 'Keyword',
  INT: 'Int',
  DOUBLE: 'Double',
  BOOL: 'Bool',
  DATETIME: 'Datetime',
  KEYWORD_LIST: 'KeywordList',
};

const indexedType: Record<SearchAttributeType, temporal.api.enums.v1.IndexedValueType> = {
  TEXT: IndexedValueType.INDEXED_VALUE_TYPE_TEXT,
  KEYWORD: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  INT: IndexedValueType.INDEXED_VALUE_TYPE_INT,
  DOUBLE: IndexedValueType.INDEXED_VALUE_TYPE_DOUBLE,
  BOOL: IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
  DATETIME: IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  KEYWORD_LIST: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST,
};

/** `--search-attribute` flags registering every Truthgate attribute on a dev server. */
export function devServerSearchAttributeArgs(): string[] {
  return searchAttributeKeys.flatMap((k) => ['--search-attribute', `${k.name}=${cliType[k.type]}`]);
}

/** The same list for `temporal operator search-attribute create` on a real cluster (docs). */
export function searchAttributeTable(): { name: string; type: string }[] {
  return searchAttributeKeys.map((k) => ({ name: k.name, type: cliType[k.type] }));
}

export interface SearchAttributeState {
  /** Truthgate attributes the namespace lacks. */
  missing: { name: string; type: string }[];
  /** Attributes registered under Truthgate's names with another type (registration cannot fix these). */
  conflicting: { name: string; type: string; registered: string }[];
}

/** Which of Truthgate's attributes the namespace lacks or has with another type. */
export async function searchAttributeState(
  operator: OperatorService,
  namespace: string,
): Promise<SearchAttributeState> {
  const res = await operator.listSearchAttributes({ namespace });
  const registered = new Map(Object.entries(res.customAttributes ?? {}));
  const typeName = (t: number): string =>
    cliType[(Object.keys(indexedType) as SearchAttributeType[]).find((k) => indexedType[k] === t) ?? 'TEXT'];
  const state: SearchAttributeState = { missing: [], conflicting: [] };
  for (const k of searchAttributeKeys) {
    const have = registered.get(k.name);
    if (have === undefined) state.missing.push({ name: k.name, type: cliType[k.type] });
    else if (have !== indexedType[k.type])
      state.conflicting.push({ name: k.name, type: cliType[k.type], registered: typeName(have) });
  }
  return state;
}

/**
 * Makes sure the namespace has Truthgate's search attributes: without them every workflow task
 * fails on upsertSearchAttributes and is retried forever, so runs hang without a word. Registers
 * the missing ones where the server allows it (self-hosted, dev server); otherwise throws
 * TG_TEMPORAL_SEARCH_ATTRIBUTES with the commands an operator runs once. Returns what it added.
 */
export async function ensureSearchAttributes(
  operator: OperatorService,
  namespace: string,
  opts: { register: boolean },
): Promise<string[]> {
  const state = await searchAttributeState(operator, namespace);
  if (state.conflicting.length > 0) {
    const detail = state.conflicting
      .map((c) => `${c.name} is registered as ${c.registered}, Truthgate needs ${c.type}`)
      .join('; ');
    throw searchAttributeError(namespace, state.conflicting, detail, undefined, true);
  }
  if (state.missing.length === 0) return [];
  if (!opts.register) throw searchAttributeError(namespace, state.missing, 'not registered');
  try {
    await operator.addSearchAttributes({
      namespace,
      searchAttributes: Object.fromEntries(
        searchAttributeKeys
          .filter((k) => state.missing.some((m) => m.name === k.name))
          .map((k) => [k.name, indexedType[k.type]]),
      ),
    });
  } catch (err) {
    const detail = (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
    throw searchAttributeError(namespace, state.missing, detail, err);
  }
  return state.missing.map((m) => m.name);
}

function searchAttributeError(
  namespace: string,
  attrs: { name: string; type: string }[],
  detail: string,
  cause?: unknown,
  replace = false,
): TruthgateError {
  return new TruthgateError(
    'TG_TEMPORAL_SEARCH_ATTRIBUTES',
    {
      namespace,
      names: attrs.map((a) => a.name).join(', '),
      detail,
      commands: registrationCommands(namespace, attrs, replace),
    },
    { cause },
  );
}

/**
 * What an operator runs once: the `temporal` CLI (self-hosted) and `tcld` (Temporal Cloud). An
 * attribute registered with another type is removed first (self-hosted) or renamed out of the way
 * in the Cloud UI (Cloud cannot remove one), since `create` refuses an existing name.
 */
export function registrationCommands(
  namespace: string,
  attrs: { name: string; type: string }[],
  replace = false,
): string {
  return [
    'self-hosted Temporal:',
    ...attrs.flatMap((a) => [
      ...(replace
        ? [`    temporal operator search-attribute remove --namespace ${namespace} --name ${a.name} --yes`]
        : []),
      `    temporal operator search-attribute create --namespace ${namespace} --name ${a.name} --type ${a.type}`,
    ]),
    '  Temporal Cloud:',
    ...(replace
      ? [`    (Cloud cannot remove one: rename ${attrs.map((a) => a.name).join(', ')} in the Cloud UI first)`]
      : []),
    `    tcld namespace search-attributes add --namespace ${namespace} ${attrs
      .map((a) => `--search-attribute "${a.name}=${a.type}"`)
      .join(' ')}`,
  ].join('\n');
}
