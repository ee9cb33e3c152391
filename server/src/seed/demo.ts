import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../common/auth/password.js';
import { mentionedUserIds, renderMarkdown } from '../common/markdown.js';
import { Announcement } from '../modules/announcements/announcement.entity.js';
import { Event, EventKind, EventMode, EventStatus } from '../modules/events/event.entity.js';
import { ApplicationState, GrantApplication, GrantGuidelines, GrantRound, GrantScheme, RoundState } from '../modules/grants/grant.entity.js';
import { seedFollowUpDemo } from '../modules/grants/follow-up/demo.js';
import { Activity, ActivityCategory, ActivityStatus, TargetGroup } from '../modules/activities/activity.entity.js';
import { occurrences, toRrule, withFirstOccurrence, type Schedule, type Weekday } from '../modules/activities/schedule.js';
import { osloLocalToInstant } from '../common/time.js';
import { GroupJoinPolicy, GroupMember, GroupMemberStatus, GroupOrganisation, GroupRole, GroupVisibility, NetworkGroup } from '../modules/groups/group.entity.js';
import { Message, Thread } from '../modules/groups/message.entity.js';
import type { Logger } from '../common/logger.js';
import { Language, PlatformRole, User } from '../modules/accounts/user.entity.js';
import { Membership, MembershipRole } from '../modules/organisations/membership.entity.js';
import { Organisation, OrganisationKind, VerificationStatus } from '../modules/organisations/organisation.entity.js';
import { Municipality } from '../modules/reference/municipality.entity.js';
import { Topic } from '../modules/reference/topic.entity.js';
import { Resource, ResourceAccess, ResourceKind } from '../modules/resources/resource.entity.js';
import { KS_WHEEL } from '../modules/settlement/year.service.js';
import { BoardState, DecisionStatus, MilestoneStatus, Recommendation, RecommendationState, RecommendationVersion, ResponseState, SettlementCriteria, SettlementMilestone, SettlementNumbers, SettlementYear, SurveyResponse, SurveyState } from '../modules/settlement/settlement.entity.js';
import type { Orm } from '../orm.js';

export interface DemoLogin {
  email: string;
  role: string;
}

export const DEMO_PASSWORD = 'Samhandling-demo-2026';

// Organisation numbers are made up (valid mod-11 check digits), not those of the real bodies.
const ORGANISATIONS = [
  { key: 'county', name: 'Telemark fylkeskommune', kind: OrganisationKind.COUNTY, orgNumber: '921001002', municipalities: ['4001', '4003', '4005', '4010', '4012', '4014', '4016', '4018', '4020', '4022', '4024', '4026', '4028', '4030', '4032', '4034', '4036'], topics: ['settlement', 'qualification', 'career-guidance', 'negative-social-control', 'volunteering', 'working-life'], description: 'Fylkeskommunen har ansvaret for det regionale integreringsarbeidet etter integreringsloven § 4: kvalifisering av innvandrere, anbefalinger om bosetting, karriereveiledning, forebygging av negativ sosial kontroll og samarbeid med frivillig sektor. Seksjon kompetanse og integrering koordinerer arbeidet.', website: 'https://www.telemarkfylke.no', verified: true },
  { key: 'imdi', name: 'Integrerings- og mangfoldsdirektoratet (IMDi)', kind: OrganisationKind.AGENCY, orgNumber: '974501007', municipalities: [], topics: ['settlement', 'qualification', 'ukraine'], description: 'IMDi fastsetter anmodningstallet til kommunene og har ansvaret for bosetting av flyktninger, også ukrainske flyktninger.', website: 'https://www.imdi.no', verified: true },
  { key: 'nav', name: 'NAV Skien', kind: OrganisationKind.AGENCY, orgNumber: '981231007', municipalities: ['4003'], topics: ['working-life', 'qualification'], description: 'NAV samarbeider med kommunen om introduksjonsprogrammet og om veien til arbeid for nyankomne.', verified: true },
  { key: 'ks', name: 'KS Agenda Vestfold og Telemark', kind: OrganisationKind.AGENCY, orgNumber: '991231005', municipalities: [], topics: ['settlement'], description: 'KS arbeider for at kommunene selv avgjør bosettingskapasiteten og for gode rammebetingelser for bosetting og integrering.', verified: true },
  { key: 'statsforvalter', name: 'Statsforvalteren i Vestfold og Telemark', kind: OrganisationKind.AGENCY, orgNumber: '912341003', municipalities: [], topics: ['negative-social-control', 'children-youth'], description: 'Deltar i det regionale nettverket for integrering sammen med NAV, KS, UDI og fylkeskommunen.', verified: true },
  { key: 'karrieresenter', name: 'Karrieresenter Telemark', kind: OrganisationKind.OTHER, orgNumber: '944121005', municipalities: ['4003', '4022'], topics: ['career-guidance'], description: 'Gir karriereveiledning til nyankomne flyktninger og andre innvandrere. Lokasjoner i Skien og Seljord; individuelle samtaler foregår hovedsakelig på video, med tolk ved behov.', verified: true },
  { key: 'school', name: 'Skien videregående skole', kind: OrganisationKind.SCHOOL, orgNumber: '955111001', municipalities: ['4003'], topics: ['qualification', 'children-youth', 'negative-social-control'], description: 'Minoritetsrådgiveren ved skolen hjelper elever som opplever negativ sosial kontroll, tvangsekteskap eller æresrelatert vold.', verified: true },
  { key: 'skien', name: 'Skien kommune, flyktningtjenesten', kind: OrganisationKind.MUNICIPALITY, orgNumber: '966221003', municipalities: ['4003'], topics: ['settlement', 'qualification', 'norwegian-training'], description: 'Bosetter flyktninger og gir introduksjonsprogram og opplæring i norsk og samfunnskunnskap.', verified: true },
  { key: 'porsgrunn', name: 'Porsgrunn kommune, flyktningtjenesten', kind: OrganisationKind.MUNICIPALITY, orgNumber: '966221011', municipalities: ['4001'], topics: ['settlement', 'qualification'], description: 'Bosetter flyktninger i Porsgrunn og følger dem opp i introduksjonsprogrammet.', verified: true },
  { key: 'redcross', name: 'Skien Røde Kors', kind: OrganisationKind.VOLUNTARY, orgNumber: '933451003', municipalities: ['4003', '4001'], topics: ['volunteering', 'norwegian-training', 'children-youth'], description: 'Frivillige driver språkkafé, leksehjelp og flyktningguide i Skien og Porsgrunn.', verified: true },
  { key: 'frivilligsentral', name: 'Notodden frivilligsentral', kind: OrganisationKind.VOLUNTARY, orgNumber: '988771007', municipalities: ['4005'], topics: ['volunteering'], description: 'Møteplass for frivillige og nye innbyggere: turgrupper, sykkelverksted og norsktrening.', verified: true },
  { key: 'ukraine', name: 'Ukrainsk forening i Telemark', kind: OrganisationKind.VOLUNTARY, orgNumber: null, municipalities: ['4003', '4001', '4012'], topics: ['ukraine', 'volunteering'], description: 'Forening for ukrainere i Telemark: møteplass, informasjon på ukrainsk og hjelp til nyankomne.', verified: false },
  { key: 'homework', name: 'Leksehjelp Porsgrunn', kind: OrganisationKind.NGO, orgNumber: '977111005', municipalities: ['4001'], topics: ['children-youth', 'qualification'], description: 'Gratis leksehjelp for barn og unge, med frivillige studenter.', verified: false },
] as const;

