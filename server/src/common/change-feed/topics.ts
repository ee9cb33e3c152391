/**
 * What the change feed carries: every topic, and for each the changes recorded on it, one payload type per change
 * type. A change is written with `recordChanges`/`writeAndRecord` (write.ts) and read back, typed by its topic, by
 * `replayThenLive` (live.ts); the compiler checks both ends against this map, so a payload needs no cast.
 *
 * A new kind of change: add its type and payload to its topic's union below (or a new topic, with its builder).
 * Type names are unique across topics (`event.type` alone says which payload it has). Payloads hold ids and
 * numbers, never rows: subscribers read what changed themselves, as they may see it. Enumerations are written as
 * their values (the modules' enums are assignable to them), so this file imports nothing from the modules.
 */

/** One user's access may have shrunk. Written by database triggers only (migration 20261205090000). */
export type AccessChange = { type: 'access.changed'; payload: { reason: string } };

/** A network group: its threads and messages, its members, who may read it. */
export type GroupChange =
  /** Visibility or organisations changed: subscribers ask again whether they may read. */
  | { type: 'group.access_changed'; payload: { organisationId?: string } }
  | { type: 'member.joined' | 'member.removed'; payload: { userId: string } }
  | { type: 'member.role_changed'; payload: { userId: string; role: 'OWNER' | 'MODERATOR' | 'MEMBER' } }
  | { type: 'thread.created'; payload: { threadId: string } }
  | { type: 'message.created' | 'message.updated' | 'message.deleted'; payload: { messageId: string; threadId: string } };

/** One user's inbox, and their reading: a thread read (on any device) clears its replies and mentions and moves the
 * unread message counts (the front page listens). */
export type InboxChange = { type: 'notification.created'; payload: { notificationId: string } } | { type: 'thread.read'; payload: { threadId: string } };

/** An event's seat counts per capacity and status (`registration.changed`), its details (`event.updated`), or a new
 * evaluation answer (`evaluation.answered`: the organisers' results page reads them again; no names). */
export type EventChange =
  | {
      type: 'registration.changed';
      payload: { confirmed: number; waitlisted: number; onlineConfirmed: number; onlineWaitlisted: number; reservedConfirmed: number; status: 'DRAFT' | 'PUBLISHED' | 'CANCELLED' };
    }
  | { type: 'event.updated'; payload: Record<string, never> }
  | { type: 'evaluation.answered'; payload: Record<string, never> };

/** An event's check-in at the door, for its organisers only (the public `event/` topic may not say who came): a mark
 * and the counts after it, or `event.access_changed` when a co-host left (its members' pages ask again). */
export type CheckInChange =
  | { type: 'registration.check_in'; payload: { registrationId: string; checkIn: 'NOT_MARKED' | 'ATTENDED' | 'NO_SHOW'; attended: number; noShow: number; registered: number } }
  | { type: 'event.access_changed'; payload: { reason: string } };

/** A grant round, for its dashboard. */
export type RoundChange =
  | { type: 'round.opened' | 'round.closed' | 'round.decided'; payload: Record<string, never> }
  | {
      type: 'application.submitted' | 'application.resubmitted' | 'application.withdrawn' | 'application.conflict_declared' | 'application.assessed' | 'application.more_info' | 'application.decided';
      payload: { applicationId: string };
    }
  | {
      // The follow-up of the round's awards (modules/grants/follow-up), about one application.
      type: FollowUpChangeType;
      payload: { applicationId: string };
    };

/** What happens after an award, on its round's topic. */
export type FollowUpChangeType =
  | 'award.accepted'
  | 'award.declined'
  | 'award.lapsed'
  | 'report.submitted'
  | 'report.approved'
  | 'report.changes_requested'
  | 'report.rejected'
  | 'report.overdue'
  | 'payment.paid'
  | 'repayment.claimed'
  | 'repayment.settled'
  | 'change.requested'
  | 'change.decided'
  | 'appeal.filed'
  | 'appeal.decided';

export type AnnouncementChange = { type: 'announcement.posted'; payload: { announcementId: string } };

/** What the front page lists changed: an event or activity came or went, a round opened, an announcement. Public. */
export type FrontPageChange = { type: 'frontpage.changed'; payload: { what: 'event' | 'activity' | 'round' | 'announcement'; id: string } };
type Nothing = Record<string, never>;
type OfMunicipality = { municipalityNumber: string };

/** A settlement year's capacity survey, for the county staff's tracker. */
export type SettlementSurveyChange =
  | { type: 'survey.sent' | 'survey.reopened' | 'survey.closed' | 'survey.deadline_changed' | 'survey.reminded'; payload: Nothing }
  | { type: 'response.opened' | 'response.saved' | 'response.submitted' | 'response.reopened' | 'response.extended' | 'response.reminded'; payload: OfMunicipality };

