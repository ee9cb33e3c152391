import { ObjectType, Field } from 'type-graphql';
import { AppError } from '../../common/errors.js';
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
export async function moderatesGroup(ctx: Context, groupId: string | null): Promise<boolean> {
  if (!groupId || !ctx.viewer.signedIn) return false;
  const a = await viewerAccess(ctx, groupId);
  return a.active && (a.role === GroupRole.OWNER || a.role === GroupRole.MODERATOR);
}

export async function mayModerate(ctx: Context, c: ModeratedFacts): Promise<boolean> {
  return canModeration.moderate(ctx.viewer, c, ctx.viewer.isStaff ? false : await moderatesGroup(ctx, c.groupId));
}

/** The flags of a content type's `viewerCan`. */
export async function moderationFlags(ctx: Context, c: Hideable): Promise<{ report: boolean; moderate: boolean }> {
  return { report: canModeration.report(ctx.viewer, c) && !c.hiddenAt, moderate: await mayModerate(ctx, c) };
}

export function hiddenMark(c: Hideable): HiddenMark | null {
  return c.hiddenAt ? { reason: c.hiddenReason ?? '', hiddenAt: c.hiddenAt } : null;
}

/** Whether the viewer sees the content itself: it is not hidden, or they moderate it. */
export async function shownTo(ctx: Context, c: Hideable): Promise<boolean> {
  return !c.hiddenAt || (await mayModerate(ctx, c));
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
