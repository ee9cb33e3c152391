import { Migration } from '@mikro-orm/migrations';

/** One unread REPLY notification per person and thread (notify() inserts with ON CONFLICT DO NOTHING). Earlier
 * unread duplicates are marked read first, keeping each person's newest one per thread. */
export class Migration20261123175203 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`update "notification" n set "read_at" = now()
      where n."read_at" is null and n."type" = 'REPLY'
        and exists (select 1 from "notification" newer
                     where newer."user_id" = n."user_id" and newer."read_at" is null and newer."type" = 'REPLY'
                       and newer."data"->>'threadId' = n."data"->>'threadId'
                       and (newer."created_at", newer."id") > (n."created_at", n."id"));`);
    this.addSql(`create unique index "notification_unread_reply" on "notification" ("user_id", ("data"->>'threadId')) where "read_at" is null and "type" = 'REPLY';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "notification_unread_reply";`);
  }

}
