import { Migration } from '@mikro-orm/migrations';

export class Migration20261205083441 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "auth_token" drop constraint if exists "auth_token_purpose_check";`);

    this.addSql(`alter table "auth_token" add constraint "auth_token_purpose_check" check("purpose" in ('VERIFY_EMAIL', 'RESET_PASSWORD', 'UNLOCK_LOGIN'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "auth_token" drop constraint if exists "auth_token_purpose_check";`);

    this.addSql(`alter table "auth_token" add constraint "auth_token_purpose_check" check("purpose" in ('VERIFY_EMAIL', 'RESET_PASSWORD'));`);
  }

}
