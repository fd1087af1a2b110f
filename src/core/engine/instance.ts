import type { CheckDefinition } from '../checks/define.ts';
import type { Severity } from '../result/schema.ts';

/** One configured check of one source, as the suite loader produces it. */
export interface CheckInstance {
  id: string;
  type: string;
  def: CheckDefinition;
  params: Record<string, unknown>;
  severity: Severity;
  /** Least passing fraction required (GE semantics): 0.99 tolerates 1% failing rows. */
  mostly?: number;
  /** SQL boolean expression restricting the rows the check looks at. */
  where?: string;
  tags: string[];
  description?: string;
  /** Where the check is written in the suite file, for error messages. */
  location?: { file?: string; line?: number; column?: number };
}
