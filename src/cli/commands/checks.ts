import { Option, type Command } from 'commander';
import { markdownTable } from 'markdown-table';
import pc from 'picocolors';
import { stringify } from 'yaml';
import { z } from 'zod';
import { categories, type Category, type CheckDefinition } from '../../core/checks/define.ts';
import { getCheck, listChecks, nearest } from '../../core/checks/registry.ts';
import { TruthgateError, type Lang } from '../../core/errors.ts';
import { t } from '../../core/i18n/ui.ts';
import { escapeMarkdown, markdownCode } from '../../core/render/escape.ts';
import { displayWidth, padEnd, truncate } from '../../core/render/format.ts';
import { commonFieldNames } from '../../core/suite/schema.ts';
import { resolveLang, terminalWidth, useColor } from '../output.ts';

const catalogFormats = ['terminal', 'json', 'markdown'] as const;
type CatalogFormat = (typeof catalogFormats)[number];

interface ChecksOptions {
  category?: Category;
  format: CatalogFormat;
  lang?: string;
}

interface ParamDoc {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

export function registerChecks(program: Command): void {
  program
    .command('checks [name]')
    .description('List the check catalog, or show one check in full')
    .addOption(new Option('--category <category>', 'only checks of this category').choices(categories))
    .addOption(new Option('--format <format>', 'output format').choices(catalogFormats).default('terminal'))
    .action((name: string | undefined, _opts: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<ChecksOptions>();
      const lang = resolveLang(opts.lang);
      process.stdout.write(name ? describeCheck(find(name), opts.format, lang) : listCatalog(opts, lang));
    });
}

function find(name: string): CheckDefinition {
  const def = getCheck(name);
  if (def) return def;
  const n = nearest(
    name,
    listChecks().map((c) => c.name),
  );
  throw new TruthgateError('TG_UNKNOWN_CHECK', { name, suggestion: n ? ` (did you mean \`${n}\`?)` : '' });
}

function listCatalog(opts: ChecksOptions, lang: Lang): string {
  const defs = listChecks().filter((d) => !opts.category || d.category === opts.category);
  if (opts.format === 'json') {
    const rows = defs.map((d) => ({
      name: d.name,
      category: d.category,
      defaultSeverity: d.defaultSeverity,
      summary: d.summary,
    }));
    return `${JSON.stringify(rows, null, 2)}\n`;
  }
  const header = [t(lang, 'colName'), t(lang, 'colCategory'), t(lang, 'colSeverity'), t(lang, 'colSummary')];
  if (opts.format === 'markdown') {
    const rows = defs.map((d) => [
      markdownCode(d.name),
      d.category,
      t(lang, d.defaultSeverity),
      escapeMarkdown(d.summary),
    ]);
    return `${markdownTable([header, ...rows], { alignDelimiters: false })}\n`;
  }
  const c = pc.createColors(useColor(undefined));
  const rows = defs.map((d) => [d.name, d.category, t(lang, d.defaultSeverity), d.summary]);
  const widths = [0, 1, 2].map((i) => Math.max(...[header, ...rows].map((r) => displayWidth(r[i]!))));
  const lead = widths.reduce((a, b) => a + b + 2, 0);
  const width = terminalWidth();
  const line = (r: string[]): string =>
    [
      ...widths.map((w, i) => padEnd(r[i]!, w)),
      width ? truncate(r[3]!, Math.max(20, width - lead)) : r[3]!,
    ].join('  ');
  return `${[c.bold(line(header)), ...rows.map(line)].join('\n')}\n`;
}

function describeCheck(def: CheckDefinition, format: CatalogFormat, lang: Lang): string {
  const schema = z.toJSONSchema(def.params, { io: 'input', unrepresentable: 'any' });
  const params = paramDocs(schema);
  const example = `- ${def.name}: ${stringify(def.example, { collectionStyle: 'flow', lineWidth: 0 }).trim()}`;
  if (format === 'json') {
    const doc = {
      name: def.name,
      category: def.category,
      defaultSeverity: def.defaultSeverity,
      summary: def.summary,
      doc: def.doc,
      perColumn: def.perColumn ?? false,
      commonFields: commonFieldNames,
      params: schema,
      example: { [def.name]: def.example },
    };
    return `${JSON.stringify(doc, null, 2)}\n`;
  }
  const yesNo = (b: boolean): string => t(lang, b ? 'yes' : 'no');
  const paramHeader = [
    t(lang, 'colName'),
    t(lang, 'colType'),
    t(lang, 'colRequired'),
    t(lang, 'colDescription'),
  ];
  const paramRows = params.map((p) => [p.name, p.type, yesNo(p.required), p.description]);
  if (format === 'markdown') {
    return [
      `### ${markdownCode(def.name)}`,
      `${def.category} · ${t(lang, 'colSeverity')}: ${t(lang, def.defaultSeverity)}`,
      escapeMarkdown(def.summary),
      escapeMarkdown(def.doc),
      `#### ${t(lang, 'colParams')}`,
      markdownTable(
        [paramHeader, ...paramRows.map((r) => [markdownCode(r[0]!), ...r.slice(1).map(escapeMarkdown)])],
        { alignDelimiters: false },
      ),
      ...(def.perColumn ? [t(lang, 'perColumnNote')] : []),
      `#### ${t(lang, 'colExample')}`,
      '```yaml\n' + example + '\n```',
      '',
    ].join('\n\n');
  }
  const c = pc.createColors(useColor(undefined));
  const widths = [0, 1, 2].map((i) =>
    Math.max(...[paramHeader, ...paramRows].map((r) => displayWidth(r[i]!))),
  );
  const line = (r: string[]): string =>
    `  ${[...widths.map((w, i) => padEnd(r[i]!, w)), r[3]!].join('  ').trimEnd()}`;
  return [
    `${c.bold(def.name)}  ${c.dim(`${def.category} · ${t(lang, 'colSeverity')}: ${t(lang, def.defaultSeverity)}`)}`,
    def.summary,
    '',
    def.doc,
    '',
    c.bold(`${t(lang, 'colParams')}:`),
    line(paramHeader),
    ...paramRows.map(line),
    `  + ${commonFieldNames.join(', ')}`,
    ...(def.perColumn ? [`  ${t(lang, 'perColumnNote')}`] : []),
    '',
    c.bold(`${t(lang, 'colExample')}:`),
    `  ${example}`,
    '',
  ].join('\n');
}

type JsonSchema = { [k: string]: unknown };

function paramDocs(schema: JsonSchema): ParamDoc[] {
  const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(props).map(([name, p]) => ({
    name,
    type: typeName(p),
    required: required.has(name),
    description: typeof p.description === 'string' ? p.description : '',
  }));
}

/** Compact type text from a JSON Schema node: "string", "number[]", "a | b", "integer >= 0". */
function typeName(p: JsonSchema): string {
  if (Array.isArray(p.enum)) return p.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (p.const !== undefined) return JSON.stringify(p.const);
  const union = (p.anyOf ?? p.oneOf) as JsonSchema[] | undefined;
  if (union) return union.map(typeName).join(' | ');
  if (p.type === 'array') return `${typeName((p.items ?? {}) as JsonSchema)}[]`;
  if (typeof p.type === 'string')
    return p.minimum !== undefined ? `${p.type} >= ${String(p.minimum)}` : p.type;
  return 'any';
}
