import picomatch from 'picomatch';

/**
 * Whether a listed key belongs to a key glob, the same for every provider: whole keys, `*` within
 * one `/` level, `**` across levels, dot files included; folder markers (keys ending in `/`) never.
 */
export function keyMatcher(glob: string): (key: string) => boolean {
  const match = picomatch(glob, { dot: true });
  return (key) => !key.endsWith('/') && match(key);
}
