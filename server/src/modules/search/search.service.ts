import { UserInputError } from '../../common/errors.js';
import { chosenValues, pgArray, Where } from '../../common/read-model/rows.js';
import type { Context } from '../../context.js';
import { RESOURCE_VISIBLE_SQL, resourceVisibleParams } from '../resources/resource.service.js';
import { SEARCH_CONFIG, SEARCH_TSQUERY_SQL } from './search-query.js';
import { SearchType, type SearchFilter, type SearchResults } from './search.types.js';

/** The filters that are also facets: each facet counts with every filter applied except its own. */
const FACET_COLUMNS = { topic: 'topics', municipality: 'municipalities', language: 'languages' } as const;
type FacetKey = keyof typeof FACET_COLUMNS;
const FACET_LISTS = { topic: 'topics', municipality: 'municipalities', language: 'languages' } as const satisfies Record<FacetKey, keyof SearchFilter>;

/** A facet's chosen values (language codes in lower case, as stored). */
function chosen(filter: SearchFilter, key: FacetKey): string[] {
  const fold = (v: string) => (key === 'language' ? v.toLowerCase() : v);
  return chosenValues(filter[key] && fold(filter[key]), filter[FACET_LISTS[key]]?.map(fold));
}

// Markdown emphasis, headings, quotes, code marks and link targets: not shown in snippets.
const MARKDOWN_MARKS = '[*_#>`~]+|\\]\\([^)]*\\)|\\[';

// Highlight markers; the snippet is HTML-escaped, then they become <mark>. They cannot occur in user text: the
// input rule (common/text.ts) drops control characters, and the headline's text loses them (older rows).
const START = '\u0001';
const STOP = '\u0002';
const MARKERS = START + STOP;

/**
 * At most this many matches of each type are ranked and counted: the time a search takes grows with the rows
 * it reads, and a query that matches more has to be narrowed anyway (bench/search.ts: p95 within 50 ms at
 * 100,000 rows). Beyond it the count says "more than" (totalCountCapped), the facets count these rows, and the
 * hits are the best among them. Measured at 100,000 rows, 250 instead of 1,000 more than halves a broad query's
 * statement ("flyktning", 4 × 1,000 matches: median 100 → 43 ms in one window at load 9.7).
 */
export const MAX_MATCHES_PER_TYPE = 250;

/** "Mente du …?" is looked for when the query finds fewer hits than this. */
const CORRECT_BELOW = 10;

/** Query words of this many letters or more that the lexicon does not know are corrected for "mente du …?". */
const MIN_CORRECTED_LENGTH = 3;

interface Branch {
  type: SearchType;
  /** SQL yielding: id, title, link, topics text[], municipalities text[], languages text[], doc tsvector. */
  sql: string;
  /** The text snippets come from, for the hit `top.id` (read for the page of hits only). */
  body: string;
  params: unknown[];
}

/**
 * One search over events, activities, resources, grant calls, organisations and the group messages the viewer
 * may read: PostgreSQL full text with Norwegian stemming after accent folding (so "flyktningene" finds
 * "flyktning" and "sprakkafe" "Språkkafé"), words as prefixes, ranked, with highlighted snippets from the text.
 * Each branch filters by what the viewer may see before anything is counted, and uses its table's GIN index on
 * the stored `search_vector` (title, then category and language names, then text; kept by triggers).
 * A word the lexicon does not know is corrected by trigram similarity ("mente du …?"); when the query finds
 * nothing and the correction does, its hits are shown instead.
 */
export class SearchService {
  constructor(private readonly ctx: Context) {}

