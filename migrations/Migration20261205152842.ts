import { Migration } from '@mikro-orm/migrations';

const INSERT_MOSTLY = ['change_event', 'message', 'audit_log'];
const INSERT_MOSTLY_SETTINGS = ['autovacuum_vacuum_insert_threshold', 'autovacuum_vacuum_insert_scale_factor', 'autovacuum_analyze_threshold', 'autovacuum_analyze_scale_factor'];

export class Migration20261205152842 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "thread_group_id_last_message_at_index";`);

    this.addSql(`create index "thread_group_id_index" on "thread" ("group_id");`);

    // Room on each page for the new version of a thread row, so a post's update of it stays HOT (issue 28).
    this.addSql(`alter table "thread" set (fillfactor = 70);`);
    // Tables that only (or nearly only) grow: their statistics barely change as rows arrive and vacuuming them only
    // sets visibility bits, yet the defaults vacuumed and analysed them every minute under load, on the hot path.
    for (const table of INSERT_MOSTLY) {
      this.addSql(`alter table "${table}" set (${INSERT_MOSTLY_SETTINGS.map((s) => `${s} = ${s.endsWith('factor') ? 0.5 : 50000}`).join(', ')});`);
    }
  }

  override async down(): Promise<void> {
    for (const table of INSERT_MOSTLY) this.addSql(`alter table "${table}" reset (${INSERT_MOSTLY_SETTINGS.join(', ')});`);
    this.addSql(`alter table "thread" reset (fillfactor);`);
    this.addSql(`drop index "thread_group_id_index";`);

    this.addSql(`create index "thread_group_id_last_message_at_index" on "thread" ("group_id", "last_message_at");`);
  }

}
