import { Field, ObjectType } from 'type-graphql';
import { UserInputError } from './errors.js';

export const MAX_PAGE_SIZE = 100;

/** `first` on every list is 1–100; anything else is the caller's mistake. */
export function clampFirst(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw UserInputError.field('first', 'validation/first_out_of_range');
  return first;
}

/** Opaque offset cursors: enough for directory-style lists ordered by a stable key. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw UserInputError.field('after', 'validation/cursor_invalid');
  return Number(match[1]);
}

@ObjectType({ description: 'Where a page of a cursor-paginated list ends.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

export function pageInfo(offset: number, returned: number, total: number): PageInfo {
  return { hasNextPage: offset + returned < total, endCursor: returned ? encodeCursor(offset + returned) : null };
}
