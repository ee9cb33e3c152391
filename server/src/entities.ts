import { ChangeEvent } from './common/change-feed/change-event.entity.js';
import { RateLimitBucket } from './common/rate-limit.entity.js';
import { MailOutboxEntry } from './common/mail/outbox.entity.js';
import { Announcement } from './modules/announcements/announcement.entity.js';
import { Activity, VolunteerInterest } from './modules/activities/activity.entity.js';
import { AuditEntry } from './common/audit.js';
import { GrantApplication, GrantAssessment, GrantAttachment, GrantGuidelines, GrantRound, GrantScheme } from './modules/grants/grant.entity.js';
import { FOLLOW_UP_ENTITIES } from './modules/grants/follow-up/follow-up.entity.js';
import { Resource, ResourceFile } from './modules/resources/resource.entity.js';
import { Event, Follow, Registration } from './modules/events/event.entity.js';
import { EventHost } from './modules/events/event-host.entity.js';
import { EvaluationResponse } from './modules/events/evaluation.entity.js';
import { GroupMember, GroupOrganisation, NetworkGroup } from './modules/groups/group.entity.js';
import { Message, ReadMarker, Thread, ThreadParticipant } from './modules/groups/message.entity.js';
import { Notification, NotificationDigest, NotificationPreference } from './modules/notifications/notification.entity.js';
import { AuthToken } from './modules/accounts/auth-token.entity.js';
import { Session } from './modules/accounts/session.entity.js';
import { User } from './modules/accounts/user.entity.js';
import { Invitation } from './modules/organisations/invitation.entity.js';
import { Membership } from './modules/organisations/membership.entity.js';
import { Organisation } from './modules/organisations/organisation.entity.js';
import { Municipality } from './modules/reference/municipality.entity.js';
import { Topic } from './modules/reference/topic.entity.js';
import { Report } from './modules/moderation/report.entity.js';
import { SearchWord } from './modules/search/search-word.entity.js';
import { BoardCell, BoardChange, Recommendation, RecommendationVersion, SettlementCriteria, SettlementMilestone, SettlementNumbers, SettlementYear, SurveyResponse } from './modules/settlement/settlement.entity.js';

/** Every entity the ORM knows; a new module adds its entities here. */
export const entities = [
  Municipality,
  Topic,
  User,
  Session,
  AuthToken,
  Organisation,
  Membership,
  Invitation,
  RateLimitBucket,
  ChangeEvent,
  NetworkGroup,
  GroupMember,
  GroupOrganisation,
  Thread,
  Message,
  ReadMarker,
  ThreadParticipant,
  Notification,
  NotificationPreference,
  NotificationDigest,
  Announcement,
  Event,
  Registration,
  Follow,
  EventHost,
  EvaluationResponse,
  Activity,
  VolunteerInterest,
  Resource,
  ResourceFile,
  AuditEntry,
  GrantScheme,
  GrantRound,
  GrantGuidelines,
  GrantApplication,
  GrantAssessment,
  GrantAttachment,
  ...FOLLOW_UP_ENTITIES,
  MailOutboxEntry,
  SearchWord,
  SettlementYear,
  SettlementCriteria,
  SettlementMilestone,
  SurveyResponse,
  BoardCell,
  BoardChange,
  Recommendation,
  RecommendationVersion,
  SettlementNumbers,
  Report,
];
