import { Migration } from '@mikro-orm/migrations';

export class Migration20261205121008 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "event" add column "reserved_seats" int null, add column "reserved_for_kind" text check ("reserved_for_kind" in ('COUNTY', 'MUNICIPALITY', 'AGENCY', 'NGO', 'VOLUNTARY', 'SCHOOL', 'OTHER')) null, add column "reserved_until" timestamptz null, add column "reserved_confirmed_count" int not null default 0, add column "reservation_released_at" timestamptz null;`);

    this.addSql(`alter table "registration" add column "reserved_seat" boolean not null default false, add column "qualifies_for_reserved" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "event" drop column "reserved_seats", drop column "reserved_for_kind", drop column "reserved_until", drop column "reserved_confirmed_count", drop column "reservation_released_at";`);

    this.addSql(`alter table "registration" drop column "reserved_seat", drop column "qualifies_for_reserved";`);
  }

}
