import { Migration } from '@mikro-orm/migrations';

/** Accounts, sessions and one-time tokens; organisations, memberships and invitations; login rate-limit counters. */
export class Migration20261123010447 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "rate_limit" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, constraint "rate_limit_pkey" primary key ("key"));`);

    this.addSql(`create table "app_user" ("id" uuid not null, "email" varchar(254) not null, "password_hash" varchar(255) not null, "email_verified_at" timestamptz null, "name" varchar(120) not null, "title" varchar(120) null, "profile_tags" text[] not null default '{}', "preferred_language" text check ("preferred_language" in ('nb', 'nn', 'en')) not null default 'nb', "platform_role" text check ("platform_role" in ('USER', 'COUNTY_STAFF', 'ADMIN')) not null default 'USER', "created_at" timestamptz not null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);
    this.addSql(`create index "app_user_platform_role_index" on "app_user" ("platform_role");`);

    this.addSql(`create table "session" ("token_hash" varchar(64) not null, "user_id" uuid not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, constraint "session_pkey" primary key ("token_hash"));`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(`create table "organisation" ("id" uuid not null, "name" varchar(200) not null, "kind" text check ("kind" in ('COUNTY', 'MUNICIPALITY', 'AGENCY', 'NGO', 'VOLUNTARY', 'SCHOOL', 'OTHER')) not null, "org_number" varchar(9) null, "description" text not null default '', "contact_email" varchar(254) null, "contact_phone" varchar(40) null, "website" varchar(500) null, "verification_status" text check ("verification_status" in ('PENDING', 'VERIFIED', 'REJECTED')) not null default 'PENDING', "rejection_reason" text null, "verified_at" timestamptz null, "verified_by_id" uuid null, "created_by_id" uuid null, "created_at" timestamptz not null, constraint "organisation_pkey" primary key ("id"));`);
    this.addSql(`create index "organisation_name_index" on "organisation" ("name");`);
    this.addSql(`create index "organisation_kind_index" on "organisation" ("kind");`);
    this.addSql(`alter table "organisation" add constraint "organisation_org_number_unique" unique ("org_number");`);
    this.addSql(`create index "organisation_verification_status_index" on "organisation" ("verification_status");`);

    this.addSql(`create table "organisation_topic" ("organisation_id" uuid not null, "topic_slug" varchar(64) not null, constraint "organisation_topic_pkey" primary key ("organisation_id", "topic_slug"));`);

    this.addSql(`create table "organisation_municipality" ("organisation_id" uuid not null, "municipality_number" varchar(4) not null, constraint "organisation_municipality_pkey" primary key ("organisation_id", "municipality_number"));`);

    this.addSql(`create table "membership" ("id" uuid not null, "organisation_id" uuid not null, "user_id" uuid not null, "role" text check ("role" in ('ADMIN', 'MEMBER')) not null, "created_at" timestamptz not null, constraint "membership_pkey" primary key ("id"));`);
    this.addSql(`create index "membership_user_id_index" on "membership" ("user_id");`);
    this.addSql(`alter table "membership" add constraint "membership_organisation_id_user_id_unique" unique ("organisation_id", "user_id");`);

    this.addSql(`create table "invitation" ("id" uuid not null, "organisation_id" uuid not null, "email" varchar(254) not null, "role" text check ("role" in ('ADMIN', 'MEMBER')) not null, "token_hash" varchar(64) not null, "invited_by_id" uuid null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "revoked_at" timestamptz null, constraint "invitation_pkey" primary key ("id"));`);
    this.addSql(`create index "invitation_organisation_id_index" on "invitation" ("organisation_id");`);
    this.addSql(`create index "invitation_token_hash_index" on "invitation" ("token_hash");`);

    this.addSql(`create table "auth_token" ("token_hash" varchar(64) not null, "purpose" text check ("purpose" in ('VERIFY_EMAIL', 'RESET_PASSWORD')) not null, "user_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "auth_token_pkey" primary key ("token_hash"));`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "organisation" add constraint "organisation_verified_by_id_foreign" foreign key ("verified_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "organisation" add constraint "organisation_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "organisation_topic" add constraint "organisation_topic_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "organisation_topic" add constraint "organisation_topic_topic_slug_foreign" foreign key ("topic_slug") references "topic" ("slug") on update cascade on delete cascade;`);

    this.addSql(`alter table "organisation_municipality" add constraint "organisation_municipality_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "organisation_municipality" add constraint "organisation_municipality_municipality_number_foreign" foreign key ("municipality_number") references "municipality" ("number") on update cascade on delete cascade;`);

    this.addSql(`alter table "membership" add constraint "membership_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "invitation" add constraint "invitation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "invitation" add constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "auth_token" add constraint "auth_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "organisation" drop constraint "organisation_verified_by_id_foreign";`);

    this.addSql(`alter table "organisation" drop constraint "organisation_created_by_id_foreign";`);

    this.addSql(`alter table "membership" drop constraint "membership_user_id_foreign";`);

    this.addSql(`alter table "invitation" drop constraint "invitation_invited_by_id_foreign";`);

    this.addSql(`alter table "auth_token" drop constraint "auth_token_user_id_foreign";`);

    this.addSql(`alter table "organisation_topic" drop constraint "organisation_topic_organisation_id_foreign";`);

    this.addSql(`alter table "organisation_municipality" drop constraint "organisation_municipality_organisation_id_foreign";`);

    this.addSql(`alter table "membership" drop constraint "membership_organisation_id_foreign";`);

    this.addSql(`alter table "invitation" drop constraint "invitation_organisation_id_foreign";`);

    this.addSql(`drop table if exists "rate_limit" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "organisation" cascade;`);

    this.addSql(`drop table if exists "organisation_topic" cascade;`);

    this.addSql(`drop table if exists "organisation_municipality" cascade;`);

    this.addSql(`drop table if exists "membership" cascade;`);

    this.addSql(`drop table if exists "invitation" cascade;`);

    this.addSql(`drop table if exists "auth_token" cascade;`);
  }

}
