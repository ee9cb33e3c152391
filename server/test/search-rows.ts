/**
 * Searchable rows in bulk for the search benchmark (bench/search.ts) and the plan test: activities, events,
 * resources and organisations with titles and texts from a Norwegian vocabulary, so that a query matches from
 * a handful to a few per cent of the rows, as on the real platform. Written in SQL: the triggers keep the
 * search vectors and the lexicon, as for rows written through the API.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

const ACTIVITIES: [string, string][] = [
  ['Språkkafé', 'LANGUAGE_CAFE'], ['Leksehjelp', 'HOMEWORK_HELP'], ['Mattehjelp', 'HOMEWORK_HELP'], ['Norsktrening', 'LANGUAGE_CAFE'],
  ['Jobbsøkerkafé', 'JOB_SEEKING'], ['Kvinnegruppe', 'WOMENS_GROUP'], ['Familiekafé', 'CHILDREN_FAMILY'], ['Flyktningguide', 'MENTORING'],
  ['Svømmeopplæring', 'SPORTS_OUTDOOR'], ['Fotballtrening', 'SPORTS_OUTDOOR'], ['Strikkekafé', 'CULTURE'], ['Samtalegruppe', 'COUNSELLING'],
  ['Sykkelkurs', 'SPORTS_OUTDOOR'], ['Matlaging', 'CULTURE'], ['Turgruppe', 'SPORTS_OUTDOOR'], ['Datakurs', 'JOB_SEEKING'],
  ['Lekegruppe', 'CHILDREN_FAMILY'], ['Bokklubb', 'CULTURE'], ['Korøvelse', 'CULTURE'], ['Mentorordning', 'MENTORING'],
];
const PLACES = ['Skien', 'Porsgrunn', 'Bamble', 'Kragerø', 'Notodden', 'Bø', 'Seljord', 'Tinn', 'Vinje', 'Drangedal', 'Nome', 'Hjartdal', 'Fyresdal', 'Tokke', 'Kviteseid', 'Nissedal', 'Siljan', 'Langesund', 'Stathelle', 'Rjukan'];
const SENTENCES = [
  'Øv på norsk over en kopp kaffe.', 'Frivillige hjelper med lekser og matte etter skolen.', 'Et trygt sted å møtes for nye innbyggere.',
  'Vi lager mat sammen og snakker norsk.', 'Hjelp med CV, søknader og intervjutrening.', 'Velkommen til flyktninger og familier.',
  'Påmelding er ikke nødvendig, bare møt opp.', 'Vi samarbeider med NAV og kommunen.', 'Ta med barna, vi har lek og aktiviteter.',
  'Tolk kan bestilles ved behov.', 'Gratis for alle deltakere.',
];
const EVENTS = ['Nettverkssamling', 'Webinar om bosetting', 'Fagdag om kvalifisering', 'Erfaringsseminar', 'Konferanse om integrering', 'Kurs i traumebevisst omsorg', 'Dialogmøte om negativ sosial kontroll', 'Informasjonsmøte om introduksjonsprogrammet'];
const THEMES = ['bosetting', 'arbeid', 'språkopplæring', 'helse', 'barnehage', 'bolig', 'frivillighet', 'ukrainske flyktninger', 'kvalifisering', 'foreldrerollen'];
const LANGUAGES = ['ar', 'uk', 'so', 'ti', 'fa', 'en'];

/** Inserts `total` rows (half activities, a fifth events, the rest resources and organisations) for `organisationId`. */
export async function insertSearchRows(em: EntityManager, organisationId: string, total: number): Promise<void> {
  const conn = em.getConnection();
  const n = { activity: Math.round(total * 0.5), event: Math.round(total * 0.2), resource: Math.round(total * 0.15) };
  const organisations = total - n.activity - n.event - n.resource;
  const arr = (xs: readonly string[]) => `{${xs.map((x) => `"${x}"`).join(',')}}`;
  const pick = (param: number, index: string) => `(?::text[])[1 + (${index}) % ${param}]`;
  const text = `${pick(SENTENCES.length, 'g')} || ' ' || ${pick(SENTENCES.length, 'g / 7')}`;
  await conn.execute(
    `insert into activity (id, organisation_id, title, description, category, municipality_number, rrule, start_date, start_time, end_time, languages, status, last_confirmed_at, created_at)
     select gen_random_uuid(), ?, a.title || ' i ' || ${pick(PLACES.length, 'g / 20')} || ' ' || g, ${text}, a.category,
            (select array_agg(number order by number) from municipality)[1 + g % (select count(*) from municipality)::int],
            'FREQ=WEEKLY;BYDAY=TU', '2026-01-06', '18:00', '20:00', array['no', ${pick(LANGUAGES.length, 'g / 3')}], 'PUBLISHED', now(), now()
       from generate_series(1, ?) g, lateral (select (?::text[])[1 + g % 20] as title, (?::text[])[1 + g % 20] as category) a`,
    [organisationId, arr(PLACES), arr(SENTENCES), arr(SENTENCES), arr(LANGUAGES), n.activity, arr(ACTIVITIES.map((a) => a[0])), arr(ACTIVITIES.map((a) => a[1]))],
  );
  await conn.execute(
    `insert into event (id, organisation_id, title, description, kind, mode, starts_at, ends_at, status, language, created_at)
     select gen_random_uuid(), ?, ${pick(EVENTS.length, 'g')} || ': ' || ${pick(THEMES.length, 'g / 8')} || ' ' || g, ${text},
            'SEMINAR', 'ONLINE', now() + g * interval '1 hour', now() + g * interval '1 hour' + interval '2 hours', 'PUBLISHED', 'nb', now()
       from generate_series(1, ?) g`,
    [organisationId, arr(EVENTS), arr(THEMES), arr(SENTENCES), arr(SENTENCES), n.event],
  );
  await conn.execute(
    `insert into resource (id, organisation_id, title, summary, kind, access, languages, created_at)
     select gen_random_uuid(), ?, 'Veileder om ' || ${pick(THEMES.length, 'g')} || ' ' || g, ${text}, 'GUIDE', 'PUBLIC', array['nb', ${pick(LANGUAGES.length, 'g / 10')}], now()
       from generate_series(1, ?) g`,
    [organisationId, arr(THEMES), arr(SENTENCES), arr(SENTENCES), arr(LANGUAGES), n.resource],
  );
  await conn.execute(
    `insert into organisation (id, name, kind, description, created_at)
     select gen_random_uuid(), ${pick(PLACES.length, 'g')} || ' ' || ${pick(THEMES.length, 'g / 20')} || 'sforening ' || g, 'VOLUNTARY', ${text}, now()
       from generate_series(1, ?) g`,
    [arr(PLACES), arr(THEMES), arr(SENTENCES), arr(SENTENCES), organisations],
  );
}

/**
 * Words for the lexicon as many as a real platform's texts hold (the generated rows repeat a small vocabulary):
 * `count` made-up words of 5–12 letters.
 */
export async function insertLexiconWords(em: EntityManager, count: number): Promise<void> {
  await em.getConnection().execute(
    `insert into search_word (folded, word)
     select search_fold(w), w from (select string_agg(substr('abdefghijklmnoprstuvyæøå', 1 + (abs(hashtext(g || ':' || i)) % 24), 1), '') as w
                         from generate_series(1, ?) g, generate_series(1, 5 + g % 8) i group by g) x
     on conflict do nothing`,
    [count],
  );
}
