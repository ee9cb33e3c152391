import { Migration } from '@mikro-orm/migrations';

export class Migration20261205160112 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "grant_award" ("id" uuid not null, "application_id" uuid not null, "round_id" uuid not null, "organisation_id" uuid not null, "amount" int not null, "state" text check ("state" in ('OFFERED', 'ACCEPTED', 'DECLINED', 'LAPSED')) not null, "accept_deadline" timestamptz not null, "answered_at" timestamptz null, "answered_by_id" uuid null, "decline_reason" text null, "reminded7at" timestamptz null, "reminded1at" timestamptz null, "created_at" timestamptz not null, constraint "grant_award_pkey" primary key ("id"));`);
    this.addSql(`alter table "grant_award" add constraint "grant_award_application_id_unique" unique ("application_id");`);
    this.addSql(`create index "grant_award_organisation_id_index" on "grant_award" ("organisation_id");`);
    this.addSql(`create index "grant_award_round_id_state_index" on "grant_award" ("round_id", "state");`);

    this.addSql(`create table "grant_report" ("id" uuid not null, "award_id" uuid not null, "requirement_key" varchar(40) not null, "kind" text check ("kind" in ('MIDTERM', 'FINAL')) not null, "due_at" timestamptz not null, "state" text check ("state" in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED')) not null, "version" int not null default 1, "goals" text not null default '', "activities_held" int not null default 0, "results" jsonb not null, "actuals" jsonb not null, "total_spent" int null, "grant_used" int null, "submitted_at" timestamptz null, "review_message" text null, "reviewed_at" timestamptz null, "reminded60at" timestamptz null, "reminded14at" timestamptz null, "reminded1at" timestamptz null, "reminded_overdue_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "grant_report_pkey" primary key ("id"));`);
    this.addSql(`create index "grant_report_state_due_at_index" on "grant_report" ("state", "due_at");`);
    this.addSql(`alter table "grant_report" add constraint "grant_report_award_id_requirement_key_unique" unique ("award_id", "requirement_key");`);

    this.addSql(`create table "grant_report_attachment" ("id" uuid not null, "report_id" uuid not null, "filename" varchar(255) not null, "mime_type" varchar(120) not null, "size" int not null, "sha256" varchar(64) not null, "uploaded_by_id" uuid null, "created_at" timestamptz not null, constraint "grant_report_attachment_pkey" primary key ("id"));`);
    this.addSql(`create index "grant_report_attachment_report_id_index" on "grant_report_attachment" ("report_id");`);

    this.addSql(`create table "grant_repayment_claim" ("id" uuid not null, "award_id" uuid not null, "amount" int not null, "reason" text check ("reason" in ('UNUSED_FUNDS', 'NO_REPORT', 'REPORT_REJECTED')) not null, "note" text not null, "state" text check ("state" in ('CLAIMED', 'REPAID', 'WAIVED')) not null, "settlement_note" text null, "settled_at" timestamptz null, "created_at" timestamptz not null, constraint "grant_repayment_claim_pkey" primary key ("id"));`);
    this.addSql(`create index "grant_repayment_claim_award_id_index" on "grant_repayment_claim" ("award_id");`);

    this.addSql(`create table "grant_payment" ("id" uuid not null, "award_id" uuid not null, "position" smallint not null, "percent" smallint not null, "amount" int not null, "trigger" text check ("trigger" in ('ACCEPTANCE', 'MIDTERM_REPORT', 'FINAL_REPORT')) not null, "state" text check ("state" in ('PLANNED', 'REQUESTED', 'PAID', 'CANCELLED')) not null, "requested_at" timestamptz null, "paid_at" timestamptz null, "paid_reference" varchar(100) null, "created_at" timestamptz not null, constraint "grant_payment_pkey" primary key ("id"));`);
    this.addSql(`create index "grant_payment_award_id_index" on "grant_payment" ("award_id");`);
    this.addSql(`create index "grant_payment_state_index" on "grant_payment" ("state");`);

    this.addSql(`create table "grant_change_request" ("id" uuid not null, "award_id" uuid not null, "kind" text check ("kind" in ('DEADLINE_EXTENSION', 'CHANGE_OF_USE')) not null, "report_id" uuid null, "requested_due_at" timestamptz null, "message" text not null, "state" text check ("state" in ('PENDING', 'APPROVED', 'DENIED')) not null, "decision_reason" text null, "decided_at" timestamptz null, "created_by_id" uuid null, "created_at" timestamptz not null, constraint "grant_change_request_pkey" primary key ("id"));`);
    this.addSql(`create index "grant_change_request_award_id_index" on "grant_change_request" ("award_id");`);

    this.addSql(`create table "grant_appeal" ("id" uuid not null, "application_id" uuid not null, "grounds" text not null, "state" text check ("state" in ('FILED', 'UPHELD', 'FORWARDED')) not null, "outcome_note" text null, "decided_at" timestamptz null, "filed_by_id" uuid null, "filed_at" timestamptz not null, constraint "grant_appeal_pkey" primary key ("id"));`);
    this.addSql(`alter table "grant_appeal" add constraint "grant_appeal_application_id_unique" unique ("application_id");`);

    this.addSql(`alter table "grant_award" add constraint "grant_award_application_id_foreign" foreign key ("application_id") references "grant_application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "grant_award" add constraint "grant_award_round_id_foreign" foreign key ("round_id") references "grant_round" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "grant_award" add constraint "grant_award_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "grant_award" add constraint "grant_award_answered_by_id_foreign" foreign key ("answered_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "grant_report" add constraint "grant_report_award_id_foreign" foreign key ("award_id") references "grant_award" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "grant_report_attachment" add constraint "grant_report_attachment_report_id_foreign" foreign key ("report_id") references "grant_report" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "grant_report_attachment" add constraint "grant_report_attachment_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "grant_repayment_claim" add constraint "grant_repayment_claim_award_id_foreign" foreign key ("award_id") references "grant_award" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "grant_payment" add constraint "grant_payment_award_id_foreign" foreign key ("award_id") references "grant_award" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "grant_change_request" add constraint "grant_change_request_award_id_foreign" foreign key ("award_id") references "grant_award" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "grant_change_request" add constraint "grant_change_request_report_id_foreign" foreign key ("report_id") references "grant_report" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "grant_change_request" add constraint "grant_change_request_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "grant_appeal" add constraint "grant_appeal_application_id_foreign" foreign key ("application_id") references "grant_application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "grant_appeal" add constraint "grant_appeal_filed_by_id_foreign" foreign key ("filed_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "notification_preference" drop constraint if exists "notification_preference_type_check";`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_type_check";`);

    this.addSql(`alter table "notification_preference" add constraint "notification_preference_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT', 'NEW_EVENT', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'EVENT_MESSAGE', 'VOLUNTEER_INTEREST', 'VOLUNTEER_ANSWERED', 'ACTIVITY_STALE', 'GRANT_DECISION', 'GRANT_MORE_INFO', 'GRANT_DEADLINE', 'GRANT_ACCEPTANCE_DUE', 'GRANT_REPORT_DUE', 'GRANT_REPORT_OVERDUE', 'GRANT_REPORT_CHANGES'));`);

    this.addSql(`alter table "notification" add constraint "notification_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT', 'NEW_EVENT', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'EVENT_MESSAGE', 'VOLUNTEER_INTEREST', 'VOLUNTEER_ANSWERED', 'ACTIVITY_STALE', 'GRANT_DECISION', 'GRANT_MORE_INFO', 'GRANT_DEADLINE', 'GRANT_ACCEPTANCE_DUE', 'GRANT_REPORT_DUE', 'GRANT_REPORT_OVERDUE', 'GRANT_REPORT_CHANGES'));`);

    this.addSql(`alter table "grant_round" add column "acceptance_days" smallint not null default 21, add column "report_requirements" jsonb not null default '[]', add column "payment_plan" jsonb not null default '[{"percent":75,"trigger":"ACCEPTANCE"},{"percent":25,"trigger":"FINAL_REPORT"}]';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "grant_report" drop constraint "grant_report_award_id_foreign";`);

    this.addSql(`alter table "grant_repayment_claim" drop constraint "grant_repayment_claim_award_id_foreign";`);

    this.addSql(`alter table "grant_payment" drop constraint "grant_payment_award_id_foreign";`);

    this.addSql(`alter table "grant_change_request" drop constraint "grant_change_request_award_id_foreign";`);

    this.addSql(`alter table "grant_report_attachment" drop constraint "grant_report_attachment_report_id_foreign";`);

    this.addSql(`alter table "grant_change_request" drop constraint "grant_change_request_report_id_foreign";`);

    this.addSql(`drop table if exists "grant_award" cascade;`);

    this.addSql(`drop table if exists "grant_report" cascade;`);

    this.addSql(`drop table if exists "grant_report_attachment" cascade;`);

    this.addSql(`drop table if exists "grant_repayment_claim" cascade;`);

    this.addSql(`drop table if exists "grant_payment" cascade;`);

    this.addSql(`drop table if exists "grant_change_request" cascade;`);

    this.addSql(`drop table if exists "grant_appeal" cascade;`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_type_check";`);

    this.addSql(`alter table "notification_preference" drop constraint if exists "notification_preference_type_check";`);

    this.addSql(`alter table "grant_round" drop column "acceptance_days", drop column "report_requirements", drop column "payment_plan";`);

    this.addSql(`alter table "notification" add constraint "notification_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT', 'NEW_EVENT', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'EVENT_MESSAGE', 'VOLUNTEER_INTEREST', 'VOLUNTEER_ANSWERED', 'ACTIVITY_STALE', 'GRANT_DECISION', 'GRANT_MORE_INFO', 'GRANT_DEADLINE'));`);

    this.addSql(`alter table "notification_preference" add constraint "notification_preference_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT', 'NEW_EVENT', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'EVENT_MESSAGE', 'VOLUNTEER_INTEREST', 'VOLUNTEER_ANSWERED', 'ACTIVITY_STALE', 'GRANT_DECISION', 'GRANT_MORE_INFO', 'GRANT_DEADLINE'));`);
  }

}
