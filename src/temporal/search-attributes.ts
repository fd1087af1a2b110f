import type { SearchAttributeType } from '@temporalio/common';
import { searchAttributeKeys } from '../workflows/search-attributes.ts';

export * from '../workflows/search-attributes.ts';

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

/** `--search-attribute` flags registering every Truthgate attribute on a dev server. */
export function devServerSearchAttributeArgs(): string[] {
  return searchAttributeKeys.flatMap((k) => ['--search-attribute', `${k.name}=${cliType[k.type]}`]);
}

/** The same list for `temporal operator search-attribute create` on a real cluster (docs). */
export function searchAttributeTable(): { name: string; type: string }[] {
  return searchAttributeKeys.map((k) => ({ name: k.name, type: cliType[k.type] }));
}
