import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { AuditEntry } from '../../common/audit.js';
import { authorize } from '../../common/auth/policies.js';
import { AfterArgs, replayThenLive, subscribeWith } from '../../common/change-feed/live.js';
import { MODERATION_TOPIC, type ChangeRecord } from '../../common/change-feed/topics.js';
import { clampFirst } from '../../common/pagination.js';
import { TextArgs } from '../../common/text.js';
import type { Context } from '../../context.js';
import { User } from '../accounts/user.entity.js';
import { contentFacts, type ContentFacts } from './content.js';
import { hiddenMark } from './hidden.js';
import { canModeration } from './moderation.policy.js';
import { ModerationService } from './moderation.service.js';
import { AccountStanding, AuditLogFilter, ModeratedContent, ModerationAccess, ModerationEvent } from './moderation.types.js';
import { ContentType, Report } from './report.entity.js';

function contentView(c: ContentFacts): ModeratedContent {
  return { type: c.type, id: c.id, excerpt: c.excerpt, groupId: c.groupId, threadId: c.threadId, hidden: hiddenMark(c), authorId: c.authorId };
}

@Resolver(() => Report)
export class ModerationResolver {
  @Authorized()
  @Query(() => ModerationAccess, { description: 'Which moderation pages the viewer may open.' })
  async moderationAccess(@Ctx() ctx: Context): Promise<ModerationAccess> {
    const groups = await new ModerationService(ctx).moderatedGroupIds();
    return { queue: canModeration.queue(ctx.viewer, groups.length > 0), accounts: canModeration.accounts(ctx.viewer), auditLog: canModeration.auditLog(ctx.viewer) };
  }

  @Authorized()
  @Query(() => [Report], { description: 'The reports the viewer moderates (county staff: all; group owners and moderators: their groups’): the open ones oldest first, or with `closed` the handled ones latest first.' })
  moderationQueue(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many reports, 1–100.' }) first = 50,
    @Arg('closed', () => Boolean, { defaultValue: false, description: 'True: the resolved and dismissed reports instead of the open ones.' }) closed = false,
  ): Promise<Report[]> {
    return new ModerationService(ctx).queue(clampFirst(first), closed);
  }

  @Authorized()
  @Subscription(() => ModerationEvent, {
    description: 'Live changes of the viewer’s moderation queue. With `after`, first replays what came after that cursor. Ends when the viewer no longer moderates anything.',
    subscribe: subscribeWith(AfterArgs, async ({ after }, ctx) => {
      const service = new ModerationService(ctx);
      authorize(ctx.viewer, canModeration.queue(ctx.viewer, (await service.moderatedGroupIds()).length > 0));
      const groupsOf = async (userId: string | null) => service.moderatedGroupIds(ctx.em.fork(), userId);
      return replayThenLive(ctx, {
        topic: MODERATION_TOPIC,
        after,
        allowed: async (viewer) => canModeration.queue(viewer, (await groupsOf(viewer.id)).length > 0),
        wanted: async (e) => ctx.viewer.isStaff || (!!e.payload.groupId && (await groupsOf(ctx.viewer.id)).includes(e.payload.groupId)),
      });
    }),
  })
  moderationEvents(@Root() e: ChangeRecord<typeof MODERATION_TOPIC>, @Args(() => AfterArgs) _args: AfterArgs): ModerationEvent {
    return { cursor: e.id, type: e.type, reportId: e.payload.reportId ?? null, contentId: e.payload.contentId };
  }

  @Authorized()
  @Mutation(() => Report, { description: 'Reports a message, resource, activity or event to its moderators (anyone signed in who may see it; not one’s own; once while one’s report of it is open; 20 an hour).' })
  @TextArgs({ reason: 'multi-line' })
  contentReport(
    @Ctx() ctx: Context,
    @Arg('type', () => ContentType, { description: 'What kind of content.' }) type: ContentType,
    @Arg('contentId', () => ID, { description: 'The content to report.' }) contentId: string,
    @Arg('reason', () => String, { description: 'Why it breaks the rules, 3–1000 characters.' }) reason: string,
  ): Promise<Report> {
    return new ModerationService(ctx).report(type, contentId, reason);
  }

  @Authorized()
  @Mutation(() => Report, { description: 'Dismisses an open report: nothing wrong (its moderators).' })
  reportDismiss(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The report.' }) id: string): Promise<Report> {
    return new ModerationService(ctx).dismiss(id);
  }

