import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { PlatformRole } from '../src/modules/accounts/user.entity.js';
import { factories } from './factories.js';
import { testServerForFile } from './test-server.js';

/**
 * Every mutation, driven with invalid, oversized, wrong-typed and hostile values, as an admin (who passes
 * most permission checks, so the input checks are what is tested). Each call must end in a typed error —
 * never a 500 or INTERNAL_SERVER_ERROR — and must leave every table as it was.
 */
const server = testServerForFile();
let cookie: string;
beforeAll(async () => {
  const make = factories(server);
  const admin = await make.user({ role: PlatformRole.ADMIN });
  await make.organisation({ admins: [admin] });
  cookie = await make.cookieFor(admin);
});

const MEGABYTE = 'x'.repeat(1024 * 1024);
type Variant = 'oversized' | 'unknownIds' | 'outOfRange';

/** A value of `type` that is wrong in the way `variant` describes (valid where it cannot be wrong). */
function badValue(type: GraphQLInputType, variant: Variant, depth = 0): unknown {
  if (isNonNullType(type)) return badValue(type.ofType, variant, depth);
  if (isListType(type)) return [badValue(type.ofType, variant, depth)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isInputObjectType(named)) {
    if (depth > 2) return {};
    return Object.fromEntries(Object.values(named.getFields()).map((f) => [f.name, badValue(f.type, variant, depth + 1)]));
  }
  if (isScalarType(named)) {
    switch (named.name) {
      case 'ID':
        return variant === 'unknownIds' ? randomUUID() : variant === 'oversized' ? MEGABYTE : "1' OR '1'='1";
      case 'String':
        return variant === 'oversized' ? MEGABYTE : variant === 'outOfRange' ? '9999-99-99T99:99' : '<script>alert(1)</script>';
      case 'Int':
        return variant === 'outOfRange' ? 2_147_483_647 : -1;
      case 'Float':
        return -1;
      case 'Boolean':
        return true;
      case 'DateTimeISO':
        return variant === 'outOfRange' ? '1800-01-01T00:00:00.000Z' : new Date(Date.now() - 86_400_000).toISOString();
      default:
        return {};
    }
  }
  return null;
}

async function snapshot(): Promise<Record<string, string>> {
  const conn = server.orm.em.getConnection();
  const tables = await conn.execute<{ tablename: string }[]>(`select tablename from pg_tables where schemaname = 'public' and tablename not in ('rate_limit', 'mikro_orm_migrations') order by 1`);
  const out: Record<string, string> = {};
  for (const { tablename } of tables) {
    const [row] = await conn.execute<{ digest: string | null }[]>(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from "${tablename}" t`);
    out[tablename] = row!.digest ?? '';
  }
  return out;
}

/** Mutations whose arguments are all free text or enums: hostile-looking text is valid input there (it is stored
 * as text and escaped or sanitised on output), so only the oversized variant must fail. */
const ACCEPTS_ANY_TEXT = new Set(['profileUpdate', 'grantSchemeCreate', 'groupCreate']);
const ONLY_ENUMS = new Set(['notificationPreferenceSet']);

const argsOf = (args: readonly GraphQLArgument[]) => args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');

describe('bad input to every mutation', () => {
  it('is refused with a typed error, never a 500, and changes nothing', { timeout: 240_000 }, async () => {
    const mutations = Object.values(server.app.schema.getMutationType()!.getFields());
    const failures: string[] = [];
    for (const variant of ['oversized', 'unknownIds', 'outOfRange'] as Variant[]) {
      for (const m of mutations) {
        if (!m.args.length) continue;
        const before = await snapshot();
        const selection = isScalarType(getNamedType(m.type)) || isEnumType(getNamedType(m.type)) ? '' : ' { __typename }';
        const query = `mutation(${argsOf(m.args)}) { ${m.name}(${m.args.map((a) => `${a.name}: $${a.name}`).join(', ')})${selection} }`;
        const variables = Object.fromEntries(m.args.map((a) => [a.name, badValue(a.type, variant)]));
        const res = await server.gql(query, variables, { cookie });
        const code = res.errors?.[0]?.extensions?.code;
        if (ONLY_ENUMS.has(m.name) || (ACCEPTS_ANY_TEXT.has(m.name) && variant !== 'oversized')) {
          if (res.status >= 500 || code === 'INTERNAL_SERVER_ERROR') failures.push(`${m.name} (${variant}): status ${res.status}`);
          continue;
        }
        if (res.status >= 500 || code === 'INTERNAL_SERVER_ERROR' || !res.errors?.length) {
          failures.push(`${m.name} (${variant}): status ${res.status}, ${JSON.stringify(res.errors ?? res.data).slice(0, 200)}`);
          continue;
        }
        const after = await snapshot();
        const changed = Object.keys(before).filter((t) => before[t] !== after[t]);
        if (changed.length) failures.push(`${m.name} (${variant}) changed ${changed.join(', ')}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers wrong-typed arguments with a validation error and no 500', async () => {
    const res = await server.gql(`mutation { organisationCreate(input: { name: 42, kind: "NOT_A_KIND" }) { id } }`, {}, { cookie });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const vars = await server.gql(`mutation($first: Int!) { notificationMarkAllRead }`, { first: 'many' }, { cookie });
    expect(vars.status).toBeLessThan(500);
  });
});
