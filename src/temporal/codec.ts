import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import {
  METADATA_ENCODING_KEY,
  type DataConverter,
  type Payload,
  type PayloadCodec,
} from '@temporalio/common';
import { TruthgateError } from '../core/errors.ts';

export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const KEY_ID_METADATA = 'encryption-key-id';
const CIPHER_METADATA = 'encryption-cipher';
const CIPHER = 'AES256-GCM';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface CodecKey {
  id: string;
  key: Buffer;
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const text = (b: Uint8Array | null | undefined): string => new TextDecoder().decode(b ?? new Uint8Array());

/**
 * Encrypts every payload (workflow inputs, results, memos, activity arguments, failure details)
 * with AES-256-GCM before it leaves the process, so the Temporal service and anyone with
 * namespace access see only ciphertext. The key id travels in the payload's metadata, so old
 * histories stay readable after a key rotation (keep the old key among the decryption keys).
 * Payloads without the encrypted encoding pass through: histories from before the codec decode.
 */
export class AesGcmCodec implements PayloadCodec {
  readonly current: CodecKey;
  readonly #keys: Map<string, Buffer>;

  constructor(current: CodecKey, previous: CodecKey[] = []) {
    this.current = current;
    this.#keys = new Map([...previous, current].map((k) => [k.id, k.key]));
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((p) => {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
      // The key id is authenticated too: a payload cannot be relabelled to another key.
      cipher.setAAD(utf8(this.current.id));
      const body = Buffer.concat([cipher.update(serialize(p)), cipher.final()]);
      return {
        metadata: {
          [METADATA_ENCODING_KEY]: utf8(ENCRYPTED_ENCODING),
          [CIPHER_METADATA]: utf8(CIPHER),
          [KEY_ID_METADATA]: utf8(this.current.id),
        },
        data: Buffer.concat([iv, body, cipher.getAuthTag()]),
      };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((p) => {
      if (text(p.metadata?.[METADATA_ENCODING_KEY]) !== ENCRYPTED_ENCODING) return p;
      const id = text(p.metadata?.[KEY_ID_METADATA]);
      const key = this.#keys.get(id);
      if (!key) throw new TruthgateError('TG_CODEC_KEY_UNKNOWN', { id });
      const data = Buffer.from(p.data ?? new Uint8Array());
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV_BYTES));
        decipher.setAAD(utf8(id));
        decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
        return deserialize(
          Buffer.concat([
            decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES)),
            decipher.final(),
          ]),
        );
      } catch (err) {
        throw new TruthgateError('TG_CODEC_DECRYPT', { id }, { cause: err });
      }
    });
  }
}

/**
 * A payload as bytes: a 4-byte length, its metadata as JSON (values base64), then the data as is
 * (no base64 inflation of the part that is large).
 */
function serialize(p: Payload): Buffer {
  const meta = Object.fromEntries(
    Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v).toString('base64')]),
  );
  const head = Buffer.from(JSON.stringify(meta));
  const len = Buffer.alloc(4);
  len.writeUInt32BE(head.length);
  // Payloads built inside the workflow sandbox carry data from another realm: copy it here.
  return Buffer.concat([len, head, Buffer.from(p.data ?? [])]);
}

function deserialize(b: Buffer): Payload {
  const n = b.readUInt32BE(0);
  const meta = JSON.parse(b.subarray(4, 4 + n).toString()) as Record<string, string>;
  return {
    metadata: Object.fromEntries(Object.entries(meta).map(([k, v]) => [k, Buffer.from(v, 'base64')])),
    data: b.subarray(4 + n),
  };
}

/** A 32-byte key from base64; its id is given or the start of the key's SHA-256 (not secret). */
export function parseCodecKey(base64: string, id?: string, name = 'TRUTHGATE_CODEC_KEY'): CodecKey {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length !== 32 || key.toString('base64') !== base64.trim().replace(/\s/g, '')) {
    throw new TruthgateError('TG_CODEC_KEY_INVALID', { name, length: key.length });
  }
  return { id: id || createHash('sha256').update(key).digest('hex').slice(0, 16), key };
}

/**
 * The data converter for clients and workers, or undefined when no key is configured:
 * TRUTHGATE_CODEC_KEY (base64 of 32 bytes), TRUTHGATE_CODEC_KEY_ID (optional), and
 * TRUTHGATE_CODEC_PREVIOUS_KEYS (comma-separated `base64` or `id=base64`, decryption only).
 * Failure messages stay readable (error codes and messages, no row data); their details are
 * payloads and are encrypted.
 */
export function dataConverterFromEnv(env: NodeJS.ProcessEnv): DataConverter | undefined {
  const current = env.TRUTHGATE_CODEC_KEY;
  if (!current) return undefined;
  const previous = (env.TRUTHGATE_CODEC_PREVIOUS_KEYS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      // `id=` is optional; a 32-byte key in base64 is 43 characters and one '='.
      const m = /^(?:(.+?)=)?([A-Za-z0-9+/]{43}=)$/.exec(s);
      return parseCodecKey(m?.[2] ?? s, m?.[1], 'TRUTHGATE_CODEC_PREVIOUS_KEYS');
    });
  const codec = new AesGcmCodec(parseCodecKey(current, env.TRUTHGATE_CODEC_KEY_ID), previous);
  return { payloadCodecs: [codec] };
}
