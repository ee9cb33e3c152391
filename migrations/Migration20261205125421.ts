import { Migration } from '@mikro-orm/migrations';

export class Migration20261205125421 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "evaluation_response" ("id" uuid not null, "event_id" uuid not null, "registration_id" uuid not null, "answers" jsonb not null, "created_at" timestamptz not null, constraint "evaluation_response_pkey" primary key ("id"));`);
    this.addSql(`alter table "evaluation_response" add constraint "evaluation_response_registration_id_unique" unique ("registration_id");`);

    this.addSql(`alter table "evaluation_response" add constraint "evaluation_response_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "evaluation_response" add constraint "evaluation_response_registration_id_foreign" foreign key ("registration_id") references "registration" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "event" add column "evaluation_status" text check ("evaluation_status" in ('NONE', 'READY', 'OPEN', 'CLOSED')) not null default 'NONE', add column "evaluation_questions" jsonb not null default '[]', add column "materials_notified_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "evaluation_response" cascade;`);

    this.addSql(`alter table "event" drop column "evaluation_status", drop column "evaluation_questions", drop column "materials_notified_at";`);
  }

}
