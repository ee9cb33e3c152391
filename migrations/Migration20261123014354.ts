import { Migration } from '@mikro-orm/migrations';

/** Activities of voluntary organisations (recurring schedules, catalogue search) and offers to help. */
export class Migration20261123014354 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "activity" ("id" uuid not null, "organisation_id" uuid not null, "title" varchar(200) not null, "description" text not null default '', "description_html" text not null default '', "category" text check ("category" in ('LANGUAGE_CAFE', 'HOMEWORK_HELP', 'MENTORING', 'SPORTS_OUTDOOR', 'WOMENS_GROUP', 'JOB_SEEKING', 'CULTURE', 'CHILDREN_FAMILY', 'COUNSELLING', 'OTHER')) not null, "municipality_number" varchar(4) not null, "address" varchar(300) null, "rrule" varchar(200) not null, "start_date" date not null, "start_time" varchar(5) not null, "end_time" varchar(5) not null, "weekdays" text[] not null default '{}', "next_occurrence_at" timestamptz null, "drop_in" boolean not null default true, "languages" text[] not null default '{}', "target_groups" text[] not null default '{}', "age_min" smallint null, "age_max" smallint null, "free" boolean not null default true, "cost" varchar(200) null, "accessibility" text null, "contact_name" varchar(120) null, "contact_email" varchar(254) null, "contact_phone" varchar(40) null, "status" text check ("status" in ('DRAFT', 'PUBLISHED', 'PAUSED', 'ARCHIVED')) not null, "last_confirmed_at" timestamptz not null, "stale_reminder_sent_at" timestamptz null, "created_by_id" uuid null, "created_at" timestamptz not null, constraint "activity_pkey" primary key ("id"));`);
    this.addSql(`create index "activity_organisation_id_index" on "activity" ("organisation_id");`);
    this.addSql(`create index "activity_category_index" on "activity" ("category");`);
    this.addSql(`create index "activity_municipality_number_index" on "activity" ("municipality_number");`);
    this.addSql(`create index "activity_status_next_occurrence_at_index" on "activity" ("status", "next_occurrence_at");`);
    this.addSql(`create index "activity_search" on "activity" using gin (to_tsvector('norwegian', "title" || ' ' || "description"));`);

    this.addSql(`create table "volunteer_interest" ("id" uuid not null, "activity_id" uuid not null, "user_id" uuid not null, "message" text not null default '', "status" text check ("status" in ('PENDING', 'ACCEPTED', 'DECLINED')) not null default 'PENDING', "created_at" timestamptz not null, "answered_at" timestamptz null, "reminder_sent_at" timestamptz null, constraint "volunteer_interest_pkey" primary key ("id"));`);
    this.addSql(`create index "volunteer_interest_activity_id_index" on "volunteer_interest" ("activity_id");`);

    this.addSql(`alter table "activity" add constraint "activity_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "activity" add constraint "activity_municipality_number_foreign" foreign key ("municipality_number") references "municipality" ("number") on update cascade;`);
    this.addSql(`alter table "activity" add constraint "activity_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "volunteer_interest" add constraint "volunteer_interest_activity_id_foreign" foreign key ("activity_id") references "activity" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "volunteer_interest" add constraint "volunteer_interest_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notification_preference" drop constraint if exists "notification_preference_type_check";`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_type_check";`);

    this.addSql(`alter table "notification_preference" add constraint "notification_preference_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT', 'NEW_EVENT', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'EVENT_MESSAGE', 'VOLUNTEER_INTEREST', 'VOLUNTEER_ANSWERED', 'ACTIVITY_STALE'));`);

    this.addSql(`alter table "notification" add constraint "notification_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT', 'NEW_EVENT', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'EVENT_MESSAGE', 'VOLUNTEER_INTEREST', 'VOLUNTEER_ANSWERED', 'ACTIVITY_STALE'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "volunteer_interest" drop constraint "volunteer_interest_activity_id_foreign";`);

    this.addSql(`drop table if exists "activity" cascade;`);

    this.addSql(`drop table if exists "volunteer_interest" cascade;`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_type_check";`);

    this.addSql(`alter table "notification_preference" drop constraint if exists "notification_preference_type_check";`);

    this.addSql(`alter table "notification" add constraint "notification_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT', 'NEW_EVENT', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'EVENT_MESSAGE'));`);

    this.addSql(`alter table "notification_preference" add constraint "notification_preference_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT', 'NEW_EVENT', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'EVENT_MESSAGE'));`);
  }

}
