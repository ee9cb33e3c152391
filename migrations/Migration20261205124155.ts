import { Migration } from '@mikro-orm/migrations';

export class Migration20261205124155 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "registration" add column "check_in" text check ("check_in" in ('NOT_MARKED', 'ATTENDED', 'NO_SHOW')) not null default 'NOT_MARKED', add column "checked_in_at" timestamptz null, add column "checked_in_by_id" uuid null, add column "organisation_id" uuid null, add column "municipality_number" varchar(4) null;`);
    this.addSql(`alter table "registration" add constraint "registration_checked_in_by_id_foreign" foreign key ("checked_in_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "registration" add constraint "registration_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "registration" add constraint "registration_municipality_number_foreign" foreign key ("municipality_number") references "municipality" ("number") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "registration" drop constraint "registration_checked_in_by_id_foreign";`);
    this.addSql(`alter table "registration" drop constraint "registration_organisation_id_foreign";`);
    this.addSql(`alter table "registration" drop constraint "registration_municipality_number_foreign";`);

    this.addSql(`alter table "registration" drop column "check_in", drop column "checked_in_at", drop column "checked_in_by_id", drop column "organisation_id", drop column "municipality_number";`);
  }

}
