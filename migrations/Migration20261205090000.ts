import { Migration } from '@mikro-orm/migrations';

/**
 * Every write that may take access away from a user records an `access.changed` change event on their topic
 * `access/<user id>`, whatever made the write (a service, a cascade from a deleted account or organisation, a
 * script): live subscriptions listen there and check their permission again (common/change-feed/access.ts).
 * Constraint triggers deferred to commit, so the change events are recorded last in the transaction, under the
 * lock that makes change event ids commit in order (change-feed.ts, ORDER_LOCK), as recordChanges does.
 */
export class Migration20261205090000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create function access_changed() returns trigger language plpgsql as $$
      declare
        users uuid[];
        last_id bigint;
      begin
        if tg_table_name = 'app_user' then
          users := array[old.id];
        elsif tg_table_name = 'group_organisation' then
          -- Everyone who read the group through the organisation.
          select array_agg(m.user_id) into users from membership m where m.organisation_id = old.organisation_id;
        else
          users := array[old.user_id];
        end if;
        if users is null then return null; end if;
        perform pg_advisory_xact_lock(7240501);
        with inserted as (
          insert into change_event (topic, type, payload)
          select 'access/' || u, 'access.changed', jsonb_build_object('reason', tg_table_name || '.' || lower(tg_op))
            from unnest(users) u
          returning id)
        select max(id) into last_id from inserted;
        perform pg_notify('change_event', last_id::text);
        return null;
      end $$;`);
    for (const [table, when] of TRIGGERS) {
      this.addSql(`create constraint trigger access_changed_${when.name} after ${when.events} on "${table}" deferrable initially deferred
        for each row${when.condition ? ` when (${when.condition})` : ''} execute function access_changed();`);
    }
  }

  override async down(): Promise<void> {
    for (const [table, when] of TRIGGERS) this.addSql(`drop trigger if exists access_changed_${when.name} on "${table}";`);
    this.addSql(`drop function if exists access_changed();`);
  }

}

/** What may take access away: leaving or losing an organisation or a group, a changed role in either, a changed
 * platform role, the account itself going, and an organisation leaving a group (for all its members). */
const TRIGGERS: [string, { name: string; events: string; condition?: string }][] = [
  ['membership', { name: 'membership_delete', events: 'delete' }],
  ['membership', { name: 'membership_role', events: 'update of role', condition: 'old.role is distinct from new.role' }],
  ['group_member', { name: 'group_member_delete', events: 'delete' }],
  ['group_member', { name: 'group_member_update', events: 'update of role, status', condition: 'old.role is distinct from new.role or old.status is distinct from new.status' }],
  ['group_organisation', { name: 'group_organisation_delete', events: 'delete' }],
  ['app_user', { name: 'app_user_role', events: 'update of platform_role', condition: 'old.platform_role is distinct from new.platform_role' }],
  ['app_user', { name: 'app_user_delete', events: 'delete' }],
];
