import { Migration } from '@mikro-orm/migrations';

export class Migration20261206230831 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "notification_preference" drop constraint if exists "notification_preference_type_check";`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_type_check";`);

    this.addSql(`alter table "notification_preference" add constraint "notification_preference_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT', 'NEW_EVENT', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'EVENT_MESSAGE', 'VOLUNTEER_INTEREST', 'VOLUNTEER_ANSWERED', 'ACTIVITY_STALE', 'GRANT_DECISION', 'GRANT_MORE_INFO', 'GRANT_DEADLINE', 'EVENT_CO_HOST_INVITED', 'EVENT_MATERIALS', 'EVENT_EVALUATION', 'GRANT_ACCEPTANCE_DUE', 'GRANT_REPORT_DUE', 'GRANT_REPORT_OVERDUE', 'GRANT_REPORT_CHANGES', 'SETTLEMENT_SURVEY_SENT', 'SETTLEMENT_SURVEY_DEADLINE', 'SETTLEMENT_MILESTONE', 'MODERATION_WARNING', 'EVENT_MEETING_LINK'));`);

    this.addSql(`alter table "notification" add constraint "notification_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT', 'NEW_EVENT', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'EVENT_MESSAGE', 'VOLUNTEER_INTEREST', 'VOLUNTEER_ANSWERED', 'ACTIVITY_STALE', 'GRANT_DECISION', 'GRANT_MORE_INFO', 'GRANT_DEADLINE', 'EVENT_CO_HOST_INVITED', 'EVENT_MATERIALS', 'EVENT_EVALUATION', 'GRANT_ACCEPTANCE_DUE', 'GRANT_REPORT_DUE', 'GRANT_REPORT_OVERDUE', 'GRANT_REPORT_CHANGES', 'SETTLEMENT_SURVEY_SENT', 'SETTLEMENT_SURVEY_DEADLINE', 'SETTLEMENT_MILESTONE', 'MODERATION_WARNING', 'EVENT_MEETING_LINK'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notification" drop constraint if exists "notification_type_check";`);

    this.addSql(`alter table "notification_preference" drop constraint if exists "notification_preference_type_check";`);

    this.addSql(`alter table "notification" add constraint "notification_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT', 'NEW_EVENT', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'EVENT_MESSAGE', 'VOLUNTEER_INTEREST', 'VOLUNTEER_ANSWERED', 'ACTIVITY_STALE', 'GRANT_DECISION', 'GRANT_MORE_INFO', 'GRANT_DEADLINE', 'EVENT_CO_HOST_INVITED', 'EVENT_MATERIALS', 'EVENT_EVALUATION', 'GRANT_ACCEPTANCE_DUE', 'GRANT_REPORT_DUE', 'GRANT_REPORT_OVERDUE', 'GRANT_REPORT_CHANGES', 'SETTLEMENT_SURVEY_SENT', 'SETTLEMENT_SURVEY_DEADLINE', 'SETTLEMENT_MILESTONE', 'MODERATION_WARNING'));`);

    this.addSql(`alter table "notification_preference" add constraint "notification_preference_type_check" check("type" in ('MENTION', 'REPLY', 'GROUP_INVITATION', 'JOIN_REQUEST', 'ANNOUNCEMENT', 'NEW_EVENT', 'EVENT_PROMOTED', 'EVENT_CANCELLED', 'EVENT_MESSAGE', 'VOLUNTEER_INTEREST', 'VOLUNTEER_ANSWERED', 'ACTIVITY_STALE', 'GRANT_DECISION', 'GRANT_MORE_INFO', 'GRANT_DEADLINE', 'EVENT_CO_HOST_INVITED', 'EVENT_MATERIALS', 'EVENT_EVALUATION', 'GRANT_ACCEPTANCE_DUE', 'GRANT_REPORT_DUE', 'GRANT_REPORT_OVERDUE', 'GRANT_REPORT_CHANGES', 'SETTLEMENT_SURVEY_SENT', 'SETTLEMENT_SURVEY_DEADLINE', 'SETTLEMENT_MILESTONE', 'MODERATION_WARNING'));`);
  }

}