const PEOPLE = [
  { email: 'admin@demo.samhandling.no', name: 'Ada Administrator', title: 'Plattformansvarlig', role: PlatformRole.ADMIN, tags: ['coordinator'], org: 'county', orgRole: MembershipRole.ADMIN },
  { email: 'kari.fylke@demo.samhandling.no', name: 'Kari Nordby', title: 'Rådgiver integrering', role: PlatformRole.COUNTY_STAFF, tags: ['coordinator'], org: 'county', orgRole: MembershipRole.MEMBER },
  { email: 'omar.frivillig@demo.samhandling.no', name: 'Omar Haddad', title: 'Frivillighetskoordinator', role: PlatformRole.USER, tags: ['volunteer', 'coordinator'], org: 'redcross', orgRole: MembershipRole.ADMIN },
  { email: 'ingrid.radgiver@demo.samhandling.no', name: 'Ingrid Dahl', title: 'Minoritetsrådgiver', role: PlatformRole.USER, tags: ['minority-adviser', 'diversity-adviser'], org: 'school', orgRole: MembershipRole.ADMIN },
  { email: 'olena.forening@demo.samhandling.no', name: 'Olena Kovalenko', title: 'Leder', role: PlatformRole.USER, tags: ['volunteer'], org: 'ukraine', orgRole: MembershipRole.ADMIN },
  { email: 'siri.skien@demo.samhandling.no', name: 'Siri Berg', title: 'Leder, flyktningtjenesten i Skien', role: PlatformRole.USER, tags: ['case-worker'], org: 'skien', orgRole: MembershipRole.ADMIN },
  { email: 'per.porsgrunn@demo.samhandling.no', name: 'Per Lunde', title: 'Bosettingskoordinator, Porsgrunn', role: PlatformRole.USER, tags: ['case-worker'], org: 'porsgrunn', orgRole: MembershipRole.ADMIN },
  { email: 'ida.imdi@demo.samhandling.no', name: 'Ida Haugen', title: 'Seniorrådgiver, IMDi Sør', role: PlatformRole.USER, tags: ['coordinator'], org: 'imdi', orgRole: MembershipRole.MEMBER },
  { email: 'nora.karriere@demo.samhandling.no', name: 'Nora Aas', title: 'Karriereveileder', role: PlatformRole.USER, tags: ['career-counsellor'], org: 'karrieresenter', orgRole: MembershipRole.MEMBER },
] as const;

/** Loads the demo organisations and people into an empty database; returns null when data exists. */
export async function seedDemoIfEmpty(orm: Orm, logger: Logger): Promise<{ logins: DemoLogin[]; password: string } | null> {
  const em = orm.em.fork();
  if ((await em.count(User)) > 0) return null;
  await em.transactional((tx) => seedDemo(tx as EntityManager));
  logger.info('demo data loaded');
  return { logins: PEOPLE.map((p) => ({ email: p.email, role: p.role === PlatformRole.USER ? `${p.title}` : p.role })), password: DEMO_PASSWORD };
}

