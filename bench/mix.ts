/** The mixed benchmark's world and its cycle of operations, shared by bench/mixed.ts and bench/cpu-pairs.ts. */
import type { Orm } from '../server/src/orm.js';
import { clientOperation } from '../server/test/client-documents.js';
import { login, publishEvents, sessions, STAFF } from './lib.js';

export interface MixOperation {
  label: string;
  query: string;
  variables: () => Record<string, unknown>;
  /** The client document it sends, by operation name (absent for a hand-written query). */
  clientDocument?: string;
  /** Sent without a session cookie (bench:cpu's `TypenameAnonymous`). */
  anonymous?: boolean;
}

/**
 * 40 published events, a public group whose 50 signed-in members all post in one thread, and the client's own
 * operations over them: `cycle` is the mix in the order a member's visit might take it (80 % reads, 20 % writes).
 */
export async function prepareMix(port: number, orm: Orm) {
  const call = async <T>(cookie: string, query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
    const json = (await res.json()) as { data: T; errors?: unknown };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return json.data;
  };
  const staff = await login(port, STAFF);
  const events = await publishEvents(port, staff, 40);
  const { groupCreate } = await call<{ groupCreate: { id: string } }>(staff, `mutation { groupCreate(input: { name: "Frivillighet Telemark", visibility: PUBLIC, joinPolicy: OPEN }) { id } }`);
  const { threadCreate } = await call<{ threadCreate: { id: string } }>(staff, `mutation($g: ID!) { threadCreate(groupId: $g, title: "Språkkafé", body: "Hvem kan ta tirsdager?") { id } }`, { g: groupCreate.id });
  const members = await sessions(orm, 50, 'mixed');
  for (const cookie of members) await call(cookie, `mutation($g: ID!) { groupJoin(groupId: $g) { id } }`, { g: groupCreate.id });

  let posted = 0;
  const anEvent = () => ({ id: events[Math.floor(Math.random() * events.length)] });
  const operation = (label: string, variables: () => Record<string, unknown>, query?: string): MixOperation =>
    query ? { label, query, variables } : { label, query: clientOperation(label), variables, clientDocument: label };
  const operations = {
    Events: operation('Events', () => ({ first: 20 })),
    MessagePost: operation('MessagePost', () => ({ threadId: threadCreate.id, body: `Jeg kan ta en tirsdag (${++posted})` })),
    Activities: operation('Activities', () => ({ first: 20, language: 'nb' })),
    Event: operation('Event', anEvent),
    Thread: operation('Thread', () => ({ id: threadCreate.id })),
    Organisations: operation('Organisations', () => ({ first: 20 })),
    Search: operation('Search', () => ({ q: 'flyktninger' }), `query Search($q: String!) { search(query: $q, first: 10) { totalCount hits { type id title url snippet } typeFacet { value count } } }`),
  };
  const cycle = [operations.Events, operations.MessagePost, operations.Activities, operations.Event, operations.Thread, operations.Organisations, operations.MessagePost, operations.Search, operations.Event, operations.Thread];
  return { members, threadId: threadCreate.id, operations, cycle };
}
