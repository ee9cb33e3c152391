import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { SingleLineText } from '../../common/text.js';
import { User } from '../accounts/user.entity.js';
import { HiddenMark } from './hidden.js';
import { ContentType } from './report.entity.js';

@ObjectType({ description: 'A reported or hidden piece of content, as its moderators see it in the queue.' })
export class ModeratedContent {
  @Field(() => ContentType, { description: 'What kind of content it is.' }) type!: ContentType;
  @Field(() => ID, { description: 'The message, resource, activity or event.' }) id!: string;
  @Field(() => String, { description: 'The start of a message, or the title of the others.' }) excerpt!: string;
  @Field(() => ID, { nullable: true, description: 'The group, for a message or a group’s resource.' }) groupId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The thread, for a message.' }) threadId!: string | null;
  @Field(() => HiddenMark, { nullable: true, description: 'Why it is hidden; null while shown.' }) hidden!: HiddenMark | null;
  authorId!: string | null;
}

@ObjectType({ description: 'Which moderation pages the viewer may open.' })
export class ModerationAccess {
  @Field(() => Boolean, { description: 'The moderation queue (county staff, and owners and moderators of a group).' }) queue!: boolean;
  @Field(() => Boolean, { description: 'Warn and suspend accounts (county staff).' }) accounts!: boolean;
  @Field(() => Boolean, { description: 'The admin audit log (county staff).' }) auditLog!: boolean;
}

@ObjectType({ description: 'Something that changed in the moderation queue, delivered live.' })
export class ModerationEvent {
  @Field(() => String, { description: 'Pass as `after` when resubscribing to receive what came since.' }) cursor!: string;
  @Field(() => String, { description: 'moderation.report_opened, moderation.report_closed, moderation.content_hidden or moderation.content_unhidden.' }) type!: string;
  @Field(() => ID, { nullable: true, description: 'The report concerned, for report events.' }) reportId!: string | null;
  @Field(() => ID, { description: 'The content concerned.' }) contentId!: string;
}

@ObjectType({ description: 'An account’s suspension, as county staff see it.' })
export class AccountStanding {
  @Field(() => Date, { nullable: true, description: 'When the account was suspended (UTC); null when it is not.' }) suspendedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was suspended.' }) suspensionReason!: string | null;
}

@InputType({ description: 'Which admin audit log entries to list; every field narrows.' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Only what this user did.' }) actorId?: string | null;
  @SingleLineText()
  @Field(() => String, { nullable: true, description: 'Only actions starting with this, e.g. `user_` (warnings and suspensions) or `content_hidden`.' }) action?: string | null;
  @Field(() => Date, { nullable: true, description: 'From this time (UTC), inclusive.' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Until this time (UTC), exclusive.' }) to?: Date | null;
}

export { User };
