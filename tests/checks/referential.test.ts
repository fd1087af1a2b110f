import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkResults, runCheck, suiteError, vega } from '../helpers/run-check.ts';

const lines = 'line,product,sku\n1,10,A\n2,11,B\n3,10,Z\n4,,A\n5,12,Q\n';
const products = 'id,code\n10,A\n11,B\n13,C\n';

describe('foreign_key', () => {
  test('fails on values missing from the referenced column, nulls not judged', async () => {
    const [ids, codes] = await checkResults({ sources: { lines, products } }, [
      { foreign_key: { column: 'product', reference: { source: 'products', column: 'id' } } },
      { foreign_key: { column: 'sku', reference: { source: 'products', column: 'code' }, mostly: 0.5 } },
    ]);
    assert.equal(ids!.status, 'fail');
    assert.equal(ids!.failingCount, 1);
    assert.equal(ids!.judgedCount, 4);
    assert.deepEqual(ids!.samples[0]!.values, { product: 12 });
    assert.match(ids!.message, /values missing from products\.id/);
    // Z and Q are missing: 2 of 5 fail, tolerated by mostly 0.5.
    assert.equal(codes!.failingCount, 2);
    assert.equal(codes!.status, 'pass');
  });

  test('passes when every value exists; where limits the rows', async () => {
    const r = await runCheck(
      { sources: { lines, products } },
      {
        foreign_key: {
          column: 'product',
          reference: { source: 'products', column: 'id' },
          where: 'line < 5',
        },
      },
    );
    assert.equal(r.status, 'pass');
  });

  test('different dtypes compare as text', async () => {
    const textIds = { records: [{ id: '10' }, { id: '11' }, { id: '12' }] };
    const r = await runCheck(
      { sources: { lines, products: textIds } },
      { foreign_key: { column: 'product', reference: { source: 'products', column: 'id' } } },
    );
    assert.equal(r.failingCount, 0);
    assert.equal(r.status, 'pass');
  });

  test('a missing referenced column or source is an error naming it', async () => {
    const [col, src] = await checkResults({ sources: { lines, products } }, [
      { foreign_key: { column: 'product', reference: { source: 'products', column: 'idd' } } },
      { foreign_key: { column: 'product', reference: { source: 'prods', column: 'id' } } },
    ]);
    assert.equal(col!.errorCode, 'TG_COLUMN_NOT_FOUND');
    assert.match(col!.message, /`idd` not found in source `products` \(did you mean `id`\?\)/);
    assert.equal(src!.errorCode, 'TG_UNKNOWN_SOURCE');
  });

  test('an unreadable referenced source is an error with its read code', async () => {
    const r = await runCheck(
      { sources: { lines, products: { file: '/nonexistent/products.csv' } } },
      { foreign_key: { column: 'product', reference: { source: 'products', column: 'id' } } },
    );
    assert.equal(r.status, 'error');
    assert.match(r.errorCode!, /^TG_SOURCE_/);
  });

  test('reference must name a source and a column', () => {
    assert.equal(
      suiteError({ sources: { lines, products } }, [
        { foreign_key: { column: 'product', reference: 'products.id' } },
      ]).code,
      'TG_SUITE_INVALID',
    );
  });

  test('vega flights-airport: origins missing from airports.csv match an independent count', async () => {
    const iata = new Set(
      readFileSync(vega('airports.csv').file, 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[0]),
    );
    const routes = readFileSync(vega('flights-airport.csv').file, 'utf8').trim().split('\n').slice(1);
    const missing = routes.filter((l) => !iata.has(l.split(',')[0]!)).length;
    const r = await runCheck(
      { sources: { routes: vega('flights-airport.csv'), airports: vega('airports.csv') } },
      { foreign_key: { column: 'origin', reference: { source: 'airports', column: 'iata' } } },
    );
    assert.equal(r.failingCount, missing);
    assert.equal(r.judgedCount, routes.length);
    assert.equal(r.status, missing === 0 ? 'pass' : 'fail');
  });
});
