import { ObjectType, Field } from 'type-graphql';
import { AppError } from '../../common/errors.js';
import { thenMaybe, type MaybePromise } from '../../common/maybe-promise.js';
import type { Context } from '../../context.js';
import { viewerAccess } from '../groups/group-access.js';
import { GroupRole } from '../groups/group.entity.js';
import { canModeration, type ModeratedFacts } from './moderation.policy.js';

/**
 * Hidden content, as the content modules use it: what a moderator hid is shown to others as the reason only. The
 * modules' detail queries call `assertShown` (lists, search, feeds and the front page leave hidden rows out in SQL:
 * `hidden_at is null`), and their `viewerCan` and `hidden` fields read `moderationFlags` / `hiddenMark`.
 */

@ObjectType({ description: 'Why a moderator hid a piece of content: shown in its place to everyone but its moderators.' })
export class HiddenMark {
  @Field(() => String, { description: 'The moderator’s reason.' }) reason!: string;
  @Field(() => Date, { description: 'When it was hidden (UTC).' }) hiddenAt!: Date;
}

interface Hideable extends ModeratedFacts {
  hiddenAt?: Date | null;
  hiddenReason?: string | null;
}

/** Whether the viewer owns or moderates the group in person (county staff are asked separately). */
export function moderatesGroup(ctx: Context, groupId: string | null): MaybePromise<boolean> {
  if (!groupId || !ctx.viewer.signedIn) return false;
  return thenMaybe(viewerAccess(ctx, groupId), (a) => a.active && (a.role === GroupRole.OWNER || a.role === GroupRole.MODERATOR));
}

// MaybePromise: a list's rows ask each, and the answer is known after the first (group/message.ts, a thread page).
export function mayModerate(ctx: Context, c: ModeratedFacts): MaybePromise<boolean> {
  if (ctx.viewer.isStaff) return canModeration.moderate(ctx.viewer, c, false);
  return thenMaybe(moderatesGroup(ctx, c.groupId), (inPerson) => canModeration.moderate(ctx.viewer, c, inPerson));
}

/** The flags of a content type's `viewerCan`. */
export function moderationFlags(ctx: Context, c: Hideable): MaybePromise<{ report: boolean; moderate: boolean }> {
  return thenMaybe(mayModerate(ctx, c), (moderate) => ({ report: canModeration.report(ctx.viewer, c) && !c.hiddenAt, moderate }));
}

export function hiddenMark(c: Hideable): HiddenMark | null {
  return c.hiddenAt ? { reason: c.hiddenReason ?? '', hiddenAt: c.hiddenAt } : null;
}

/** Whether the viewer sees the content itself: it is not hidden, or they moderate it. */
export function shownTo(ctx: Context, c: Hideable): MaybePromise<boolean> {
  return !c.hiddenAt || mayModerate(ctx, c);
}

/** A detail query's gate: hidden content answers NOT_FOUND `moderation/content_hidden` with the reason, except to its moderators. */
export async function assertShown(ctx: Context, c: Hideable): Promise<void> {
  if (!(await shownTo(ctx, c))) throw new AppError('NOT_FOUND', 'moderation/content_hidden', { reason: c.hiddenReason ?? '' });
}

type Authored = { createdBy?: { id: string } | null; hiddenAt?: Date | null; hiddenReason?: string | null };

/** A resource's moderators: a GROUP resource's group's too (as content.ts reads it in SQL). */
export const moderatedResource = (r: Authored & { access: string; group?: { id: string } | null }): Hideable => ({
  groupId: r.access === 'GROUP' ? (r.group?.id ?? null) : null,
  authorId: r.createdBy?.id ?? null,
  hiddenAt: r.hiddenAt,
  hiddenReason: r.hiddenReason,
});

/** Activities and events: county staff moderate them. */
export const moderatedByStaff = (x: Authored): Hideable => ({ groupId: null, authorId: x.createdBy?.id ?? null, hiddenAt: x.hiddenAt, hiddenReason: x.hiddenReason });
