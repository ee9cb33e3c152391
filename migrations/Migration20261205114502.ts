import { Migration } from '@mikro-orm/migrations';

export class Migration20261205114502 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "event_host" ("id" uuid not null, "event_id" uuid not null, "organisation_id" uuid not null, "status" text check ("status" in ('INVITED', 'ACCEPTED', 'DECLINED', 'REMOVED')) not null, "invited_by_id" uuid null, "created_at" timestamptz not null, "changed_at" timestamptz null, constraint "event_host_pkey" primary key ("id"));`);
    this.addSql(`alter table "event_host" add constraint "event_host_event_id_organisation_id_unique" unique ("event_id", "organisation_id");`);

    this.addSql(`alter table "event_host" add constraint "event_host_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "event_host" add constraint "event_host_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "event_host" add constraint "event_host_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "notification_preference" drop constraint if exists "notification_preference_type_check";`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_type_check";`);

    this.addSql(`alter table "notification_preference" add constraint "notification_preference_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT', 'NEW_EVENT', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'EVENT_MESSAGE', 'VOLUNTEER_INTEREST', 'VOLUNTEER_ANSWERED', 'ACTIVITY_STALE', 'GRANT_DECISION', 'GRANT_MORE_INFO', 'GRANT_DEADLINE', 'EVENT_CO_HOST_INVITED', 'EVENT_MATERIALS', 'EVENT_EVALUATION'));`);

    this.addSql(`alter table "notification" add constraint "notification_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT', 'NEW_EVENT', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'EVENT_MESSAGE', 'VOLUNTEER_INTEREST', 'VOLUNTEER_ANSWERED', 'ACTIVITY_STALE', 'GRANT_DECISION', 'GRANT_MORE_INFO', 'GRANT_DEADLINE', 'EVENT_CO_HOST_INVITED', 'EVENT_MATERIALS', 'EVENT_EVALUATION'));`);

    this.addSql(`alter table "event" add column "co_host_ids" uuid[] not null default '{}';`);
    this.addSql(`create index "event_co_hosts" on "event" using gin ("co_host_ids");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "event_host" cascade;`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_type_check";`);

    this.addSql(`alter table "notification_preference" drop constraint if exists "notification_preference_type_check";`);

    this.addSql(`drop index "event_co_hosts";`);
    this.addSql(`alter table "event" drop column "co_host_ids";`);

    this.addSql(`alter table "notification" add constraint "notification_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT', 'NEW_EVENT', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'EVENT_MESSAGE', 'VOLUNTEER_INTEREST', 'VOLUNTEER_ANSWERED', 'ACTIVITY_STALE', 'GRANT_DECISION', 'GRANT_MORE_INFO', 'GRANT_DEADLINE'));`);

    this.addSql(`alter table "notification_preference" add constraint "notification_preference_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT', 'NEW_EVENT', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'EVENT_MESSAGE', 'VOLUNTEER_INTEREST', 'VOLUNTEER_ANSWERED', 'ACTIVITY_STALE', 'GRANT_DECISION', 'GRANT_MORE_INFO', 'GRANT_DEADLINE'));`);
  }

}
