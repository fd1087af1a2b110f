// Module resolution hooks (see hide-duckdb.ts): the DuckDB driver is "not installed".
type Next = (specifier: string, context: unknown) => unknown;

export function resolve(specifier: string, context: unknown, next: Next): unknown {
  if (specifier === '@duckdb/node-api')
    throw Object.assign(new Error(`Cannot find package '${specifier}'`), { code: 'ERR_MODULE_NOT_FOUND' });
  return next(specifier, context);
}
