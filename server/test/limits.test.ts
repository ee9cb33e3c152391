import { describe, expect, it } from 'vitest';
import { LIMITS } from '../src/common/limits.js';
import { testServerForFile } from './test-server.js';
import { collect, wsClient } from './ws.js';

const server = testServerForFile();

const deep = `{ viewer { memberships { organisation { members { user { memberships { organisation { members { user { name } } } } } } } } } }`;
const aliases = `{ ${Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: topics { slug }`).join(' ')} }`;
const directives = `{ topics { slug ${Array.from({ length: LIMITS.maxDirectives + 1 }, () => '@include(if: true)').join(' ')} } }`;
const tokens = `{ topics { ${Array.from({ length: LIMITS.maxTokens }, () => 'slug').join(' ')} } }`;
const costly = `{ ${Array.from({ length: 14 }, (_, i) => `o${i}: organisations(first: 100) { nodes { members { user { memberships { organisation { name } } } } } }`).join(' ')} }`;
const huge = `{ topics { slug } } # ${'x'.repeat(LIMITS.maxDocumentBytes)}`;

const cases: [string, string][] = [
  ['depth', deep],
  ['aliases', aliases],
  ['directives', directives],
  ['tokens', tokens],
  ['cost', costly],
  ['document size', huge],
];

describe('operation limits', () => {
  it.each(cases)('rejects an operation over the %s limit over HTTP with a 4xx and no data', async (_label, query) => {
    const res = await server.gql(query);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toMatch(/GRAPHQL_(VALIDATION|PARSE)_FAILED/);
  });

  it.each(cases)('rejects an operation over the %s limit over graphql-ws', async (_label, query) => {
    const client = wsClient(server.port);
    const sub = collect(client, query);
    for (let i = 0; i < 100 && !sub.errors.length; i++) await new Promise((r) => setTimeout(r, 20));
    expect(sub.items).toEqual([]);
    expect(JSON.stringify(sub.errors)).toMatch(/GRAPHQL_(VALIDATION|PARSE)_FAILED/);
    await client.dispose();
  });

  it('accepts an ordinary page query', async () => {
    const res = await server.gql(`{ organisations(first: 20) { nodes { name municipalities { name } topics { nameNb } } } topics { slug } }`);
    expect(res.errors).toBeUndefined();
  });

  it('gives no field suggestions', async () => {
    const res = await server.gql(`{ topic { slug } }`);
    expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/);
  });

  it('refuses batched requests', async () => {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: '{ topics { slug } }' }, { query: '{ topics { slug } }' }]) });
    expect(res.status).toBe(400);
  });
});
