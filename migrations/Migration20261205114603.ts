import { Migration } from '@mikro-orm/migrations';

export class Migration20261205114603 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "mail_outbox" ("id" bigserial primary key, "recipient" text not null, "subject" text not null, "text" text not null, "html" text null, "headers" jsonb not null default '{}', "attempts" int not null default 0, "created_at" timestamptz not null default now(), "next_attempt_at" timestamptz not null default now(), "failed_at" timestamptz null, "last_error" text null);`);
    this.addSql(`create index "mail_outbox_due" on "mail_outbox" ("next_attempt_at") where "failed_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mail_outbox" cascade;`);
  }

}
