import { Migration } from '@mikro-orm/migrations';
import { nameKey } from '../server/src/common/text.js';

/** Group names are unique by their name key (case, Unicode form, invisible characters and lookalike letters
 * folded; issue 20 item 14). Existing groups get theirs; should two old names share a key, the younger one's
 * key is made unique with its id, so the names stay as they are and only new look-alikes are refused. */
export class Migration20261205083435 extends Migration {

  override async up(): Promise<void> {
    await this.execute(`alter table "network_group" add column "name_key" text null;`);
    const groups = (await this.execute(`select id, name from "network_group" order by created_at, id`)) as { id: string; name: string }[];
    const seen = new Set<string>();
    for (const g of groups) {
      let key = nameKey(g.name);
      if (seen.has(key)) key = `${key} (${g.id})`;
      seen.add(key);
      await this.execute(`update "network_group" set "name_key" = ? where id = ?`, [key, g.id]);
    }
    this.addSql(`alter table "network_group" alter column "name_key" set not null;`);
    this.addSql(`alter table "network_group" add constraint "network_group_name_key_unique" unique ("name_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "network_group" drop constraint "network_group_name_key_unique";`);
    this.addSql(`alter table "network_group" drop column "name_key";`);
  }

}
