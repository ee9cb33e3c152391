import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_MESSAGES, ErrorCode } from '../common/error-codes.js';
import { repoRoot } from '../common/paths.js';

// Writes client/src/gql/error-codes.ts from server/src/common/error-codes.ts (part of `npm run codegen`; CI fails
// when the committed file differs).
const target = join(repoRoot, 'client', 'src', 'gql', 'error-codes.ts');
const comment = (text: string) => `  /** ${text.replaceAll('*/', '* /')} */`;
const codeDocs = extractCodeDocs();

const out = [
  '// Generated from server/src/common/error-codes.ts by `npm run codegen`. Do not edit by hand.',
  '',
  '/** The codes the server promises in `extensions.code`. */',
  'export const ERROR_CODES = [',
  ...Object.values(ErrorCode).flatMap((code) => [...(codeDocs[code] ? [comment(codeDocs[code])] : []), `  '${code}',`]),
  '] as const;',
  'export type ServerErrorCode = (typeof ERROR_CODES)[number];',
  '',
  '/** Every message key (`domain/snake_case`) the server can answer with: each has a text in nb, nn and en under errors.messages. */',
  'export const ERROR_MESSAGE_KEYS = [',
  ...Object.entries(ERROR_MESSAGES).flatMap(([key, meaning]) => [comment(meaning), `  '${key}',`]),
  '] as const;',
  'export type ServerErrorMessage = (typeof ERROR_MESSAGE_KEYS)[number];',
  '',
].join('\n');
writeFileSync(target, out);
console.log(`wrote ${target}`);

/** The doc comment above each ErrorCode entry, read from the source (TypeScript keeps no comments at run time). */
function extractCodeDocs(): Record<string, string> {
  const source = readFileSync(join(repoRoot, 'server', 'src', 'common', 'error-codes.ts'), 'utf8');
  return Object.fromEntries([...source.matchAll(/\/\*\* (.+?) \*\/\n\s+([A-Z_]+): '/g)].map((m) => [m[2]!, m[1]!]));
}
