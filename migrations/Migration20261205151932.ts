import { Migration } from '@mikro-orm/migrations';

export class Migration20261205151932 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "resource" add column "publisher" varchar(200) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "resource" drop column "publisher";`);
  }

}