async function seedDemo(em: EntityManager): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = new Date();
  const users = new Map<string, User>();
  for (const p of PEOPLE) {
    users.set(p.email, em.create(User, { email: p.email, name: p.name, title: p.title, platformRole: p.role, profileTags: [...p.tags], passwordHash, emailVerifiedAt: now, preferredLanguage: Language.nb }));
  }
  const staff = users.get('kari.fylke@demo.samhandling.no')!;
  const orgs = new Map<string, Organisation>();
  for (const o of ORGANISATIONS) {
    const org = em.create(Organisation, {
      name: o.name,
      kind: o.kind,
      orgNumber: o.orgNumber,
      description: o.description,
      website: 'website' in o ? o.website : null,
      verificationStatus: o.verified ? VerificationStatus.VERIFIED : VerificationStatus.PENDING,
      verifiedAt: o.verified ? now : null,
      verifiedBy: o.verified ? staff : null,
    });
    org.municipalities.set(o.municipalities.map((n) => em.getReference(Municipality, n)));
    org.topics.set(o.topics.map((slug) => em.getReference(Topic, slug)));
    orgs.set(o.key, org);
  }
  for (const p of PEOPLE) {
    const org = orgs.get(p.org)!;
    em.create(Membership, { organisation: org, user: users.get(p.email)!, role: p.orgRole });
    org.createdBy ??= users.get(p.email)!;
  }
  seedGroups(em, (email) => users.get(email)!, (key) => orgs.get(key)!);
  const events = seedEvents(em, (key) => orgs.get(key)!, staff);
  seedActivities(em, (key) => orgs.get(key)!);
  seedGrants(em, (key) => orgs.get(key)!, (email) => users.get(email)!, events.find((e) => e.kind === EventKind.INFO_MEETING)!);
  seedResources(em, (key) => orgs.get(key)!, staff);
  seedSettlement(em, staff, (key) => orgs.get(key)!);
  em.create(Announcement, {
    title: 'Nettverkssamling om negativ sosial kontroll',
    body: 'Fylkeskommunen inviterer til nettverkssamling for minoritetsrådgivere, kommuner og frivillige organisasjoner. Påmelding kommer i kalenderen.',
    bodyHtml: renderMarkdown('Fylkeskommunen inviterer til nettverkssamling for minoritetsrådgivere, kommuner og frivillige organisasjoner. Påmelding kommer i kalenderen.'),
    createdBy: staff,
  });
  await em.flush();
}

const GROUPS = [
  {
    name: 'Regionalt nettverk for integrering',
    description: 'Statsforvalteren, NAV, KS, IMDi og fylkeskommunen samordner det regionale integreringsarbeidet.',
    visibility: GroupVisibility.MEMBERS,
    joinPolicy: GroupJoinPolicy.INVITATION,
    owner: 'kari.fylke@demo.samhandling.no',
    members: ['admin@demo.samhandling.no'],
    organisations: ['imdi', 'nav', 'ks', 'statsforvalter'],
    threads: [
      {
        title: 'Anmodningstall for neste år',
        messages: [
          ['kari.fylke@demo.samhandling.no', 'IMDi sender brev til kommunene i oktober. Skal vi samle innspill til fylkeskommunens anbefaling på neste møte?'],
          ['admin@demo.samhandling.no', 'Ja – jeg setter opp en sak. @[Kari Nordby](user:{kari}) kan du ta med kapasitetstallene fra kommunene?'],
        ],
      },
    ],
  },
  {
    name: 'Minoritetsrådgivere i Telemark',
    description: 'Erfaringsdeling om negativ sosial kontroll, tvangsekteskap og æresrelatert vold i skolen.',
    visibility: GroupVisibility.MEMBERS,
    joinPolicy: GroupJoinPolicy.REQUEST,
    owner: 'ingrid.radgiver@demo.samhandling.no',
    members: ['kari.fylke@demo.samhandling.no'],
    organisations: [],
    threads: [{ title: 'Veileder om tolk i samtaler', messages: [['ingrid.radgiver@demo.samhandling.no', 'Har noen gode rutiner for bruk av tolk i foreldresamtaler? Del gjerne!']] }],
  },
  {
    name: 'Frivillighet Skien',
    description: 'For frivillige lag og foreninger i Skien som jobber med nyankomne: språkkafé, leksehjelp og aktiviteter.',
    visibility: GroupVisibility.PUBLIC,
    joinPolicy: GroupJoinPolicy.OPEN,
    owner: 'omar.frivillig@demo.samhandling.no',
    members: ['olena.forening@demo.samhandling.no'],
    organisations: ['redcross'],
    threads: [
      {
        title: 'Språkkafé på biblioteket',
        messages: [
          ['omar.frivillig@demo.samhandling.no', 'Vi trenger flere frivillige på tirsdager kl. 18–20. **Alle** er velkomne!'],
          ['olena.forening@demo.samhandling.no', 'Vi kan stille med to som snakker ukrainsk og norsk.'],
        ],
      },
    ],
  },
];

function seedGroups(em: EntityManager, user: (email: string) => User, org: (key: string) => Organisation) {
  for (const g of GROUPS) {
    const group = em.create(NetworkGroup, { name: g.name, description: g.description, visibility: g.visibility, joinPolicy: g.joinPolicy, createdBy: user(g.owner) });
    em.create(GroupMember, { group, user: user(g.owner), role: GroupRole.OWNER, status: GroupMemberStatus.ACTIVE });
    for (const m of g.members) em.create(GroupMember, { group, user: user(m), role: GroupRole.MEMBER, status: GroupMemberStatus.ACTIVE });
    for (const o of g.organisations) em.create(GroupOrganisation, { group, organisation: org(o) });
    let minutesAgo = 300;
    for (const t of g.threads) {
      const thread = em.create(Thread, { group, title: t.title, createdBy: user(t.messages[0]![0]) });
      for (const [author, text] of t.messages) {
        const body = text.replace('{kari}', user('kari.fylke@demo.samhandling.no').id);
        const createdAt = new Date(Date.now() - minutesAgo-- * 60_000);
        em.create(Message, { thread, group, author: user(author), body, bodyHtml: renderMarkdown(body), mentions: mentionedUserIds(body), createdAt });
        thread.lastMessageAt = createdAt;
        thread.messageCount += 1;
      }
    }
  }
}

