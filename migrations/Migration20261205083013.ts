import { Migration } from '@mikro-orm/migrations';

/** Grant reviewers can declare a conflict of interest (inhabil) as well as none. */
export class Migration20261205083013 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "grant_assessment" add column "declaration" text check ("declaration" in ('NO_CONFLICT', 'CONFLICT')) not null default 'NO_CONFLICT', add column "conflict_declared_at" timestamptz null;`);
    this.addSql(`alter table "grant_assessment" alter column "no_conflict_declared_at" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "grant_assessment" drop column "declaration", drop column "conflict_declared_at";`);
    this.addSql(`alter table "grant_assessment" alter column "no_conflict_declared_at" set not null;`);
  }

}
