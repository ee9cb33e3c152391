/** Checks and escapes for values that go into SQL, shared by every module. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids that are not UUIDs cannot exist; answering NOT_FOUND early avoids a database type error (a 500). */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

/** `s` as a literal inside a LIKE/ILIKE pattern: its `%`, `_` and `\` match only themselves. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}