/** The seed material's events, moved to the coming weeks (Oslo time). */
function seedEvents(em: EntityManager, org: (key: string) => Organisation, staff: User): Event[] {
  const day = (weeksAhead: number, weekday: number) => {
    const d = new Date();
    d.setUTCDate(d.getUTCDate() + 7 * weeksAhead + ((weekday - d.getUTCDay() + 7) % 7 || 7));
    return d.toISOString().slice(0, 10);
  };
  const at = (date: string, time: string) => osloLocalToInstant('seed', `${date}T${time}`);
  const events = [
    {
      org: 'county', kind: EventKind.INFO_MEETING, mode: EventMode.ONLINE, date: day(1, 1), from: '09:00', to: '10:00', capacity: null, registrationRequired: false,
      title: 'Digitalt informasjonsmøte for søkere til TIIA',
      description: 'Informasjonsmøte om fylkeskommunens tilskuddsordning for inkludering og integrering i arbeidslivet (TIIA): retningslinjer, hvem som kan søke, og hvordan søknaden vurderes. Påmelding er ikke nødvendig.',
      audience: ['Frivillige organisasjoner', 'Kommuner', 'Arbeidsgivere'], topics: ['working-life'], meetingUrl: 'https://teams.example.no/tiia-infomote',
    },
    {
      org: 'nav', kind: EventKind.WEBINAR, mode: EventMode.ONLINE, date: day(2, 3), from: '12:00', to: '13:30', capacity: 150, registrationRequired: true,
      title: 'Webinar: Bruk av tolk i offentlig sektor',
      description: 'NAV, fylkeskommunens integreringsteam og Karrieresenteret inviterer til webinar om bevisst bruk av tolk ved kartlegging og kvalifisering av minoritetsspråklige til arbeid og utdanning.',
      audience: ['Ansatte i kommuner', 'NAV-veiledere', 'Karriereveiledere'], topics: ['interpreting', 'qualification'], meetingUrl: 'https://teams.example.no/tolk-webinar',
    },
    {
      org: 'county', kind: EventKind.NETWORK_MEETING, mode: EventMode.IN_PERSON, date: day(3, 4), from: '09:30', to: '15:00', capacity: 40, registrationRequired: true,
      title: 'Nettverkssamling: forebygging av negativ sosial kontroll',
      description: 'Samling for minoritetsrådgivere, kommuner, politi og frivillige organisasjoner om forebygging av negativ sosial kontroll, tvangsekteskap og kjønnslemlestelse. Lunsj serveres.',
      audience: ['Minoritetsrådgivere', 'Kommuner', 'Frivillige organisasjoner'], topics: ['negative-social-control', 'children-youth'], venueName: 'Telemark fylkeskommune, Fylkeshuset', venueAddress: 'Fylkesbakken 8, 3715 Skien',
    },
    {
      // Two seats in the room; online places are unlimited, so online participants are never waitlisted.
      org: 'karrieresenter', kind: EventKind.WEBINAR, mode: EventMode.HYBRID, date: day(4, 2), from: '14:00', to: '15:00', capacity: 2, onlineCapacity: null, registrationRequired: true,
      title: 'Karriereveiledning for nyankomne flyktninger',
      description: 'Hvordan bestiller flyktningtjenesten karriereveiledning, og hva skjer i samtalene? Karrieresenteret i Skien og Seljord forteller. Få plasser i salen – resten følger digitalt.',
      audience: ['Flyktningtjenesten', 'Kommuner'], topics: ['career-guidance'], venueName: 'Karrieresenteret Skien', venueAddress: 'Skien', meetingUrl: 'https://teams.example.no/karriere',
    },
  ];
  return events.map((e) => {
    const event = em.create(Event, {
      organisation: org(e.org), title: e.title, description: e.description, descriptionHtml: renderMarkdown(e.description), kind: e.kind, mode: e.mode,
      startsAt: at(e.date, e.from), endsAt: at(e.date, e.to), capacity: e.capacity, onlineCapacity: e.onlineCapacity ?? null, registrationRequired: e.registrationRequired, audience: e.audience,
      venueName: e.venueName ?? null, venueAddress: e.venueAddress ?? null, meetingUrl: e.meetingUrl ?? null, status: EventStatus.PUBLISHED, createdBy: staff,
    });
    event.topics.set(e.topics.map((slug) => em.getReference(Topic, slug)));
    event.municipalities.set(['4003'].map((n) => em.getReference(Municipality, n)));
    return event;
  });
}

type SeedActivity = [org: string, title: string, category: ActivityCategory, municipality: string, days: Weekday[], from: string, to: string, languages: string[], groups: TargetGroup[], description: string, extra?: Partial<Schedule> & { dropIn?: boolean; address?: string }];

