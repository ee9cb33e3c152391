import { Migration } from '@mikro-orm/migrations';

/**
 * Search that forgives: accent folding (`unaccent`: "sprakkafe" finds "Språkkafé") before the Norwegian
 * stemmer, stored search vectors kept by triggers (title weighted above category and language names, above the
 * text) with GIN indexes, and a lexicon of the words in public texts with a trigram index for "mente du …?".
 * The vectors are stored columns that the ORM never selects (lazy); `select *` list queries still carry them.
 */
const CATEGORY_NAMES: Record<string, string> = {
  LANGUAGE_CAFE: 'Språkkafé Language café',
  HOMEWORK_HELP: 'Leksehjelp Homework help',
  MENTORING: 'Mentorordning Mentoring',
  SPORTS_OUTDOOR: 'Sport og friluftsliv Sports and outdoors',
  WOMENS_GROUP: 'Kvinnegruppe Women’s group',
  JOB_SEEKING: 'Jobbsøking Job seeking',
  CULTURE: 'Kultur Culture',
  CHILDREN_FAMILY: 'Barn og familie Children and families',
  COUNSELLING: 'Rådgivning Rådgiving Counselling',
  OTHER: '',
};

/** Names (bokmål, nynorsk where different, English) of the languages activities, events and resources are in. */
const LANGUAGE_NAMES: Record<string, string> = {
  no: 'norsk Norwegian', nb: 'norsk bokmål Norwegian', nn: 'norsk nynorsk Norwegian', se: 'samisk nordsamisk Sami',
  en: 'engelsk English', ar: 'arabisk Arabic', uk: 'ukrainsk Ukrainian', ru: 'russisk Russian', so: 'somali somalisk Somali',
  ti: 'tigrinja Tigrinya', am: 'amharisk Amharic', fa: 'persisk farsi Persian', prs: 'dari Dari', ps: 'pashto Pashto',
  ku: 'kurdisk Kurdish', ckb: 'sorani kurdisk Kurdish', kmr: 'kurmanji kurdisk Kurdish', tr: 'tyrkisk Turkish', ur: 'urdu Urdu',
  pl: 'polsk Polish', lt: 'litauisk Lithuanian', ro: 'rumensk Romanian', es: 'spansk Spanish', fr: 'fransk French', de: 'tysk German',
  sv: 'svensk Swedish', da: 'dansk Danish', th: 'thai Thai', vi: 'vietnamesisk Vietnamese', zh: 'kinesisk Chinese', my: 'burmesisk Burmese',
  ta: 'tamil Tamil', sw: 'swahili Swahili', hi: 'hindi Hindi', bs: 'bosnisk Bosnian', sq: 'albansk Albanian', uz: 'usbekisk Uzbek',
};

/** What separates words: anything but letters (Latin, Greek, Cyrillic, Arabic, Ethiopic). Spelled out because
 * the embedded cluster's C locale makes [:alpha:] ASCII only (and lower() leaves Å and É as they are). */
const NOT_LETTERS = '[^a-zA-ZÀ-ÖØ-öø-ɏͰ-ϿЀ-ӿ؀-ۿሀ-፿]+';

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
const cases = (names: Record<string, string>) => Object.entries(names).map(([k, v]) => `when ${quote(k)} then ${quote(v)}`).join(' ');

/** Each table's vector: [weight, SQL over `new`] parts; the lexicon learns from the public texts. */
const TABLES: { table: string; parts: [string, string][]; learn: string | null; columns: string }[] = [
  {
    table: 'activity',
    parts: [['A', 'new.title'], ['B', `search_category_names(new.category) || ' ' || search_language_names(new.languages)`], ['C', 'new.description']],
    learn: `new.title || ' ' || new.description`,
    columns: 'title, description, category, languages',
  },
  {
    table: 'event',
    parts: [['A', 'new.title'], ['B', 'search_language_names(array[new.language])'], ['C', 'new.description']],
    learn: `new.title || ' ' || new.description`,
    columns: 'title, description, language',
  },
  {
    table: 'resource',
    parts: [['A', 'new.title'], ['B', 'search_language_names(new.languages)'], ['C', 'new.summary']],
    learn: `new.title || ' ' || new.summary`,
    columns: 'title, summary, languages',
  },
  { table: 'organisation', parts: [['A', 'new.name'], ['C', 'new.description']], learn: `new.name || ' ' || new.description`, columns: 'name, description' },
  // Group messages are private to their groups: searchable, but never words in the lexicon.
  { table: 'message', parts: [['C', 'new.body']], learn: null, columns: 'body' },
];

