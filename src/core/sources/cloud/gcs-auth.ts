import type { AuthClient } from 'google-auth-library';

/** Listing and downloading is all Truthgate asks of a bucket. */
const READ_ONLY = 'https://www.googleapis.com/auth/devstorage.read_only';

/** A credential file or inline key, parsed (service account, user, workload identity, ...). */
export type KeyJson = Record<string, unknown> & { type?: string };

/**
 * The client for a parsed credential, built with the constructor of its own type: google-auth-library
 * prints a deprecation warning for `keyFilename` and `credentials`, and a validation warning for
 * its generic `fromJSON`. Undefined for a type without one here (impersonation, GDCH): the caller
 * falls back to the SDK reading the file itself.
 */
export async function authClientFor(key: KeyJson): Promise<AuthClient | undefined> {
  const auth = await import('google-auth-library');
  const json = key as never;
  switch (key.type ?? 'service_account') {
    case 'service_account':
      // Said now, as the SDK would on reading the file (and classified as a denial by its words).
      if (!key.client_email || !key.private_key)
        throw new Error('the service-account key has no client_email or no private key');
      return new auth.JWT({
        email: key.client_email as string,
        key: key.private_key as string,
        keyId: key.private_key_id as string | undefined,
        scopes: [READ_ONLY],
        ...(typeof key.universe_domain === 'string' ? { universeDomain: key.universe_domain } : {}),
      });
    case 'authorized_user':
      return auth.UserRefreshClient.fromJSON(json);
    case auth.EXTERNAL_ACCOUNT_AUTHORIZED_USER_TYPE:
      return new auth.ExternalAccountAuthorizedUserClient(json);
    case 'external_account': {
      // The same choice as ExternalAccountClient.fromJSON, which warns on every call.
      const source = (key.credential_source ?? {}) as Record<string, unknown>;
      if (source.environment_id) return new auth.AwsClient(json);
      if (source.executable) return new auth.PluggableAuthClient(json);
      return new auth.IdentityPoolClient(json);
    }
    default:
      return undefined;
  }
}
