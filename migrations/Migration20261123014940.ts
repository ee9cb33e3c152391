import { Migration } from '@mikro-orm/migrations';

/** The resource library with file versions, and full-text indexes (norwegian) for one search across the platform. */
export class Migration20261123014940 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "resource" ("id" uuid not null, "organisation_id" uuid not null, "title" varchar(200) not null, "summary" text not null default '', "kind" text check ("kind" in ('GUIDE', 'REPORT', 'RECORDING', 'STATISTICS', 'LINK', 'DOCUMENT', 'TEMPLATE')) not null, "languages" text[] not null default '{}', "audience" text[] not null default '{}', "access" text check ("access" in ('PUBLIC', 'MEMBERS', 'GROUP')) not null, "group_id" uuid null, "url" varchar(1000) null, "current_version" int not null default 0, "event_id" uuid null, "created_by_id" uuid null, "created_at" timestamptz not null, constraint "resource_pkey" primary key ("id"));`);
    this.addSql(`create index "resource_organisation_id_index" on "resource" ("organisation_id");`);
    this.addSql(`create index "resource_kind_index" on "resource" ("kind");`);
    this.addSql(`create index "resource_search" on "resource" using gin (to_tsvector('norwegian', "title" || ' ' || "summary"));`);

    this.addSql(`create table "resource_file" ("id" uuid not null, "resource_id" uuid not null, "version" int not null, "filename" varchar(255) not null, "mime_type" varchar(120) not null, "size" int not null, "sha256" varchar(64) not null, "uploaded_by_id" uuid null, "created_at" timestamptz not null, constraint "resource_file_pkey" primary key ("id"));`);
    this.addSql(`alter table "resource_file" add constraint "resource_file_resource_id_version_unique" unique ("resource_id", "version");`);

    this.addSql(`create table "resource_topic" ("resource_id" uuid not null, "topic_slug" varchar(64) not null, constraint "resource_topic_pkey" primary key ("resource_id", "topic_slug"));`);

    this.addSql(`alter table "resource" add constraint "resource_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "resource" add constraint "resource_group_id_foreign" foreign key ("group_id") references "network_group" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "resource" add constraint "resource_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "resource" add constraint "resource_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "resource_file" add constraint "resource_file_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "resource_file" add constraint "resource_file_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "resource_topic" add constraint "resource_topic_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "resource_topic" add constraint "resource_topic_topic_slug_foreign" foreign key ("topic_slug") references "topic" ("slug") on update cascade on delete cascade;`);

    this.addSql(`create index "organisation_search" on "organisation" using gin (to_tsvector('norwegian', "name" || ' ' || "description"));`);

    this.addSql(`create index "message_search" on "message" using gin (to_tsvector('norwegian', "body"));`);

    this.addSql(`create index "event_search" on "event" using gin (to_tsvector('norwegian', "title" || ' ' || "description"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "resource_file" drop constraint "resource_file_resource_id_foreign";`);

    this.addSql(`alter table "resource_topic" drop constraint "resource_topic_resource_id_foreign";`);

    this.addSql(`drop table if exists "resource" cascade;`);

    this.addSql(`drop table if exists "resource_file" cascade;`);

    this.addSql(`drop table if exists "resource_topic" cascade;`);

    this.addSql(`drop index "event_search";`);

    this.addSql(`drop index "message_search";`);

    this.addSql(`drop index "organisation_search";`);
  }

}
