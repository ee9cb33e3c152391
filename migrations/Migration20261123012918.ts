import { Migration } from '@mikro-orm/migrations';

/** Events with registrations (seats and waitlist), follows of topics and municipalities. */
export class Migration20261123012918 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "follow" ("id" uuid not null, "user_id" uuid not null, "topic_slug" varchar(64) null, "municipality_number" varchar(4) null, constraint "follow_pkey" primary key ("id"));`);
    this.addSql(`create index "follow_user_id_index" on "follow" ("user_id");`);

    this.addSql(`create table "event" ("id" uuid not null, "organisation_id" uuid not null, "title" varchar(200) not null, "description" text not null default '', "description_html" text not null default '', "kind" text check ("kind" in ('WEBINAR', 'SEMINAR', 'NETWORK_MEETING', 'INFO_MEETING', 'COURSE', 'OTHER')) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "mode" text check ("mode" in ('ONLINE', 'IN_PERSON', 'HYBRID')) not null, "venue_name" varchar(200) null, "venue_address" varchar(300) null, "meeting_url" varchar(500) null, "audience" text[] not null default '{}', "language" varchar(10) not null default 'nb', "capacity" int null, "registration_required" boolean not null default true, "registration_opens_at" timestamptz null, "registration_closes_at" timestamptz null, "status" text check ("status" in ('DRAFT', 'PUBLISHED', 'CANCELLED')) not null, "series_id" uuid null, "recording_url" varchar(500) null, "materials" text not null default '', "materials_html" text not null default '', "confirmed_count" int not null default 0, "waitlist_count" int not null default 0, "cancel_reason" text null, "created_by_id" uuid null, "created_at" timestamptz not null, constraint "event_pkey" primary key ("id"));`);
    this.addSql(`create index "event_organisation_id_index" on "event" ("organisation_id");`);
    this.addSql(`create index "event_series_id_index" on "event" ("series_id");`);
    this.addSql(`create index "event_status_starts_at_index" on "event" ("status", "starts_at");`);

    this.addSql(`create table "registration" ("id" uuid not null, "seq" bigserial, "event_id" uuid not null, "user_id" uuid null, "guest_name" varchar(120) null, "guest_email" varchar(254) null, "guest_email_confirmed" boolean not null default false, "token_hash" varchar(64) null, "status" text check ("status" in ('CONFIRMED', 'WAITLISTED', 'CANCELLED')) not null, "created_at" timestamptz not null, "cancelled_at" timestamptz null, constraint "registration_pkey" primary key ("id"));`);
    this.addSql(`alter table "registration" add constraint "registration_seq_unique" unique ("seq");`);
    this.addSql(`create index "registration_user_id_index" on "registration" ("user_id");`);
    this.addSql(`create index "registration_token_hash_index" on "registration" ("token_hash");`);
    this.addSql(`create unique index "registration_active_guest" on "registration" ("event_id", lower("guest_email")) where "status" <> 'CANCELLED' and "guest_email" is not null;`);
    this.addSql(`create unique index "registration_active_user" on "registration" ("event_id", "user_id") where "status" <> 'CANCELLED' and "user_id" is not null;`);
    this.addSql(`create index "registration_event_id_status_seq_index" on "registration" ("event_id", "status", "seq");`);

    this.addSql(`create table "event_topic" ("event_id" uuid not null, "topic_slug" varchar(64) not null, constraint "event_topic_pkey" primary key ("event_id", "topic_slug"));`);

    this.addSql(`create table "event_municipality" ("event_id" uuid not null, "municipality_number" varchar(4) not null, constraint "event_municipality_pkey" primary key ("event_id", "municipality_number"));`);

    this.addSql(`alter table "follow" add constraint "follow_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "follow" add constraint "follow_topic_slug_foreign" foreign key ("topic_slug") references "topic" ("slug") on update cascade on delete cascade;`);
    this.addSql(`alter table "follow" add constraint "follow_municipality_number_foreign" foreign key ("municipality_number") references "municipality" ("number") on update cascade on delete cascade;`);

    this.addSql(`alter table "event" add constraint "event_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "event" add constraint "event_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "registration" add constraint "registration_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "registration" add constraint "registration_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "event_topic" add constraint "event_topic_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "event_topic" add constraint "event_topic_topic_slug_foreign" foreign key ("topic_slug") references "topic" ("slug") on update cascade on delete cascade;`);

    this.addSql(`alter table "event_municipality" add constraint "event_municipality_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "event_municipality" add constraint "event_municipality_municipality_number_foreign" foreign key ("municipality_number") references "municipality" ("number") on update cascade on delete cascade;`);

    this.addSql(`alter table "notification_preference" drop constraint if exists "notification_preference_type_check";`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_type_check";`);

    this.addSql(`alter table "notification_preference" add constraint "notification_preference_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT', 'NEW_EVENT', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'EVENT_MESSAGE'));`);

    this.addSql(`alter table "notification" add constraint "notification_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT', 'NEW_EVENT', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'EVENT_MESSAGE'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "registration" drop constraint "registration_event_id_foreign";`);

    this.addSql(`alter table "event_topic" drop constraint "event_topic_event_id_foreign";`);

    this.addSql(`alter table "event_municipality" drop constraint "event_municipality_event_id_foreign";`);

    this.addSql(`drop table if exists "follow" cascade;`);

    this.addSql(`drop table if exists "event" cascade;`);

    this.addSql(`drop table if exists "registration" cascade;`);

    this.addSql(`drop table if exists "event_topic" cascade;`);

    this.addSql(`drop table if exists "event_municipality" cascade;`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_type_check";`);

    this.addSql(`alter table "notification_preference" drop constraint if exists "notification_preference_type_check";`);

    this.addSql(`alter table "notification" add constraint "notification_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT'));`);

    this.addSql(`alter table "notification_preference" add constraint "notification_preference_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT'));`);
  }

}
