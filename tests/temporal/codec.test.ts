import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import type { Worker } from '@temporalio/worker';
import { TruthgateError } from '../../src/core/errors.ts';
import { AesGcmCodec, dataConverterFromEnv, parseCodecKey } from '../../src/temporal/codec.ts';
import { connectClient, resolveConnection } from '../../src/temporal/connection.ts';
import { createWorker } from '../../src/temporal/worker.ts';
import type { ValidationWorkflowResult } from '../../src/workflows/validation.ts';
import { temporalEnv, type TemporalEnv } from '../helpers/temporal-env.ts';

const SECRET = 'jane.doe.7731@example.com';
const newKey = (): string => randomBytes(32).toString('base64');
const code = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    return err instanceof TruthgateError ? err.code : String(err);
  }
  return undefined;
};

describe('AES-256-GCM payload codec', () => {
  const payload = defaultPayloadConverter.toPayload({ email: SECRET, n: 1 });
  const codecOf = (key: string, id?: string): AesGcmCodec => new AesGcmCodec(parseCodecKey(key, id));

  test('round-trips payloads; the ciphertext hides the value and differs every time', async () => {
    const codec = codecOf(newKey());
    const [a] = await codec.encode([payload]);
    const [b] = await codec.encode([payload]);
    assert.ok(!Buffer.from(a!.data!).toString('latin1').includes(SECRET));
    assert.notDeepEqual(a!.data, b!.data, 'random IV per payload');
    assert.equal(Buffer.from(a!.metadata!.encoding!).toString(), 'binary/encrypted');
    assert.equal(Buffer.from(a!.metadata!['encryption-key-id']!).toString(), codec.current.id);
    const [back] = await codec.decode([a!]);
    assert.deepEqual(defaultPayloadConverter.fromPayload(back!), { email: SECRET, n: 1 });
  });

  test('altered data, a relabelled key id, a wrong or unknown key are refused', async () => {
    const key = newKey();
    const codec = codecOf(key, 'k1');
    const [enc] = (await codec.encode([payload])) as [Payload];
    const flipped = Buffer.from(enc.data!);
    flipped[20]! ^= 1;
    const refused = async (c: AesGcmCodec, p: Payload): Promise<string> =>
      c.decode([p]).then(
        () => 'decoded',
        (e: unknown) => (e instanceof TruthgateError ? e.code : String(e)),
      );
    assert.equal(await refused(codec, { ...enc, data: flipped }), 'TG_CODEC_DECRYPT');
    const relabelled = { ...enc, metadata: { ...enc.metadata, 'encryption-key-id': Buffer.from('k2') } };
    assert.equal(
      await refused(new AesGcmCodec(parseCodecKey(key, 'k1'), [parseCodecKey(key, 'k2')]), relabelled),
      'TG_CODEC_DECRYPT',
    );
    assert.equal(await refused(codecOf(newKey(), 'k1'), enc), 'TG_CODEC_DECRYPT');
    assert.equal(await refused(codecOf(newKey(), 'other'), enc), 'TG_CODEC_KEY_UNKNOWN');
  });

  test('plain payloads (histories from before the codec) pass through', async () => {
    assert.deepEqual(await codecOf(newKey()).decode([payload]), [payload]);
  });

  test('settings from the environment: key id, rotation, invalid keys', async () => {
    assert.equal(dataConverterFromEnv({}), undefined);
    const old = newKey();
    const current = newKey();
    const [enc] = await codecOf(old, '2025-q4').encode([payload]);
    const rotated = dataConverterFromEnv({
      TRUTHGATE_CODEC_KEY: current,
      TRUTHGATE_CODEC_KEY_ID: '2026-q1',
      TRUTHGATE_CODEC_PREVIOUS_KEYS: `2025-q4=${old}, ${newKey()}`,
    })!.payloadCodecs![0] as AesGcmCodec;
    assert.equal(rotated.current.id, '2026-q1');
    const [back] = await rotated.decode([enc!]);
    assert.deepEqual(defaultPayloadConverter.fromPayload(back!), { email: SECRET, n: 1 });
    // Without an id, the id is a fingerprint of the key (stable, not secret).
    assert.match(parseCodecKey(current).id, /^[0-9a-f]{16}$/);
    assert.equal(parseCodecKey(current).id, parseCodecKey(current).id);
    assert.equal(
      code(() => parseCodecKey(randomBytes(16).toString('base64'))),
      'TG_CODEC_KEY_INVALID',
    );
    assert.equal(
      code(() => parseCodecKey('not base64!')),
      'TG_CODEC_KEY_INVALID',
    );
    assert.equal(
      code(() =>
        dataConverterFromEnv({ TRUTHGATE_CODEC_KEY: current, TRUTHGATE_CODEC_PREVIOUS_KEYS: 'x=y' }),
      ),
      'TG_CODEC_KEY_INVALID',
    );
  });
});

