import { Migration } from '@mikro-orm/migrations';

export class Migration20261205191247 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "moderation_report" ("id" uuid not null, "content_type" text check ("content_type" in ('MESSAGE', 'RESOURCE', 'ACTIVITY', 'EVENT')) not null, "content_id" uuid not null, "group_id" uuid null, "reporter_id" uuid null, "reason" varchar(1000) not null, "state" text check ("state" in ('OPEN', 'RESOLVED', 'DISMISSED')) not null default 'OPEN', "created_at" timestamptz not null, "closed_at" timestamptz null, "closed_by_id" uuid null, constraint "moderation_report_pkey" primary key ("id"));`);
    this.addSql(`create index "moderation_report_content_id_index" on "moderation_report" ("content_id");`);
    this.addSql(`create unique index "moderation_report_open_once" on "moderation_report" ("reporter_id", "content_id") where "state" = 'OPEN';`);
    this.addSql(`create index "moderation_report_group_id_state_index" on "moderation_report" ("group_id", "state");`);
    this.addSql(`create index "moderation_report_state_created_at_index" on "moderation_report" ("state", "created_at");`);

    this.addSql(`alter table "moderation_report" add constraint "moderation_report_reporter_id_foreign" foreign key ("reporter_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "moderation_report" add constraint "moderation_report_closed_by_id_foreign" foreign key ("closed_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "app_user" add column "suspended_at" timestamptz null, add column "suspension_reason" varchar(500) null;`);

    this.addSql(`alter table "message" add column "hidden_at" timestamptz null, add column "hidden_reason" varchar(500) null;`);

    this.addSql(`alter table "event" add column "hidden_at" timestamptz null, add column "hidden_reason" varchar(500) null;`);

    this.addSql(`alter table "resource" add column "hidden_at" timestamptz null, add column "hidden_reason" varchar(500) null;`);

    this.addSql(`alter table "activity" add column "hidden_at" timestamptz null, add column "hidden_reason" varchar(500) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "moderation_report" cascade;`);

    this.addSql(`alter table "activity" drop column "hidden_at", drop column "hidden_reason";`);

    this.addSql(`alter table "app_user" drop column "suspended_at", drop column "suspension_reason";`);

    this.addSql(`alter table "event" drop column "hidden_at", drop column "hidden_reason";`);

    this.addSql(`alter table "message" drop column "hidden_at", drop column "hidden_reason";`);

    this.addSql(`alter table "resource" drop column "hidden_at", drop column "hidden_reason";`);
  }

}
