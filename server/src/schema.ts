import type { GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage, type NonEmptyArray } from 'type-graphql';
import { authChecker } from './common/auth/auth-checker.js';
import { applyTextRules } from './common/text.js';
import { AccountResolver } from './modules/accounts/account.resolver.js';
import { AnnouncementResolver } from './modules/announcements/announcement.resolver.js';
import { ActivityResolver, VolunteerInterestResolver } from './modules/activities/activity.resolver.js';
import { GrantApplicationResolver, GrantAttachmentResolver } from './modules/grants/application.resolver.js';
import { GrantAssessmentResolver, GrantReviewResolver } from './modules/grants/assessment.resolver.js';
import { GrantRoundResolver } from './modules/grants/round.resolver.js';
import { FOLLOW_UP_RESOLVERS } from './modules/grants/follow-up/follow-up.resolver.js';
import { ResourceFileResolver, ResourceResolver } from './modules/resources/resource.resolver.js';
import { SearchResolver } from './modules/search/search.resolver.js';
import { eventResolvers } from './modules/events/index.js';
import { GroupEventResolver, GroupMemberResolver, GroupResolver, MessageResolver, ThreadResolver } from './modules/groups/group.resolver.js';
import { PresenceResolver } from './modules/groups/presence.resolver.js';
import { NotificationResolver } from './modules/notifications/notification.resolver.js';
import { MembershipResolver } from './modules/organisations/membership.resolver.js';
import { OrganisationResolver } from './modules/organisations/organisation.resolver.js';
import { ReferenceResolver } from './modules/reference/reference.resolver.js';
import { HomeResolver } from './modules/home/home.resolver.js';
import { ModeratedContentResolver, ModerationResolver, UserStandingResolver } from './modules/moderation/moderation.resolver.js';
import { MunicipalityPageResolver } from './modules/settlement/municipality.resolver.js';
import { BoardResolver, RecommendationResolver, SettlementMilestoneResolver, SettlementMunicipalityResolver, SettlementNumbersResolver, SettlementYearResolver, SurveyResponseResolver } from './modules/settlement/settlement.resolver.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
const resolvers: NonEmptyArray<Function> = [
  ReferenceResolver,
  HomeResolver,
  AccountResolver,
  OrganisationResolver,
  MembershipResolver,
  GroupResolver,
  GroupMemberResolver,
  ThreadResolver,
  MessageResolver,
  GroupEventResolver,
  PresenceResolver,
  NotificationResolver,
  AnnouncementResolver,
  ...eventResolvers,
  ActivityResolver,
  VolunteerInterestResolver,
  ResourceResolver,
  ResourceFileResolver,
  SearchResolver,
  GrantRoundResolver,
  GrantApplicationResolver,
  GrantReviewResolver,
  GrantAssessmentResolver,
  GrantAttachmentResolver,
  ...FOLLOW_UP_RESOLVERS,
  SettlementYearResolver,
  SettlementMunicipalityResolver,
  SettlementMilestoneResolver,
  SurveyResponseResolver,
  BoardResolver,
  RecommendationResolver,
  SettlementNumbersResolver,
  MunicipalityPageResolver,
  ModerationResolver,
  ModeratedContentResolver,
  UserStandingResolver,
];

/**
 * type-graphql wants a pubsub for subscriptions by `topics`; ours all give their own `subscribe`, reading the
 * process's typed pubsub through the context (common/change-feed/live.ts), so this one is never asked.
 */
const topicsUnused = {
  publish(): void {
    throw new Error('publish through the change feed (common/change-feed/write.ts)');
  },
  subscribe(): AsyncIterable<unknown> {
    throw new Error('subscribe with replayThenLive (common/change-feed/live.ts)');
  },
};

/**
 * A plain property field of an object type is read straight from its object, as graphql-js does by default
 * (type-graphql's "simple resolvers"), not through type-graphql's wrapper: that made two objects per field and value
 * to run no middleware, a tenth of what a request of the mixed benchmark allocated (docs/benchmarks.md §3). A field
 * with roles or middleware keeps the wrapper, which applies them; so does one whose GraphQL name is not its
 * property's (the default resolver reads the GraphQL name). Field resolvers are not plain fields and stay as they are.
 */
function readPlainFieldsDirectly(): void {
  const storage = getMetadataStorage();
  const wrappedFields = new Set([...storage.authorizedFields, ...storage.middlewares].map((m) => `${m.target.name}.${m.fieldName}`));
  const wrappedClasses = new Set([...storage.authorizedResolver, ...storage.resolverMiddlewares].map((m) => m.target));
  for (const field of storage.fields) {
    if (field.name !== field.schemaName || wrappedClasses.has(field.target) || wrappedFields.has(`${field.target.name}.${field.name}`)) field.simple ??= false;
  }
  for (const type of storage.objectTypes) type.simpleResolvers ??= true;
}

export async function buildAppSchema(): Promise<GraphQLSchema> {
  readPlainFieldsDirectly();
  const schema = await buildSchema({
    resolvers,
    pubSub: topicsUnused,
    authChecker,
    validate: { forbidUnknownValues: false, validationError: { target: false } },
  });
  // Every string argument is checked (NUL) and, where marked, normalised before any resolver sees it.
  return applyTextRules(schema);
}
