import type pl from 'nodejs-polars';

/** "Int64", "String", "Datetime(us)", "List(String)", ... from a polars DataType. */
export function dtypeName(dt: pl.DataType): string {
  const s = String(dt);
  const m = /^DataType\((.*)\)$/s.exec(s);
  return (m ? m[1]! : s).replace(/,\)$/, ')').replace(/\(\s*\)$/, '');
}

export function isNumericDtype(name: string): boolean {
  return /^(U?Int(8|16|32|64|128)|Float(32|64)|Decimal)/.test(name);
}

export function isTemporalDtype(name: string): boolean {
  return /^(Date|Datetime|Time|Duration)/.test(name);
}

export function isStringDtype(name: string): boolean {
  return name === 'String' || name === 'Utf8' || name.startsWith('Categorical') || name.startsWith('Enum');
}
