import { TruthgateError } from '../../errors.ts';
import { recordEnvValue } from '../../redact.ts';
import { checkEndpoint, isTrue } from './endpoint.ts';
import type { ObjectLocation } from './location.ts';
import type { StorageOptions } from './s3-settings.ts';

/** How the Azure listing client connects; handed to the worker thread (plain data). */
export interface AzureConnection {
  /** The blob service URL (with the account's path on Azurite). */
  url: string;
  accountName?: string;
  accountKey?: string;
  sas?: string;
  token?: string;
  /** A Microsoft Entra ID identity: the worker asks @azure/identity for a token with it. */
  entra?: EntraIdentity;
}

/**
 * The Entra ID identity a source names, tried in object_store's order so that the listing and
 * polars use the same one: workload identity (a federated token file), a client secret, the Azure
 * CLI, else a managed identity (optionally a user-assigned one, by client id).
 */
export interface EntraIdentity {
  tenantId?: string;
  clientId?: string;
  clientSecret?: string;
  federatedTokenFile?: string;
  authorityHost?: string;
  useAzureCli?: boolean;
}

export interface AzureSettings {
  connection: AzureConnection;
  /** What polars gets as `cloudOptions`: the source's `azure_*` keys and what was resolved besides. */
  polars: Record<string, string>;
  shownEndpoint: string;
}

/** Azurite's development account, the one object_store's `azure_storage_use_emulator` uses (public, in Azure's docs). */
const EMULATOR_ACCOUNT = 'devstoreaccount1';
const EMULATOR_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** object_store's aliases of the keys Truthgate reads itself, by the name used here. */
const ALIASES: Record<string, string[]> = {
  azure_storage_account_name: ['azure_storage_account_name', 'account_name'],
  azure_storage_account_key: [
    'azure_storage_account_key',
    'azure_storage_access_key',
    'azure_storage_master_key',
    'access_key',
    'account_key',
    'master_key',
  ],
  azure_storage_sas_key: ['azure_storage_sas_key', 'azure_storage_sas_token', 'sas_key', 'sas_token'],
  azure_storage_token: ['azure_storage_token', 'bearer_token', 'token'],
  azure_storage_endpoint: ['azure_storage_endpoint', 'azure_endpoint', 'endpoint'],
  azure_storage_use_emulator: ['azure_storage_use_emulator', 'azure_use_emulator', 'use_emulator'],
  azure_allow_http: ['azure_allow_http', 'allow_http'],
  azure_skip_signature: ['azure_skip_signature', 'skip_signature'],
  azure_client_id: ['azure_client_id', 'azure_storage_client_id', 'client_id'],
  azure_client_secret: ['azure_client_secret', 'azure_storage_client_secret', 'client_secret'],
  azure_tenant_id: [
    'azure_tenant_id',
    'azure_storage_tenant_id',
    'azure_authority_id',
    'azure_storage_authority_id',
    'tenant_id',
    'authority_id',
  ],
  azure_authority_host: ['azure_authority_host', 'azure_storage_authority_host', 'authority_host'],
  azure_federated_token_file: ['azure_federated_token_file', 'federated_token_file'],
  azure_use_azure_cli: ['azure_use_azure_cli', 'use_azure_cli'],
  // Managed identity only: polars reads these itself; the listing names a user-assigned identity by client id.
  azure_msi_endpoint: ['azure_msi_endpoint', 'azure_identity_endpoint', 'identity_endpoint', 'msi_endpoint'],
  azure_object_id: ['azure_object_id', 'object_id'],
  azure_msi_resource_id: ['azure_msi_resource_id', 'msi_resource_id'],
};
/** The keys that name a Microsoft Entra ID identity (a managed identity may be named by any one of them). */
const ENTRA_KEYS = [
  'azure_client_id',
  'azure_client_secret',
  'azure_tenant_id',
  'azure_federated_token_file',
  'azure_use_azure_cli',
  'azure_msi_endpoint',
  'azure_object_id',
  'azure_msi_resource_id',
];
/** Not an object_store key: a connection string is split into the keys polars takes. */
const CONNECTION_STRING = 'azure_storage_connection_string';

