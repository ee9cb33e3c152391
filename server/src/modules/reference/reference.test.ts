import { describe, expect, it } from 'vitest';
import { testServerForFile } from '../../../test/test-server.js';

const server = testServerForFile();

describe('reference data', () => {
  it('lists the municipalities of Telemark and Vestfold from the migration', async () => {
    const res = await server.gql<{ municipalities: { number: string; name: string; countyName: string }[] }>(
      '{ municipalities { number name countyName } }',
    );
    expect(res.errors).toBeUndefined();
    const names = res.data!.municipalities.map((m) => m.name);
    expect(names).toHaveLength(23);
    expect(names).toContain('Skien');
    expect(names).toContain('Tønsberg');
    expect(res.data!.municipalities.find((m) => m.number === '4003')?.countyName).toBe('Telemark');
  });

  it('filters by county', async () => {
    const res = await server.gql<{ municipalities: { countyNumber: string }[] }>(
      'query($c: String) { municipalities(countyNumber: $c) { countyNumber } }',
      { c: '39' },
    );
    expect(res.data!.municipalities.length).toBe(6);
    expect(new Set(res.data!.municipalities.map((m) => m.countyNumber))).toEqual(new Set(['39']));
  });

  it('answers NOT_FOUND for an unknown municipality, not a 500', async () => {
    const res = await server.gql('{ municipality(number: "0000") { name } }');
    expect(res.status).toBe(200);
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(res.errors?.[0]?.message).toBe('municipality/not_found');
  });

  it('lists topics in display order with names in three languages', async () => {
    const res = await server.gql<{ topics: { slug: string; nameNb: string; nameNn: string; nameEn: string }[] }>(
      '{ topics { slug nameNb nameNn nameEn } }',
    );
    expect(res.data!.topics[0]).toEqual({ slug: 'settlement', nameNb: 'Bosetting', nameNn: 'Busetjing', nameEn: 'Settlement of refugees' });
    expect(res.data!.topics.map((t) => t.slug)).toContain('negative-social-control');
  });
});