export class Migration20261205170000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create extension if not exists unaccent;`);
    this.addSql(`create extension if not exists pg_trgm;`);
    // unaccent() is only stable (it looks its dictionary up by name): this wrapper names it, so it can be immutable.
    this.addSql(`create function search_fold(text) returns text language sql immutable parallel safe strict as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;`);
    this.addSql(`create text search configuration norwegian_folded (copy = pg_catalog.norwegian);`);
    this.addSql(`alter text search configuration norwegian_folded alter mapping for asciiword, asciihword, hword_asciipart, word, hword, hword_part with unaccent, norwegian_stem;`);
    this.addSql(`create function search_category_names(text) returns text language sql immutable parallel safe as $$ select case $1 ${cases(CATEGORY_NAMES)} else '' end $$;`);
    this.addSql(`create function search_language_names(text[]) returns text language sql immutable parallel safe as $$ select coalesce(string_agg(case c ${cases(LANGUAGE_NAMES)} else '' end, ' '), '') from unnest($1) c $$;`);

    this.addSql(`create table "search_word" ("folded" text not null, "word" text not null, constraint "search_word_pkey" primary key ("folded"));`);
    this.addSql(`create index "search_word_trgm" on "search_word" using gin ("folded" gin_trgm_ops) with (fastupdate = off);`);
    // New words only, under one lock: concurrent writers never wait on each other's words in opposite orders.
    this.addSql(`create function search_learn(body text) returns void language plpgsql as $$
      begin
        if exists (select 1 from regexp_split_to_table(lower(left(body, 20000)), '${NOT_LETTERS}') w
                    where length(w) between 3 and 40 and not exists (select 1 from search_word s where s.folded = search_fold(w))) then
          perform pg_advisory_xact_lock(hashtext('search_word'));
          insert into search_word (folded, word)
          select distinct on (search_fold(w)) search_fold(w), w from regexp_split_to_table(lower(left(body, 20000)), '${NOT_LETTERS}') w
           where length(w) between 3 and 40 order by search_fold(w), w
          on conflict do nothing;
        end if;
      end $$;`);
    this.addSql(`insert into search_word (folded, word) select distinct on (search_fold(w)) search_fold(w), w
                   from (values ${[...Object.values(CATEGORY_NAMES), ...Object.values(LANGUAGE_NAMES)].map((v) => `(${quote(v)})`).join(', ')}) v(t),
                        regexp_split_to_table(lower(t), '${NOT_LETTERS}') w where length(w) >= 3 order by search_fold(w), w on conflict do nothing;`);

    for (const t of TABLES) {
      const vector = t.parts.map(([weight, sql]) => `setweight(to_tsvector('norwegian_folded', ${sql}), '${weight}')`).join(' || ');
      this.addSql(`alter table "${t.table}" add column "search_vector" tsvector null;`);
      this.addSql(`create function ${t.table}_search_vector() returns trigger language plpgsql as $$
        begin
          new.search_vector := ${vector};${t.learn ? `\n          perform search_learn(${t.learn});` : ''}
          return new;
        end $$;`);
      this.addSql(`create trigger ${t.table}_search_vector before insert or update of ${t.columns} on "${t.table}" for each row execute function ${t.table}_search_vector();`);
      this.addSql(`update "${t.table}" set ${t.columns.split(', ')[0]} = ${t.columns.split(', ')[0]};`);
      this.addSql(`drop index if exists "${t.table}_search";`);
      // Without the pending list: searches never read unmerged entries, so plans stay on the index after bulk writes.
      // Messages keep it: they arrive all day, and each post would otherwise update the index inline.
      this.addSql(`create index "${t.table}_search" on "${t.table}" using gin ("search_vector")${t.table === 'message' ? '' : ' with (fastupdate = off)'};`);
    }
  }

  override async down(): Promise<void> {
    for (const t of TABLES) {
      this.addSql(`drop trigger if exists ${t.table}_search_vector on "${t.table}";`);
      this.addSql(`drop function if exists ${t.table}_search_vector();`);
      this.addSql(`drop index if exists "${t.table}_search";`);
      this.addSql(`alter table "${t.table}" drop column if exists "search_vector";`);
    }
    for (const [table, expr] of [['activity', `"title" || ' ' || "description"`], ['event', `"title" || ' ' || "description"`], ['resource', `"title" || ' ' || "summary"`], ['organisation', `"name" || ' ' || "description"`], ['message', '"body"']]) {
      this.addSql(`create index "${table}_search" on "${table}" using gin (to_tsvector('norwegian', ${expr}));`);
    }
    this.addSql(`drop function if exists search_learn(text);`);
    this.addSql(`drop table if exists "search_word" cascade;`);
    this.addSql(`drop function if exists search_language_names(text[]);`);
    this.addSql(`drop function if exists search_category_names(text);`);
    this.addSql(`drop text search configuration if exists norwegian_folded;`);
    this.addSql(`drop function if exists search_fold(text);`);
  }

}
