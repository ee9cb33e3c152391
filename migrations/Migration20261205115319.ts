import { Migration } from '@mikro-orm/migrations';

export class Migration20261205115319 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "event" add column "external_registration_url" varchar(500) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "event" drop column "external_registration_url";`);
  }

}