/**
 * The account, endpoint and credentials an az:// or abfss:// source is listed with: the source's
 * `azure_*` options over the AZURE_* variables (as object_store reads them), then a connection
 * string (`azure_storage_connection_string` or AZURE_STORAGE_CONNECTION_STRING); without a key,
 * SAS or token, a Microsoft Entra ID identity; with none of these, anonymously.
 */
export function azureSettings(
  loc: ObjectLocation,
  options: StorageOptions,
  env: NodeJS.ProcessEnv,
  path: string,
): AzureSettings {
  const own: Record<string, string> = {};
  for (const [k, v] of Object.entries(options)) if (k.startsWith('azure_')) own[k] = String(v);
  const pick = (name: string): string | undefined => {
    for (const k of ALIASES[name]!) if (own[k] !== undefined) return own[k];
    // object_store reads only AZURE_* variables (a bare TOKEN or CLIENT_ID is someone else's).
    for (const k of ALIASES[name]!)
      if (k.startsWith('azure_') && env[k.toUpperCase()]) return env[k.toUpperCase()];
    return undefined;
  };
  const cs = parseConnectionString(own[CONNECTION_STRING] ?? env.AZURE_STORAGE_CONNECTION_STRING);
  const { [CONNECTION_STRING]: _cs, ...polars } = own;
  const emulator = isTrue(pick('azure_storage_use_emulator')) || isTrue(cs.UseDevelopmentStorage);
  // abfss://container@account.dfs.core.windows.net names the account in the URI.
  const inUri = /@([^.]+)\./.exec(loc.bucket)?.[1];
  const account =
    inUri ??
    pick('azure_storage_account_name') ??
    cs.AccountName ??
    (emulator ? EMULATOR_ACCOUNT : undefined);
  let key = pick('azure_storage_account_key') ?? cs.AccountKey;
  const sas = (pick('azure_storage_sas_key') ?? cs.SharedAccessSignature)?.replace(/^\?/, '');
  const token = pick('azure_storage_token');
  const entra =
    key || sas || token || isTrue(pick('azure_skip_signature')) ? undefined : entraIdentity(pick, path);
  if (emulator && !key && !sas && !token && !entra) key = EMULATOR_KEY;

  const explicit = pick('azure_storage_endpoint');
  let url = explicit ?? cs.BlobEndpoint;
  // A connection string that names an http:// endpoint asks for it (Azurite's own strings do).
  const allowHttp = isTrue(pick('azure_allow_http')) || (!explicit && !!cs.BlobEndpoint);
  if (url !== undefined) checkEndpoint(url, allowHttp || 'azure_allow_http', path);
  else if (emulator)
    url = `${(env.AZURITE_BLOB_STORAGE_URL ?? 'http://127.0.0.1:10000').replace(/\/$/, '')}/${account}`;
  else if (account) url = `https://${account}.blob.${cs.EndpointSuffix ?? 'core.windows.net'}`;
  else
    throw new TruthgateError(
      'TG_OBJECT_ENDPOINT',
      {
        endpoint: 'Azure Blob Storage',
        detail: 'no storage account: set azure_storage_account_name or AZURE_STORAGE_ACCOUNT_NAME',
      },
      { location: { file: path } },
    );

  // What was found (in the environment, a connection string, the URI) is handed to polars too, so
  // both read as the same identity; keys the source wrote itself stay as written.
  const given = (name: string): boolean => (ALIASES[name] ?? [name]).some((k) => own[k] !== undefined);
  const resolved: [string, string | undefined][] = [
    ['azure_storage_account_name', inUri ? undefined : account],
    ['azure_storage_account_key', key],
    ['azure_storage_sas_key', sas],
    ['azure_storage_token', token],
    ['azure_storage_endpoint', url],
    ['azure_allow_http', url.startsWith('http:') ? 'true' : undefined],
    // Listed anonymously (a public container): object_store would otherwise ask a managed identity.
    ['azure_skip_signature', key || sas || token || entra ? undefined : 'true'],
    // The identity found in the AZURE_* variables: polars is told it rather than left to look again.
    ...ENTRA_KEYS.map((k): [string, string | undefined] => [k, entra ? pick(k) : undefined]),
    ['azure_authority_host', entra?.authorityHost],
  ];
  // The emulator's address is spelled out: object_store would read AZURITE_BLOB_STORAGE_URL again.
  for (const k of ALIASES.azure_storage_use_emulator!) delete polars[k];
  for (const [name, v] of resolved) if (v !== undefined && !given(name)) polars[name] = v;
  for (const [name, v] of [
    ['AZURE_STORAGE_ACCOUNT_KEY', key],
    ['AZURE_STORAGE_SAS_KEY', sas],
    ['AZURE_STORAGE_TOKEN', token],
    ['AZURE_CLIENT_SECRET', entra?.clientSecret],
    ['AZURE_STORAGE_CONNECTION_STRING', own[CONNECTION_STRING] ?? env.AZURE_STORAGE_CONNECTION_STRING],
  ] as const)
    if (v && v !== EMULATOR_KEY) recordEnvValue(name, v);
  return {
    connection: {
      url,
      ...(account ? { accountName: account } : {}),
      ...(key ? { accountKey: key } : {}),
      ...(sas ? { sas } : {}),
      ...(token ? { token } : {}),
      ...(entra ? { entra } : {}),
    },
    polars,
    shownEndpoint: url,
  };
}

