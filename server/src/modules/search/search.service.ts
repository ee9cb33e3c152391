import { UserInputError } from '../../common/errors.js';
import { Where } from '../../common/read-model/rows.js';
import type { Context } from '../../context.js';
import { RESOURCE_VISIBLE_SQL, resourceVisibleParams } from '../resources/resource.service.js';
import { SearchType, type SearchFilter } from './search.types.js';

/** The filters that are also facets: each facet counts with every filter applied except its own. */
const FACET_COLUMNS = { topic: 'topics', municipality: 'municipalities', language: 'languages' } as const;
type FacetKey = keyof typeof FACET_COLUMNS;

// Markdown emphasis, headings, quotes, code marks and link targets: not shown in snippets.
const MARKDOWN_MARKS = '[*_#>`~]+|\\]\\([^)]*\\)|\\[';

// Highlight markers; the snippet is HTML-escaped, then they become <mark>. They cannot occur in user text: the
// input rule (common/text.ts) drops control characters, and the headline's text loses them (older rows).
const START = '\u0001';
const STOP = '\u0002';
const MARKERS = START + STOP;

interface Branch {
  type: SearchType;
  /** SQL yielding: id, title, body, link, topics text[], municipalities text[], languages text[], sort timestamptz. */
  sql: string;
  params: unknown[];
}

/**
 * One search over events, activities, resources, grant calls, organisations and the group messages the viewer
 * may read: PostgreSQL full text with the `norwegian` configuration (so "flyktningene" finds "flyktning"),
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
      {
        // A handful of rounds a year: no index needed; the text includes the current guidelines.
        type: SearchType.GRANT_ROUND,
        sql: `select r.id, r.title, coalesce(gl.body, s.description) as body, '/tilskudd/runder/' || r.id as link, array[]::text[] as topics,
                     r.eligible_municipalities as municipalities, array[]::text[] as languages,
                     to_tsvector('norwegian', r.title || ' ' || s.name || ' ' || s.description || ' ' || coalesce(gl.body, '')) as doc
                from grant_round r join grant_scheme s on s.id = r.scheme_id
                left join grant_guidelines gl on gl.round_id = r.id and gl.version = r.guidelines_version
               where r.state <> 'DRAFT' or ?::boolean`,
        params: [v.isStaff],
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

  /**
   * Hits, the type facet and the three value facets in one statement: the matching rows of every branch are
   * found once (a materialized CTE, so full text is matched and ranked once), then counted five ways.
   */
  async search(query: string, filter: SearchFilter, first: number) {
    const q = query.trim();
    if (!q) throw UserInputError.field('query', 'search/query_required');
    if (q.length > 200) throw UserInputError.field('query', 'validation/search_too_long');
    const branches = this.branches();
    // Each branch is filtered inside, so its GIN index applies, then they are unioned.
    const matched = branches
      .map((b) => `select '${b.type}' as type, id, title, body, link, ts_rank(doc, websearch_to_tsquery('norwegian', ?)) as rank, topics, municipalities, languages
                      from (${b.sql}) x where doc @@ websearch_to_tsquery('norwegian', ?)`)
      .join(' union all ');
    const matchedParams = branches.flatMap((b) => [q, ...b.params, q]);

    // The conditions on matched rows; `except` leaves one facet's own filter out.
    const types = filter.types?.length ? filter.types : null;
    const where = (opts: { types: boolean; except?: FacetKey }) => {
      const w = new Where();
      if (opts.types && types) w.add(`type = any(${w.array(types, 'text')})`);
      for (const key of Object.keys(FACET_COLUMNS) as FacetKey[]) if (filter[key] && key !== opts.except) w.add(`${w.values([filter[key]])} = any(${FACET_COLUMNS[key]})`);
      return w;
    };
    const hitsWhere = where({ types: true });
    // The type facet counts every type the viewer can see, whatever types are chosen.
    const typesWhere = where({ types: false });
    const facetsWhere = (Object.keys(FACET_COLUMNS) as FacetKey[]).map((key) => ({ key, where: where({ types: true, except: key }) }));
    const valueFacet = (key: FacetKey, w: Where) =>
      `(select coalesce(json_agg(json_build_object('value', value, 'count', n) order by n desc, value), '[]')
          from (select value, count(*) as n from matched, unnest(${FACET_COLUMNS[key]}) as value where ${w} group by value order by n desc, value limit 50) f) as ${key}`;

    const [row] = await this.ctx.em.execute<{ hits: HitRow[]; types: { type: SearchType; n: number }[]; topic: FacetValue[]; municipality: FacetValue[]; language: FacetValue[] }[]>(
      `with matched as materialized (${matched})
       select
         -- The snippet comes from the text (markdown marks stripped), or from the title when only the title matched;
         -- made for the page of hits only.
         (select coalesce(json_agg(json_build_object('type', type, 'id', id, 'title', title, 'link', link, 'rank', rank,
                   'body', ts_headline('norwegian', case when to_tsvector('norwegian', text) @@ websearch_to_tsquery('norwegian', ?) then text else plain_title end,
                                       websearch_to_tsquery('norwegian', ?), 'StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2'))
                   order by rank desc, title asc), '[]')
            from (select *, translate(regexp_replace(left(body, 5000), ?, ' ', 'g'), ?, '') as text, translate(title, ?, '') as plain_title
                    from matched where ${hitsWhere} order by rank desc, title asc limit ?) page) as hits,
         (select coalesce(json_agg(json_build_object('type', type, 'n', n)), '[]') from (select type, count(*) as n from matched where ${typesWhere} group by type) t) as types,
         ${facetsWhere.map((f) => valueFacet(f.key, f.where)).join(',\n         ')}`,
      [...matchedParams, q, q, MARKDOWN_MARKS, MARKERS, MARKERS, ...hitsWhere.params, first, ...typesWhere.params, ...facetsWhere.flatMap((f) => f.where.params)],
    );
    const typeFacet = Object.values(SearchType).map((type) => ({ value: type, count: row!.types.find((t) => t.type === type)?.n ?? 0 }));
    return {
      hits: row!.hits.map((h) => ({ type: h.type, id: h.id, title: h.title, url: h.link, rank: h.rank, snippet: highlight(h.body) })),
      totalCount: typeFacet.filter((f) => !types || types.includes(f.value)).reduce((a, f) => a + f.count, 0),
      typeFacet,
      topicFacet: row!.topic,
      municipalityFacet: row!.municipality,
      languageFacet: row!.language,
    };
  }
}

interface HitRow {
  type: SearchType;
  id: string;
  title: string;
  link: string;
  rank: number;
  body: string;
}

interface FacetValue {
  value: string;
  count: number;
}

function highlight(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\s+/g, ' ').trim();
  return escaped.replaceAll(START, '<mark>').replaceAll(STOP, '</mark>');
}
