/**
 * The baseline for benchmark 1: a plain Apollo Server 5, schema-first (SDL + resolver map), answering the
 * event-list page query with the same five SQL statements our server runs for it (captured from MikroORM),
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
  type Registration { id: ID! status: String! waitlistPosition: Int }
  type Event {
    id: ID! title: String! kind: String! status: String! startsAt: String! endsAt: String! startsAtLocal: String! endsAtLocal: String!
    mode: String! venueName: String capacity: Int seatsLeft: Int confirmedCount: Int! waitlistCount: Int! registrationRequired: Boolean!
    organisation: Organisation! topics: [Topic!]! viewerRegistration: Registration
  }
`;

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

// The statements MikroORM sends for the page (page and count, then the organisations, topics and
// municipalities of the page's events), captured from our server.
const PAGE = `select "e0".* from "event" as "e0" where "e0"."status" in ('PUBLISHED', 'CANCELLED') order by "e0"."starts_at" asc, "e0"."id" asc limit $1 offset $2`;
const COUNT = `select count(*) as "count" from "event" as "e0" where "e0"."status" in ('PUBLISHED', 'CANCELLED')`;
const ORGANISATIONS = `select "o0".* from "organisation" as "o0" where "o0"."id" = any($1)`;
const TOPICS = `select "e0"."topic_slug", "e0"."event_id", "t1"."slug" as "t1__slug", "t1"."name_nb" as "t1__name_nb", "t1"."name_nn" as "t1__name_nn", "t1"."name_en" as "t1__name_en", "t1"."sort_order" as "t1__sort_order" from "event_topic" as "e0" inner join "topic" as "t1" on "e0"."topic_slug" = "t1"."slug" where "e0"."event_id" = any($1)`;
const MUNICIPALITIES = `select "e0"."municipality_number", "e0"."event_id", "m1"."number" as "m1__number", "m1"."name" as "m1__name", "m1"."county_number" as "m1__county_number", "m1"."county_name" as "m1__county_name" from "event_municipality" as "e0" inner join "municipality" as "m1" on "e0"."municipality_number" = "m1"."number" where "e0"."event_id" = any($1)`;

interface Row { [k: string]: unknown }

const resolvers = {
  Query: {
    async events(_: unknown, args: { first: number; after?: string | null }) {
      const first = Math.min(Math.max(args.first, 1), 100);
      const offset = args.after ? Number(Buffer.from(args.after, 'base64url').toString().slice(2)) + 1 : 0;
      const [page, count] = await Promise.all([pool.query<Row>(PAGE, [first, offset]), pool.query<{ count: string }>(COUNT)]);
      const ids = page.rows.map((r) => r.id);
      const [organisations, topics] = await Promise.all([
        pool.query<Row>(ORGANISATIONS, [[...new Set(page.rows.map((r) => r.organisation_id))]]),
        pool.query<Row>(TOPICS, [ids]),
        pool.query<Row>(MUNICIPALITIES, [ids]),
      ]);
      const organisationById = new Map(organisations.rows.map((o) => [o.id, o]));
      const shown = page.rows.map((e) => ({
        ...e,
        organisation: organisationById.get(e.organisation_id),
        topics: topics.rows.filter((t) => t.event_id === e.id).map((t) => ({ slug: t.t1__slug, nameNb: t.t1__name_nb, nameNn: t.t1__name_nn, nameEn: t.t1__name_en, sortOrder: t.t1__sort_order })),
      }));
      const totalCount = Number(count.rows[0]!.count);
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
