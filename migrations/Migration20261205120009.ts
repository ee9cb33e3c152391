import { Migration } from '@mikro-orm/migrations';

export class Migration20261205120009 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "event" add column "questions" jsonb not null default '[]', add column "answers_deleted_at" timestamptz null;`);

    this.addSql(`alter table "registration" add column "answers" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "event" drop column "questions", drop column "answers_deleted_at";`);

    this.addSql(`alter table "registration" drop column "answers";`);
  }

}