/** A settlement year's allocation board and recommendations. A cell's change carries the cell (everyone at the board may read it). */
export type SettlementBoardChange =
  | {
      type: 'board.cell';
      payload: OfMunicipality & { column: 'RECOMMENDATION' | 'MINORS' | 'IMDI_PROPOSAL' | 'COMMENT'; number: number | null; text: string | null; version: number; updatedByName: string | null; updatedAt: string };
    }
  | { type: 'board.locked' | 'board.unlocked' | 'recommendation.sent'; payload: Nothing }
  | { type: 'recommendation.saved' | 'recommendation.revised'; payload: OfMunicipality };

/** A settlement year's numbers (requests, decisions, settled) and milestones; `settlement.access_changed` when the
 * county publishes them or withdraws them, so subscribers ask again whether they may read. */
export type SettlementNumbersChange =
  | { type: 'numbers.request' | 'numbers.decision' | 'numbers.settled' | 'numbers.document'; payload: OfMunicipality }
  | { type: 'numbers.imported'; payload: Nothing }
  | { type: 'milestone.changed'; payload: { milestoneId: string } }
  | { type: 'settlement.access_changed'; payload: { published: boolean } };

/** The moderation queue: a report opened or closed, content hidden or shown again. `groupId` says whose queue it is
 * in besides county staff's (the group's owners and moderators); null: county staff only. */
export type ModerationChange = {
  type: 'moderation.report_opened' | 'moderation.report_closed' | 'moderation.content_hidden' | 'moderation.content_unhidden';
  payload: { contentId: string; groupId: string | null; reportId?: string };
};

/** Topic → the changes recorded on it (Hoppscotch's `topicsDefs.ts` shape). */
export interface ChangeTopics {
  [topic: `access/${string}`]: AccessChange;
  [topic: `group/${string}`]: GroupChange;
  [topic: `user/${string}`]: InboxChange;
  [topic: `event/${string}`]: EventChange;
  [topic: `event-check-in/${string}`]: CheckInChange;
  [topic: `round/${string}`]: RoundChange;
  announcements: AnnouncementChange;
  frontpage: FrontPageChange;
  moderation: ModerationChange;
  [topic: `settlement/${string}/survey`]: SettlementSurveyChange;
  [topic: `settlement/${string}/board`]: SettlementBoardChange;
  [topic: `settlement/${string}/numbers`]: SettlementNumbersChange;
}

export type Topic = keyof ChangeTopics;
export type GroupTopic = `group/${string}`;

/** Where a change of one user's access is announced (see AccessChange). */
export const accessTopic = (userId: string): `access/${string}` => `access/${userId}`;
export const groupTopic = (groupId: string): GroupTopic => `group/${groupId}`;
/** A user's inbox. */
export const userTopic = (userId: string): `user/${string}` => `user/${userId}`;
export const eventTopic = (eventId: string): `event/${string}` => `event/${eventId}`;
export const checkInTopic = (eventId: string): `event-check-in/${string}` => `event-check-in/${eventId}`;
export const roundTopic = (roundId: string): `round/${string}` => `round/${roundId}`;
export const ANNOUNCEMENTS_TOPIC = 'announcements' satisfies Topic;
export const FRONT_PAGE_TOPIC = 'frontpage' satisfies Topic;
export const MODERATION_TOPIC = 'moderation' satisfies Topic;
/** The front page's lists changed (FrontPageChange): recorded beside the change itself. */
export const frontPageChange = (what: FrontPageChange['payload']['what'], id: string): Change<typeof FRONT_PAGE_TOPIC> => ({ topic: FRONT_PAGE_TOPIC, type: 'frontpage.changed', payload: { what, id } });
/** A settlement year's survey tracker, allocation board, and numbers. */
export const settlementTopics = {
  survey: (yearId: string): `settlement/${string}/survey` => `settlement/${yearId}/survey`,
  board: (yearId: string): `settlement/${string}/board` => `settlement/${yearId}/board`,
  numbers: (yearId: string): `settlement/${string}/numbers` => `settlement/${yearId}/numbers`,
};

/** A change on topic `T` (any topic when not given), as it is written: its topic, type and payload. */
export type Change<T extends Topic = Topic> = T extends Topic ? { topic: T } & ChangeTopics[T] : never;

/** The change types of topic `T`. */
export type ChangeType<T extends Topic = Topic> = Change<T>['type'];

/** A change to record; `actorId` defaults to the viewer (writeAndRecord) or none. */
export type NewChange<T extends Topic = Topic> = Change<T> & { actorId?: string | null };

/** A recorded change: its id is the subscriber's cursor. */
export type ChangeRecord<T extends Topic = Topic> = Change<T> & { id: string; actorId: string | null; createdAt: Date };
