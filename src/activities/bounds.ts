/**
 * Limits for what an activity hands to a workflow. Temporal refuses payloads above 2 MiB and a
 * refused workflow result is retried forever, so results stay far below it: lists and texts are
 * cut with a note, and the full report stays in the store.
 */
export const MAX_MESSAGE_CHARS = 1000;
export const MAX_TOP_ISSUES = 100;
export const MAX_LISTED_IDS = 200;
export const MAX_SOURCES = 500;
/** JSON size a compact result is brought under, whatever its lists hold. */
export const RESULT_BUDGET_BYTES = 192 * 1024;

const CUT_NOTE = ' … (truncated; the full message is in the report)';

/** The text, or its start with a note when it is longer than `max` characters. */
export function boundText(s: string, max = MAX_MESSAGE_CHARS, note = CUT_NOTE): string {
  return s.length <= max ? s : s.slice(0, Math.max(0, max - note.length)) + note;
}

export function jsonBytes(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v));
}