const ACTIVITIES: SeedActivity[] = [
  ['redcross', 'Språkkafé på Skien bibliotek', ActivityCategory.LANGUAGE_CAFE, '4003', ['TU'], '18:00', '20:00', ['no', 'ar', 'uk'], [TargetGroup.ALL_NEWCOMERS], 'Øv på norsk over en kopp kaffe. Frivillige snakker også arabisk og ukrainsk.', { address: 'Skien bibliotek, Henrik Ibsens gate 4' }],
  ['redcross', 'Leksehjelp for barn og unge', ActivityCategory.HOMEWORK_HELP, '4003', ['MO', 'WE'], '16:00', '18:00', ['no', 'so'], [TargetGroup.CHILDREN, TargetGroup.YOUTH], 'Gratis leksehjelp i matte, norsk og engelsk. Ta med bøkene!', { address: 'Frivilligsentralen, Skien' }],
  ['redcross', 'Flyktningguide', ActivityCategory.MENTORING, '4003', ['TH'], '17:00', '19:00', ['no', 'en'], [TargetGroup.ADULTS, TargetGroup.FAMILIES], 'En frivillig guide hjelper deg å bli kjent i lokalsamfunnet. Påmelding.', { dropIn: false }],
  ['redcross', 'Språkkafé i Porsgrunn', ActivityCategory.LANGUAGE_CAFE, '4001', ['WE'], '18:00', '20:00', ['no', 'ar', 'ti'], [TargetGroup.ALL_NEWCOMERS], 'Uformell norsktrening for alle nivåer.', { address: 'Porsgrunn bibliotek' }],
  ['homework', 'Leksehjelp på Kjølnes', ActivityCategory.HOMEWORK_HELP, '4001', ['TU', 'TH'], '15:30', '17:30', ['no', 'uk'], [TargetGroup.CHILDREN], 'Studenter hjelper med lekser. Ukrainsktalende frivillige på torsdager.'],
  ['ukraine', 'Ukrainsk møteplass', ActivityCategory.CHILDREN_FAMILY, '4003', ['SA'], '11:00', '14:00', ['uk', 'ru', 'no'], [TargetGroup.UKRAINIANS, TargetGroup.FAMILIES], 'Møteplass for ukrainske familier med aktiviteter for barna og informasjon om livet i Norge.'],
  ['ukraine', 'Norsk for ukrainske mødre', ActivityCategory.LANGUAGE_CAFE, '4012', ['MO'], '10:00', '12:00', ['uk', 'no'], [TargetGroup.UKRAINIANS, TargetGroup.WOMEN], 'Norsktrening med barnepass. Kaffe og te.'],
  ['frivilligsentral', 'Turgruppe i Notodden', ActivityCategory.SPORTS_OUTDOOR, '4005', ['SU'], '11:00', '13:00', ['no', 'en'], [TargetGroup.ALL_NEWCOMERS], 'Vi går tur i nærområdet og blir kjent med naturen. Gode sko!'],
  ['frivilligsentral', 'Sykkelverksted', ActivityCategory.OTHER, '4005', ['WE'], '17:00', '19:00', ['no'], [TargetGroup.YOUTH, TargetGroup.ADULTS], 'Reparer sykkelen din sammen med frivillige. Deler er gratis.'],
  ['frivilligsentral', 'Kvinnegruppe', ActivityCategory.WOMENS_GROUP, '4005', ['TH'], '12:00', '14:00', ['no', 'ar', 'so'], [TargetGroup.WOMEN], 'Et trygt sted for kvinner å møtes, lage mat og snakke norsk.'],
  ['redcross', 'Jobbsøkerkafé', ActivityCategory.JOB_SEEKING, '4003', ['TU'], '12:00', '14:00', ['no', 'en', 'ar'], [TargetGroup.ADULTS], 'Hjelp med CV, søknader og intervjutrening. I samarbeid med NAV Skien.'],
  ['redcross', 'Fotball for alle', ActivityCategory.SPORTS_OUTDOOR, '4003', ['FR'], '18:00', '19:30', ['no', 'en', 'ti'], [TargetGroup.YOUTH], 'Uformell fotball i hallen. Alle nivåer.', { address: 'Fritidsparken, Skien' }],
  ['homework', 'Mattehjelp for voksne', ActivityCategory.HOMEWORK_HELP, '4001', ['MO'], '18:00', '20:00', ['no', 'ar'], [TargetGroup.ADULTS], 'For deg som tar grunnskole eller videregående som voksen.'],
  ['redcross', 'Familiekafé i Bamble', ActivityCategory.CHILDREN_FAMILY, '4012', ['SA'], '10:00', '12:00', ['no', 'so', 'ar'], [TargetGroup.FAMILIES, TargetGroup.CHILDREN], 'Lek for barna, prat for de voksne. Første lørdag i måneden.', { frequency: 'MONTHLY', setPos: 1 }],
  ['frivilligsentral', 'Strikkekafé', ActivityCategory.CULTURE, '4020', ['TH'], '18:00', '20:00', ['no'], [TargetGroup.WOMEN, TargetGroup.SENIORS], 'Ta med strikketøy eller lær det her. Annenhver torsdag.', { interval: 2 }],
  ['redcross', 'Språkkafé i Kragerø', ActivityCategory.LANGUAGE_CAFE, '4014', ['WE'], '17:00', '19:00', ['no', 'uk'], [TargetGroup.ALL_NEWCOMERS], 'Norsktrening på biblioteket.'],
  ['redcross', 'Leksehjelp i Seljord', ActivityCategory.HOMEWORK_HELP, '4022', ['TU'], '16:00', '18:00', ['no', 'ar'], [TargetGroup.CHILDREN, TargetGroup.YOUTH], 'Leksehjelp i kommunehuset.'],
  ['ukraine', 'Ukrainsk kulturkveld', ActivityCategory.CULTURE, '4001', ['FR'], '18:00', '21:00', ['uk', 'no'], [TargetGroup.UKRAINIANS, TargetGroup.ALL_NEWCOMERS], 'Musikk, mat og fellesskap. Siste fredag i måneden.', { frequency: 'MONTHLY', setPos: -1 }],
  ['frivilligsentral', 'Samtalegruppe om foreldrerollen', ActivityCategory.COUNSELLING, '4026', ['MO'], '18:00', '19:30', ['no', 'ar', 'ti'], [TargetGroup.FAMILIES], 'Samtaler om å være forelder i Norge, med tolk. Påmelding.', { dropIn: false }],
  ['redcross', 'Svømmeopplæring for kvinner', ActivityCategory.SPORTS_OUTDOOR, '4003', ['SU'], '09:00', '10:30', ['no', 'so', 'ar'], [TargetGroup.WOMEN], 'Svømmekurs med kvinnelige instruktører.', { dropIn: false }],
  ['homework', 'Datakafé', ActivityCategory.JOB_SEEKING, '4036', ['WE'], '12:00', '14:00', ['no', 'en'], [TargetGroup.ADULTS, TargetGroup.SENIORS], 'Hjelp med BankID, Helsenorge og NAV på nett.'],
  ['frivilligsentral', 'Mentor for unge voksne', ActivityCategory.MENTORING, '4018', ['TH'], '17:00', '18:30', ['no', 'en'], [TargetGroup.YOUTH], 'En-til-en-mentor som hjelper deg med skole og jobb.', { dropIn: false }],
];

