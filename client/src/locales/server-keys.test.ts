// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mergeMessages } from '@/app/i18n';
import { NOTIFICATION_TYPES, notificationTextKey } from '@/features/groups/lib/notifications';
import { parseAuditAction } from '@/features/grant-review/lib/format';
import { ERROR_CODES, ERROR_MESSAGE_KEYS } from '@/gql/error-codes';
import en from './en.json';
import nb from './nb.json';
import nn from './nn.json';

/**
 * What the server can put in front of a user must have a text in nb, nn and en: every notification type, every
 * error code and message key, every audit action. The server's side is read from the lists generated from it
 * (client/src/gql/error-codes.ts), its source and the emitted schema, so a code added there without a translation
 * fails here, with the missing keys listed.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
const featureFiles = import.meta.glob<Record<string, unknown>>('../features/*/locales/*.json', { eager: true, import: 'default' });
const bases = { nb, nn, en } as Record<string, Record<string, unknown>>;
const LANGUAGES = ['nb', 'nn', 'en'] as const;

/** Every leaf of a language's merged messages as a dotted path, as the app loads them. */
const leaves = Object.fromEntries(
  LANGUAGES.map((lang) => {
    const out = new Map<string, unknown>();
    const walk = (value: unknown, prefix: string) => {
      if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, prefix ? `${prefix}.${k}` : k);
      else out.set(prefix, value);
    };
    walk(mergeMessages(bases[lang]!, lang, featureFiles), '');
    return [lang, out];
  }),
) as Record<(typeof LANGUAGES)[number], Map<string, unknown>>;

const translated = (lang: (typeof LANGUAGES)[number], key: string) => {
  const v = leaves[lang].get(key);
  return typeof v === 'string' && v.trim() !== '';
};

/** Fails listing, per language, the keys that have no text. */
function expectTranslated(what: string, keys: Iterable<string>) {
  const wanted = [...new Set(keys)].sort();
  const missing = LANGUAGES.flatMap((lang) => wanted.filter((k) => !translated(lang, k)).map((k) => `${lang}: ${k}`));
  expect(missing, `${what} without a text. Add these keys to client/src/locales/{nb,nn,en}.json or the feature's locales/{nb,nn,en}.json:\n  ${missing.join('\n  ')}\n`).toEqual([]);
}

// ── The server's side ──────────────────────────────────────────────────────────────────────────────

const schema = readFileSync(join(root, 'schema/schema.graphql'), 'utf8');
function schemaEnum(name: string): string[] {
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema)?.[1];
  if (!body) throw new Error(`enum ${name} not found in schema/schema.graphql`);
  return body.split('\n').map((l) => l.trim()).filter((l) => /^[A-Z_]+$/.test(l));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}
/** The server's source without comments (a comment may quote a code's shape, e.g. `domain/snake_case`). */
const sources = sourceFiles(join(root, 'server/src')).map((path) => ({
  path: path.slice(root.length),
  text: readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').replace(/\s\/\/\s.*$/gm, ''),
}));
const allSource = sources.map((s) => s.text).join('\n');

function serverAuditActions(): { actions: Set<string>; stateChanges: boolean; unexplained: string[] } {
  const actions = new Set<string>();
  const unexplained: string[] = [];
  let stateChanges = false;
  for (const m of allSource.matchAll(/\baudit\(\s*\w+,\s*\{[^;]*?\baction:\s*(?:'([^']+)'|`([^`]+)`)/g)) {
    if (m[1]) actions.add(m[1]);
    else if (/^state:\$\{[\w.]+\}→(?:\$\{[\w.]+\}|[A-Z_]+)$/.test(m[2]!)) stateChanges = true;
    else unexplained.push(m[2]!);
  }
  return { actions, stateChanges, unexplained };
}

// ── The tests ──────────────────────────────────────────────────────────────────────────────────────

describe('every server text has a translation in nb, nn and en', () => {
  it('notification types: the name (preferences) and the inbox text', () => {
    const types = schemaEnum('NotificationType');
    expect(types.length).toBeGreaterThan(10);
    expect([...NOTIFICATION_TYPES].sort(), 'NOTIFICATION_TYPES in features/groups/lib/notifications.ts must list every NotificationType').toEqual([...types].sort());
    const details = { __typename: 'NotificationDetails' as const };
    expectTranslated(
      'Notification types',
      types.flatMap((type) => [`groups.inbox.types.${type}.name`, notificationTextKey(type, { ...details, accepted: true }), notificationTextKey(type, { ...details, accepted: false })]),
    );
  });

  it('error codes: each code in errors.<CODE> and each message key in errors.messages (both lists generated from the server)', () => {
    expect(ERROR_CODES).toContain('BAD_USER_INPUT');
    expectTranslated('Error codes', ERROR_CODES.map((c) => `errors.${c}`));
    // server/src/common/error-codes.test.ts checks that the list holds every key the server's source can answer with.
    expect(ERROR_MESSAGE_KEYS.length).toBeGreaterThan(100);
    expect(ERROR_MESSAGE_KEYS).toContain('grant/over_budget');
    expectTranslated('Server error message keys', ERROR_MESSAGE_KEYS.map((c) => `errors.messages.${c.replaceAll('/', '.')}`));
  });

  it('audit actions, as the audit log shows them (state changes by their states)', () => {
    const { actions, stateChanges, unexplained } = serverAuditActions();
    expect(unexplained, 'Audit actions built at run time that this test cannot expand').toEqual([]);
    expect(actions).toContain('attachment_added');
    const keys = [...actions].map((action) => {
      const key = parseAuditAction(action).key;
      return key ? `grantReview.audit.actions.${key}` : `(no key for the audit action "${action}")`;
    });
    if (stateChanges) {
      keys.push('grantReview.audit.actions.state');
      keys.push(...schemaEnum('RoundState').map((s) => `grantReview.roundStates.${s}`), ...schemaEnum('ApplicationState').map((s) => `grantReview.applicationStates.${s}`));
      // The grant follow-up's machines, named by their entity type (AuditLog.vue's FOLLOW_UP_STATES).
      for (const [entityType, enumName, prefix] of [
        ['grant_award', 'AwardState', 'grants.followUp.awardStates'],
        ['grant_report', 'ReportState', 'grants.followUp.reportStates'],
        ['grant_payment', 'PaymentState', 'grants.followUp.paymentStates'],
        ['grant_repayment_claim', 'RepaymentState', 'grants.followUp.repayment.states'],
        ['grant_change_request', 'ChangeRequestState', 'grants.followUp.changes.states'],
        ['grant_appeal', 'AppealState', 'grants.followUp.appeal.states'],
      ] as const) {
        keys.push(`grantReview.audit.entities.${entityType}`, ...schemaEnum(enumName).map((s) => `${prefix}.${s}`));
      }
    }
    expectTranslated('Audit actions', keys);
  });
});