  private branches(): Branch[] {
    const v = this.ctx.viewer;
    const branches: Branch[] = [
      {
        type: SearchType.EVENT,
        body: `select description from event where id = top.id`,
        sql: `select e.id, e.title, '/arrangementer/' || e.id as link,
                     array(select topic_slug from event_topic where event_id = e.id) as topics,
                     array(select municipality_number from event_municipality where event_id = e.id) as municipalities,
                     array[e.language] as languages, e.search_vector as doc
                from event e where e.status in ('PUBLISHED', 'CANCELLED') and e.hidden_at is null`,
        params: [],
      },
      {
        type: SearchType.ACTIVITY,
        body: `select description from activity where id = top.id`,
        sql: `select a.id, a.title, '/aktiviteter/' || a.id as link, array[]::text[] as topics,
                     array[a.municipality_number] as municipalities, a.languages, a.search_vector as doc
                from activity a where a.status = 'PUBLISHED' and a.hidden_at is null`,
        params: [],
      },
      {
        type: SearchType.RESOURCE,
        body: `select summary from resource where id = top.id`,
        sql: `select r.id, r.title, '/ressurser/' || r.id as link,
                     array(select topic_slug from resource_topic where resource_id = r.id) as topics, array[]::text[] as municipalities,
                     r.languages, r.search_vector as doc
                from resource r where ${RESOURCE_VISIBLE_SQL}`,
        params: resourceVisibleParams(v),
      },
      {
        type: SearchType.ORGANISATION,
        body: `select description from organisation where id = top.id`,
        sql: `select o.id, o.name as title, '/organisasjoner/' || o.id as link,
                     array(select topic_slug from organisation_topic where organisation_id = o.id) as topics,
                     array(select municipality_number from organisation_municipality where organisation_id = o.id) as municipalities,
                     array[]::text[] as languages, o.search_vector as doc
                from organisation o`,
        params: [],
      },
      {
        // A handful of rounds a year: no index needed. The vector includes the scheme and the current guidelines.
        type: SearchType.GRANT_ROUND,
        body: `select coalesce(gl.body, s.description) from grant_round r join grant_scheme s on s.id = r.scheme_id
                 left join grant_guidelines gl on gl.round_id = r.id and gl.version = r.guidelines_version where r.id = top.id`,
        sql: `select r.id, r.title, '/tilskudd/runder/' || r.id as link, array[]::text[] as topics,
                     r.eligible_municipalities as municipalities, array[]::text[] as languages,
                     r.search_vector as doc
                from grant_round r where r.state <> 'DRAFT' or ?::boolean`,
        params: [v.isStaff],
      },
    ];
    if (v.signedIn) {
      branches.push({
        type: SearchType.MESSAGE,
        body: `select body from message where id = top.id`,
        sql: `select m.id, t.title, '/grupper/' || m.group_id || '/traader/' || m.thread_id as link, array[]::text[] as topics,
                     array[]::text[] as municipalities, array[]::text[] as languages, m.search_vector as doc
                from message m join thread t on t.id = m.thread_id join network_group g on g.id = m.group_id
               where m.deleted_at is null and m.hidden_at is null and (
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
   * The hits for the query, or, when it finds nothing and a corrected query ("mente du …?") does, the
   * corrected query's hits; `didYouMean` is offered whenever the correction finds something.
   */
  async search(query: string, filter: SearchFilter, first: number): Promise<SearchResults> {
    const q = query.trim();
    if (!q) throw UserInputError.field('query', 'search/query_required');
    if (q.length > 200) throw UserInputError.field('query', 'validation/search_too_long');
    const results = await this.run(q, filter, first);
    // With many hits the words are known, or a correction would rarely be wanted: no second look-up.
    const suggestion = results.totalCount < CORRECT_BELOW ? await this.correction(q) : null;
    // Object.assign, not a spread: docs/design.md, "Per-request code".
    if (!suggestion) return Object.assign(results, { didYouMean: null, showsDidYouMean: false });
    if (results.totalCount > 0) {
      // Offered only when it finds something the viewer may see.
      const corrected = await this.run(suggestion, filter, 0);
      return Object.assign(results, { didYouMean: corrected.totalCount > 0 ? suggestion : null, showsDidYouMean: false });
    }
    const corrected = await this.run(suggestion, filter, first);
    return corrected.totalCount > 0 ? Object.assign(corrected, { didYouMean: suggestion, showsDidYouMean: true }) : Object.assign(results, { didYouMean: null, showsDidYouMean: false });
  }

  /**
   * The query with each word the lexicon does not know (nor begins a known word with) replaced by the most
   * similar known word (pg_trgm), or null when every word is known or has nothing similar enough.
   */
  private async correction(q: string): Promise<string | null> {
    const words = [...new Set(q.toLowerCase().match(/\p{L}+/gu) ?? [])].filter((w) => w.length >= MIN_CORRECTED_LENGTH);
    if (!words.length) return null;
    const rows = await this.ctx.em.execute<{ word: string; best: string | null }[]>(...this.correctionStatement(words));
    const corrections = new Map(rows.filter((r) => r.best).map((r) => [r.word, r.best!.toLowerCase()]));
    if (!corrections.size) return null;
    return q.replace(/\p{L}+/gu, (w) => corrections.get(w.toLowerCase()) ?? w);
  }

  /** The statement that finds each unknown word's most similar known one (public for the plan test). */
  correctionStatement(words: string[]): [string, unknown[]] {
    return [
      `select w as word, (select s.word from search_word s where s.folded % search_fold(w) order by similarity(s.folded, search_fold(w)) desc, s.word limit 1) as best
         from unnest(?::text[]) w
        where not exists (select 1 from search_word s where s.folded like search_fold(w) || '%')`,
      [pgArray(words)], // letters only: nothing to quote
    ];
  }

  /**
   * Hits, the type facet and the three value facets in one statement: the matching rows of every branch are
   * found once (a materialized CTE, so full text is matched and ranked once), then counted five ways; the
   * texts are read for the page of hits only.
   */
  private async run(q: string, filter: SearchFilter, first: number) {
    const [row] = await this.ctx.em.execute<StatementRow[]>(...this.statement(await this.tsquery(q), filter, first));
    const types = filter.types?.length ? filter.types : null;
    const typeFacet = Object.values(SearchType).map((type) => ({ value: type, count: row!.types.find((t) => t.type === type)?.n ?? 0 }));
    return {
      hits: row!.hits.map((h) => ({ type: h.type, id: h.id, title: h.title, url: h.link, rank: h.rank, snippet: highlight(h.body) })),
      totalCount: typeFacet.filter((f) => !types || types.includes(f.value)).reduce((a, f) => a + f.count, 0),
      totalCountCapped: typeFacet.some((f) => f.count >= MAX_MATCHES_PER_TYPE && (!types || types.includes(f.value))),
      typeFacet,
      topicFacet: row!.topic,
      municipalityFacet: row!.municipality,
      languageFacet: row!.language,
    };
  }

  /** What someone typed as tsquery text; given to the statement as a constant, so every branch's GIN index applies. */
  async tsquery(q: string): Promise<string> {
    const [row] = await this.ctx.em.execute<{ tsquery: string }[]>(`select ${SEARCH_TSQUERY_SQL}::text as tsquery`, [q]);
    return row!.tsquery; // empty for a query of stop words only: it matches nothing
  }

  /** The search statement (public for the plan test). */
  statement(tsquery: string, filter: SearchFilter, first: number): [string, unknown[]] {
    const branches = this.branches();
    // Each branch is filtered inside, so its GIN index applies, then they are unioned.
    const matched = branches
      .map((b) => `select '${b.type}' as type, id, title, link, ts_rank(doc, ?::tsquery) as rank, topics, municipalities, languages
                      from (select * from (${b.sql}) x where doc @@ ?::tsquery limit ${MAX_MATCHES_PER_TYPE}) x`)
      .join(' union all ');
    const matchedParams = branches.flatMap((b) => [tsquery, ...b.params, tsquery]);

    // The conditions on matched rows (within a facet any chosen value matches, across facets all must); `except`
    // leaves one facet's own filter out.
    const types = filter.types?.length ? filter.types : null;
    const where = (opts: { types: boolean; except?: FacetKey }) => {
      const w = new Where();
      if (opts.types && types) w.add(`type = any(${w.array(types, 'text')})`);
      for (const key of Object.keys(FACET_COLUMNS) as FacetKey[]) {
        const values = chosen(filter, key);
        if (values.length && key !== opts.except) w.add(`${FACET_COLUMNS[key]}::text[] && ${w.array(values, 'text')}`);
      }
      return w;
    };
    const hitsWhere = where({ types: true });
    // The type facet counts every type the viewer can see, whatever types are chosen.
    const typesWhere = where({ types: false });
    const facetsWhere = (Object.keys(FACET_COLUMNS) as FacetKey[]).map((key) => ({ key, where: where({ types: true, except: key }) }));
    const valueFacet = (key: FacetKey, w: Where) =>
      `(select coalesce(json_agg(json_build_object('value', value, 'count', n) order by n desc, value), '[]')
          from (select value, count(*) as n from matched, unnest(${FACET_COLUMNS[key]}) as value where ${w} group by value order by n desc, value limit 50) f) as ${key}`;

    return [
      `with matched as materialized (${matched})
       select
         -- The snippet comes from the text (markdown marks stripped, and the title where the text begins with
         -- it), never from the title; made for the page of hits only. "offset 0" keeps the text a column of its
         -- own, read once per hit: pulled up into its uses, it was looked up twice per hit (and planned three times).
         (select coalesce(json_agg(json_build_object('type', type, 'id', id, 'title', title, 'link', link, 'rank', rank,
                   'body', ts_headline('${SEARCH_CONFIG}', case when lower(left(text, length(plain_title))) = lower(plain_title) then ltrim(substr(text, length(plain_title) + 1), ' .:-–—') else text end,
                                       ?::tsquery, 'StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2'))
                   order by rank desc, title asc), '[]')
            from (select *, ltrim(translate(regexp_replace(left(case type ${branches.map((b) => `when '${b.type}' then (${b.body})`).join(' ')} end, 5000), ?, '', 'g'), ?, '')) as text,
                         translate(title, ?, '') as plain_title
                    from (select * from matched where ${hitsWhere} order by rank desc, title asc limit ?) top offset 0) page) as hits,
         (select coalesce(json_agg(json_build_object('type', type, 'n', n)), '[]') from (select type, count(*) as n from matched where ${typesWhere} group by type) t) as types,
         ${facetsWhere.map((f) => valueFacet(f.key, f.where)).join(',\n         ')}`,
      [...matchedParams, tsquery, MARKDOWN_MARKS, MARKERS, MARKERS, ...hitsWhere.params, first, ...typesWhere.params, ...facetsWhere.flatMap((f) => f.where.params)],
    ];
  }
}

interface StatementRow {
  hits: HitRow[];
  types: { type: SearchType; n: number }[];
  topic: FacetValue[];
  municipality: FacetValue[];
  language: FacetValue[];
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
