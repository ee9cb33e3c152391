import { Migration } from '@mikro-orm/migrations';

/**
 * Every change to what a session's viewer is read from (the user, their memberships, the session itself) is
 * announced on commit with the user's id, whatever made it (a service, a cascade from a deleted account or
 * organisation, a script): each server process drops the session rows it keeps of that user
 * (server/src/common/auth/session-cache.ts). A new session needs no announcement: it was never kept.
 */
export class Migration20261207100000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create function viewer_changed_notify() returns trigger language plpgsql as $$
      begin
        if tg_table_name = 'app_user' then
          perform pg_notify('viewer_changed', old.id::text);
        else
          if tg_op <> 'INSERT' then perform pg_notify('viewer_changed', old.user_id::text); end if;
          if tg_op <> 'DELETE' then perform pg_notify('viewer_changed', new.user_id::text); end if;
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger viewer_changed after update or delete on "app_user" for each row execute function viewer_changed_notify();`);
    this.addSql(`create trigger viewer_changed after insert or update or delete on "membership" for each row execute function viewer_changed_notify();`);
    this.addSql(`create trigger viewer_changed after update or delete on "session" for each row execute function viewer_changed_notify();`);
  }

  override async down(): Promise<void> {
    for (const table of ['app_user', 'membership', 'session']) this.addSql(`drop trigger if exists viewer_changed on "${table}";`);
    this.addSql(`drop function if exists viewer_changed_notify();`);
  }

}
