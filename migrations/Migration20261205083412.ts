import { Migration } from '@mikro-orm/migrations';

/** Guests hold no seat until they confirm (PENDING, lapsing to EXPIRED); HYBRID events get online seats of their own
 * (`online_capacity`, own counts and waitlist) and each registration says how it takes part. */
export class Migration20261205083412 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "registration" drop constraint if exists "registration_status_check";`);

    this.addSql(`alter table "event" add column "online_capacity" int null, add column "online_confirmed_count" int not null default 0, add column "online_waitlist_count" int not null default 0;`);

    this.addSql(`alter table "registration" add column "attendance" text check ("attendance" in ('IN_ROOM', 'ONLINE')) not null default 'IN_ROOM';`);
    // Registrations for an online event took part online.
    this.addSql(`update "registration" r set "attendance" = 'ONLINE' from "event" e where e."id" = r."event_id" and e."mode" = 'ONLINE';`);
    this.addSql(`alter table "registration" add constraint "registration_status_check" check("status" in ('PENDING', 'CONFIRMED', 'WAITLISTED', 'CANCELLED', 'EXPIRED'));`);
    this.addSql(`create index "registration_pending" on "registration" ("created_at") where "status" = 'PENDING';`);

    // One live registration per person and event: an expired one no longer counts either.
    this.addSql(`drop index "registration_active_user";`);
    this.addSql(`create unique index "registration_active_user" on "registration" ("event_id", "user_id") where "status" in ('PENDING', 'CONFIRMED', 'WAITLISTED') and "user_id" is not null;`);
    this.addSql(`drop index "registration_active_guest";`);
    this.addSql(`create unique index "registration_active_guest" on "registration" ("event_id", lower("guest_email")) where "status" in ('PENDING', 'CONFIRMED', 'WAITLISTED') and "guest_email" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "registration" set "status" = 'CANCELLED' where "status" in ('PENDING', 'EXPIRED');`);
    this.addSql(`drop index "registration_active_user";`);
    this.addSql(`create unique index "registration_active_user" on "registration" ("event_id", "user_id") where "status" <> 'CANCELLED' and "user_id" is not null;`);
    this.addSql(`drop index "registration_active_guest";`);
    this.addSql(`create unique index "registration_active_guest" on "registration" ("event_id", lower("guest_email")) where "status" <> 'CANCELLED' and "guest_email" is not null;`);

    this.addSql(`alter table "registration" drop constraint if exists "registration_status_check";`);

    this.addSql(`alter table "event" drop column "online_capacity", drop column "online_confirmed_count", drop column "online_waitlist_count";`);

    this.addSql(`drop index "registration_pending";`);
    this.addSql(`alter table "registration" drop column "attendance";`);

    this.addSql(`alter table "registration" add constraint "registration_status_check" check("status" in ('CONFIRMED', 'WAITLISTED', 'CANCELLED'));`);
  }

}
