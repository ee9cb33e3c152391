import { Migration } from '@mikro-orm/migrations';

/**
 * A grant round's search vector is stored, as the other searched tables' are (Migration20261205170000.ts):
 * search used to run `to_tsvector` over the round's title, its scheme and the whole current guidelines on every
 * query (0.4 of 1.8 ms of a search statement on the demo data). The text lives in three tables, so three triggers
 * keep it: the round's own (title, scheme or guidelines version changed), and the scheme's and the guidelines'
 * (their text changed), which touch the rounds concerned so the round's trigger computes it again.
 */
export class Migration20261207200000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "grant_round" add column "search_vector" tsvector null;`);
    this.addSql(`create function grant_round_search_vector() returns trigger language plpgsql as $$
      begin
        select setweight(to_tsvector('norwegian_folded', new.title), 'A')
            || setweight(to_tsvector('norwegian_folded', s.name), 'B')
            || setweight(to_tsvector('norwegian_folded', s.description || ' ' || coalesce(gl.body, '')), 'C')
          into new.search_vector
          from grant_scheme s left join grant_guidelines gl on gl.round_id = new.id and gl.version = new.guidelines_version
         where s.id = new.scheme_id;
        return new;
      end $$;`);
    this.addSql(`create trigger grant_round_search_vector before insert or update of title, scheme_id, guidelines_version on "grant_round" for each row execute function grant_round_search_vector();`);
    this.addSql(`create function grant_text_changed() returns trigger language plpgsql as $$
      begin
        if tg_table_name = 'grant_scheme' then
          update grant_round set title = title where scheme_id = new.id;
        else
          update grant_round set title = title where id = new.round_id and guidelines_version = new.version;
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger grant_text_changed after update of name, description on "grant_scheme" for each row execute function grant_text_changed();`);
    this.addSql(`create trigger grant_text_changed after insert or update of body, version, round_id on "grant_guidelines" for each row execute function grant_text_changed();`);
    this.addSql(`update "grant_round" set title = title;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists grant_text_changed on "grant_guidelines";`);
    this.addSql(`drop trigger if exists grant_text_changed on "grant_scheme";`);
    this.addSql(`drop function if exists grant_text_changed();`);
    this.addSql(`drop trigger if exists grant_round_search_vector on "grant_round";`);
    this.addSql(`drop function if exists grant_round_search_vector();`);
    this.addSql(`alter table "grant_round" drop column if exists "search_vector";`);
  }

}
