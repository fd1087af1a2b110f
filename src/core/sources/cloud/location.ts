import { isDynamicPattern } from 'tinyglobby';

/** Object stores polars reads through its own cloud readers. */
export const schemes = ['s3', 's3a', 'gs', 'gcs', 'az', 'abfs', 'abfss', 'azure', 'http', 'https'] as const;
export type Scheme = (typeof schemes)[number];

export interface ObjectLocation {
  scheme: Scheme;
  /** Bucket or container (the host of an https URL). */
  bucket: string;
  /** The key or key glob, without a leading `/`. */
  key: string;
  /** Whether `key` is a glob. */
  glob: boolean;
  /** The part of `key` before its first glob character: what to list. */
  prefix: string;
}

const URI = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)\/?([^?#]*)/i;

/** True for `s3://…`, `gs://…` and the other object-store URIs (never for a local path). */
export function isCloudPath(path: string): boolean {
  const m = URI.exec(path);
  return !!m && (schemes as readonly string[]).includes(m[1]!.toLowerCase());
}

export type Provider = 's3' | 'gcs' | 'azure' | 'http';

/** Whose API a location is listed and downloaded through. */
export function provider(loc: ObjectLocation): Provider {
  switch (loc.scheme) {
    case 's3':
    case 's3a':
      return 's3';
    case 'gs':
    case 'gcs':
      return 'gcs';
    case 'az':
    case 'abfs':
    case 'abfss':
    case 'azure':
      return 'azure';
    default:
      return 'http';
  }
}

/** Splits an object-store URI into bucket, key and the listing prefix of a key glob. */
export function parseLocation(path: string): ObjectLocation {
  const m = URI.exec(path)!;
  const scheme = m[1]!.toLowerCase() as Scheme;
  const key = m[3]!;
  // An https query string is part of the address, not a glob.
  const glob = scheme !== 'http' && scheme !== 'https' && isDynamicPattern(key);
  const first = glob ? key.search(/[*?[{]/) : key.length;
  return { scheme, bucket: m[2]!, key, glob, prefix: key.slice(0, first) };
}

/** The URI of one object of a location. */
export function objectUri(loc: ObjectLocation, key: string): string {
  return `${loc.scheme}://${loc.bucket}/${key}`;
}
