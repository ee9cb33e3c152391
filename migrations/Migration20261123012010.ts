import { Migration } from '@mikro-orm/migrations';

/** The change feed (change_event), network groups with threads, messages and read markers, the notification inbox, announcements. */
export class Migration20261123012010 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "change_event" ("id" bigserial primary key, "topic" varchar(120) not null, "type" varchar(60) not null, "payload" jsonb not null, "actor_id" uuid null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "change_event_topic_id_index" on "change_event" ("topic", "id");`);

    this.addSql(`create table "notification_preference" ("user_id" uuid not null, "type" text check ("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT')) not null, "channel" text check ("channel" in ('IN_APP', 'EMAIL', 'OFF')) not null, constraint "notification_preference_pkey" primary key ("user_id", "type"));`);

    this.addSql(`create table "notification_digest" ("user_id" uuid not null, "last_sent_at" timestamptz not null, constraint "notification_digest_pkey" primary key ("user_id"));`);

    this.addSql(`create table "notification" ("id" uuid not null, "user_id" uuid not null, "type" text check ("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT')) not null, "data" jsonb not null, "read_at" timestamptz null, "email_wanted" boolean not null default false, "emailed_at" timestamptz null, "created_at" timestamptz not null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_user_id_created_at_index" on "notification" ("user_id", "created_at");`);

    this.addSql(`create table "network_group" ("id" uuid not null, "name" varchar(120) not null, "description" text not null default '', "visibility" text check ("visibility" in ('PUBLIC', 'MEMBERS')) not null, "join_policy" text check ("join_policy" in ('OPEN', 'REQUEST', 'INVITATION')) not null, "created_by_id" uuid null, "created_at" timestamptz not null, constraint "network_group_pkey" primary key ("id"));`);
    this.addSql(`alter table "network_group" add constraint "network_group_name_unique" unique ("name");`);

    this.addSql(`create table "thread" ("id" uuid not null, "group_id" uuid not null, "title" varchar(200) not null, "created_by_id" uuid null, "created_at" timestamptz not null, "last_message_at" timestamptz not null, "message_count" int not null default 0, constraint "thread_pkey" primary key ("id"));`);
    this.addSql(`create index "thread_group_id_last_message_at_index" on "thread" ("group_id", "last_message_at");`);

    this.addSql(`create table "read_marker" ("user_id" uuid not null, "thread_id" uuid not null, "last_read_at" timestamptz not null, constraint "read_marker_pkey" primary key ("user_id", "thread_id"));`);

    this.addSql(`create table "group_organisation" ("group_id" uuid not null, "organisation_id" uuid not null, "created_at" timestamptz not null, constraint "group_organisation_pkey" primary key ("group_id", "organisation_id"));`);
    this.addSql(`create index "group_organisation_organisation_id_index" on "group_organisation" ("organisation_id");`);

    this.addSql(`create table "message" ("id" uuid not null, "thread_id" uuid not null, "group_id" uuid not null, "author_id" uuid null, "body" text not null, "body_html" text not null, "mentions" uuid[] not null default '{}', "created_at" timestamptz not null, "edited_at" timestamptz null, "deleted_at" timestamptz null, "removed_by_moderator" boolean not null default false, constraint "message_pkey" primary key ("id"));`);
    this.addSql(`create index "message_group_id_index" on "message" ("group_id");`);
    this.addSql(`create index "message_thread_id_created_at_index" on "message" ("thread_id", "created_at");`);

    this.addSql(`create table "group_member" ("id" uuid not null, "group_id" uuid not null, "user_id" uuid not null, "role" text check ("role" in ('OWNER', 'MODERATOR', 'MEMBER')) not null, "status" text check ("status" in ('ACTIVE', 'REQUESTED', 'INVITED')) not null, "created_at" timestamptz not null, constraint "group_member_pkey" primary key ("id"));`);
    this.addSql(`create index "group_member_user_id_index" on "group_member" ("user_id");`);
    this.addSql(`alter table "group_member" add constraint "group_member_group_id_user_id_unique" unique ("group_id", "user_id");`);

    this.addSql(`create table "announcement" ("id" uuid not null, "title" varchar(200) not null, "body" text not null, "body_html" text not null, "audience_kinds" text[] not null default '{}', "audience_municipalities" text[] not null default '{}', "created_by_id" uuid null, "created_at" timestamptz not null, "expires_at" timestamptz null, constraint "announcement_pkey" primary key ("id"));`);
    this.addSql(`create index "announcement_created_at_index" on "announcement" ("created_at");`);

    this.addSql(`alter table "notification_preference" add constraint "notification_preference_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notification_digest" add constraint "notification_digest_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notification" add constraint "notification_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "network_group" add constraint "network_group_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "thread" add constraint "thread_group_id_foreign" foreign key ("group_id") references "network_group" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "thread" add constraint "thread_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "read_marker" add constraint "read_marker_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "read_marker" add constraint "read_marker_thread_id_foreign" foreign key ("thread_id") references "thread" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "group_organisation" add constraint "group_organisation_group_id_foreign" foreign key ("group_id") references "network_group" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "group_organisation" add constraint "group_organisation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "message" add constraint "message_thread_id_foreign" foreign key ("thread_id") references "thread" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "message" add constraint "message_group_id_foreign" foreign key ("group_id") references "network_group" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "message" add constraint "message_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "group_member" add constraint "group_member_group_id_foreign" foreign key ("group_id") references "network_group" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "group_member" add constraint "group_member_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "announcement" add constraint "announcement_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "thread" drop constraint "thread_group_id_foreign";`);

    this.addSql(`alter table "group_organisation" drop constraint "group_organisation_group_id_foreign";`);

    this.addSql(`alter table "message" drop constraint "message_group_id_foreign";`);

    this.addSql(`alter table "group_member" drop constraint "group_member_group_id_foreign";`);

    this.addSql(`alter table "read_marker" drop constraint "read_marker_thread_id_foreign";`);

    this.addSql(`alter table "message" drop constraint "message_thread_id_foreign";`);

    this.addSql(`drop table if exists "change_event" cascade;`);

    this.addSql(`drop table if exists "notification_preference" cascade;`);

    this.addSql(`drop table if exists "notification_digest" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "network_group" cascade;`);

    this.addSql(`drop table if exists "thread" cascade;`);

    this.addSql(`drop table if exists "read_marker" cascade;`);

    this.addSql(`drop table if exists "group_organisation" cascade;`);

    this.addSql(`drop table if exists "message" cascade;`);

    this.addSql(`drop table if exists "group_member" cascade;`);

    this.addSql(`drop table if exists "announcement" cascade;`);
  }

}
