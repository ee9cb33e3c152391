import { Migration } from '@mikro-orm/migrations';

/** Who has written in each thread, so a reply finds the people to notify without reading the thread's messages.
 * Triggers keep it: a post adds its author, deleting one's last live message in a thread removes them. */
export class Migration20261123184326 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "thread_participant" ("thread_id" uuid not null, "user_id" uuid not null, constraint "thread_participant_pkey" primary key ("thread_id", "user_id"));`);

    this.addSql(`alter table "thread_participant" add constraint "thread_participant_thread_id_foreign" foreign key ("thread_id") references "thread" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "thread_participant" add constraint "thread_participant_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`create function thread_participant_on_post() returns trigger language plpgsql as $$
      begin
        insert into thread_participant (thread_id, user_id) values (new.thread_id, new.author_id) on conflict do nothing;
        return null;
      end $$;`);
    this.addSql(`create trigger thread_participant_on_post after insert on "message" for each row
      when (new.author_id is not null and new.deleted_at is null) execute function thread_participant_on_post();`);
    this.addSql(`create function thread_participant_on_delete() returns trigger language plpgsql as $$
      begin
        delete from thread_participant p
         where p.thread_id = new.thread_id and p.user_id = new.author_id
           and not exists (select 1 from message m where m.thread_id = new.thread_id and m.author_id = new.author_id and m.deleted_at is null);
        return null;
      end $$;`);
    this.addSql(`create trigger thread_participant_on_delete after update of deleted_at on "message" for each row
      when (old.deleted_at is null and new.deleted_at is not null and new.author_id is not null) execute function thread_participant_on_delete();`);

    this.addSql(`insert into thread_participant (thread_id, user_id)
      select distinct thread_id, author_id from message where deleted_at is null and author_id is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists thread_participant_on_delete on "message";`);
    this.addSql(`drop trigger if exists thread_participant_on_post on "message";`);
    this.addSql(`drop function if exists thread_participant_on_delete();`);
    this.addSql(`drop function if exists thread_participant_on_post();`);
    this.addSql(`drop table if exists "thread_participant" cascade;`);
  }

}