function seedActivities(em: EntityManager, org: (key: string) => Organisation) {
  const start = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  ACTIVITIES.forEach(([key, title, category, municipality, days, from, to, languages, groups, description, extra], i) => {
    // Starts on the first date its rule produces, as the server keeps new activities (iCal's DTSTART).
    const schedule = withFirstOccurrence({ frequency: extra?.frequency ?? 'WEEKLY', interval: extra?.interval ?? 1, weekdays: days, setPos: extra?.setPos ?? null, startDate: start, until: null, startTime: from, endTime: to });
    em.create(Activity, {
      organisation: org(key), title, description, descriptionHtml: renderMarkdown(description), category, municipality: em.getReference(Municipality, municipality),
      address: extra?.address ?? null, rrule: toRrule(schedule), startDate: schedule.startDate, startTime: from, endTime: to, weekdays: days,
      nextOccurrenceAt: occurrences(schedule, new Date(), 1)[0]?.startsAt ?? null, dropIn: extra?.dropIn ?? true, languages, targetGroups: groups,
      status: ActivityStatus.PUBLISHED,
      // One listing has not been confirmed for a long time, to show how stale ones look.
      lastConfirmedAt: i === ACTIVITIES.length - 1 ? new Date(Date.now() - 200 * 86_400_000) : new Date(),
    });
  });
}

const TIIA_GUIDELINES = `## Tilskuddsordning for inkludering og integrering i arbeidslivet (TIIA)

Ordningen skal bidra til at flere innvandrere kommer i arbeid, og at fagutdannede og høyt kvalifiserte
innvandrere tas i bruk i arbeidslivet.

### Hvem kan søke
Frivillige organisasjoner og ideelle aktører i Telemark, sammen med minst én samarbeidspartner
(kommune, NAV, arbeidsgiver eller annen organisasjon).

### Hva vektlegges
- Relevans for målgruppen og arbeidslivet i regionen
- Gjennomførbarhet og realistisk budsjett
- Samarbeid med andre aktører

Digitalt informasjonsmøte for søkere: se kalenderen.`;

function seedGrants(em: EntityManager, org: (key: string) => Organisation, user: (email: string) => User, infoEvent: Event) {
  const year = new Date().getFullYear() + 1;
  const scheme = em.create(GrantScheme, { name: 'TIIA – inkludering og integrering i arbeidslivet', description: 'Fylkeskommunens tilskuddsordning for inkludering og integrering i arbeidslivet.' });
  const closes = new Date(Date.now() + 60 * 86_400_000);
  const closesLocal = `${closes.toISOString().slice(0, 10)}T12:00`;
  const round = em.create(GrantRound, {
    scheme, title: `TIIA ${year}`, year, budget: 1_500_000, guidelinesVersion: 1, eligibleKinds: [OrganisationKind.NGO, OrganisationKind.VOLUNTARY], minPartners: 1,
    criteria: [{ key: 'relevance', title: 'Relevans for målgruppen', weight: 3 }, { key: 'feasibility', title: 'Gjennomførbarhet og budsjett', weight: 2 }, { key: 'cooperation', title: 'Samarbeid', weight: 1 }],
    opensAt: new Date(Date.now() - 7 * 86_400_000), closesAt: osloLocalToInstant('seed', closesLocal), contacts: 'tiia@telemarkfylke.example', state: RoundState.OPEN, infoEvent,
  });
  em.create(GrantGuidelines, { round, version: 1, body: TIIA_GUIDELINES, bodyHtml: renderMarkdown(TIIA_GUIDELINES) });
  const application = (key: string, title: string, state: ApplicationState, requested: number, by: string) =>
    em.create(GrantApplication, {
      round, organisation: org(key), title, state, guidelinesVersion: 1, createdBy: user(by),
      summary: state === ApplicationState.DRAFT ? '' : `${title}: et prosjekt for å få flere nyankomne i arbeid.`,
      projectPlan: state === ApplicationState.DRAFT ? '' : 'Oppstart i januar, samlinger annenhver uke, evaluering i desember.',
      partnerIds: state === ApplicationState.DRAFT ? [] : [org('nav').id],
      budgetLines: [{ description: 'Prosjektkoordinator (50 %)', ownFunding: 50_000, requested }], requestedTotal: requested,
      submittedAt: state === ApplicationState.DRAFT ? null : new Date(),
    });
  application('redcross', 'Jobbkafé med mentorer', ApplicationState.DRAFT, 250_000, 'omar.frivillig@demo.samhandling.no');
  application('ukraine', 'Arbeidsrettet norsk for ukrainere', ApplicationState.SUBMITTED, 300_000, 'olena.forening@demo.samhandling.no');
  application('homework', 'Lærlingveiledning for unge voksne', ApplicationState.SUBMITTED, 180_000, 'olena.forening@demo.samhandling.no');
  seedFollowUpDemo(em, scheme, org, user);
}

