import { TruthgateError } from '../errors.ts';

/** The coded error for a column a source does not have, with the nearest name when one is close. */
export function columnNotFound(
  column: string,
  source: string,
  available: string[],
  nearestName?: string,
): TruthgateError {
  return new TruthgateError('TG_COLUMN_NOT_FOUND', {
    column,
    source,
    suggestion: nearestName ? ` (did you mean \`${nearestName}\`?)` : '',
    available: available.slice(0, 30).join(', ') + (available.length > 30 ? ', …' : ''),
  });
}
