import { UserInputError } from '../../common/errors.js';
import type { Context } from '../../context.js';
import { RESOURCE_VISIBLE_SQL, resourceVisibleParams } from '../resources/resource.service.js';
import type { SearchFilter } from './search.types.js';

export enum SearchType {
  EVENT = 'EVENT',
  ACTIVITY = 'ACTIVITY',
  RESOURCE = 'RESOURCE',
  ORGANISATION = 'ORGANISATION',
  MESSAGE = 'MESSAGE',
}

// Highlight markers that cannot occur in user text; the snippet is HTML-escaped, then they become <mark>.
const START = '\u0001';
const STOP = '\u0002';

interface Branch {
  type: SearchType;
  /** SQL yielding: id, title, body, link, topics text[], municipalities text[], languages text[], sort timestamptz. */
  sql: string;
  params: unknown[];
}

/**
 * One search over events, activities, resources, organisations and the group messages the viewer may
 * read: PostgreSQL full text with the `norwegian` configuration (so "flyktningene" finds "flyktning"),
 * ranked, with highlighted snippets. Each branch filters by what the viewer may see before anything is
 * counted, and uses its table's GIN index on the same expression.
 */
export class SearchService {
  constructor(private readonly ctx: Context) {}

  private branches(): Branch[] {
    const v = this.ctx.viewer;
    const branches: Branch[] = [
      {
        type: SearchType.EVENT,
        sql: `select e.id, e.title, e.description as body, '/arrangementer/' || e.id as link,
                     array(select topic_slug from event_topic where event_id = e.id) as topics,
                     array(select municipality_number from event_municipality where event_id = e.id) as municipalities,
                     array[e.language] as languages, to_tsvector('norwegian', e.title || ' ' || e.description) as doc
                from event e where e.status in ('PUBLISHED', 'CANCELLED')`,
        params: [],
      },
      {
        type: SearchType.ACTIVITY,
        sql: `select a.id, a.title, a.description as body, '/aktiviteter/' || a.id as link, array[]::text[] as topics,
                     array[a.municipality_number] as municipalities, a.languages, to_tsvector('norwegian', a.title || ' ' || a.description) as doc
                from activity a where a.status = 'PUBLISHED'`,
        params: [],
      },
      {
        type: SearchType.RESOURCE,
        sql: `select r.id, r.title, r.summary as body, '/ressurser/' || r.id as link,
                     array(select topic_slug from resource_topic where resource_id = r.id) as topics, array[]::text[] as municipalities,
                     r.languages, to_tsvector('norwegian', r.title || ' ' || r.summary) as doc
                from resource r where ${RESOURCE_VISIBLE_SQL}`,
        params: resourceVisibleParams(v),
      },
      {
        type: SearchType.ORGANISATION,
        sql: `select o.id, o.name as title, o.description as body, '/organisasjoner/' || o.id as link,
                     array(select topic_slug from organisation_topic where organisation_id = o.id) as topics,
                     array(select municipality_number from organisation_municipality where organisation_id = o.id) as municipalities,
                     array[]::text[] as languages, to_tsvector('norwegian', o.name || ' ' || o.description) as doc
                from organisation o`,
        params: [],
      },
    ];
    if (v.signedIn) {
      branches.push({
        type: SearchType.MESSAGE,
        sql: `select m.id, t.title, m.body, '/grupper/' || m.group_id || '/traader/' || m.thread_id as link, array[]::text[] as topics,
                     array[]::text[] as municipalities, array[]::text[] as languages, to_tsvector('norwegian', m.body) as doc
                from message m join thread t on t.id = m.thread_id join network_group g on g.id = m.group_id
               where m.deleted_at is null and (
                     g.visibility = 'PUBLIC' or ?::boolean
                  or exists (select 1 from group_member gm where gm.group_id = g.id and gm.user_id = ?::uuid and gm.status = 'ACTIVE')
                  or exists (select 1 from group_organisation go join membership ms on ms.organisation_id = go.organisation_id
                              where go.group_id = g.id and ms.user_id = ?::uuid))`,
        params: [v.isStaff, v.id, v.id],
      });
    }
    return branches;
  }

  async search(query: string, filter: SearchFilter, first: number) {
    const q = query.trim();
    if (!q) throw UserInputError.field('query', 'search/query_required');
    if (q.length > 200) throw UserInputError.field('query', 'validation/search_too_long');
    const all = this.branches();
    const conditions: string[] = [`doc @@ websearch_to_tsquery('norwegian', ?)`];
    const condParams: unknown[] = [q];
    for (const [value, column] of [[filter.topic, 'topics'], [filter.municipality, 'municipalities'], [filter.language, 'languages']] as const) {
      if (!value) continue;
      conditions.push(`? = any(${column})`);
      condParams.push(value);
    }
    const where = conditions.join(' and ');

    // Each branch is filtered inside (so the GIN index applies), then unioned.
    const union = (branches: Branch[]) => ({
      sql: branches.map((b) => `select '${b.type}' as type, id, title, body, link, ts_rank(doc, websearch_to_tsquery('norwegian', ?)) as rank, languages from (${b.sql}) x where ${where}`).join(' union all '),
      params: branches.flatMap((b) => [q, ...b.params, ...condParams]),
    });
    const wanted = filter.types?.length ? all.filter((b) => filter.types!.includes(b.type)) : all;
    const conn = this.ctx.em.getConnection();
    const hits = wanted.length
      ? await (() => {
          const u = union(wanted);
          return conn.execute<{ type: SearchType; id: string; title: string; body: string; link: string; rank: number }[]>(
            `select type, id, title, link, rank,
                    ts_headline('norwegian', left(body, 5000), websearch_to_tsquery('norwegian', ?), 'StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2') as body
               from (${u.sql}) hits order by rank desc, title asc limit ?`,
            [q, ...u.params, first],
          );
        })()
      : [];
    // The type facet counts every type the viewer can see, whatever types are chosen.
    const u = union(all);
    const counts = await conn.execute<{ type: string; count: string }[]>(`select type, count(*) as count from (${u.sql}) hits group by type`, u.params);
    const facets = Object.values(SearchType).map((type) => ({ value: type, count: Number(counts.find((c) => c.type === type)?.count ?? 0) }));
    return {
      hits: hits.map((h) => ({ type: h.type, id: h.id, title: h.title, url: h.link, rank: Number(h.rank), snippet: highlight(h.body) })),
      totalCount: facets.filter((f) => !filter.types?.length || filter.types.includes(f.value)).reduce((a, f) => a + f.count, 0),
      typeFacet: facets,
    };
  }
}

function highlight(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\s+/g, ' ').trim();
  return escaped.replaceAll(START, '<mark>').replaceAll(STOP, '</mark>');
}