// The county pages link to these (the NDLA front page and the county's statistics page there are replaced by
// documents on the same subjects); in the library they are found by topic, language and search. Each links to the
// document itself and names who published it when that is not the registering organisation.
const RESOURCES: { key: string; title: string; kind: ResourceKind; url: string; publisher?: string; languages: string[]; topics: string[]; audience: string[]; summary: string }[] = [
  { key: 'imdi', kind: ResourceKind.GUIDE, title: 'Veileder: Hvordan nå ut med informasjon til personer med innvandrerbakgrunn?', url: 'https://www.imdi.no/tall-og-fakta/veiledere/veileder-hvordan-na-ut-med-informasjon-til-personer-med-innvandrerbakgrunn', languages: ['nb'], topics: ['settlement', 'volunteering'], audience: ['kommuner', 'frivillige organisasjoner'], summary: 'Råd om klart språk, tolk, kanaler og nøkkelpersoner når kommuner og organisasjoner skal nå flyktninger og andre innvandrere med informasjon.' },
  { key: 'county', kind: ResourceKind.REPORT, title: 'Meld. St. 17 (2023–2024) Stille krav og stille opp – Om integreringspolitikken', url: 'https://www.regjeringen.no/no/dokumenter/meld.-st.-17-20232024/id3030469/', publisher: 'Arbeids- og inkluderingsdepartementet', languages: ['nb'], topics: ['qualification', 'working-life'], audience: ['kommuner', 'fylkeskommuner'], summary: 'Stortingsmeldingen om integreringspolitikken: kvalifisering, norskopplæring, arbeid og deltakelse for innvandrere og flyktninger.' },
  { key: 'imdi', kind: ResourceKind.LINK, title: 'Nora – IMDis nettportal om negativ sosial kontroll', url: 'https://www.imdi.no/nora/', languages: ['nb', 'en'], topics: ['negative-social-control', 'children-youth'], audience: ['ungdom', 'minoritetsrådgivere', 'hjelpetjenester'], summary: 'Historier fra virkeligheten om unge som lever under press, informasjon om rettigheter og hvem man kan kontakte, og veiledningsmateriell for ansatte i hjelpetjenestene.' },
  { key: 'county', kind: ResourceKind.LINK, title: 'Opplæring av barn, unge og voksne fra Ukraina', url: 'https://morsmal.no/opplaering-av-barn-unge-og-voksne-fra-ukraina/', publisher: 'Nasjonalt senter for flerkulturell opplæring (NAFO), OsloMet', languages: ['nb', 'uk'], topics: ['ukraine', 'qualification'], audience: ['skoler', 'lærere', 'elever'], summary: 'Undervisningsressurser på ukrainsk og russisk, litteratur og informasjon om språk og skole i Ukraina for lærere og ansatte som tar imot barn, unge og voksne som har flyktet fra krigen.' },
  { key: 'county', kind: ResourceKind.STATISTICS, title: 'Innvandrere og norskfødte med innvandrerforeldre', url: 'https://www.ssb.no/befolkning/innvandrere/statistikk/innvandrere-og-norskfodte-med-innvandrerforeldre', publisher: 'Statistisk sentralbyrå (SSB)', languages: ['nb'], topics: ['settlement', 'working-life'], audience: ['kommuner', 'fylkeskommuner'], summary: 'Statistikk over innvandrere og norskfødte med innvandrerforeldre etter landbakgrunn, innvandringsgrunn, fylke og kommune – også for Telemark og kommunene her.' },
  { key: 'imdi', kind: ResourceKind.LINK, title: 'Om flyktninger fra Ukraina', url: 'https://www.imdi.no/ukraina/', languages: ['nb', 'uk', 'en'], topics: ['ukraine', 'settlement'], audience: ['flyktninger', 'kommuner', 'frivillige organisasjoner'], summary: 'Samlet informasjon om beskyttelse og opphold i Norge for flyktninger fra Ukraina.' },
];

function seedResources(em: EntityManager, org: (key: string) => Organisation, staff: User) {
  RESOURCES.forEach(({ key, topics, ...r }, i) => {
    const resource = em.create(Resource, { ...r, organisation: org(key), access: ResourceAccess.PUBLIC, createdBy: staff, createdAt: new Date(Date.now() - (RESOURCES.length - i) * 86_400_000) });
    resource.topics.set(topics.map((slug) => em.getReference(Topic, slug)));
  });
}

const CRITERIA = `Anmodningskriterier (eksempel):

- Bosetting av flyktninger skal være **styrt og spredt**. Det skal bosettes flyktninger i alle landsdeler og i kommuner av ulik størrelse.
- Bosetting av flyktninger skal være **treffsikker**. Det skal tas hensyn til tjenestetilbudet, også for barn og unge, og muligheter for arbeid og utdanning i regionen.
- Bosetting av flyktninger skal skje **raskt**. Det skal ses hen til kommunenes kapasitet til rask bosetting og opp- og nedbygging av tjenester.
- Det skal legges størst vekt på kommunenes kapasitet, samt tjenestetilbudet og arbeidsmarkedet i regionen.`;

