import { Migration } from '@mikro-orm/migrations';

/** Attachments of grant applications (files under the data folder, rows here). */
export class Migration20261123051438 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "grant_attachment" ("id" uuid not null, "application_id" uuid not null, "filename" varchar(255) not null, "mime_type" varchar(120) not null, "size" int not null, "sha256" varchar(64) not null, "uploaded_by_id" uuid null, "created_at" timestamptz not null, constraint "grant_attachment_pkey" primary key ("id"));`);
    this.addSql(`create index "grant_attachment_application_id_index" on "grant_attachment" ("application_id");`);

    this.addSql(`alter table "grant_attachment" add constraint "grant_attachment_application_id_foreign" foreign key ("application_id") references "grant_application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "grant_attachment" add constraint "grant_attachment_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "grant_attachment" cascade;`);
  }

}