describe('workflows with the codec on a real dev server', () => {
  let env: TemporalEnv;
  let client: Client;
  let worker: Worker;
  let running: Promise<void>;
  let closeWorker: () => Promise<void>;
  let suite: string;

  before(async () => {
    env = await temporalEnv();
    const settings = resolveConnection({ address: env.server.address }, { TRUTHGATE_CODEC_KEY: newKey() });
    client = await connectClient(settings);
    const created = await createWorker({
      connection: settings,
      taskQueue: 'tg-codec',
      storeDir: env.storeDir,
    });
    worker = created.worker;
    closeWorker = () => created.connection.close();
    running = worker.run();
    await env.startWorker(); // a plain worker on env.taskQueue: the control run
    const dir = join(env.dir, 'codec');
    mkdirSync(dir);
    writeFileSync(join(dir, 'people.csv'), `id,email\n1,a@x.org\n2,${SECRET}\n`);
    suite = join(dir, 'truthgate.yml');
    writeFileSync(
      suite,
      [
        'version: 1',
        'name: codec-suite',
        'sources:',
        '  people: { path: people.csv }',
        'checks:',
        '  people:',
        // The failure message quotes the unexpected value: personal data in the result.
        '    - distinct_values_subset: { column: email, values: [a@x.org], severity: high }',
        '',
      ].join('\n'),
    );
  });
  after(async () => {
    worker?.shutdown();
    await running;
    await closeWorker?.();
    await client?.connection.close();
    await env?.close();
  });

  /** Every string and byte field of the raw history, as the server stores it. */
  async function rawHistory(c: Client, workflowId: string): Promise<string> {
    const res = await c.workflowService.getWorkflowExecutionHistory({
      namespace: c.options.namespace,
      execution: { workflowId },
    });
    const parts: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') parts.push(v);
      else if (v instanceof Uint8Array) parts.push(Buffer.from(v).toString('latin1'));
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(res.history);
    return parts.join('\n');
  }

  test(
    'results decode for the client while the history holds only ciphertext',
    { timeout: 120_000 },
    async () => {
      const result = (await client.workflow.execute('validationWorkflow', {
        taskQueue: 'tg-codec',
        workflowId: 'codec-on',
        args: [{ suite }],
      })) as ValidationWorkflowResult;
      assert.equal(result.status, 'fail');
      assert.match(result.topIssues[0]!.message, new RegExp(SECRET.replaceAll('.', '\\.')));
      const history = await rawHistory(client, 'codec-on');
      assert.ok(history.includes('binary/encrypted'));
      assert.ok(!history.includes(SECRET), 'the sensitive value is not in the stored history');
      assert.ok(!history.includes(suite), 'inputs and memo are encrypted too');
      // Search attributes stay plain (the server indexes them): runs remain queryable.
      const listed = [];
      for await (const w of client.workflow.list({ query: `TgSuite = 'codec-suite' AND TgStatus = 'fail'` }))
        listed.push(w.workflowId);
      assert.ok(listed.includes('codec-on'));
      // The memo decodes through the client's codec.
      const memo = (await client.workflow.getHandle('codec-on').describe()).memo as { suitePath?: string };
      assert.equal(memo.suitePath, suite);

      // Control: the same run without the codec stores the value in plain text.
      await env.client.workflow.execute('validationWorkflow', {
        taskQueue: env.taskQueue,
        workflowId: 'codec-off',
        args: [{ suite }],
      });
      assert.ok((await rawHistory(env.client, 'codec-off')).includes(SECRET));
    },
  );
});