/** How messages name an identity (ids are not secrets; the secret itself is never shown). */
export function describeIdentity(e: EntraIdentity): string {
  const at = e.authorityHost ? ` at ${e.authorityHost}` : '';
  if (e.clientId && e.tenantId && e.federatedTokenFile)
    return `workload identity ${e.clientId} in tenant ${e.tenantId}${at}`;
  if (e.clientId && e.tenantId && e.clientSecret)
    return `service principal ${e.clientId} in tenant ${e.tenantId}${at}`;
  if (e.useAzureCli) return 'the Azure CLI login';
  return e.clientId ? `managed identity ${e.clientId}` : 'the managed identity';
}

/**
 * The Entra ID identity the keys name; undefined when none does. An authority host must be https
 * (both @azure/identity and object_store send the secret there).
 */
function entraIdentity(pick: (name: string) => string | undefined, path: string): EntraIdentity | undefined {
  if (!ENTRA_KEYS.some((k) => pick(k) !== undefined)) return undefined;
  const authorityHost = pick('azure_authority_host')?.replace(/\/+$/, '');
  if (authorityHost !== undefined) {
    checkEndpoint(authorityHost, true, path);
    if (!authorityHost.startsWith('https:'))
      throw new TruthgateError(
        'TG_OBJECT_ENDPOINT',
        { endpoint: authorityHost, detail: 'a Microsoft Entra ID authority host must use https' },
        { location: { file: path } },
      );
  }
  const useAzureCli = isTrue(pick('azure_use_azure_cli'));
  const fields = {
    tenantId: pick('azure_tenant_id'),
    clientId: pick('azure_client_id'),
    clientSecret: pick('azure_client_secret'),
    federatedTokenFile: pick('azure_federated_token_file'),
    authorityHost,
  };
  return {
    ...(Object.fromEntries(Object.entries(fields).filter(([, v]) => v)) as EntraIdentity),
    ...(useAzureCli ? { useAzureCli } : {}),
  };
}

/** `Name=value;` pairs; a value may itself hold `=` (keys and signatures end in it). */
function parseConnectionString(text: string | undefined): Record<string, string> {
  if (!text) return {};
  return Object.fromEntries(
    text.split(';').flatMap((part) => {
      const at = part.indexOf('=');
      return at > 0 ? [[part.slice(0, at).trim(), part.slice(at + 1).trim()]] : [];
    }),
  );
}
