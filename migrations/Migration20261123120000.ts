import { Migration } from '@mikro-orm/migrations';

/** A deleted session (logout, logout everywhere, password reset, account deletion) is announced on commit, so
 * every server process closes the WebSockets opened with it and their subscriptions end at once. */
export class Migration20261123120000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create function session_ended_notify() returns trigger language plpgsql as $$
      begin
        perform pg_notify('session_ended', old.token_hash);
        return old;
      end $$;`);
    this.addSql(`create trigger session_ended after delete on "session" for each row execute function session_ended_notify();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists session_ended on "session";`);
    this.addSql(`drop function if exists session_ended_notify();`);
  }

}
