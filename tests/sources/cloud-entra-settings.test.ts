import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TruthgateError } from '../../src/core/errors.ts';
import { azureSettings, describeIdentity } from '../../src/core/sources/cloud/azure-settings.ts';
import { parseLocation } from '../../src/core/sources/cloud/location.ts';

/** Which Microsoft Entra ID identity an az:// source names, and what polars is told (no server needed). */
const PATH = 'az://lake/orders/*.parquet';
const settings = (options: Record<string, string | boolean>, env: NodeJS.ProcessEnv = {}) =>
  azureSettings(parseLocation(PATH), { azure_storage_account_name: 'acct', ...options }, env, PATH);

test('a service principal in the AZURE_* variables is listed with and handed to polars as azure_* keys', () => {
  const s = settings({}, { AZURE_TENANT_ID: 't1', AZURE_CLIENT_ID: 'c1', AZURE_CLIENT_SECRET: 's3cret' });
  assert.deepEqual(s.connection.entra, { tenantId: 't1', clientId: 'c1', clientSecret: 's3cret' });
  assert.equal(s.polars.azure_client_id, 'c1');
  assert.equal(s.polars.azure_tenant_id, 't1');
  assert.equal(s.polars.azure_client_secret, 's3cret');
  assert.equal(s.polars.azure_skip_signature, undefined, 'not anonymous');
  assert.equal(describeIdentity(s.connection.entra!), 'service principal c1 in tenant t1');
});

test('storage_options aliases win over the variables; a key, SAS or token, or azure_skip_signature, wins over Entra ID', () => {
  const s = settings(
    { azure_storage_client_id: 'mine', azure_storage_tenant_id: 'tt', azure_use_azure_cli: true },
    { AZURE_CLIENT_ID: 'theirs' },
  );
  assert.equal(s.connection.entra?.clientId, 'mine');
  assert.equal(s.connection.entra?.useAzureCli, true);
  assert.equal(s.polars.azure_client_id, undefined, 'the alias the source wrote is passed as written');
  assert.equal(s.polars.azure_storage_client_id, 'mine');
  const others: Record<string, string | boolean>[] = [
    { azure_storage_account_key: 'a2V5' },
    { azure_storage_sas_key: 'sv=1&sig=x' },
    { azure_storage_token: 'tok' },
    { azure_skip_signature: true },
  ];
  for (const other of others)
    assert.equal(
      settings(other, { AZURE_CLIENT_ID: 'c' }).connection.entra,
      undefined,
      JSON.stringify(other),
    );
});

test('only AZURE_* variables count (a bare TOKEN or CLIENT_ID is not an Azure identity)', () => {
  const s = settings({}, { TOKEN: 'x', CLIENT_ID: 'y', CLIENT_SECRET: 'z', ACCOUNT_KEY: 'k' });
  assert.equal(s.connection.token, undefined);
  assert.equal(s.connection.accountKey, undefined);
  assert.equal(s.connection.entra, undefined);
  assert.equal(s.polars.azure_skip_signature, 'true', 'nothing configured: anonymous');
});

test('a managed identity is named by a client id alone; the authority host must be https', () => {
  const s = settings({}, { AZURE_CLIENT_ID: 'uami' });
  assert.equal(describeIdentity(s.connection.entra!), 'managed identity uami');
  assert.throws(
    () => settings({ azure_authority_host: 'http://login.example' }, { AZURE_CLIENT_ID: 'c' }),
    (e: unknown) => e instanceof TruthgateError && e.code === 'TG_OBJECT_ENDPOINT',
  );
  const sovereign = settings(
    {},
    { AZURE_CLIENT_ID: 'c', AZURE_AUTHORITY_HOST: 'https://login.microsoftonline.us/' },
  );
  assert.equal(sovereign.connection.entra?.authorityHost, 'https://login.microsoftonline.us');
  assert.equal(sovereign.polars.azure_authority_host, 'https://login.microsoftonline.us');
});
