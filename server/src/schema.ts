import { isInterfaceType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
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

/**
 * A field resolver that takes only its object, the context and the info, with no roles and no middleware, is called
 * straight from graphql-js instead of through type-graphql's handler, which for every call looks its resolver class's
 * instance up in a list, sorts and maps the parameter list and wraps the call in two closures: a thread page asks
 * 250 such fields (five of each of its 50 messages), an event list 160 (docs/benchmarks.md §3, session 32). Fields
 * whose methods take arguments keep the handler (it converts and validates them); so does anything not found here.
 * Returns the fields it rewired (`Type.field`).
 */
export function callFieldResolversDirectly(schema: GraphQLSchema): string[] {
  const storage = getMetadataStorage();
  const instances = new Map<Function, Record<string, (...params: unknown[]) => unknown>>(); // eslint-disable-line @typescript-eslint/no-unsafe-function-type
  const rewired: string[] = [];
  for (const def of storage.fieldResolvers) {
    const params = [...(def.params ?? [])].sort((a, b) => a.index - b.index);
    const direct = def.kind === 'external' && !def.roles && !def.middlewares?.length && params.every((p, i) => p.index === i && ((p.kind === 'root' && !p.propertyName && !p.getType) || (p.kind === 'context' && !p.propertyName) || p.kind === 'info'));
    if (!direct) continue;
    const typeClass = def.getObjectType?.();
    const typeName = [...storage.objectTypes, ...storage.interfaceTypes].find((t) => t.target === typeClass)?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    const field = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[def.schemaName] : undefined;
    if (!field?.resolve) continue;
    if (!instances.has(def.target)) instances.set(def.target, new (def.target as new () => Record<string, (...params: unknown[]) => unknown>)());
    const instance = instances.get(def.target)!;
    const method = instance[def.methodName]!;
    const kinds = params.map((p) => p.kind);
    const resolve: GraphQLFieldResolver<unknown, unknown> =
      kinds.join() === 'root,context'
        ? (root, _args, ctx) => method.call(instance, root, ctx)
        : kinds.join() === 'root'
          ? (root) => method.call(instance, root)
          : (root, _args, ctx, info) => method.apply(instance, kinds.map((k) => (k === 'root' ? root : k === 'context' ? ctx : info)));
    field.resolve = resolve;
    rewired.push(`${typeName}.${def.schemaName}`);
  }
  return rewired;
}

export async function buildAppSchema(): Promise<GraphQLSchema> {
  readPlainFieldsDirectly();
  const schema = await buildSchema({
    resolvers,
    pubSub: topicsUnused,
    authChecker,
    validate: { forbidUnknownValues: false, validationError: { target: false } },
  });
  callFieldResolversDirectly(schema);
  // Every string argument is checked (NUL) and, where marked, normalised before any resolver sees it.
  return applyTextRules(schema);
}
