import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { maskPersonalData } from '../../src/core/checks/privacy.ts';
import { runCheck, suiteError, vega } from '../helpers/run-check.ts';

const col = (values: unknown[]) => ({ records: values.map((v, i) => ({ id: i, v })) });
async function judge(values: unknown[], params: Record<string, unknown> = {}) {
  const r = await runCheck(col(values), { no_pii: { column: 'v', ...params } });
  return { ...r, bad: r.samples.map((s) => s.values.v) };
}

/** Independent Luhn in JS, to cross-check the polars-expression version. */
function luhn(digits: string): boolean {
  let sum = 0;
  [...digits].reverse().forEach((ch, i) => {
    let d = Number(ch);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  });
  return sum % 10 === 0;
}

const clean = [
  'hello world',
  'order 12345',
  'shipped 2024-01-02 10:11:12',
  'ip 192.168.100.200',
  'price 1,299.00',
  null,
];

describe('no_pii', () => {
  test('clean text passes', async () => {
    const r = await judge(clean);
    assert.equal(r.status, 'pass');
    assert.equal(r.judgedCount, 5);
  });

  test('emails', async () => {
    const r = await judge([...clean, 'write to jane.doe@example.com please', 'a@b'], { kinds: ['email'] });
    assert.equal(r.failingCount, 1);
    assert.deepEqual(r.bad, ['write to j***@***.com please']);
  });

  test('phone numbers: E.164 and national formats with 9+ digits', async () => {
    const phones = [
      '+82 10 1234 5678',
      '+14155552671',
      'call 010-1234-5678',
      '(555) 123-4567',
      '02-123-4567',
      '555.123.4567',
    ];
    const notPhones = ['12-34-56', '2024-01-02', '1234567', '+1 234'];
    const r = await judge([...phones, ...notPhones], { kinds: ['phone'] });
    assert.equal(r.failingCount, phones.length);
    assert.equal(r.bad.length, 5);
    assert.ok(r.bad.every((v) => typeof v === 'string' && !/\d{5}/.test(v.replace(/\D/g, '').slice(0, -4))));
  });

  test('card numbers must pass Luhn', async () => {
    const valid = [
      '4111 1111 1111 1111',
      '4111-1111-1111-1111',
      '378282246310005',
      '6011111111111117',
      'paid with 5555555555554444.',
    ];
    const invalid = ['4111 1111 1111 1112', '1234567890123', '12345678901234567890'];
    assert.ok(['4111111111111111', '378282246310005', '6011111111111117', '5555555555554444'].every(luhn));
    assert.ok(!luhn('4111111111111112') && !luhn('1234567890123'));
    const r = await judge([...valid, ...invalid], { kinds: ['credit_card'] });
    assert.equal(r.failingCount, valid.length);
    assert.equal(r.bad[0], '**** **** **** 1111');
    // A card after an unrelated long number is still found (second candidate).
    assert.equal(
      (await judge(['ref 1234567890123 card 4111111111111111'], { kinds: ['credit_card'] })).failingCount,
      1,
    );
  });

  test('Luhn expression agrees with JS on generated 16-digit numbers', async () => {
    const nums: string[] = [];
    let x = 12345;
    for (let i = 0; i < 300; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      nums.push(('4' + String(x).padStart(10, '0') + String(i).padStart(5, '0')).slice(0, 16));
    }
    const r = await runCheck(col(nums), { no_pii: { column: 'v', kinds: ['credit_card'] } });
    assert.equal(r.failingCount, nums.filter(luhn).length);
    assert.ok(r.failingCount! > 10);
  });

  test('integer columns are scanned; other dtypes are rejected; params validated', async () => {
    const r = await runCheck(col([4111111111111111, 42]), {
      no_pii: { column: 'v', kinds: ['credit_card'] },
    });
    assert.equal(r.failingCount, 1);
    assert.deepEqual(r.samples[0]!.values.v, '************1111');
    const f = await runCheck(col([1.5]), { no_pii: { column: 'v' } });
    assert.equal(f.errorCode, 'TG_CHECK_DTYPE');
    assert.equal(
      suiteError(col(['x']), [{ no_pii: { column: 'v', kinds: ['ssn'] } }]).code,
      'TG_SUITE_INVALID',
    );
  });

  test('mostly and where', async () => {
    const data = {
      records: [
        { src: 'web', v: 'mail me: a.b@c.org' },
        { src: 'web', v: 'fine' },
        { src: 'app', v: 'fine' },
        { src: 'app', v: 'fine too' },
      ],
    };
    assert.equal((await runCheck(data, { no_pii: { column: 'v', where: "src = 'app'" } })).status, 'pass');
    assert.equal((await runCheck(data, { no_pii: { column: 'v', mostly: 0.75 } })).status, 'pass');
    assert.equal((await runCheck(data, { no_pii: { column: 'v' } })).status, 'fail');
  });

  test('real text: cars and airports names hold no personal data', async () => {
    const cars = JSON.parse(readFileSync(vega('cars.json').file, 'utf8')) as { Name: string }[];
    const r = await runCheck(vega('cars.json'), { no_pii: { column: 'Name' } });
    assert.equal(r.judgedCount, cars.length);
    assert.equal(r.status, 'pass');
  });
});

test('maskPersonalData keeps the shape but not the data', () => {
  assert.equal(maskPersonalData('j.doe@example.com'), 'j***@***.com');
  assert.equal(maskPersonalData('4111 1111 1111 1111'), '**** **** **** 1111');
  assert.equal(maskPersonalData('+82 10-1234-5678'), '+** **-****-5678');
  assert.equal(maskPersonalData('order 12345'), 'order 12345');
  assert.equal(maskPersonalData(null), null);
});