/** Example figures for Telemark's 17 municipalities: [requested, decided, settled] last year; made up, labelled as such. */
const LAST_YEAR: Record<string, [number, number, number]> = {
  '4001': [45, 45, 41], '4003': [60, 55, 52], '4005': [20, 20, 18], '4010': [5, 5, 5], '4012': [18, 15, 15], '4014': [15, 15, 12],
  '4016': [8, 8, 6], '4018': [12, 10, 10], '4020': [15, 15, 14], '4022': [8, 8, 8], '4024': [4, 4, 3], '4026': [10, 10, 9],
  '4028': [6, 6, 6], '4030': [4, 4, 2], '4032': [4, 3, 3], '4034': [6, 6, 5], '4036': [8, 8, 7],
};

/** This year's survey, half way: answered, a few drafts, the rest not opened (Skien and Porsgrunn among them). */
const ANSWERED: Record<string, [capacity: number, minors: number, extra: number]> = { '4005': [22, 2, 5], '4012': [16, 0, 4], '4020': [15, 2, 3], '4026': [10, 0, 2], '4036': [8, 0, 2] };
const DRAFTS = ['4014', '4018'];

/**
 * The 2027 settlement cycle of Telemark in the middle of its capacity survey, and 2026's numbers to compare with.
 * Every number is an example figure (`isExample`), and the client says so.
 */
function seedSettlement(em: EntityManager, staff: User, org: (key: string) => Organisation) {
  const year = new Date().getFullYear() + 1;
  // The wheel's bodies that are on the platform, so a milestone's reminders reach someone.
  const onPlatform: Record<string, string[]> = { IMDi: ['imdi'], KS: ['ks'], Fylkeskommunen: ['county'], Kommunene: ['skien', 'porsgrunn'] };
  const participantOrganisationIds = (participants: string[]) => participants.flatMap((p) => onPlatform[p] ?? []).map((key) => org(key).id);
  const municipalities = Object.keys(LAST_YEAR);
  const last = em.create(SettlementYear, { countyNumber: '40', year: year - 1, title: `Bosetting ${year - 1}`, criteriaVersion: 1, surveyState: SurveyState.CLOSED, boardState: BoardState.LOCKED, numbersPublished: true, isExample: true, createdBy: staff });
  em.create(SettlementCriteria, { year: last, version: 1, body: CRITERIA, bodyHtml: renderMarkdown(CRITERIA), authorName: staff.name });
  for (const m of KS_WHEEL) em.create(SettlementMilestone, { year: last, month: m.month, title: m.title, responsible: m.responsible, participants: m.participants, participantOrganisationIds: participantOrganisationIds(m.participants), status: MilestoneStatus.DONE });
  for (const [nr, [requested, decided, settled]] of Object.entries(LAST_YEAR)) {
    const municipality = em.getReference(Municipality, nr);
    const rec = em.create(Recommendation, { year: last, municipality, state: RecommendationState.SENT, number: requested, minors: 0, reasoning: 'Eksempeltall.', sentVersion: 1, sentAt: new Date(Date.now() - 300 * 86_400_000) });
    em.create(RecommendationVersion, { recommendation: rec, version: 1, number: requested, minors: 0, reasoning: 'Eksempeltall.', sentByName: staff.name, sentAt: rec.sentAt! });
    em.create(SettlementNumbers, { year: last, municipality, requested, requestRecordedAt: new Date(Date.now() - 280 * 86_400_000), decisionStatus: DecisionStatus.DECIDED, decided, decidedMinors: false, decidedOn: `${year - 2}-12-10`, settled, settledUpdatedAt: new Date(Date.now() - 14 * 86_400_000) });
  }

  // The deadline two weeks ahead at noon, Oslo time.
  const deadline = osloLocalToInstant('seed', `${new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10)}T12:00`);
  const current = em.create(SettlementYear, { countyNumber: '40', year, title: `Bosetting ${year}`, criteriaVersion: 1, surveyState: SurveyState.OPEN, surveyDeadline: deadline, surveySentAt: new Date(Date.now() - 10 * 86_400_000), isExample: true, createdBy: staff });
  em.create(SettlementCriteria, { year: current, version: 1, body: CRITERIA, bodyHtml: renderMarkdown(CRITERIA), authorName: staff.name });
  for (const m of KS_WHEEL) {
    const status = m.month < 8 ? MilestoneStatus.DONE : m.title.startsWith('Kartlegging') ? MilestoneStatus.IN_PROGRESS : MilestoneStatus.PLANNED;
    em.create(SettlementMilestone, { year: current, month: m.month, date: m.day ? `${year - 1}-${String(m.month).padStart(2, '0')}-${String(m.day).padStart(2, '0')}` : null, title: m.title, responsible: m.responsible, participants: m.participants, participantOrganisationIds: participantOrganisationIds(m.participants), status });
  }
  for (const nr of municipalities) {
    const answer = ANSWERED[nr];
    const opened = answer || DRAFTS.includes(nr);
    em.create(SurveyResponse, {
      year: current,
      municipality: em.getReference(Municipality, nr),
      state: answer ? ResponseState.SUBMITTED : opened ? ResponseState.DRAFT : ResponseState.NOT_OPENED,
      version: opened ? 2 : 1,
      capacity: answer?.[0] ?? (opened ? LAST_YEAR[nr]![1] : null),
      capacityMinors: answer?.[1] ?? null,
      extraIfNeeded: answer?.[2] ?? null,
      housing: opened ? 'Kommunale utleieboliger og samarbeid med private utleiere.' : '',
      labourDemand: answer ? 'Behov for helsefagarbeidere og fagarbeidere i bygg.' : '',
      openedAt: opened ? new Date(Date.now() - 5 * 86_400_000) : null,
      submittedAt: answer ? new Date(Date.now() - 2 * 86_400_000) : null,
    });
  }
}
