import type { RouteLocationRaw } from 'vue-router';
import type { NotificationFieldsFragment, NotificationType } from '@/gql/graphql';

export const NOTIFICATION_TYPES = [
  'MENTION',
  'REPLY',
  'GROUP_INVITATION',
  'JOIN_REQUEST',
  'ANNOUNCEMENT',
  'NEW_EVENT',
  'EVENT_PROMOTED',
  'EVENT_CANCELLED',
  'EVENT_MESSAGE',
  'VOLUNTEER_INTEREST',
  'VOLUNTEER_ANSWERED',
  'ACTIVITY_STALE',
  'GRANT_DECISION',
  'GRANT_MORE_INFO',
  'GRANT_DEADLINE',
  'EVENT_CO_HOST_INVITED',
  'EVENT_MATERIALS',
  'EVENT_MEETING_LINK',
  'EVENT_EVALUATION',
  'GRANT_ACCEPTANCE_DUE',
  'GRANT_REPORT_DUE',
  'GRANT_REPORT_OVERDUE',
  'GRANT_REPORT_CHANGES',
  'SETTLEMENT_SURVEY_SENT',
  'SETTLEMENT_SURVEY_DEADLINE',
  'SETTLEMENT_MILESTONE',
  'MODERATION_WARNING',
] as const satisfies readonly NotificationType[];

// The preferences list every type the server sends: a type added to the schema and not above fails typecheck here.
export const everyNotificationTypeListed: [Exclude<NotificationType, (typeof NOTIFICATION_TYPES)[number]>] extends [never] ? true : never = true;

type Details = NotificationFieldsFragment['details'];

const FOLLOW_UP_TYPES = new Set<string>(['GRANT_ACCEPTANCE_DUE', 'GRANT_REPORT_DUE', 'GRANT_REPORT_OVERDUE', 'GRANT_REPORT_CHANGES']);

/**
 * Where a notification leads: the thread, the group, the event, the activity, the grant application (its
 * decision letter for a decision), the grant round, the home page, or nowhere.
 */
export function notificationLink(details: Details, type?: string): RouteLocationRaw | null {
  // The invited organisation's admins answer on the organiser page (the event may be a draft they cannot see yet).
  if (type === 'EVENT_CO_HOST_INVITED') return '/arrangementer/arrangor';
  if (details.groupId && details.threadId) return `/grupper/${details.groupId}/traader/${details.threadId}`;
  if (details.groupId) return `/grupper/${details.groupId}`;
  if (details.eventId) return `/arrangementer/${details.eventId}`;
  if (details.activityId) return `/aktiviteter/${details.activityId}`;
  if (details.applicationId) {
    if (type === 'GRANT_DECISION') return `/tilskudd/soknader/${details.applicationId}/vedtak`;
    // What follows an award (answering it, its reports) is on the application's follow-up page.
    if (type && FOLLOW_UP_TYPES.has(type)) return `/tilskudd/soknader/${details.applicationId}/oppfolging`;
    return `/tilskudd/soknader/${details.applicationId}`;
  }
  if (details.roundId) return `/tilskudd/runder/${details.roundId}`;
  if (details.settlementYearId && details.municipalityNumber) return `/bosetting/${details.settlementYearId}/kartlegging/${details.municipalityNumber}`;
  if (details.settlementYearId) return `/bosetting/${details.settlementYearId}`;
  // Current announcements show on the home page.
  if (details.announcementId) return '/';
  return null;
}

/** The named values the per-type texts use; missing ones become an empty string, never "undefined". */
export function notificationParams(details: Details, formatDate: (iso: string) => string): Record<string, string> {
  return {
    actor: details.actorName ?? '',
    group: details.groupName ?? '',
    thread: details.threadTitle ?? '',
    title: details.title ?? details.threadTitle ?? details.groupName ?? '',
    excerpt: details.excerpt ?? '',
    startsAt: details.startsAt ? formatDate(details.startsAt) : '',
    organisation: details.organisationName ?? '',
  };
}

/** The locale key of a notification's text; VOLUNTEER_ANSWERED depends on the answer. */
export function notificationTextKey(type: string, details: Details): string {
  if (type === 'VOLUNTEER_ANSWERED') return `groups.inbox.types.VOLUNTEER_ANSWERED.${details.accepted ? 'accepted' : 'declined'}`;
  return `groups.inbox.types.${type}.text`;
}
