import { Migration } from '@mikro-orm/migrations';

/** The settlement cycle (issue 23): years with versioned criteria and milestones, the capacity survey, the allocation
 * board with its history, recommendations with their sent versions, and requests, decisions and settled numbers. */
export class Migration20261205114221 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "settlement_year" ("id" uuid not null, "county_number" varchar(2) not null, "year" smallint not null, "title" varchar(200) not null, "criteria_version" int not null default 0, "survey_state" text check ("survey_state" in ('DRAFT', 'OPEN', 'CLOSED')) not null default 'DRAFT', "survey_deadline" timestamptz null, "survey_sent_at" timestamptz null, "survey_reminded7at" timestamptz null, "survey_reminded1at" timestamptz null, "board_state" text check ("board_state" in ('OPEN', 'LOCKED')) not null default 'OPEN', "board_locked_at" timestamptz null, "numbers_published" boolean not null default false, "is_example" boolean not null default false, "created_by_id" uuid null, "created_at" timestamptz not null, constraint "settlement_year_pkey" primary key ("id"));`);
    this.addSql(`alter table "settlement_year" add constraint "settlement_year_county_number_year_unique" unique ("county_number", "year");`);

    this.addSql(`create table "settlement_survey_response" ("id" uuid not null, "year_id" uuid not null, "municipality_number" varchar(4) not null, "state" text check ("state" in ('NOT_OPENED', 'DRAFT', 'SUBMITTED')) not null default 'NOT_OPENED', "version" int not null default 1, "capacity" int null, "capacity_minors" int null, "extra_if_needed" int null, "housing" text not null default '', "kindergarten" text not null default '', "school" text not null default '', "health" text not null default '', "labour_demand" text not null default '', "intro_results" text not null default '', "keep_capacity" text not null default '', "comments" text not null default '', "opened_at" timestamptz null, "submitted_at" timestamptz null, "extended_until" timestamptz null, "reminded_at" timestamptz null, "updated_by_id" uuid null, "updated_at" timestamptz not null, constraint "settlement_survey_response_pkey" primary key ("id"));`);
    this.addSql(`alter table "settlement_survey_response" add constraint "settlement_survey_response_year_id_municipality_number_unique" unique ("year_id", "municipality_number");`);

    this.addSql(`create table "settlement_numbers" ("id" uuid not null, "year_id" uuid not null, "municipality_number" varchar(4) not null, "requested" int null, "requested_minors" int null, "request_recorded_at" timestamptz null, "decision_status" text check ("decision_status" in ('AWAITING_POLITICAL_TREATMENT', 'DECIDED')) null, "decided" int null, "decided_minors" boolean null, "decided_on" varchar(10) null, "document_filename" varchar(255) null, "document_mime_type" varchar(120) null, "document_size" int null, "document_sha256" varchar(64) null, "document_uploaded_at" timestamptz null, "settled" int null, "settled_minors" int null, "settled_updated_at" timestamptz null, "updated_at" timestamptz not null, constraint "settlement_numbers_pkey" primary key ("id"));`);
    this.addSql(`alter table "settlement_numbers" add constraint "settlement_numbers_year_id_municipality_number_unique" unique ("year_id", "municipality_number");`);

    this.addSql(`create table "settlement_milestone" ("id" uuid not null, "year_id" uuid not null, "title" varchar(200) not null, "description" text not null default '', "month" smallint not null, "date" varchar(10) null, "responsible" varchar(200) not null default '', "participants" text[] not null default '{}', "participant_organisation_ids" uuid[] not null default '{}', "event_ids" uuid[] not null default '{}', "resource_ids" uuid[] not null default '{}', "status" text check ("status" in ('PLANNED', 'IN_PROGRESS', 'DONE')) not null default 'PLANNED', "reminded7at" timestamptz null, "reminded1at" timestamptz null, "created_at" timestamptz not null, constraint "settlement_milestone_pkey" primary key ("id"));`);
    this.addSql(`create index "settlement_milestone_year_id_month_index" on "settlement_milestone" ("year_id", "month");`);

    this.addSql(`create table "settlement_criteria" ("id" uuid not null, "year_id" uuid not null, "version" int not null, "body" text not null, "body_html" text not null, "author_name" varchar(120) null, "created_at" timestamptz not null, constraint "settlement_criteria_pkey" primary key ("id"));`);
    this.addSql(`alter table "settlement_criteria" add constraint "settlement_criteria_year_id_version_unique" unique ("year_id", "version");`);

    this.addSql(`create table "settlement_recommendation" ("id" uuid not null, "year_id" uuid not null, "municipality_number" varchar(4) not null, "state" text check ("state" in ('DRAFT', 'SENT')) not null default 'DRAFT', "number" int null, "minors" int null, "reasoning" text not null default '', "version" int not null default 1, "sent_version" int not null default 0, "sent_at" timestamptz null, "updated_at" timestamptz not null, constraint "settlement_recommendation_pkey" primary key ("id"));`);
    this.addSql(`alter table "settlement_recommendation" add constraint "settlement_recommendation_year_id_municipality_number_unique" unique ("year_id", "municipality_number");`);

    this.addSql(`create table "settlement_recommendation_version" ("id" uuid not null, "recommendation_id" uuid not null, "version" int not null, "number" int not null, "minors" int not null, "reasoning" text not null, "sent_by_name" varchar(120) null, "sent_at" timestamptz not null, constraint "settlement_recommendation_version_pkey" primary key ("id"));`);
    this.addSql(`alter table "settlement_recommendation_version" add constraint "settlement_recommendation_version_recommendation__2ce73_unique" unique ("recommendation_id", "version");`);

    this.addSql(`create table "settlement_board_change" ("id" uuid not null, "year_id" uuid not null, "municipality_number" varchar(4) not null, "column" text check ("column" in ('RECOMMENDATION', 'MINORS', 'IMDI_PROPOSAL', 'COMMENT')) not null, "from_value" text null, "to_value" text null, "version" int not null, "actor_id" uuid null, "actor_name" varchar(120) null, "at" timestamptz not null, constraint "settlement_board_change_pkey" primary key ("id"));`);
    this.addSql(`create index "settlement_board_change_year_id_at_index" on "settlement_board_change" ("year_id", "at");`);

    this.addSql(`create table "settlement_board_cell" ("id" uuid not null, "year_id" uuid not null, "municipality_number" varchar(4) not null, "column" text check ("column" in ('RECOMMENDATION', 'MINORS', 'IMDI_PROPOSAL', 'COMMENT')) not null, "number" int null, "text" text null, "version" int not null default 0, "updated_by_name" varchar(120) null, "updated_at" timestamptz not null, constraint "settlement_board_cell_pkey" primary key ("id"));`);
    this.addSql(`alter table "settlement_board_cell" add constraint "settlement_board_cell_year_id_municipality_number_column_unique" unique ("year_id", "municipality_number", "column");`);

    this.addSql(`alter table "settlement_year" add constraint "settlement_year_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "settlement_survey_response" add constraint "settlement_survey_response_year_id_foreign" foreign key ("year_id") references "settlement_year" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "settlement_survey_response" add constraint "settlement_survey_response_municipality_number_foreign" foreign key ("municipality_number") references "municipality" ("number") on update cascade on delete cascade;`);
    this.addSql(`alter table "settlement_survey_response" add constraint "settlement_survey_response_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "settlement_numbers" add constraint "settlement_numbers_year_id_foreign" foreign key ("year_id") references "settlement_year" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "settlement_numbers" add constraint "settlement_numbers_municipality_number_foreign" foreign key ("municipality_number") references "municipality" ("number") on update cascade on delete cascade;`);

    this.addSql(`alter table "settlement_milestone" add constraint "settlement_milestone_year_id_foreign" foreign key ("year_id") references "settlement_year" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "settlement_criteria" add constraint "settlement_criteria_year_id_foreign" foreign key ("year_id") references "settlement_year" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "settlement_recommendation" add constraint "settlement_recommendation_year_id_foreign" foreign key ("year_id") references "settlement_year" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "settlement_recommendation" add constraint "settlement_recommendation_municipality_number_foreign" foreign key ("municipality_number") references "municipality" ("number") on update cascade on delete cascade;`);

    this.addSql(`alter table "settlement_recommendation_version" add constraint "settlement_recommendation_version_recommendation_id_foreign" foreign key ("recommendation_id") references "settlement_recommendation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "settlement_board_change" add constraint "settlement_board_change_year_id_foreign" foreign key ("year_id") references "settlement_year" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "settlement_board_cell" add constraint "settlement_board_cell_year_id_foreign" foreign key ("year_id") references "settlement_year" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "settlement_board_cell" add constraint "settlement_board_cell_municipality_number_foreign" foreign key ("municipality_number") references "municipality" ("number") on update cascade on delete cascade;`);

    this.addSql(`alter table "notification_preference" drop constraint if exists "notification_preference_type_check";`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_type_check";`);

    this.addSql(`alter table "notification_preference" add constraint "notification_preference_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT', 'NEW_EVENT', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'EVENT_MESSAGE', 'VOLUNTEER_INTEREST', 'VOLUNTEER_ANSWERED', 'ACTIVITY_STALE', 'GRANT_DECISION', 'GRANT_MORE_INFO', 'GRANT_DEADLINE', 'EVENT_CO_HOST_INVITED', 'EVENT_MATERIALS', 'EVENT_EVALUATION', 'GRANT_ACCEPTANCE_DUE', 'GRANT_REPORT_DUE', 'GRANT_REPORT_OVERDUE', 'GRANT_REPORT_CHANGES', 'SETTLEMENT_SURVEY_SENT', 'SETTLEMENT_SURVEY_DEADLINE', 'SETTLEMENT_MILESTONE'));`);

    this.addSql(`alter table "notification" add constraint "notification_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT', 'NEW_EVENT', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'EVENT_MESSAGE', 'VOLUNTEER_INTEREST', 'VOLUNTEER_ANSWERED', 'ACTIVITY_STALE', 'GRANT_DECISION', 'GRANT_MORE_INFO', 'GRANT_DEADLINE', 'EVENT_CO_HOST_INVITED', 'EVENT_MATERIALS', 'EVENT_EVALUATION', 'GRANT_ACCEPTANCE_DUE', 'GRANT_REPORT_DUE', 'GRANT_REPORT_OVERDUE', 'GRANT_REPORT_CHANGES', 'SETTLEMENT_SURVEY_SENT', 'SETTLEMENT_SURVEY_DEADLINE', 'SETTLEMENT_MILESTONE'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "settlement_survey_response" drop constraint "settlement_survey_response_year_id_foreign";`);

    this.addSql(`alter table "settlement_numbers" drop constraint "settlement_numbers_year_id_foreign";`);

    this.addSql(`alter table "settlement_milestone" drop constraint "settlement_milestone_year_id_foreign";`);

    this.addSql(`alter table "settlement_criteria" drop constraint "settlement_criteria_year_id_foreign";`);

    this.addSql(`alter table "settlement_recommendation" drop constraint "settlement_recommendation_year_id_foreign";`);

    this.addSql(`alter table "settlement_board_change" drop constraint "settlement_board_change_year_id_foreign";`);

    this.addSql(`alter table "settlement_board_cell" drop constraint "settlement_board_cell_year_id_foreign";`);

    this.addSql(`alter table "settlement_recommendation_version" drop constraint "settlement_recommendation_version_recommendation_id_foreign";`);

    this.addSql(`drop table if exists "settlement_year" cascade;`);

    this.addSql(`drop table if exists "settlement_survey_response" cascade;`);

    this.addSql(`drop table if exists "settlement_numbers" cascade;`);

    this.addSql(`drop table if exists "settlement_milestone" cascade;`);

    this.addSql(`drop table if exists "settlement_criteria" cascade;`);

    this.addSql(`drop table if exists "settlement_recommendation" cascade;`);

    this.addSql(`drop table if exists "settlement_recommendation_version" cascade;`);

    this.addSql(`drop table if exists "settlement_board_change" cascade;`);

    this.addSql(`drop table if exists "settlement_board_cell" cascade;`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_type_check";`);

    this.addSql(`alter table "notification_preference" drop constraint if exists "notification_preference_type_check";`);

    this.addSql(`alter table "notification" add constraint "notification_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT', 'NEW_EVENT', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'EVENT_MESSAGE', 'VOLUNTEER_INTEREST', 'VOLUNTEER_ANSWERED', 'ACTIVITY_STALE', 'GRANT_DECISION', 'GRANT_MORE_INFO', 'GRANT_DEADLINE', 'EVENT_CO_HOST_INVITED', 'EVENT_MATERIALS', 'EVENT_EVALUATION', 'GRANT_ACCEPTANCE_DUE', 'GRANT_REPORT_DUE', 'GRANT_REPORT_OVERDUE', 'GRANT_REPORT_CHANGES'));`);

    this.addSql(`alter table "notification_preference" add constraint "notification_preference_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT', 'NEW_EVENT', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'EVENT_MESSAGE', 'VOLUNTEER_INTEREST', 'VOLUNTEER_ANSWERED', 'ACTIVITY_STALE', 'GRANT_DECISION', 'GRANT_MORE_INFO', 'GRANT_DEADLINE', 'EVENT_CO_HOST_INVITED', 'EVENT_MATERIALS', 'EVENT_EVALUATION', 'GRANT_ACCEPTANCE_DUE', 'GRANT_REPORT_DUE', 'GRANT_REPORT_OVERDUE', 'GRANT_REPORT_CHANGES'));`);
  }

}