  @Authorized()
  @Mutation(() => ModeratedContent, { description: 'Hides content with a reason shown in its place to everyone but its moderators, and resolves its open reports (its moderators).' })
  @TextArgs({ reason: 'multi-line' })
  contentHide(
    @Ctx() ctx: Context,
    @Arg('type', () => ContentType, { description: 'What kind of content.' }) type: ContentType,
    @Arg('contentId', () => ID, { description: 'The content to hide.' }) contentId: string,
    @Arg('reason', () => String, { description: 'Why, 3–500 characters: shown in its place.' }) reason: string,
  ): Promise<ModeratedContent> {
    return new ModerationService(ctx).hide(type, contentId, reason).then(contentView);
  }

  @Authorized()
  @Mutation(() => ModeratedContent, { description: 'Shows hidden content again (its moderators).' })
  contentUnhide(@Ctx() ctx: Context, @Arg('type', () => ContentType, { description: 'What kind of content.' }) type: ContentType, @Arg('contentId', () => ID, { description: 'The content to show again.' }) contentId: string): Promise<ModeratedContent> {
    return new ModerationService(ctx).unhide(type, contentId).then(contentView);
  }

  @Authorized()
  @Mutation(() => User, { description: 'Warns an account; the warning and its reason go into the admin audit log (county staff).' })
  @TextArgs({ reason: 'multi-line' })
  userWarn(@Ctx() ctx: Context, @Arg('userId', () => ID, { description: 'The account.' }) userId: string, @Arg('reason', () => String, { description: 'Why, 3–500 characters.' }) reason: string): Promise<User> {
    return new ModerationService(ctx).warn(userId, reason);
  }

  @Authorized()
  @Mutation(() => User, { description: 'Suspends an account: it cannot sign in, and its sessions and live connections end (county staff; an admin only by an admin).' })
  @TextArgs({ reason: 'multi-line' })
  userSuspend(@Ctx() ctx: Context, @Arg('userId', () => ID, { description: 'The account.' }) userId: string, @Arg('reason', () => String, { description: 'Why, 3–500 characters.' }) reason: string): Promise<User> {
    return new ModerationService(ctx).suspend(userId, reason);
  }

  @Authorized()
  @Mutation(() => User, { description: 'Lifts a suspension (county staff).' })
  userUnsuspend(@Ctx() ctx: Context, @Arg('userId', () => ID, { description: 'The account.' }) userId: string): Promise<User> {
    return new ModerationService(ctx).unsuspend(userId);
  }

  @Authorized()
  @Query(() => [AuditEntry], { description: 'The admin audit log: role changes, verifications, deletions and moderation, newest first (county staff). As CSV: /admin/revisjonslogg.csv with the same filters.' })
  adminAuditLog(
    @Ctx() ctx: Context,
    @Arg('filter', () => AuditLogFilter, { nullable: true, description: 'Which entries; all when omitted.' }) filter?: AuditLogFilter | null,
    @Arg('first', () => Int, { defaultValue: 100, description: 'How many entries, 1–100.' }) first = 100,
  ): Promise<AuditEntry[]> {
    return new ModerationService(ctx).auditLog(filter ?? {}, clampFirst(first));
  }

  @FieldResolver(() => ModeratedContent, { nullable: true, description: 'The reported content; null once it is gone.' })
  async content(@Root() r: Report, @Ctx() ctx: Context): Promise<ModeratedContent | null> {
    const c = (await contentFacts(ctx.em, r.contentType, [r.contentId])).get(r.contentId);
    return c ? contentView(c) : null;
  }
}

@Resolver(() => ModeratedContent)
export class ModeratedContentResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who wrote or registered it; null when unknown or deleted.' })
  author(@Root() c: ModeratedContent, @Ctx() ctx: Context): Promise<User | null> {
    return c.authorId ? ctx.em.findOne(User, { id: c.authorId }) : Promise.resolve(null);
  }
}

@Resolver(() => User)
export class UserStandingResolver {
  @FieldResolver(() => AccountStanding, { nullable: true, description: 'Whether the account is suspended (county staff only; null for others).' })
  standing(@Root() u: User, @Ctx() ctx: Context): AccountStanding | null {
    if (!canModeration.accounts(ctx.viewer)) return null;
    return { suspendedAt: u.suspendedAt ?? null, suspensionReason: u.suspensionReason ?? null };
  }
}
