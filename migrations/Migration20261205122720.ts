import { Migration } from '@mikro-orm/migrations';

export class Migration20261205122720 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "event" add column "reminders_enabled" boolean not null default true, add column "reminder_day_sent_at" timestamptz null, add column "reminder_hour_sent_at" timestamptz null;`);

    this.addSql(`alter table "registration" add column "guest_language" text check ("guest_language" in ('nb', 'nn', 'en')) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "event" drop column "reminders_enabled", drop column "reminder_day_sent_at", drop column "reminder_hour_sent_at";`);

    this.addSql(`alter table "registration" drop column "guest_language";`);
  }

}
