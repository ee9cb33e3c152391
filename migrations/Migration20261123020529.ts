import { Migration } from '@mikro-orm/migrations';

/** Grant schemes, rounds with versioned guidelines, applications, assessments; the audit log. */
export class Migration20261123020529 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_log" ("id" uuid not null, "entity_type" varchar(40) not null, "entity_id" uuid not null, "action" varchar(80) not null, "actor_id" uuid null, "actor_name" varchar(120) null, "at" timestamptz not null, "details" jsonb not null, constraint "audit_log_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_log_entity_type_entity_id_at_index" on "audit_log" ("entity_type", "entity_id", "at");`);

    this.addSql(`create table "grant_scheme" ("id" uuid not null, "name" varchar(200) not null, "description" text not null default '', "created_at" timestamptz not null, constraint "grant_scheme_pkey" primary key ("id"));`);
    this.addSql(`alter table "grant_scheme" add constraint "grant_scheme_name_unique" unique ("name");`);

    this.addSql(`create table "grant_round" ("id" uuid not null, "scheme_id" uuid not null, "title" varchar(200) not null, "year" smallint not null, "budget" int not null, "guidelines_version" int not null default 0, "eligible_kinds" text[] not null default '{}', "eligible_municipalities" text[] not null default '{}', "min_partners" smallint not null default 0, "criteria" jsonb not null, "opens_at" timestamptz not null, "closes_at" timestamptz not null, "info_event_id" uuid null, "contacts" text not null default '', "state" text check ("state" in ('DRAFT', 'OPEN', 'CLOSED', 'DECIDED')) not null, "decisions_published_at" timestamptz null, "reminded7at" timestamptz null, "reminded1at" timestamptz null, "created_at" timestamptz not null, constraint "grant_round_pkey" primary key ("id"));`);

    this.addSql(`create table "grant_guidelines" ("id" uuid not null, "round_id" uuid not null, "version" int not null, "body" text not null, "body_html" text not null, "created_at" timestamptz not null, constraint "grant_guidelines_pkey" primary key ("id"));`);
    this.addSql(`alter table "grant_guidelines" add constraint "grant_guidelines_round_id_version_unique" unique ("round_id", "version");`);

    this.addSql(`create table "grant_application" ("id" uuid not null, "round_id" uuid not null, "organisation_id" uuid not null, "title" varchar(200) not null, "summary" text not null default '', "project_plan" text not null default '', "partner_ids" uuid[] not null default '{}', "budget_lines" jsonb not null, "requested_total" int not null default 0, "guidelines_version" int not null, "version" int not null default 1, "state" text check ("state" in ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'MORE_INFO_REQUESTED', 'DECIDED', 'WITHDRAWN')) not null, "submitted_at" timestamptz null, "more_info_request" text null, "decision" text check ("decision" in ('APPROVED', 'PARTIALLY_APPROVED', 'REJECTED')) null, "granted_amount" int null, "decision_reason" text null, "decided_at" timestamptz null, "created_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "grant_application_pkey" primary key ("id"));`);
    this.addSql(`create index "grant_application_organisation_id_index" on "grant_application" ("organisation_id");`);
    this.addSql(`create index "grant_application_round_id_state_index" on "grant_application" ("round_id", "state");`);

    this.addSql(`create table "grant_assessment" ("id" uuid not null, "application_id" uuid not null, "reviewer_id" uuid not null, "no_conflict_declared_at" timestamptz not null, "scores" jsonb not null, "comment" text not null default '', "updated_at" timestamptz not null, constraint "grant_assessment_pkey" primary key ("id"));`);
    this.addSql(`alter table "grant_assessment" add constraint "grant_assessment_application_id_reviewer_id_unique" unique ("application_id", "reviewer_id");`);

    this.addSql(`alter table "grant_round" add constraint "grant_round_scheme_id_foreign" foreign key ("scheme_id") references "grant_scheme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "grant_round" add constraint "grant_round_info_event_id_foreign" foreign key ("info_event_id") references "event" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "grant_guidelines" add constraint "grant_guidelines_round_id_foreign" foreign key ("round_id") references "grant_round" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "grant_application" add constraint "grant_application_round_id_foreign" foreign key ("round_id") references "grant_round" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "grant_application" add constraint "grant_application_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "grant_application" add constraint "grant_application_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "grant_assessment" add constraint "grant_assessment_application_id_foreign" foreign key ("application_id") references "grant_application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "grant_assessment" add constraint "grant_assessment_reviewer_id_foreign" foreign key ("reviewer_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notification_preference" drop constraint if exists "notification_preference_type_check";`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_type_check";`);

    this.addSql(`alter table "notification_preference" add constraint "notification_preference_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT', 'NEW_EVENT', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'EVENT_MESSAGE', 'VOLUNTEER_INTEREST', 'VOLUNTEER_ANSWERED', 'ACTIVITY_STALE', 'GRANT_DECISION', 'GRANT_MORE_INFO', 'GRANT_DEADLINE'));`);

    this.addSql(`alter table "notification" add constraint "notification_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT', 'NEW_EVENT', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'EVENT_MESSAGE', 'VOLUNTEER_INTEREST', 'VOLUNTEER_ANSWERED', 'ACTIVITY_STALE', 'GRANT_DECISION', 'GRANT_MORE_INFO', 'GRANT_DEADLINE'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "grant_round" drop constraint "grant_round_scheme_id_foreign";`);

    this.addSql(`alter table "grant_guidelines" drop constraint "grant_guidelines_round_id_foreign";`);

    this.addSql(`alter table "grant_application" drop constraint "grant_application_round_id_foreign";`);

    this.addSql(`alter table "grant_assessment" drop constraint "grant_assessment_application_id_foreign";`);

    this.addSql(`drop table if exists "audit_log" cascade;`);

    this.addSql(`drop table if exists "grant_scheme" cascade;`);

    this.addSql(`drop table if exists "grant_round" cascade;`);

    this.addSql(`drop table if exists "grant_guidelines" cascade;`);

    this.addSql(`drop table if exists "grant_application" cascade;`);

    this.addSql(`drop table if exists "grant_assessment" cascade;`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_type_check";`);

    this.addSql(`alter table "notification_preference" drop constraint if exists "notification_preference_type_check";`);

    this.addSql(`alter table "notification" add constraint "notification_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT', 'NEW_EVENT', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'EVENT_MESSAGE', 'VOLUNTEER_INTEREST', 'VOLUNTEER_ANSWERED', 'ACTIVITY_STALE'));`);

    this.addSql(`alter table "notification_preference" add constraint "notification_preference_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT', 'NEW_EVENT', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'EVENT_MESSAGE', 'VOLUNTEER_INTEREST', 'VOLUNTEER_ANSWERED', 'ACTIVITY_STALE'));`);
  }

}
