/**
 * The baseline for benchmark 1: a plain Apollo Server 5, schema-first (SDL + resolver map), answering the
 * event-list page query with the same SQL statements our server runs for it (captured from it),
 * through a plain `pg` pool. No type-graphql, no ORM, no middleware: what is left is GraphQL execution.
 * Run by bench/event-list.ts: DATABASE_URL=… PORT=… node --import tsx bench/baseline/event-list-server.ts
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import pg from 'pg';
import { toOsloLocal } from '../../server/src/common/time.js';

const typeDefs = /* GraphQL */ `
  type Query { events(first: Int! = 20, after: String): EventConnection! }
  type EventConnection { totalCount: Int! pageInfo: PageInfo! nodes: [Event!]! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type Organisation { id: ID! name: String! }
  type Topic { slug: ID! nameNb: String! nameNn: String! nameEn: String! }
  type Registration { id: ID! status: String! attendance: String waitlistPosition: Int }
  type Event {
    id: ID! title: String! kind: String! status: String! startsAt: String! endsAt: String! startsAtLocal: String! endsAtLocal: String!
    mode: String! venueName: String capacity: Int seatsLeft: Int confirmedCount: Int! waitlistCount: Int! registrationRequired: Boolean!
    onlineCapacity: Int onlineConfirmedCount: Int! onlineWaitlistCount: Int!
    organisation: Organisation! topics: [Topic!]! viewerRegistration: Registration
  }
`;

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

// The statements our server sends for the page (captured from it): the page with its total and each event's
// topic slugs, then the page's organisations. Topic names come from a table read once at start, as ours does.
// Named, so prepared once per connection, as ours prepares its own (server/src/common/read-model/prepared-statements.ts).
const PAGE = `select e.*, count(*) over () as total_count,
         array(select p.topic_slug from event_topic p where p.event_id = e.id) as topic_slugs, array(select p.municipality_number from event_municipality p where p.event_id = e.id) as municipality_numbers
       from event e where (e.status in ('PUBLISHED', 'CANCELLED')) order by e.starts_at asc, e.id asc limit $1 offset $2`;
const COUNT = `select count(*) as n from event e where (e.status in ('PUBLISHED', 'CANCELLED'))`;
const ORGANISATIONS = 'select * from organisation where id = any($1::uuid[])';

interface Row { [k: string]: unknown }

const topicBySlug = new Map((await pool.query<Row>('select * from topic')).rows.map((t) => [t.slug, { slug: t.slug, nameNb: t.name_nb, nameNn: t.name_nn, nameEn: t.name_en, sortOrder: t.sort_order }]));

const resolvers = {
  Query: {
    async events(_: unknown, args: { first: number; after?: string | null }) {
      const first = Math.min(Math.max(args.first, 1), 100);
      const offset = args.after ? Number(Buffer.from(args.after, 'base64url').toString().slice(2)) + 1 : 0;
      const page = await pool.query<Row>({ name: 'page', text: PAGE, values: [first, offset] });
      const totalCount = page.rows.length ? Number(page.rows[0]!.total_count) : offset > 0 ? Number((await pool.query<{ n: string }>({ name: 'count', text: COUNT })).rows[0]!.n) : 0;
      const organisationIds = [...new Set(page.rows.map((r) => r.organisation_id))];
      const organisations = organisationIds.length ? await pool.query<Row>({ name: 'organisations', text: ORGANISATIONS, values: [organisationIds] }) : { rows: [] };
      const organisationById = new Map(organisations.rows.map((o) => [o.id, o]));
      const shown = page.rows.map((e) => ({
        ...e,
        organisation: organisationById.get(e.organisation_id),
        topics: (e.topic_slugs as string[]).map((slug) => topicBySlug.get(slug)!),
      }));
      const hasNextPage = offset + shown.length < totalCount;
      return {
        totalCount,
        pageInfo: { hasNextPage, endCursor: shown.length ? Buffer.from(`o:${offset + shown.length - 1}`).toString('base64url') : null },
        nodes: shown,
      };
    },
  },
  Event: {
    startsAt: (e: Row) => (e.starts_at as Date).toISOString(),
    endsAt: (e: Row) => (e.ends_at as Date).toISOString(),
    startsAtLocal: (e: Row) => toOsloLocal(e.starts_at as Date),
    endsAtLocal: (e: Row) => toOsloLocal(e.ends_at as Date),
    venueName: (e: Row) => e.venue_name,
    confirmedCount: (e: Row) => e.confirmed_count,
    waitlistCount: (e: Row) => e.waitlist_count,
    onlineCapacity: (e: Row) => e.online_capacity,
    onlineConfirmedCount: (e: Row) => e.online_confirmed_count,
    onlineWaitlistCount: (e: Row) => e.online_waitlist_count,
    registrationRequired: (e: Row) => e.registration_required,
    seatsLeft: (e: Row) => (e.capacity == null ? null : Math.max(0, (e.capacity as number) - (e.confirmed_count as number))),
    organisation: (e: Row) => e.organisation,
    topics: (e: { topics: Row[] }) => [...e.topics].sort((a, b) => (a.sortOrder as number) - (b.sortOrder as number)),
    viewerRegistration: () => null, // anonymous visitors
  },
};

const server = new ApolloServer({ typeDefs, resolvers });
const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT) } });
console.log(`baseline ready at ${url}`);
