import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES, ErrorCode } from './error-codes.js';

/**
 * ERROR_MESSAGES lists exactly the message keys the server's source can answer with: read from the source (literals
 * of the shape `domain/snake_case`, and the keys built at run time, expanded by DYNAMIC_CODES).
 */

const srcDir = fileURLToPath(new URL('../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && e.name !== 'error-codes.ts' ? [path] : [];
  });
}
/** The server's source without comments (a comment may quote a key's shape, e.g. `domain/snake_case`). */
const sources = sourceFiles(srcDir).map((path) => ({
  path: path.slice(srcDir.length),
  text: readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').replace(/\s\/\/\s.*$/gm, ''),
}));
const allSource = sources.map((s) => s.text).join('\n');

const KEY = /^[a-z][a-z0-9_]*\/[a-z0-9_]+$/;
/** Literals of that shape that are no message keys. */
const NOT_KEYS = new Set(['server/src']);
const MIME_TOP_LEVEL = new Set(['text', 'image', 'application', 'audio', 'video', 'font', 'multipart']);

/** Keys built at run time, by the source text that builds them: each with what it can become. A new one fails the test until it is added here. */
const DYNAMIC_CODES: { source: RegExp; codes: () => string[] }[] = [
  // grant.service.ts createRound: each required round field.
  { source: /`grant\/\$\{f\.replace\(/, codes: () => ['title', 'year', 'budget', 'opens_at', 'closes_at'].map((f) => `grant/${f}_required`) },
  // grant.service.ts submit: one field problem per missing item (the Missing type).
  {
    source: /`grant\/missing_\$\{/,
    codes: () => {
      const union = /export type Missing = ([^;]+);/.exec(allSource)?.[1] ?? '';
      return [...union.matchAll(/'(\w+)'/g)].map((m) => `grant/missing_${m[1]!.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`);
    },
  },
  // follow-up/report.service.ts submit: one field problem per missing item (the ReportMissing type).
  {
    source: /`grant\/report_missing_\$\{/,
    codes: () => {
      const union = /export type ReportMissing = ([^;]+);/.exec(allSource)?.[1] ?? '';
      return [...union.matchAll(/'(\w+)'/g)].map((m) => `grant/report_missing_${m[1]!.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`);
    },
  },
  // event.service.ts: each required event field (start and end share one key).
  { source: /`event\/\$\{f === 'startsAt'/, codes: () => ['title', 'kind', 'mode', 'time'].map((f) => `event/${f}_required`) },
  // uploads.ts: `<domain>/upload_header_missing` and `<domain>/<reason>` for every upload domain.
  { source: /`\$\{domain\}\/upload_header_missing`/, codes: () => uploadDomains().map((d) => `${d}/upload_header_missing`) },
  // uploads.ts: `<domain>/storage_unavailable` when the file storage does not answer.
  { source: /`\$\{domain\}\/storage_unavailable`/, codes: () => uploadDomains().map((d) => `${d}/storage_unavailable`) },
  {
    source: /`\$\{domain\}\/\$\{key\}`/,
    codes: () => {
      const reasons = [...allSource.matchAll(/refuse\(\d+, '[A-Z_]+', '([a-z_]+)'/g)].map((m) => m[1]!);
      return uploadDomains().flatMap((d) => reasons.map((r) => `${d}/${r}`));
    },
  },
  // uploads.ts storageUnavailable: `<domain>/storage_unavailable` for each router that stores uploads.
  {
    source: /`\$\{domain\}\/storage_unavailable`/,
    codes: () => [...new Set([...allSource.matchAll(/storageUnavailable\(res, [^,]+, err, '([a-z_]+)'\)/g)].map((m) => `${m[1]}/storage_unavailable`))],
  },
  // loaded.ts: a reference to a row deleted meanwhile; the client says NOT_FOUND's own text.
  { source: /NotFoundError\(meta\.className/, codes: () => [] },
];
const uploadDomains = () => [...new Set([...allSource.matchAll(/(?:receiveFile|hasUploadHeader)\(req, res, '([a-z_]+)'/g)].map((m) => m[1]!))];

function keysInSource(): { keys: Set<string>; unexplained: string[] } {
  const keys = new Set<string>();
  const unexplained: string[] = [];
  for (const { path, text } of sources) {
    // Plain literals ('…', "…", and `…` without ${}).
    for (const m of text.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`$\n]*)`/g)) {
      const value = m[1] ?? m[2] ?? m[3] ?? '';
      if (KEY.test(value) && !NOT_KEYS.has(value) && !MIME_TOP_LEVEL.has(value.split('/')[0]!)) keys.add(value);
    }
    for (const m of text.matchAll(/NotFoundError\(\s*'([a-z_]+)'/g)) keys.add(`${m[1]}/not_found`);
    // Keys built at run time, where errors are made.
    for (const line of text.split('\n')) {
      if (!/Error\b|fail\(|message:/.test(line)) continue;
      if (!/`(?:[a-z][a-z0-9_]*|\$\{\w+\})\/[a-z0-9_]*\$\{|`\$\{\w+\}\/[a-z0-9_]+`|NotFoundError\((?!\s*'|\))/.test(line)) continue;
      const known = DYNAMIC_CODES.find((d) => d.source.test(line));
      if (known) known.codes().forEach((c) => keys.add(c));
      else unexplained.push(`${path}: ${line.trim()}`);
    }
  }
  return { keys, unexplained };
}

describe('error codes as data (error-codes.ts)', () => {
  const { keys, unexplained } = keysInSource();

  it('can expand every message key the source builds at run time', () => {
    expect(unexplained, `Message keys built at run time that this test cannot expand: add them to DYNAMIC_CODES in server/src/common/error-codes.test.ts:\n  ${unexplained.join('\n  ')}\n`).toEqual([]);
    expect(keys).toContain('grant/missing_budget_lines');
    expect(keys).toContain('resource/upload_header_missing');
  });

  it('lists every message key the server can answer with, and no other', () => {
    const listed = new Set(Object.keys(ERROR_MESSAGES));
    const missing = [...keys].filter((k) => !listed.has(k)).sort();
    const unused = [...listed].filter((k) => !keys.has(k)).sort();
    expect(missing, `Message keys used in server/src but not in ERROR_MESSAGES (server/src/common/error-codes.ts); add each with what it means:\n  ${missing.join('\n  ')}\n`).toEqual([]);
    expect(unused, `Keys in ERROR_MESSAGES that server/src no longer uses; delete them:\n  ${unused.join('\n  ')}\n`).toEqual([]);
    expect(keys.size).toBeGreaterThan(100);
  });

  it('documents each code and key, and keys have the domain/snake_case shape', () => {
    for (const [key, meaning] of Object.entries(ERROR_MESSAGES)) {
      expect(key).toMatch(KEY);
      expect(meaning.trim().length, key).toBeGreaterThan(5);
    }
    expect(Object.keys(ErrorCode)).toEqual(Object.values(ErrorCode));
    // Every code the errors module makes is one of them.
    const used = [...readFileSync(join(srcDir, 'common/errors.ts'), 'utf8').matchAll(/ErrorCode\.([A-Z_]+)/g)].map((m) => m[1]!);
    for (const code of used) expect(Object.keys(ErrorCode)).toContain(code);
  });
});
