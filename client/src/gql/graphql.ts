/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** Whether the account can be deleted now, and what its owner must hand over first (as for leaving). */
export type AccountDeletion = {
  __typename?: 'AccountDeletion';
  /** False while anything below is listed. */
  allowed: Scalars['Boolean']['output'];
  /** Network groups of which the user is the only owner. */
  groups: Array<NetworkGroup>;
  /** Organisations of which the user is the only admin. */
  organisations: Array<Organisation>;
  /** The user is the platform's only admin. */
  platformAdmin: Scalars['Boolean']['output'];
};

/** A new account. The e-mail address must be confirmed before the user can create organisations. */
export type AccountSignUpInput = {
  /** E-mail address to sign in with; the confirmation link goes here. At most 254 characters; compared case-insensitively. */
  email: Scalars['String']['input'];
  /** Display name, 1–120 characters on one line. */
  name: Scalars['String']['input'];
  /** 8–128 characters, not one of the most common passwords. */
  password: Scalars['String']['input'];
  /** Language for the interface and e-mails; bokmål (nb) when omitted. */
  preferredLanguage?: InputMaybe<Language>;
};

/** Something a voluntary organisation offers newcomers: a language café, homework help … */
export type Activity = {
  __typename?: 'Activity';
  /** Universal design and access: step-free entrance, hearing loop … (plain text); null when not given. */
  accessibility?: Maybe<Scalars['String']['output']>;
  /** Where it takes place; null when not given. */
  address?: Maybe<Scalars['String']['output']>;
  /** The oldest age it is meant for; null when there is no upper limit. */
  ageMax?: Maybe<Scalars['Int']['output']>;
  /** The youngest age it is meant for; null when there is no lower limit. */
  ageMin?: Maybe<Scalars['Int']['output']>;
  /** What sort of activity it is. */
  category: ActivityCategory;
  /** E-mail address to ask about it; null when not given. */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** Who to ask about it; null when not given. */
  contactName?: Maybe<Scalars['String']['output']>;
  /** Phone number to ask about it; null when not given. */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** What it costs, when not free. */
  cost?: Maybe<Scalars['String']['output']>;
  /** When the activity was registered (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Markdown source. */
  description: Scalars['String']['output'];
  /** The description as sanitised HTML. */
  descriptionHtml: Scalars['String']['output'];
  /** Drop in (true) or sign up first (false). */
  dropIn: Scalars['Boolean']['output'];
  /** Whether taking part is free of charge (see cost otherwise). */
  free: Scalars['Boolean']['output'];
  /** Unique id of the activity. */
  id: Scalars['ID']['output'];
  /** Languages spoken, as ISO 639-1 codes (no, en, ar, uk, so, ti …). */
  languages: Array<Scalars['String']['output']>;
  /** When the organisation last said it still runs. */
  lastConfirmedAt: Scalars['DateTimeISO']['output'];
  /** The municipality it takes place in. */
  municipality: Municipality;
  /** When it next takes place (UTC); null when the schedule has ended. */
  nextOccurrenceAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The next dates (at most 10). */
  nextOccurrences: Array<Occurrence>;
  /** The organisation that runs it. */
  organisation: Organisation;
  /** RFC 5545 recurrence rule (times in Europe/Oslo). */
  rrule: Scalars['String']['output'];
  /** The recurring schedule, in Oslo time. */
  schedule: ActivitySchedule;
  /** The schedule as readable text, e.g. "Hver tirsdag 18:00–20:00". */
  scheduleText: Scalars['String']['output'];
  /** Not confirmed as running for 180 days: shown with a warning and ranked last. */
  stale: Scalars['Boolean']['output'];
  /** Only PUBLISHED activities are in the public catalogue. */
  status: ActivityStatus;
  /** Who it is for. */
  targetGroups: Array<TargetGroup>;
  /** The activity’s title. */
  title: Scalars['String']['output'];
  /** What the viewer may do with this activity. */
  viewerCan: ActivityPermissions;
  /** The viewer's own latest offer to help with this activity, if any. */
  viewerVolunteerInterest?: Maybe<VolunteerInterest>;
  /** Offers to help: the organisation only (null otherwise). */
  volunteerInterests?: Maybe<Array<VolunteerInterest>>;
};


/** Something a voluntary organisation offers newcomers: a language café, homework help … */
export type ActivityNextOccurrencesArgs = {
  count?: Scalars['Int']['input'];
};


/** Something a voluntary organisation offers newcomers: a language café, homework help … */
export type ActivityScheduleTextArgs = {
  language?: Language;
};

/** What sort of activity it is. */
export type ActivityCategory =
  | 'CHILDREN_FAMILY'
  | 'COUNSELLING'
  | 'CULTURE'
  | 'HOMEWORK_HELP'
  | 'JOB_SEEKING'
  | 'LANGUAGE_CAFE'
  | 'MENTORING'
  | 'OTHER'
  | 'SPORTS_OUTDOOR'
  | 'WOMENS_GROUP';

/** A page of the activity catalogue, with facet counts. */
export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  /** How many activities each filter value would give. */
  facets: ActivityFacets;
  /** The activities on this page. */
  nodes: Array<Activity>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many activities match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** Counts per value, each with the other filters applied. */
export type ActivityFacets = {
  __typename?: 'ActivityFacets';
  /** Counts per category. */
  category: Array<FacetValue>;
  /** Counts for drop-in ("true") and sign-up ("false"). */
  dropIn: Array<FacetValue>;
  /** Counts per language spoken (ISO 639-1 code). */
  language: Array<FacetValue>;
  /** Counts per municipality (number). */
  municipality: Array<FacetValue>;
  /** Counts per target group. */
  targetGroup: Array<FacetValue>;
  /** Counts per day of the week (MO … SU). */
  weekday: Array<FacetValue>;
};

/** Catalogue filters; combined with AND. Facet counts are given for each. */
export type ActivityFilter = {
  /** Only activities in any of these categories; together with `category`, any of them. */
  categories?: InputMaybe<Array<ActivityCategory>>;
  /** Only this category. */
  category?: InputMaybe<ActivityCategory>;
  /** Only drop-in activities (true) or only those that need signing up (false). */
  dropIn?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO 639-1 code. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Only activities held in any of these languages (ISO 639-1/-3 codes, at most 20); together with `language`, any of them. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only activities in any of these municipalities (four-digit numbers, at most 50); together with `municipality`, any of them. */
  municipalities?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only activities in this municipality (number). */
  municipality?: InputMaybe<Scalars['ID']['input']>;
  /** One organisation's activities (its members also see drafts, paused and archived). */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Words, searched with Norwegian stemming. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only activities for this target group. */
  targetGroup?: InputMaybe<TargetGroup>;
  /** Only activities for any of these target groups; together with `targetGroup`, any of them. */
  targetGroups?: InputMaybe<Array<TargetGroup>>;
  /** Only activities that run on this day of the week. */
  weekday?: InputMaybe<Weekday>;
  /** Only activities that run on any of these days; together with `weekday`, any of them. */
  weekdays?: InputMaybe<Array<Weekday>>;
};

/** An activity as registered or edited; on update, omitted fields stay as they are. */
export type ActivityInput = {
  /** Universal design and access, plain text up to 2000 characters; empty string removes it. */
  accessibility?: InputMaybe<Scalars['String']['input']>;
  /** Where it takes place, up to 300 characters; empty string removes it. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** The oldest age it is meant for (0–120, not below ageMin); null removes the limit. */
  ageMax?: InputMaybe<Scalars['Int']['input']>;
  /** The youngest age it is meant for (0–120); null removes the limit. */
  ageMin?: InputMaybe<Scalars['Int']['input']>;
  /** What sort of activity it is; required on create. */
  category?: InputMaybe<ActivityCategory>;
  /** E-mail address to ask about it; empty string removes it. */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** Who to ask about it, up to 120 characters; empty string removes it. */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** Phone number to ask about it (digits, spaces, +, parentheses and dashes; 5–20 characters); empty string removes it. */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** What it costs when not free, up to 200 characters; empty string removes it. */
  cost?: InputMaybe<Scalars['String']['input']>;
  /** Markdown. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Drop in (true) or sign up first (false); true when omitted on create. */
  dropIn?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether taking part is free of charge; true when omitted on create. */
  free?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO 639-1 codes. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Municipality number. */
  municipalityNumber?: InputMaybe<Scalars['ID']['input']>;
  /** The organisation that runs it (create only). */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** When it runs; required on create, and it must produce at least one date. */
  schedule?: InputMaybe<ScheduleInput>;
  /** Who it is for; replaces the list. */
  targetGroups?: InputMaybe<Array<TargetGroup>>;
  /** The title, 3–200 characters on one line; required on create. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** What the viewer may do with an activity. */
export type ActivityPermissions = {
  __typename?: 'ActivityPermissions';
  /** Archive it (not already archived): its organisation. */
  archive: Scalars['Boolean']['output'];
  /** Edit, publish, pause, archive and confirm it, and answer offers to help (the organisation’s members and county staff). */
  manage: Scalars['Boolean']['output'];
  /** Pause it (published): out of the catalogue for a while. Its organisation. */
  pause: Scalars['Boolean']['output'];
  /** Publish it (from a draft), or publish it again (paused or archived): its organisation. */
  publish: Scalars['Boolean']['output'];
  /** Offer to help ("jeg vil bidra"). */
  volunteer: Scalars['Boolean']['output'];
};

/** The recurring schedule, in Oslo time. */
export type ActivitySchedule = {
  __typename?: 'ActivitySchedule';
  /** End time of day, "HH:mm" Oslo time. */
  endTime: Scalars['String']['output'];
  /** Weekly or monthly. */
  frequency: ScheduleFrequency;
  /** WEEKLY: 1 every week, 2 every other week … (1–4). */
  interval: Scalars['Int']['output'];
  /** MONTHLY: 1–4 for the n-th weekday of the month, -1 for the last; null for WEEKLY. */
  setPos?: Maybe<Scalars['Int']['output']>;
  /** The first date, "YYYY-MM-DD". */
  startDate: Scalars['String']['output'];
  /** Start time of day, "HH:mm" Oslo time. */
  startTime: Scalars['String']['output'];
  /** The last date, "YYYY-MM-DD" (inclusive); null when it runs until further notice. */
  until?: Maybe<Scalars['String']['output']>;
  /** The days it runs. */
  weekdays: Array<Weekday>;
};

/** DRAFT (being written), PUBLISHED (in the catalogue), PAUSED (on a break) or ARCHIVED (ended). Only PUBLISHED ones are public; the organisation sees all. */
export type ActivityStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PAUSED'
  | 'PUBLISHED';

/** A message from county staff to the whole network, or to some organisation kinds or municipalities. */
export type Announcement = {
  __typename?: 'Announcement';
  /** Empty: every kind. */
  audienceKinds: Array<OrganisationKind>;
  /** Municipality numbers; empty: everywhere. */
  audienceMunicipalities: Array<Scalars['String']['output']>;
  /** Markdown source. */
  body: Scalars['String']['output'];
  /** Sanitised HTML. */
  bodyHtml: Scalars['String']['output'];
  /** When it was posted (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** After this it no longer shows on the home page. */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Unique id of the announcement. */
  id: Scalars['ID']['output'];
  /** The headline. */
  title: Scalars['String']['output'];
};

/** A newly posted announcement, delivered live. */
export type AnnouncementEvent = {
  __typename?: 'AnnouncementEvent';
  /** The announcement. */
  announcement: Announcement;
  /** Pass as `after` when resubscribing. */
  cursor: Scalars['String']['output'];
};

/** A new announcement from county staff. */
export type AnnouncementInput = {
  /** Only members of organisations of these kinds; empty: all. */
  audienceKinds?: InputMaybe<Array<OrganisationKind>>;
  /** Only members of organisations serving these municipalities; empty: all. */
  audienceMunicipalities?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Markdown. */
  body: Scalars['String']['input'];
  /** When it stops showing (UTC instant, in the future); shown until removed when omitted. */
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The headline, 3–200 characters on one line. */
  title: Scalars['String']['input'];
};

/** FILED (with the county), UPHELD (the county agrees and changes its decision) or FORWARDED (not upheld: sent on to the appeal body, forvaltningsloven § 33). */
export type AppealState =
  | 'FILED'
  | 'FORWARDED'
  | 'UPHELD';

/** Where an application stands: DRAFT (the organisation writes), SUBMITTED, IN_REVIEW (a reviewer has started), MORE_INFO_REQUESTED (back with the applicant, who resubmits), DECIDED (decision published) or WITHDRAWN. */
export type ApplicationState =
  | 'DECIDED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'MORE_INFO_REQUESTED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

/** Attendance of registrants from one kind of organisation. */
export type AttendanceByKind = {
  __typename?: 'AttendanceByKind';
  /** Marked as come. */
  attended: Scalars['Int']['output'];
  /** The kind of the organisation they came for; null: none given (guests, people on their own). */
  kind?: Maybe<OrganisationKind>;
  /** Marked as not come. */
  noShow: Scalars['Int']['output'];
  /** Not marked. */
  notMarked: Scalars['Int']['output'];
  /** Confirmed registrations. */
  registered: Scalars['Int']['output'];
};

/** Attendance of registrants from one municipality. */
export type AttendanceByMunicipality = {
  __typename?: 'AttendanceByMunicipality';
  /** Marked as come. */
  attended: Scalars['Int']['output'];
  /** The municipality they work in or come from; null: not given. */
  municipality?: Maybe<Municipality>;
  /** Marked as not come. */
  noShow: Scalars['Int']['output'];
  /** Not marked. */
  notMarked: Scalars['Int']['output'];
  /** Confirmed registrations. */
  registered: Scalars['Int']['output'];
};

/** Confirmed registrants and whether they came. */
export type AttendanceCount = {
  __typename?: 'AttendanceCount';
  /** Marked as come. */
  attended: Scalars['Int']['output'];
  /** Marked as not come. */
  noShow: Scalars['Int']['output'];
  /** Not marked. */
  notMarked: Scalars['Int']['output'];
  /** Confirmed registrations. */
  registered: Scalars['Int']['output'];
};

/** Attendance figures for the county's reporting: totals, by organisation kind and by municipality. */
export type AttendanceFigures = {
  __typename?: 'AttendanceFigures';
  /** By municipality, largest first. */
  byMunicipality: Array<AttendanceByMunicipality>;
  /** By the kind of organisation registrants came for, largest first. */
  byOrganisationKind: Array<AttendanceByKind>;
  /** How many events the figures cover. */
  events: Scalars['Int']['output'];
  /** All confirmed registrants. */
  total: AttendanceCount;
};

/** In the room or online: a HYBRID event has seats and a waitlist for each. */
export type AttendanceMode =
  | 'IN_ROOM'
  | 'ONLINE';

/** One way to take part in an event, and what registering for it now gives. */
export type AttendanceOption = {
  __typename?: 'AttendanceOption';
  /** In the room or online. */
  attendance: AttendanceMode;
  /** Seats left for it; null when unlimited. */
  seatsLeft?: Maybe<Scalars['Int']['output']>;
  /** Its seats are taken: registering now puts one on its waitlist. */
  waitlist: Scalars['Boolean']['output'];
};

/** An audit log entry (county staff only). */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** e.g. state:DRAFT→SUBMITTED, decision, assessment */
  action: Scalars['String']['output'];
  /** The user who made the change; null when the system made it (a scheduled job). */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** The actor’s name at the time. */
  actorName?: Maybe<Scalars['String']['output']>;
  /** When the change was made (UTC). */
  at: Scalars['DateTimeISO']['output'];
  /** What changed, as recorded with the action (e.g. the fields updated, the decision and granted amount, an attachment’s file name). */
  details: Scalars['JSONObject']['output'];
  /** The id of the changed object. */
  entityId: Scalars['ID']['output'];
  /** grant_round, grant_application … */
  entityType: Scalars['String']['output'];
  /** Unique id of the entry. */
  id: Scalars['ID']['output'];
};

/** Where an award (tilsagn) stands: OFFERED (waiting for the organisation to accept before the deadline), ACCEPTED, DECLINED (the amount went back to the round) or LAPSED (not answered in time; the amount went back too). */
export type AwardState =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'LAPSED'
  | 'OFFERED';

/** A grant awarded (and published) to an organisation working in a municipality. */
export type AwardedGrant = {
  __typename?: 'AwardedGrant';
  /** The application. */
  applicationId: Scalars['ID']['output'];
  /** NOK granted. */
  grantedAmount: Scalars['Int']['output'];
  /** The organisation. */
  organisationId: Scalars['ID']['output'];
  /** The organisation’s name. */
  organisationName: Scalars['String']['output'];
  /** The grant round. */
  roundTitle: Scalars['String']['output'];
  /** The project title. */
  title: Scalars['String']['output'];
  /** The round’s year. */
  year: Scalars['Int']['output'];
};

/** One cell of the allocation board (a municipality’s row × an editable column), versioned on its own. */
export type BoardCell = {
  __typename?: 'BoardCell';
  /** The column. */
  column: BoardColumn;
  /** The value of a number column (null: empty). */
  number?: Maybe<Scalars['Int']['output']>;
  /** The value of the comment column (null: empty). */
  text?: Maybe<Scalars['String']['output']>;
  /** When it was changed last. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Who changed it last (their name at the time). */
  updatedByName?: Maybe<Scalars['String']['output']>;
  /** Increases with every change of this cell; send it back to change it (0: never set). */
  version: Scalars['Int']['output'];
};

/** A change of one board cell, against the version the editor saw. */
export type BoardCellInput = {
  /** The column. */
  column: BoardColumn;
  /** The municipality number of the row. */
  municipalityNumber: Scalars['String']['input'];
  /** The new value of a number column (null: empty). */
  number?: InputMaybe<Scalars['Int']['input']>;
  /** The new value of the comment column (null or empty: empty). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** The cell’s version the editor saw (0 for a cell never set); another version answers CONFLICT with the current value. */
  version: Scalars['Int']['input'];
  /** The settlement year. */
  yearId: Scalars['ID']['input'];
};

/** A board cell as announced live. */
export type BoardCellUpdate = {
  __typename?: 'BoardCellUpdate';
  /** The column. */
  column: BoardColumn;
  /** The municipality number of the row. */
  municipalityNumber: Scalars['String']['output'];
  /** The number (number columns). */
  number?: Maybe<Scalars['Int']['output']>;
  /** The text (the comment column). */
  text?: Maybe<Scalars['String']['output']>;
  /** When. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Who changed it. */
  updatedByName?: Maybe<Scalars['String']['output']>;
  /** The cell’s new version. */
  version: Scalars['Int']['output'];
};

/** One change of one board cell: the history of the allocation meeting. */
export type BoardChange = {
  __typename?: 'BoardChange';
  /** Who made it (their name at the time). */
  actorName?: Maybe<Scalars['String']['output']>;
  /** When. */
  at: Scalars['DateTimeISO']['output'];
  /** The column. */
  column: BoardColumn;
  /** The value before (numbers as text; null: empty). */
  fromValue?: Maybe<Scalars['String']['output']>;
  /** The change’s id. */
  id: Scalars['ID']['output'];
  /** The municipality number of the row. */
  municipalityNumber: Scalars['String']['output'];
  /** The value after (numbers as text; null: empty). */
  toValue?: Maybe<Scalars['String']['output']>;
  /** The cell’s version after the change. */
  version: Scalars['Int']['output'];
};

/** An editable column of the allocation board: the county’s recommended number, of which unaccompanied minors, IMDi’s proposal (numbers) and a comment (text). */
export type BoardColumn =
  | 'COMMENT'
  | 'IMDI_PROPOSAL'
  | 'MINORS'
  | 'RECOMMENDATION';

/** Who is at the allocation board now. */
export type BoardPresence = {
  __typename?: 'BoardPresence';
  /** Everyone at the board, by name. */
  viewers: Array<BoardViewer>;
  /** The settlement year. */
  yearId: Scalars['ID']['output'];
};

/** The allocation board: OPEN for editing, or LOCKED (turned into the recommendation drafts). */
export type BoardState =
  | 'LOCKED'
  | 'OPEN';

/** Someone at the allocation board, and the row they are looking at. */
export type BoardViewer = {
  __typename?: 'BoardViewer';
  /** The user’s id. */
  id: Scalars['ID']['output'];
  /** The municipality number of the row they are at (null: none). */
  municipalityNumber?: Maybe<Scalars['String']['output']>;
  /** Their name. */
  name: Scalars['String']['output'];
};

/** One line of an application’s budget. */
export type BudgetLine = {
  __typename?: 'BudgetLine';
  /** What the money is for. */
  description: Scalars['String']['output'];
  /** NOK the applicant pays itself. */
  ownFunding: Scalars['Int']['output'];
  /** NOK asked for. */
  requested: Scalars['Int']['output'];
};

/** One line of an application’s budget. */
export type BudgetLineInput = {
  /** What the money is for, 1–300 characters on one line. */
  description: Scalars['String']['input'];
  /** NOK the applicant pays itself. */
  ownFunding: Scalars['Int']['input'];
  /** NOK asked for. */
  requested: Scalars['Int']['input'];
};

/** DEADLINE_EXTENSION: a later due date for one report. CHANGE_OF_USE: spending the grant differently from the application. */
export type ChangeRequestKind =
  | 'CHANGE_OF_USE'
  | 'DEADLINE_EXTENSION';

/** PENDING (with county staff), APPROVED or DENIED (each with a reason). */
export type ChangeRequestState =
  | 'APPROVED'
  | 'DENIED'
  | 'PENDING';

/** Whether a confirmed registrant came, as the organisers marked it at the door. */
export type CheckIn =
  /** Came. */
  | 'ATTENDED'
  /** Not marked yet. */
  | 'NOT_MARKED'
  /** Did not come. */
  | 'NO_SHOW';

/** A check-in marked by one of the organisers, with the counts after it (for the other organisers’ check-in pages). */
export type CheckInUpdate = {
  __typename?: 'CheckInUpdate';
  /** Confirmed registrants marked as come. */
  attendedCount: Scalars['Int']['output'];
  /** Its mark now. */
  checkIn: CheckIn;
  /** Pass as `after` when resubscribing to get what came since. */
  cursor: Scalars['String']['output'];
  /** Confirmed registrants marked as not come. */
  noShowCount: Scalars['Int']['output'];
  /** Confirmed registrants. */
  registeredCount: Scalars['Int']['output'];
  /** The registration marked. */
  registrationId: Scalars['ID']['output'];
};

/** Where an invitation to co-host an event stands. */
export type CoHostStatus =
  /** A host: its members manage the event and it shows on its page. */
  | 'ACCEPTED'
  /** An admin of the organisation said no. */
  | 'DECLINED'
  /** Asked; an admin of the organisation has not answered yet. */
  | 'INVITED'
  /** The invitation was withdrawn, or the co-host left or was removed. */
  | 'REMOVED';

/** NO_CONFLICT: the reviewer may assess. CONFLICT: the reviewer is inhabil and takes no part. */
export type ConflictDeclaration =
  | 'CONFLICT'
  | 'NO_CONFLICT';

/** An assessment criterion of a round. */
export type Criterion = {
  __typename?: 'Criterion';
  /** Stable key, e.g. "relevance": scores refer to it. */
  key: Scalars['String']['output'];
  /** What is assessed. */
  title: Scalars['String']['output'];
  /** Relative weight, 1–100. */
  weight: Scalars['Int']['output'];
};

/** An assessment criterion of a round. */
export type CriterionInput = {
  /** Stable key, e.g. "relevance". */
  key: Scalars['String']['input'];
  /** What is assessed, 1–200 characters on one line. */
  title: Scalars['String']['input'];
  /** Relative weight, 1–100. */
  weight: Scalars['Int']['input'];
};

/** A reviewer’s score on one criterion. */
export type CriterionScore = {
  __typename?: 'CriterionScore';
  /** The criterion’s key. */
  key: Scalars['String']['output'];
  /** 0–5. */
  score: Scalars['Int']['output'];
};

/** One row of a dashboard breakdown. */
export type DashboardBucket = {
  __typename?: 'DashboardBucket';
  /** How many applications. */
  count: Scalars['Int']['output'];
  /** NOK requested. */
  requested: Scalars['Int']['output'];
  /** The state, municipality name ("–" for none) or organisation kind. */
  value: Scalars['String']['output'];
};

/** The outcome: APPROVED (the full amount asked for), PARTIALLY_APPROVED (less) or REJECTED. */
export type Decision =
  | 'APPROVED'
  | 'PARTIALLY_APPROVED'
  | 'REJECTED';

/** The municipality’s decision (vedtak): awaiting political treatment, or decided. */
export type DecisionStatus =
  | 'AWAITING_POLITICAL_TREATMENT'
  | 'DECIDED';

/** A reviewer who declared a conflict of interest (inhabil) for an application, and so takes no part in its assessment. */
export type DeclaredConflict = {
  __typename?: 'DeclaredConflict';
  /** The application. */
  application: GrantApplication;
  /** When the conflict was declared (UTC). */
  declaredAt: Scalars['DateTimeISO']['output'];
  /** The reviewer’s name. */
  reviewerName: Scalars['String']['output'];
};

/** An answer to one evaluation question. */
export type EvaluationAnswerInput = {
  /** The question. */
  questionId: Scalars['ID']['input'];
  /** RATING: 1–5. */
  rating?: InputMaybe<Scalars['Int']['input']>;
  /** TEXT: up to 1000 characters. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** One question of an event evaluation. */
export type EvaluationQuestion = {
  __typename?: 'EvaluationQuestion';
  /** The question id. */
  id: Scalars['ID']['output'];
  /** How it is answered. */
  kind: EvaluationQuestionKind;
  /** The question, e.g. "Hvor nyttig var seminaret?" */
  label: Scalars['String']['output'];
};

/** An evaluation question as the organiser writes it. */
export type EvaluationQuestionInput = {
  /** How it is answered. */
  kind: EvaluationQuestionKind;
  /** The question (1–200 characters). */
  label: Scalars['String']['input'];
};

/** How an evaluation question is answered. */
export type EvaluationQuestionKind =
  /** A rating from 1 (poor) to 5 (very good). */
  | 'RATING'
  /** A short text. */
  | 'TEXT';

/** The answers to one evaluation question, without who gave them. */
export type EvaluationQuestionResult = {
  __typename?: 'EvaluationQuestionResult';
  /** How many answered it. */
  answered: Scalars['Int']['output'];
  /** RATING: the average, 1–5 (null without answers). */
  average?: Maybe<Scalars['Float']['output']>;
  /** RATING: how many gave 1, 2, 3, 4 and 5 (five numbers); empty for TEXT. */
  distribution: Array<Scalars['Int']['output']>;
  /** The question. */
  question: EvaluationQuestion;
  /** TEXT: the answers, newest first; empty for RATING. */
  texts: Array<Scalars['String']['output']>;
};

/** An event evaluation's results, for its organisers: no names. */
export type EvaluationResults = {
  __typename?: 'EvaluationResults';
  /** How many were asked (confirmed registrants who did not miss it). */
  asked: Scalars['Int']['output'];
  /** Per question. */
  questions: Array<EvaluationQuestionResult>;
  /** How many answered. */
  responses: Scalars['Int']['output'];
};

/** Where an event's evaluation stands. */
export type EvaluationStatus =
  /** No more answers. */
  | 'CLOSED'
  /** No evaluation. */
  | 'NONE'
  /** Participants are asked and may answer. */
  | 'OPEN'
  /** Questions written; participants not asked yet. */
  | 'READY';

/** A seminar, webinar, network gathering … hosted by an organisation. */
export type Event = {
  __typename?: 'Event';
  /** When the answers to its questions are deleted at the latest: 90 days after the event ends (the registration form says so). */
  answersDeleteAt: Scalars['DateTimeISO']['output'];
  /** When the answers to its questions were last deleted (by the organisers, or 90 days after the event). */
  answersDeletedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Attendance by organisation kind and municipality: organisers only (null otherwise). */
  attendanceFigures?: Maybe<AttendanceFigures>;
  /** The ways to take part (two for a HYBRID event), each with whether registering now means the waitlist for the viewer (who may qualify for reserved seats). Empty without registration. */
  attendanceOptions: Array<AttendanceOption>;
  /** Everyone registered, in order of arrival: organisers only (null otherwise). */
  attendees?: Maybe<Array<Registration>>;
  /** Målgruppe: who the event is for. */
  audience: Array<Scalars['String']['output']>;
  /** Why the organiser cancelled it, as told to registrants; null when not given or not cancelled. */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** Seats; null is unlimited. For a HYBRID event: the seats in the room (online: `onlineCapacity`). */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** Invitations to co-host, pending, accepted and declined: organisers only (null otherwise). */
  coHostInvitations?: Maybe<Array<EventHost>>;
  /** Confirmed participants (in the room, for a HYBRID event). */
  confirmedCount: Scalars['Int']['output'];
  /** When the event was created (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Markdown source. */
  description: Scalars['String']['output'];
  /** Sanitised HTML. */
  descriptionHtml: Scalars['String']['output'];
  /** End (an instant in UTC; show it in Europe/Oslo). */
  endsAt: Scalars['DateTimeISO']['output'];
  /** End as Oslo wall-clock time, "YYYY-MM-DDTHH:mm". */
  endsAtLocal: Scalars['String']['output'];
  /** The two or three evaluation questions (empty without an evaluation). */
  evaluationQuestions: Array<EvaluationQuestion>;
  /** The evaluation results without names: organisers only (null otherwise, and without an evaluation). */
  evaluationResults?: Maybe<EvaluationResults>;
  /** Where its evaluation stands (evaluation.states.ts). */
  evaluationStatus: EvaluationStatus;
  /** Registration happens elsewhere (a https link): the event takes no registrations of its own. */
  externalRegistrationUrl?: Maybe<Scalars['String']['output']>;
  /** Every host: the primary host (`organisation`) first, then the co-hosts that accepted. */
  hosts: Array<Organisation>;
  /** Unique id of the event. */
  id: Scalars['ID']['output'];
  /** What sort of event it is. */
  kind: EventKind;
  /** nb, nn, en or another language code. */
  language: Scalars['String']['output'];
  /** Materials after the event (markdown). */
  materials: Scalars['String']['output'];
  /** The materials as sanitised HTML. */
  materialsHtml: Scalars['String']['output'];
  /** The meeting link: for everyone when the event needs no registration, else for confirmed participants; always for organisers. */
  meetingUrl?: Maybe<Scalars['String']['output']>;
  /** Online, in person, or both. */
  mode: EventMode;
  /** The municipalities the event is for. */
  municipalities: Array<Municipality>;
  /** Online seats of a HYBRID event; null is unlimited. Other events use `capacity` alone. */
  onlineCapacity?: Maybe<Scalars['Int']['output']>;
  /** Confirmed online participants of a HYBRID event (`confirmedCount` counts the room there). */
  onlineConfirmedCount: Scalars['Int']['output'];
  /** Online seats left in a HYBRID event; null when unlimited or not HYBRID. */
  onlineSeatsLeft?: Maybe<Scalars['Int']['output']>;
  /** The online waitlist of a HYBRID event. */
  onlineWaitlistCount: Scalars['Int']['output'];
  /** The hosting organisation. */
  organisation: Organisation;
  /** What registrants are asked (questions.ts); answers are kept until `answersDeleteAt`. */
  questions: Array<EventQuestion>;
  /** Link to the recording (https), added after the event; null until then. */
  recordingUrl?: Maybe<Scalars['String']['output']>;
  /** When registration closes (UTC); null means at the start. */
  registrationClosesAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When registration opens (UTC); null means as soon as it is published. */
  registrationOpensAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Whether people register; false for an event anyone may just attend. */
  registrationRequired: Scalars['Boolean']['output'];
  /** Where registration stands now, by the same rule the server registers by. */
  registrationWindow: RegistrationWindow;
  /** Registrants get e-mailed reminders: a day before, and an hour before for those taking part online. */
  remindersEnabled: Scalars['Boolean']['output'];
  /** Seats held for an organisation kind, while they are (null otherwise). */
  reservation?: Maybe<ReservedSeats>;
  /** Confirmed registrations holding a reserved seat (counted in `confirmedCount` too). */
  reservedConfirmedCount: Scalars['Int']['output'];
  /** Whose the reserved seats are, e.g. VOLUNTARY. */
  reservedForKind?: Maybe<OrganisationKind>;
  /** Seats (in the room, for a HYBRID event) held for registrants from a verified organisation of `reservedForKind` until `reservedUntil`; then everyone’s. */
  reservedSeats?: Maybe<Scalars['Int']['output']>;
  /** When unclaimed reserved seats are released to everyone (and the waitlist moves up). */
  reservedUntil?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Seats left (in the room, for a HYBRID event); null when unlimited. */
  seatsLeft?: Maybe<Scalars['Int']['output']>;
  /** Events created together as a weekly or monthly series share this id. */
  seriesId?: Maybe<Scalars['ID']['output']>;
  /** Start (an instant; show it in Europe/Oslo). */
  startsAt: Scalars['DateTimeISO']['output'];
  /** Start as Oslo wall-clock time, "YYYY-MM-DDTHH:mm". */
  startsAtLocal: Scalars['String']['output'];
  /** Draft (seen only by its organisers), published or cancelled. */
  status: EventStatus;
  /** The event’s title. */
  title: Scalars['String']['output'];
  /** The event’s topics, in display order. */
  topics: Array<Topic>;
  /** The venue’s street address; null for an online event. */
  venueAddress?: Maybe<Scalars['String']['output']>;
  /** The venue’s name; null for an online event. */
  venueName?: Maybe<Scalars['String']['output']>;
  /** What the viewer may do with this event. */
  viewerCan: EventPermissions;
  /** The viewer's live registration, if any. */
  viewerRegistration?: Maybe<Registration>;
  /** People on the waitlist (for the room, in a HYBRID event). */
  waitlistCount: Scalars['Int']['output'];
};

/** A page of events. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The events on this page. */
  nodes: Array<Event>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many events match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** Filters for the event list and calendar; combined with AND. */
export type EventFilter = {
  /** From this Oslo date (YYYY-MM-DD), inclusive. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Include drafts the viewer may manage. */
  includeDrafts?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these kinds (any of them). */
  kinds?: InputMaybe<Array<EventKind>>;
  /** ONLINE also matches HYBRID when asking for online; IN_PERSON likewise. */
  modes?: InputMaybe<Array<EventMode>>;
  /** Only events for this municipality (number). */
  municipality?: InputMaybe<Scalars['ID']['input']>;
  /** Only events hosted by this organisation. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only events not yet ended (UPCOMING) or already ended (PAST); both when omitted. */
  time?: InputMaybe<EventTimeFilter>;
  /** To this Oslo date (YYYY-MM-DD), inclusive. */
  to?: InputMaybe<Scalars['String']['input']>;
  /** Only events on this topic (slug). */
  topic?: InputMaybe<Scalars['ID']['input']>;
};

/** An organisation asked to co-host an event (the primary host is the event's `organisation`). */
export type EventHost = {
  __typename?: 'EventHost';
  /** When it was last answered, withdrawn or left. */
  changedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the organisation was (last) invited. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The event. */
  event: Event;
  /** The invitation id. */
  id: Scalars['ID']['output'];
  /** The organisation asked to co-host. */
  organisation: Organisation;
  /** Where the invitation stands. */
  status: CoHostStatus;
  /** What the viewer may do with it. */
  viewerCan: EventHostPermissions;
};

/** What the viewer may do with an invitation to co-host (from the transition table in event-host.states.ts). */
export type EventHostPermissions = {
  __typename?: 'EventHostPermissions';
  /** Accept it for the invited organisation (its admins, county staff). */
  accept: Scalars['Boolean']['output'];
  /** Decline it for the invited organisation. */
  decline: Scalars['Boolean']['output'];
  /** Withdraw the invitation or remove the co-host (organisers), or leave (the co-host’s admins). */
  remove: Scalars['Boolean']['output'];
};

/** An event as created or edited. Times are wall-clock times in Europe/Oslo, "YYYY-MM-DDTHH:mm". On update, omitted fields stay as they are. */
export type EventInput = {
  /** Målgruppe: who the event is for, as free labels (at most 20, each up to 80 characters). Replaces the list. */
  audience?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Seats; 0 or omitted on create means unlimited. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Markdown. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** End, Oslo time, e.g. "2026-12-01T15:00"; after the start. Required on create. */
  endsAt?: InputMaybe<Scalars['String']['input']>;
  /** A https link to registration elsewhere (the event then takes none of its own); empty string: none. */
  externalRegistrationUrl?: InputMaybe<Scalars['String']['input']>;
  /** What sort of event it is; required on create. */
  kind?: InputMaybe<EventKind>;
  /** The language it is held in: nb, nn, en or another 2–10 letter code. nb when omitted on create. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Shown to everyone when no registration is required, else to confirmed participants. */
  meetingUrl?: InputMaybe<Scalars['String']['input']>;
  /** Online, in person or hybrid; required on create. In person and hybrid need a venue name or address. */
  mode?: InputMaybe<EventMode>;
  /** The municipalities it is for (numbers). Replaces the list. */
  municipalityNumbers?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** HYBRID events: online seats; 0 or omitted on create means unlimited. */
  onlineCapacity?: InputMaybe<Scalars['Int']['input']>;
  /** The hosting organisation (create only). */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Registration questions, replacing the present ones (at most 10). Keep a question’s id to keep its answers. */
  questions?: InputMaybe<Array<EventQuestionInput>>;
  /** Oslo time; empty string: until the start. */
  registrationClosesAt?: InputMaybe<Scalars['String']['input']>;
  /** Oslo time; empty string: open now. */
  registrationOpensAt?: InputMaybe<Scalars['String']['input']>;
  /** Whether people register; true when omitted on create. */
  registrationRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** E-mail reminders to registrants a day (and, online, an hour) before (default on). */
  remindersEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whose the reserved seats are: registrants from a verified organisation of this kind. */
  reservedForKind?: InputMaybe<OrganisationKind>;
  /** Seats (in the room, for a HYBRID event) held for an organisation kind until `reservedUntil`; 0: none. Needs a capacity. */
  reservedSeats?: InputMaybe<Scalars['Int']['input']>;
  /** Oslo time when unclaimed reserved seats go to everyone (before the start). */
  reservedUntil?: InputMaybe<Scalars['String']['input']>;
  /** Oslo time, e.g. "2026-12-01T09:00". */
  startsAt?: InputMaybe<Scalars['String']['input']>;
  /** The title, 3–200 characters on one line; required on create. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Its topics (slugs). Replaces the list. */
  topicSlugs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The venue’s street address, up to 300 characters; empty string removes it. */
  venueAddress?: InputMaybe<Scalars['String']['input']>;
  /** The venue’s name, up to 200 characters; empty string removes it. */
  venueName?: InputMaybe<Scalars['String']['input']>;
};

/** What sort of event it is. */
export type EventKind =
  | 'COURSE'
  | 'INFO_MEETING'
  | 'NETWORK_MEETING'
  | 'OTHER'
  | 'SEMINAR'
  | 'WEBINAR';

/** How people take part: ONLINE, IN_PERSON at a venue, or HYBRID (both, with separate seats). */
export type EventMode =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'ONLINE';

/** What the viewer may do with an event. */
export type EventPermissions = {
  __typename?: 'EventPermissions';
  /** Add the recording or materials (organisers, once it is published). */
  addMaterials: Scalars['Boolean']['output'];
  /** Cancel it (organisers, until it is cancelled). */
  cancel: Scalars['Boolean']['output'];
  /** Check registrants in at the door (organisers, from a day before the start). */
  checkIn: Scalars['Boolean']['output'];
  /** Close the evaluation (organisers). */
  closeEvaluation: Scalars['Boolean']['output'];
  /** Edit the details and co-hosts (organisers, until it is cancelled). */
  edit: Scalars['Boolean']['output'];
  /** Write or change the evaluation questions (organisers, before participants are asked). */
  editEvaluation: Scalars['Boolean']['output'];
  /** Answer the evaluation now (a participant who has not answered). */
  evaluate: Scalars['Boolean']['output'];
  /** Organise it: see attendees, duplicate, message registrants. */
  manage: Scalars['Boolean']['output'];
  /** Ask the participants to evaluate, or open the evaluation again (organisers, once the event has started). */
  openEvaluation: Scalars['Boolean']['output'];
  /** Publish the draft (organisers). */
  publish: Scalars['Boolean']['output'];
  /** Register now (signed in, open window, not registered). */
  register: Scalars['Boolean']['output'];
  /** See the evaluation: its questions, where it stands and the results without names (organisers, once the event is published and until it is cancelled). */
  viewEvaluation: Scalars['Boolean']['output'];
};

/** A question registrants answer when they register. */
export type EventQuestion = {
  __typename?: 'EventQuestion';
  /** Stable across edits, so answers stay with their question. */
  id: Scalars['ID']['output'];
  /** How it is answered. */
  kind: QuestionKind;
  /** The question, e.g. "Trenger du tolk? Hvilket språk?" */
  label: Scalars['String']['output'];
  /** The options of ONE_CHOICE and SEVERAL_CHOICES; empty for the others. */
  options: Array<Scalars['String']['output']>;
  /** Registration needs an answer (for SEVERAL_CHOICES: at least one option). */
  required: Scalars['Boolean']['output'];
};

/** A registration question as the organiser writes it; the list replaces the event’s questions. */
export type EventQuestionInput = {
  /** An existing question’s id, to keep its answers; omit for a new one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** How it is answered. */
  kind: QuestionKind;
  /** The question (1–200 characters). */
  label: Scalars['String']['input'];
  /** ONE_CHOICE and SEVERAL_CHOICES: 2–20 different options. */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Whether an answer is needed (default false). */
  required?: InputMaybe<Scalars['Boolean']['input']>;
};

/** DRAFT (its organisers only), PUBLISHED (visible to all) or CANCELLED (still visible, registration closed). */
export type EventStatus =
  | 'CANCELLED'
  | 'DRAFT'
  | 'PUBLISHED';

/** UPCOMING: events not yet ended, soonest first. PAST: ended events, latest first. */
export type EventTimeFilter =
  | 'PAST'
  | 'UPCOMING';

/** A live change to an event: its seat counts or status. */
export type EventUpdate = {
  __typename?: 'EventUpdate';
  /** Confirmed participants now (in the room, for a HYBRID event); null when this change is not about seats. */
  confirmedCount?: Maybe<Scalars['Int']['output']>;
  /** Pass as `after` when resubscribing to receive what came since. */
  cursor: Scalars['String']['output'];
  /** HYBRID events: confirmed online. */
  onlineConfirmedCount?: Maybe<Scalars['Int']['output']>;
  /** HYBRID events: the online waitlist. */
  onlineWaitlistCount?: Maybe<Scalars['Int']['output']>;
  /** Confirmed registrations holding a reserved seat. */
  reservedConfirmedCount?: Maybe<Scalars['Int']['output']>;
  /** The event’s status now; null when this change is not about seats or status. */
  status?: Maybe<EventStatus>;
  /** registration.changed (seat counts or status changed) or event.updated (recording or materials added: read the event again). */
  type: Scalars['String']['output'];
  /** People on the waitlist now (for the room, in a HYBRID event); null when this change is not about seats. */
  waitlistCount?: Maybe<Scalars['Int']['output']>;
};

/** A filter value and how many results it gives (activity catalogue and search). */
export type FacetValue = {
  __typename?: 'FacetValue';
  /** How many results have this value, with the other filters applied. */
  count: Scalars['Int']['output'];
  /** The value to filter by (municipality number, topic slug, enum value, language code, "true"/"false"). */
  value: Scalars['String']['output'];
};

/** What the viewer follows: new events there reach the inbox. */
export type Follows = {
  __typename?: 'Follows';
  /** Municipalities followed. */
  municipalities: Array<Municipality>;
  /** Topics followed. */
  topics: Array<Topic>;
};

/** Something on the front page changed: ask for its lists again. */
export type FrontPageUpdate = {
  __typename?: 'FrontPageUpdate';
  /** Pass as `after` when resubscribing. */
  cursor: Scalars['String']['output'];
  /** Which list: event, activity, round or announcement. */
  what: Scalars['String']['output'];
};

/** An appeal (klage) against a decision, filed by the applicant organisation before the appeal deadline. */
export type GrantAppeal = {
  __typename?: 'GrantAppeal';
  /** The application appealed. */
  application: GrantApplication;
  /** When the outcome was recorded (UTC). */
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When it was filed (UTC). */
  filedAt: Scalars['DateTimeISO']['output'];
  /** The organisation’s grounds: what it wants changed, and why. */
  grounds: Scalars['String']['output'];
  /** Unique id of the appeal. */
  id: Scalars['ID']['output'];
  /** County staff’s note on the outcome. */
  outcomeNote?: Maybe<Scalars['String']['output']>;
  /** Where the appeal stands. */
  state: AppealState;
  /** What the viewer may do with the appeal now. */
  viewerCan: GrantAppealPermissions;
};

/** What the viewer may do with an appeal now. */
export type GrantAppealPermissions = {
  __typename?: 'GrantAppealPermissions';
  /** Record it as not upheld and forwarded to the appeal body: county staff, while filed. */
  forward: Scalars['Boolean']['output'];
  /** Record it as upheld: county staff (not inhabil), while filed. */
  uphold: Scalars['Boolean']['output'];
};

/** An application, owned by an organisation (not a person). */
export type GrantApplication = {
  __typename?: 'GrantApplication';
  /** The appeal, if filed: its organisation and county staff who are not inhabil. */
  appeal?: Maybe<GrantAppeal>;
  /** The last moment to appeal the decision: three weeks from the notice (the publication), forvaltningsloven § 29, moved past weekends and public holidays; the end of that day in Oslo. Null until the decision is published. */
  appealDeadline?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Every reviewer’s declaration and assessment: county staff who have declared no conflict of interest for this application (FORBIDDEN grant/declaration_required before); null for others. */
  assessments?: Maybe<Array<GrantAssessment>>;
  /** Uploaded by POST (multipart `file`) to /filer/soknader/<id>, oldest first. */
  attachments: Array<GrantAttachment>;
  /** The award, once an approved decision is published: its organisation and county staff who are not inhabil; null otherwise. */
  award?: Maybe<GrantAward>;
  /** The budget lines. Content: the applicant organisation, or a reviewer who has declared no conflict of interest (FORBIDDEN grant/declaration_required otherwise). */
  budgetLines: Array<BudgetLine>;
  /** When the draft was started (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** For the applicant only after publication; county staff always. */
  decision?: Maybe<GrantDecision>;
  /** The guidelines version it was written against. */
  guidelinesVersion: Scalars['Int']['output'];
  /** Unique id of the application. */
  id: Scalars['ID']['output'];
  /** What still keeps it from being sent in (empty when it can be). A resubmission after a request for more information is not bound by the deadline, so `deadline` and `notOpen` are not listed for it. */
  missing: Array<Scalars['String']['output']>;
  /** What the assessors asked for, while MORE_INFO_REQUESTED (and after); null if never asked. Content, as summary. */
  moreInfoRequest?: Maybe<Scalars['String']['output']>;
  /** The applicant organisation. */
  organisation: Organisation;
  /** The partner organisations. Content, as summary. */
  partners: Array<Organisation>;
  /** The project plan (markdown). Content, as summary. */
  projectPlan: Scalars['String']['output'];
  /** Sum of the requested amounts (NOK). */
  requestedTotal: Scalars['Int']['output'];
  /** The round it applies to. */
  round: GrantRound;
  /** Where the application stands. */
  state: ApplicationState;
  /** When it was (last) submitted (UTC); null while a draft. */
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The summary. Content: the applicant organisation, or a reviewer who has declared no conflict of interest (FORBIDDEN grant/declaration_required otherwise). */
  summary: Scalars['String']['output'];
  /** The project’s title. */
  title: Scalars['String']['output'];
  /** When it last changed (UTC). */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Increases with every save; send it back to save (two editors cannot overwrite each other). */
  version: Scalars['Int']['output'];
  /** What the viewer may do with the application now. */
  viewerCan: GrantApplicationPermissions;
};

/** An application draft; omitted fields stay as they are. */
export type GrantApplicationInput = {
  /** The whole budget (at most 50 lines); replaces the current one. */
  budgetLines?: InputMaybe<Array<BudgetLineInput>>;
  /** Partner organisations (at most 20); replaces the list. */
  partnerOrganisationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The project plan, markdown up to 50 000 characters. */
  projectPlan?: InputMaybe<Scalars['String']['input']>;
  /** A short summary, plain text up to 5000 characters. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The project’s title, up to 200 characters on one line; not empty. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** What the viewer may do with an application now. The server decides; the client shows only what is allowed here and never works it out from the state. */
export type GrantApplicationPermissions = {
  __typename?: 'GrantApplicationPermissions';
  /** Score it against the criteria and comment: county staff who have declared no conflict of interest for it. */
  assess: Scalars['Boolean']['output'];
  /** Record or change the decision (published later with the round): cleared county staff, once the round is closed, while it is in assessment. */
  decide: Scalars['Boolean']['output'];
  /** Declare a conflict of interest (inhabil) after all, which takes the reviewer out of its assessment for good: county staff who declared none. */
  declareConflict: Scalars['Boolean']['output'];
  /** Change its content and attachments: the applicant organisation, while it is a draft or more information is asked for, until a decision is recorded. */
  edit: Scalars['Boolean']['output'];
  /** Appeal the published decision: the applicant organisation, before the appeal deadline, once. */
  fileAppeal: Scalars['Boolean']['output'];
  /** Ask the applicant for more information: cleared county staff, while it is in review. */
  requestInfo: Scalars['Boolean']['output'];
  /** Send it in again with the information asked for: the applicant organisation. The deadline no longer applies; the rest of `missing` does. */
  resubmit: Scalars['Boolean']['output'];
  /** Send the draft in: the applicant organisation. What still keeps it from being accepted (the deadline too) is in `missing`, and checked again when it is sent. */
  submit: Scalars['Boolean']['output'];
  /** Withdraw it: the applicant organisation, until a decision is recorded. */
  withdraw: Scalars['Boolean']['output'];
};

/** One reviewer’s declaration on one application and, unless they declared a conflict, their assessment. */
export type GrantAssessment = {
  __typename?: 'GrantAssessment';
  /** The reviewer’s comment (empty after declaring a conflict). */
  comment: Scalars['String']['output'];
  /** When the reviewer declared a conflict of interest (inhabil). */
  conflictDeclaredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The reviewer’s answer to the conflict-of-interest question. */
  declaration: ConflictDeclaration;
  /** Unique id of the assessment. */
  id: Scalars['ID']['output'];
  /** When the reviewer declared no conflict of interest (null if they declared a conflict straight away). */
  noConflictDeclaredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The reviewer’s name. */
  reviewerName: Scalars['String']['output'];
  /** The reviewer’s score per criterion (empty after declaring a conflict). */
  scores: Array<CriterionScore>;
  /** When the reviewer last saved or declared (UTC). */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A file attached to an application (budget, letters of intent …); its organisation and reviewers who have declared can fetch it. */
export type GrantAttachment = {
  __typename?: 'GrantAttachment';
  /** When it was uploaded (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The file name as uploaded. */
  filename: Scalars['String']['output'];
  /** Unique id of the attachment (pass to grantAttachmentDelete). */
  id: Scalars['ID']['output'];
  /** The type found in the content (not the name). */
  mimeType: Scalars['String']['output'];
  /** Size in bytes. */
  size: Scalars['Int']['output'];
  /** Where to fetch it (the server checks access). */
  url: Scalars['String']['output'];
};

/** An award (tilsagn): an approved or partly approved application, from the published decision on. Its organisation and county staff see it. */
export type GrantAward = {
  __typename?: 'GrantAward';
  /** The organisation must accept or decline by this instant (23:59:59 Oslo time of the last day), enforced to the second. */
  acceptDeadline: Scalars['DateTimeISO']['output'];
  /** NOK awarded (the granted amount of the decision). */
  amount: Scalars['Int']['output'];
  /** When it was accepted, declined or lapsed (UTC); null while offered. */
  answeredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The application it was awarded to. */
  application: GrantApplication;
  /** The organisation’s change requests, oldest first. */
  changeRequests: Array<GrantChangeRequest>;
  /** When the award was made: the publication of the decisions (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Why the organisation declined; null otherwise. */
  declineReason?: Maybe<Scalars['String']['output']>;
  /** Unique id of the award. */
  id: Scalars['ID']['output'];
  /** The organisation it was awarded to. */
  organisation: Organisation;
  /** The payment plan and where each payment stands. */
  payments: Array<GrantPayment>;
  /** Claims for repayment, oldest first. */
  repaymentClaims: Array<GrantRepaymentClaim>;
  /** The reports it owes, earliest due first (set up when it is accepted). */
  reports: Array<GrantReport>;
  /** The round. */
  round: GrantRound;
  /** Where the award stands. */
  state: AwardState;
  /** What the viewer may do with the award now. */
  viewerCan: GrantAwardPermissions;
};

/** What the viewer may do with an award now. The server decides; the client shows only what is allowed. */
export type GrantAwardPermissions = {
  __typename?: 'GrantAwardPermissions';
  /** Accept it and its conditions: the organisation, while offered and before the deadline. */
  accept: Scalars['Boolean']['output'];
  /** Claim (part of) it back: county staff (not inhabil), once accepted and something is paid and not already claimed. */
  claimRepayment: Scalars['Boolean']['output'];
  /** Decline it: the organisation, while offered and before the deadline. */
  decline: Scalars['Boolean']['output'];
  /** Ask for a change (a report’s later due date, another use): the organisation, once accepted and while no other request waits. */
  requestChange: Scalars['Boolean']['output'];
};

/** The organisation’s request to change an accepted award: a later due date for a report, or another use of the money. */
export type GrantChangeRequest = {
  __typename?: 'GrantChangeRequest';
  /** The award it concerns. */
  award: GrantAward;
  /** When it was asked (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When it was approved or denied (UTC). */
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** County staff’s reason for approving or denying it. */
  decisionReason?: Maybe<Scalars['String']['output']>;
  /** Unique id of the request. */
  id: Scalars['ID']['output'];
  /** What is asked for. */
  kind: ChangeRequestKind;
  /** The organisation’s reasons and, for a change of use, what it wants to change. */
  message: Scalars['String']['output'];
  /** For an extension: the report. */
  report?: Maybe<GrantReport>;
  /** For an extension: the due date asked for (UTC). */
  requestedDueAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Where the request stands. */
  state: ChangeRequestState;
  /** What the viewer may do with the request now. */
  viewerCan: GrantChangeRequestPermissions;
};

/** What the viewer may do with a change request now. */
export type GrantChangeRequestPermissions = {
  __typename?: 'GrantChangeRequestPermissions';
  /** Approve it with a reason: county staff (not inhabil), while pending. */
  approve: Scalars['Boolean']['output'];
  /** Deny it with a reason: county staff, while pending. */
  deny: Scalars['Boolean']['output'];
};

/** The published decision: visible to the applicant once the round’s decisions are published, and to county staff. */
export type GrantDecision = {
  __typename?: 'GrantDecision';
  /** When the decision was recorded (UTC). */
  decidedAt: Scalars['DateTimeISO']['output'];
  /** The outcome. */
  decision: Decision;
  /** NOK granted (0 when rejected). */
  grantedAmount: Scalars['Int']['output'];
  /** The reasoning given to the applicant. */
  reason: Scalars['String']['output'];
};

/** A version of a round’s guidelines (markdown). */
export type GrantGuidelines = {
  __typename?: 'GrantGuidelines';
  /** The guidelines as markdown. */
  body: Scalars['String']['output'];
  /** The guidelines as sanitised HTML. */
  bodyHtml: Scalars['String']['output'];
  /** When this version was saved (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Version number: 1, 2, 3 … */
  version: Scalars['Int']['output'];
};

/** One payment of an award’s plan. */
export type GrantPayment = {
  __typename?: 'GrantPayment';
  /** NOK (the last payment takes the rounding, so the plan adds up to the award). */
  amount: Scalars['Int']['output'];
  /** When the plan was made (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Unique id of the payment. */
  id: Scalars['ID']['output'];
  /** When county staff recorded it as paid (UTC). */
  paidAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The finance system’s reference for the payment, as recorded. */
  paidReference?: Maybe<Scalars['String']['output']>;
  /** Share of the award, percent. */
  percent: Scalars['Int']['output'];
  /** Its place in the plan: 1, 2, … */
  position: Scalars['Int']['output'];
  /** When it became due and was requested from finance (UTC). */
  requestedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Where the payment stands. */
  state: PaymentState;
  /** What makes it due. */
  trigger: PaymentTrigger;
  /** What the viewer may do with the payment now. */
  viewerCan: GrantPaymentPermissions;
};

/** What the viewer may do with a payment now. */
export type GrantPaymentPermissions = {
  __typename?: 'GrantPaymentPermissions';
  /** Record it as paid: county staff (not inhabil), once requested. */
  markPaid: Scalars['Boolean']['output'];
};

/** A claim for repayment of (part of) an award. */
export type GrantRepaymentClaim = {
  __typename?: 'GrantRepaymentClaim';
  /** NOK claimed back, at most what was paid. */
  amount: Scalars['Int']['output'];
  /** When it was claimed (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Unique id of the claim. */
  id: Scalars['ID']['output'];
  /** County staff’s explanation to the organisation. */
  note: Scalars['String']['output'];
  /** Why. */
  reason: RepaymentReason;
  /** When it was settled (UTC). */
  settledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What was recorded when it was settled (repaid or waived). */
  settlementNote?: Maybe<Scalars['String']['output']>;
  /** Where the claim stands. */
  state: RepaymentState;
  /** What the viewer may do with the claim now. */
  viewerCan: GrantRepaymentPermissions;
};

/** What the viewer may do with a repayment claim now. */
export type GrantRepaymentPermissions = {
  __typename?: 'GrantRepaymentPermissions';
  /** Record that it was paid back: county staff, while claimed. */
  recordRepaid: Scalars['Boolean']['output'];
  /** Waive it with a reason: county staff, while claimed. */
  waive: Scalars['Boolean']['output'];
};

/** A report (with accounts) an award owes: its organisation writes it, county staff approve it, ask for changes or reject it. */
export type GrantReport = {
  __typename?: 'GrantReport';
  /** The accounts: every budget line of the application, planned against actual. */
  accounts: Array<ReportAccountLine>;
  /** How many activities (meetings, courses, gatherings …) were held. */
  activitiesHeld: Scalars['Int']['output'];
  /** Uploaded by POST (multipart `file`) to /filer/rapporter/<id>, oldest first. */
  attachments: Array<GrantReportAttachment>;
  /** The award it reports on. */
  award: GrantAward;
  /** When the report was set up (UTC): at the award’s acceptance. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When it is due (UTC; show it in Oslo time). Later after an approved deadline extension. */
  dueAt: Scalars['DateTimeISO']['output'];
  /** What was done against the application’s goals, plain text. */
  goals: Scalars['String']['output'];
  /** How much of the award was used (NOK), at most the award; the rest is unused funds. */
  grantUsed?: Maybe<Scalars['Int']['output']>;
  /** Unique id of the report. */
  id: Scalars['ID']['output'];
  /** Mid-term or final. */
  kind: ReportKind;
  /** What still keeps it from being sent in (empty when it can be): goals, results, accounts, totalSpent, totalMismatch (the actual amounts do not add up to the total), grantUsed. */
  missing: Array<Scalars['String']['output']>;
  /** Past its due date and not sent in (to the second). */
  overdue: Scalars['Boolean']['output'];
  /** Participants reached by municipality and target group. */
  results: Array<ReportResultRow>;
  /** County staff’s last message: what to change, or why it was approved or rejected. */
  reviewMessage?: Maybe<Scalars['String']['output']>;
  /** When county staff approved, rejected or asked for changes last (UTC). */
  reviewedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Where the report stands. */
  state: ReportState;
  /** When it was (last) submitted (UTC). */
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The total spent as the organisation states it; must equal the sum of the actual amounts to submit. */
  totalSpent?: Maybe<Scalars['Int']['output']>;
  /** When it last changed (UTC). */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Increases with every save; send it back to save (two editors cannot overwrite each other). */
  version: Scalars['Int']['output'];
  /** What the viewer may do with the report now. */
  viewerCan: GrantReportPermissions;
};

/** A file attached to a report (accounts, receipts, photos); its organisation and county staff can fetch it. */
export type GrantReportAttachment = {
  __typename?: 'GrantReportAttachment';
  /** When it was uploaded (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The file name as uploaded. */
  filename: Scalars['String']['output'];
  /** Unique id of the attachment (pass to grantReportAttachmentDelete). */
  id: Scalars['ID']['output'];
  /** The type found in the content (not the name). */
  mimeType: Scalars['String']['output'];
  /** Size in bytes. */
  size: Scalars['Int']['output'];
  /** Where to fetch it (the server checks access). */
  url: Scalars['String']['output'];
};

/** A report draft; omitted fields stay as they are. */
export type GrantReportInput = {
  /** Actual amounts for budget lines; lines left out keep theirs. */
  accounts?: InputMaybe<Array<ReportAccountInput>>;
  /** How many activities were held, 0–100 000. */
  activitiesHeld?: InputMaybe<Scalars['Int']['input']>;
  /** What was done against the application’s goals, plain text up to 20 000 characters. */
  goals?: InputMaybe<Scalars['String']['input']>;
  /** How much of the award was used, NOK; at most the award. */
  grantUsed?: InputMaybe<Scalars['Int']['input']>;
  /** Participants by municipality and target group (at most 200 rows, each pair once); replaces the list. */
  results?: InputMaybe<Array<ReportResultInput>>;
  /** The total spent, NOK: must equal the sum of the actual amounts to submit. */
  totalSpent?: InputMaybe<Scalars['Int']['input']>;
};

/** What the viewer may do with a report now. */
export type GrantReportPermissions = {
  __typename?: 'GrantReportPermissions';
  /** Approve it: county staff (not inhabil), once submitted. */
  approve: Scalars['Boolean']['output'];
  /** Change its content and attachments: the organisation, while a draft or changes are asked for. */
  edit: Scalars['Boolean']['output'];
  /** Reject it: county staff, once submitted. */
  reject: Scalars['Boolean']['output'];
  /** Send it back with a message asking for changes: county staff, once submitted. */
  requestChanges: Scalars['Boolean']['output'];
  /** Ask for a later due date: the organisation, while it is not sent in and no other change request waits. */
  requestExtension: Scalars['Boolean']['output'];
  /** Send it in again with the changes asked for: the organisation. */
  resubmit: Scalars['Boolean']['output'];
  /** Send the draft in: the organisation. What still keeps it from being accepted is in `missing`. */
  submit: Scalars['Boolean']['output'];
};

/** One round of a scheme: budget, guidelines, eligibility, criteria, and a deadline in Oslo time. */
export type GrantRound = {
  __typename?: 'GrantRound';
  /** Days an organisation has to accept or decline its award, counted in Oslo dates from the publication of the decisions (the last day included). */
  acceptanceDays: Scalars['Int']['output'];
  /** Open and before the deadline right now. */
  acceptingApplications: Scalars['Boolean']['output'];
  /** NOK. */
  budget: Scalars['Int']['output'];
  /** The deadline, enforced by the server to the second. */
  closesAt: Scalars['DateTimeISO']['output'];
  /** Who applicants can ask, plain text (may be empty). */
  contacts: Scalars['String']['output'];
  /** When the round was created (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The assessment criteria and their weights. */
  criteria: Array<Criterion>;
  /** When the decisions were published to the applicants (UTC); null until then. */
  decisionsPublishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Empty: every kind. */
  eligibleKinds: Array<OrganisationKind>;
  /** Municipality numbers; empty: everywhere. */
  eligibleMunicipalities: Array<Scalars['String']['output']>;
  /** The current guidelines. */
  guidelines?: Maybe<GrantGuidelines>;
  /** Guidelines are versioned; applications record the version they were written against. */
  guidelinesVersion: Scalars['Int']['output'];
  /** Unique id of the round. */
  id: Scalars['ID']['output'];
  /** An information meeting about the round; null when none is set or the viewer may not see it. */
  infoEvent?: Maybe<Event>;
  /** How many partner organisations an application must name (0: none needed). */
  minPartners: Scalars['Int']['output'];
  /** When the round is planned to open (UTC; show it in Europe/Oslo). It opens when county staff open it. */
  opensAt: Scalars['DateTimeISO']['output'];
  /** The payment plan every award gets, as percentages of it. A line waiting for a report the round does not ask for is paid at acceptance. */
  paymentPlan: Array<PaymentPlanLine>;
  /** The reports every award owes, earliest due first. */
  reportRequirements: Array<ReportRequirement>;
  /** The scheme the round belongs to. */
  scheme: GrantScheme;
  /** Where the round stands. */
  state: RoundState;
  /** The round’s title, e.g. "TIIA 2027". */
  title: Scalars['String']['output'];
  /** What the viewer may do with the round now. */
  viewerCan: GrantRoundPermissions;
  /** The budget year. */
  year: Scalars['Int']['output'];
};

/** A grant round; times are Oslo wall-clock "YYYY-MM-DDTHH:mm". On update, omitted fields stay. */
export type GrantRoundInput = {
  /** Days an organisation has to accept its award after the decisions are published, 1–90 (default 21). */
  acceptanceDays?: InputMaybe<Scalars['Int']['input']>;
  /** NOK. */
  budget?: InputMaybe<Scalars['Int']['input']>;
  /** The application deadline, Oslo time, e.g. "2027-03-01T12:00"; after opensAt. Required on create. */
  closesAt?: InputMaybe<Scalars['String']['input']>;
  /** Who applicants can ask, plain text up to 2000 characters. */
  contacts?: InputMaybe<Scalars['String']['input']>;
  /** The assessment criteria (at most 20, keys unique); replaces the list. Needed before opening. */
  criteria?: InputMaybe<Array<CriterionInput>>;
  /** Which kinds of organisation may apply; empty: every kind. Replaces the list. */
  eligibleKinds?: InputMaybe<Array<OrganisationKind>>;
  /** Applicants must serve one of these municipalities (numbers); empty: everywhere. Replaces the list. */
  eligibleMunicipalities?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Markdown; a change makes a new version. */
  guidelines?: InputMaybe<Scalars['String']['input']>;
  /** An information meeting about the round; null removes it. */
  infoEventId?: InputMaybe<Scalars['ID']['input']>;
  /** How many partner organisations an application must name, 0–20. */
  minPartners?: InputMaybe<Scalars['Int']['input']>;
  /** Planned opening, Oslo time, e.g. "2027-01-15T09:00". Required on create. */
  opensAt?: InputMaybe<Scalars['String']['input']>;
  /** The payment plan every award gets: each trigger once, adding up to 100 percent (default 75 at acceptance, 25 after the final report). Replaces it. */
  paymentPlan?: InputMaybe<Array<PaymentPlanLineInput>>;
  /** The reports every award owes: at most one MIDTERM and one FINAL, due after the application deadline. Replaces the list. */
  reportRequirements?: InputMaybe<Array<ReportRequirementInput>>;
  /** Create only. */
  schemeId?: InputMaybe<Scalars['ID']['input']>;
  /** The title, 3–200 characters on one line; required on create. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The budget year, 2000–2100; required on create. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** What the viewer may do with a round now (county staff); the moves follow the round’s transition table. */
export type GrantRoundPermissions = {
  __typename?: 'GrantRoundPermissions';
  /** Close it for applications (OPEN → CLOSED). */
  close: Scalars['Boolean']['output'];
  /** Change its settings: budget, guidelines, criteria, eligibility, dates. Until the decisions are published. */
  edit: Scalars['Boolean']['output'];
  /** Open it (DRAFT → OPEN), announced to the whole network. Guidelines and criteria are checked when it is sent. */
  open: Scalars['Boolean']['output'];
  /** Publish every decision at once (CLOSED → DECIDED). Refused while an application in assessment has no decision. */
  publishDecisions: Scalars['Boolean']['output'];
};

/** A grant scheme, e.g. TIIA – inclusion and integration in working life. */
export type GrantScheme = {
  __typename?: 'GrantScheme';
  /** When the scheme was created (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** What the scheme is for, plain text (may be empty). */
  description: Scalars['String']['output'];
  /** Unique id of the scheme. */
  id: Scalars['ID']['output'];
  /** The scheme’s name, unique. */
  name: Scalars['String']['output'];
};

/** Something that happened in a group, delivered live (and replayed after `after`). */
export type GroupEvent = {
  __typename?: 'GroupEvent';
  /** Pass as `after` when resubscribing to receive what came since. */
  cursor: Scalars['String']['output'];
  /** The group it happened in. */
  groupId: Scalars['ID']['output'];
  /** The message, for message events. */
  message?: Maybe<Message>;
  /** The message concerned, for message events; otherwise null. */
  messageId?: Maybe<Scalars['ID']['output']>;
  /** The thread, for thread and message events. */
  thread?: Maybe<Thread>;
  /** The thread concerned, for thread and message events; otherwise null. */
  threadId?: Maybe<Scalars['ID']['output']>;
  /** thread.created, message.created, message.updated, message.deleted, member.joined, member.removed, member.role_changed, group.access_changed */
  type: Scalars['String']['output'];
  /** The member concerned, for member events; otherwise null. */
  userId?: Maybe<Scalars['ID']['output']>;
};

/** A network group as created or edited; on update, omitted fields stay as they are. */
export type GroupInput = {
  /** What the group is for, plain text up to 5000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** How people become members; required when creating. */
  joinPolicy?: InputMaybe<GroupJoinPolicy>;
  /** The name, 3–120 characters on one line, unique on the platform; required when creating. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Who may read the threads; required when creating. */
  visibility?: InputMaybe<GroupVisibility>;
};

/** OPEN: anyone joins. REQUEST: moderators approve. INVITATION: invited only. */
export type GroupJoinPolicy =
  | 'INVITATION'
  | 'OPEN'
  | 'REQUEST';

/** A person's membership of a network group. */
export type GroupMember = {
  __typename?: 'GroupMember';
  /** When the person joined, asked to join or was invited (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The group. */
  group: NetworkGroup;
  /** Unique id of the membership (pass to groupMemberApprove, groupMemberRemove, groupMemberSetRole). */
  id: Scalars['ID']['output'];
  /** The person’s role in the group. */
  role: GroupRole;
  /** Whether the person is a member, has asked to join, or has been invited. */
  status: GroupMemberStatus;
  /** The person. */
  user: User;
  /** What the viewer may do with this membership. */
  viewerCan: GroupMemberPermissions;
};

/** What the viewer may do with a membership. */
export type GroupMemberPermissions = {
  __typename?: 'GroupMemberPermissions';
  /** Remove the member or decline the request (moderators; an owner only by owners; not oneself: leave instead). */
  remove: Scalars['Boolean']['output'];
};

/** Where a person stands in a group: ACTIVE (a member), REQUESTED (asked to join, waiting for a moderator) or INVITED (invited, not yet joined). */
export type GroupMemberStatus =
  | 'ACTIVE'
  | 'INVITED'
  | 'REQUESTED';

/** What the viewer may do in a group. */
export type GroupPermissions = {
  __typename?: 'GroupPermissions';
  /** Join, ask to join or accept an invitation (signed-in users with a confirmed e-mail address who are not members). */
  join: Scalars['Boolean']['output'];
  /** Leave the group (members; not the only owner). */
  leave: Scalars['Boolean']['output'];
  /** Edit the group, set roles, add organisations. */
  manage: Scalars['Boolean']['output'];
  /** Remove messages, approve requests, invite. */
  moderate: Scalars['Boolean']['output'];
  /** Start threads and post messages (active members with a confirmed e-mail address). */
  post: Scalars['Boolean']['output'];
  /** Read threads and messages (everyone signed in for a PUBLIC group; members and county staff for a MEMBERS group). */
  read: Scalars['Boolean']['output'];
};

/** Who is in a group right now, and who is typing. */
export type GroupPresence = {
  __typename?: 'GroupPresence';
  /** The group. */
  groupId: Scalars['ID']['output'];
  /** Who has the group open now. */
  online: Array<PresentUser>;
  /** Who is typing now (for a few seconds after each groupTyping call), and in which thread. */
  typing: Array<PresentUser>;
};

/** A member’s role in a group: OWNER manages the group (settings, roles, organisations), MODERATOR moderates (removes messages, approves requests, invites), MEMBER reads and posts. */
export type GroupRole =
  | 'MEMBER'
  | 'MODERATOR'
  | 'OWNER';

/** The viewer's standing in a group. */
export type GroupViewerState = {
  __typename?: 'GroupViewerState';
  /** Reads and posts as a member (own membership or through an organisation). */
  active: Scalars['Boolean']['output'];
  /** The viewer’s own role; null when not a member in person. */
  role?: Maybe<GroupRole>;
  /** The viewer’s own membership status; null when the viewer has no membership (they may still be active through an organisation). */
  status?: Maybe<GroupMemberStatus>;
};

/** PUBLIC: every signed-in user reads it. MEMBERS: only members read it. */
export type GroupVisibility =
  | 'MEMBERS'
  | 'PUBLIC';

/** A guest registration, as its e-mailed link shows it. */
export type GuestRegistrationView = {
  __typename?: 'GuestRegistrationView';
  /** Whether the guest may answer the evaluation now. */
  canEvaluate: Scalars['Boolean']['output'];
  /** The event. */
  event: Event;
  /** The meeting link, once the guest has a confirmed seat (or when the event needs no registration). */
  meetingUrl?: Maybe<Scalars['String']['output']>;
  /** The guest’s registration. */
  registration: Registration;
};

/** An e-mailed invitation to join an organisation. */
export type Invitation = {
  __typename?: 'Invitation';
  /** When the invitee accepted (UTC); null while not accepted. */
  acceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the invitation was sent (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The invited e-mail address (lower-cased); the invitee must sign in with it to accept. */
  email: Scalars['String']['output'];
  /** When the link stops working (UTC), 14 days after it was sent. */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Unique id of the invitation (pass to invitationRevoke). */
  id: Scalars['ID']['output'];
  /** The role the invitee gets on accepting. */
  role: MembershipRole;
};

/** What the viewer may do with an invitation link. */
export type InvitationPermissions = {
  __typename?: 'InvitationPermissions';
  /** Accept it: PENDING, signed in with the invited address, and not already a member. */
  accept: Scalars['Boolean']['output'];
};

/** What an invitation link shows before it is accepted. */
export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  /** The invited address; the invitation is accepted while signed in with it. */
  email: Scalars['String']['output'];
  /** When the link stops working (UTC). */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** The organisation the invitation is to. */
  organisation: Organisation;
  /** The role the invitee gets on accepting. */
  role: MembershipRole;
  /** Whether the invitation can still be accepted (PENDING) or not. */
  status: InvitationStatus;
  /** What the viewer may do with this invitation. */
  viewerCan: InvitationPermissions;
  /** Whether the viewer is signed in with the invited address (false when signed out). */
  viewerIsInvitee: Scalars['Boolean']['output'];
};

/** Where an invitation stands: PENDING can be accepted; ACCEPTED, EXPIRED (after 14 days) and REVOKED cannot. */
export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

/** Interface and e-mail language: bokmål, nynorsk or English. */
export type Language =
  | 'en'
  | 'nb'
  | 'nn';

/** A person's membership of an organisation. */
export type Membership = {
  __typename?: 'Membership';
  /** When the person joined (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Unique id of the membership (pass to membershipChangeRole and membershipRemove). */
  id: Scalars['ID']['output'];
  /** The organisation. */
  organisation: Organisation;
  /** The member’s role in the organisation. */
  role: MembershipRole;
  /** The member. */
  user: User;
  /** What the viewer may do with this membership. */
  viewerCan: MembershipPermissions;
};

/** What the viewer may do with a membership. */
export type MembershipPermissions = {
  __typename?: 'MembershipPermissions';
  /** Change the member’s role (the organisation’s admins and platform admins); false for the organisation’s only admin, who cannot be demoted. */
  changeRole: Scalars['Boolean']['output'];
  /** Remove the member (the organisation’s admins and platform admins); false for the organisation’s only admin. */
  remove: Scalars['Boolean']['output'];
};

/** ADMIN manages the organisation and its members. */
export type MembershipRole =
  | 'ADMIN'
  | 'MEMBER';

/** A message in a thread. The body is markdown, rendered to sanitised HTML on the server. */
export type Message = {
  __typename?: 'Message';
  /** Null when the author deleted their account. */
  author?: Maybe<User>;
  /** The markdown source (empty when deleted). */
  body: Scalars['String']['output'];
  /** Sanitised HTML rendered from the markdown (empty when deleted). */
  bodyHtml: Scalars['String']['output'];
  /** When the message was posted (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When the message was deleted (UTC); its body is then empty. Null while not deleted. */
  deletedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the author last edited it (UTC); null if never. */
  editedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Unique id of the message. */
  id: Scalars['ID']['output'];
  /** True when a moderator, not the author, deleted it. */
  removedByModerator: Scalars['Boolean']['output'];
  /** The thread the message is in. */
  thread: Thread;
  /** What the viewer may do with this message. */
  viewerCan: MessagePermissions;
};

/** What the viewer may do with a message. */
export type MessagePermissions = {
  __typename?: 'MessagePermissions';
  /** Delete the message (its author, or the group’s moderators and county staff). */
  delete: Scalars['Boolean']['output'];
  /** Edit the message (its author, with a confirmed e-mail address). */
  edit: Scalars['Boolean']['output'];
};

/** What the viewer may do with a milestone. */
export type MilestonePermissions = {
  __typename?: 'MilestonePermissions';
  /** Edit or remove it (county staff). */
  edit: Scalars['Boolean']['output'];
};

/** Where a milestone of the annual wheel stands. */
export type MilestoneStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PLANNED';

/** A municipality (kommune). Reference data. */
export type Municipality = {
  __typename?: 'Municipality';
  /** Who does what for newcomers ("hvem gjør hva"), from the verified organisations serving the municipality: the refugee service (its municipal organisation), career guidance (career counsellors) and minority advisers at the schools. Signed-in users only (null otherwise), as member lists are. */
  contacts?: Maybe<Array<MunicipalityContact>>;
  /** The county name. */
  countyName: Scalars['String']['output'];
  /** The two-digit county number. */
  countyNumber: Scalars['String']['output'];
  /** Grants awarded to organisations serving the municipality, once their round’s decisions are published; newest first. */
  grantsAwarded: Array<AwardedGrant>;
  /** The municipality name. */
  name: Scalars['String']['output'];
  /** The official four-digit municipality number, e.g. "4003" for Skien. */
  number: Scalars['ID']['output'];
  /** The municipality’s settlement numbers per year the viewer may see (published ones for everyone), newest first. */
  settlementYears: Array<MunicipalitySettlementYear>;
};

/** A named contact for newcomers in a municipality ("hvem gjør hva"). */
export type MunicipalityContact = {
  __typename?: 'MunicipalityContact';
  /** Their name. */
  name: Scalars['String']['output'];
  /** The organisation they are in. */
  organisation: Organisation;
  /** What they do. */
  role: MunicipalityContactRole;
  /** Their job title. */
  title?: Maybe<Scalars['String']['output']>;
  /** The user’s id. */
  userId: Scalars['ID']['output'];
};

/** Who does what for newcomers in a municipality: the refugee service, career guidance, minority advisers at the schools. */
export type MunicipalityContactRole =
  | 'CAREER_GUIDANCE'
  | 'MINORITY_ADVISER'
  | 'REFUGEE_SERVICE';

/** Reported results in one municipality. */
export type MunicipalityResult = {
  __typename?: 'MunicipalityResult';
  /** The municipality number. */
  municipalityNumber: Scalars['ID']['output'];
  /** The municipality’s name. */
  name: Scalars['String']['output'];
  /** Participants reached there. */
  participants: Scalars['Int']['output'];
  /** NOK of the grants spent there: each report’s grant money used, spread by its participants. */
  spent: Scalars['Int']['output'];
};

/** A municipality’s numbers in one settlement year. */
export type MunicipalitySettlementYear = {
  __typename?: 'MunicipalitySettlementYear';
  /** The municipality’s decision (when decided). */
  decided?: Maybe<Scalars['Int']['output']>;
  /** The county’s recommendation as last sent (null: none, or not the viewer’s to see). */
  recommended?: Maybe<Scalars['Int']['output']>;
  /** IMDi’s request. */
  requested?: Maybe<Scalars['Int']['output']>;
  /** Settled. */
  settled?: Maybe<Scalars['Int']['output']>;
  /** The year. */
  year: SettlementYear;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Deletes the account after the password is confirmed. Content kept for organisations loses its author. */
  accountDelete: Scalars['Boolean']['output'];
  /** Signs in with e-mail and password (HTTP only; sets the session cookie). */
  accountLogin: User;
  /** Ends this browser session. */
  accountLogout: Scalars['Boolean']['output'];
  /** Ends every session of the account, on every device; returns how many. */
  accountLogoutEverywhere: Scalars['Int']['output'];
  /** E-mails a password reset link if the address has an account. Always true. */
  accountRequestPasswordReset: Scalars['Boolean']['output'];
  /** Sends a new confirmation link (at most 3 an hour); false when already confirmed. */
  accountResendVerification: Scalars['Boolean']['output'];
  /** Sets a new password with the token from the e-mailed link; ends all sessions and other reset links. */
  accountResetPassword: Scalars['Boolean']['output'];
  /** Creates an account and e-mails a confirmation link; for an address that has an account, e-mails its owner instead. Always true, so it reveals nothing; sign in with accountLogin next. */
  accountSignUp: Scalars['Boolean']['output'];
  /** Lifts a login lock with the token from the e-mailed link, and makes this browser a known one for the account. */
  accountUnlockLogin: Scalars['Boolean']['output'];
  /** Confirms the e-mail address with the token from the e-mailed link. */
  accountVerifyEmail: User;
  /** Confirms the activity is still running (fresh for another 180 days). */
  activityConfirm: Activity;
  /** Registers an activity as a draft (members of the organisation, or county staff). */
  activityCreate: Activity;
  /** Publishes, pauses or archives an activity. */
  activitySetStatus: Activity;
  /** Edits an activity (members of its organisation, or county staff). */
  activityUpdate: Activity;
  /** "Jeg vil bidra": offers to help; the organisation is told. */
  activityVolunteer: VolunteerInterest;
  /** Posts an announcement to the network, or to some organisation kinds or municipalities (county staff). */
  announcementPost: Announcement;
  /** Deletes every answer to the event's registration questions now (organisers); otherwise they go 90 days after the event. */
  eventAnswersDelete: Event;
  /** Attaches the recording link and materials after the event. */
  eventAttachMaterials: Event;
  /** Cancels an event; registrants are told in the inbox and by e-mail. */
  eventCancel: Event;
  /** Accepts an invitation to co-host (an admin of the invited organisation): its members now manage the event. */
  eventCoHostAccept: EventHost;
  /** Declines an invitation to co-host (an admin of the invited organisation). */
  eventCoHostDecline: EventHost;
  /** Asks another organisation to co-host the event (organisers). Accepted at once when the viewer is an admin of it or county staff; else its admins are told in the inbox. */
  eventCoHostInvite: EventHost;
  /** Withdraws an invitation or removes a co-host (organisers), or leaves as co-host (its admins). */
  eventCoHostRemove: EventHost;
  /** Creates a draft event hosted by an organisation (its members, or county staff). */
  eventCreate: Event;
  /** Makes `count` more drafts a week or month apart (same Oslo time of day). */
  eventCreateSeries: Array<Event>;
  /** A draft copy, one week later. */
  eventDuplicate: Event;
  /** Closes the evaluation: no more answers (organisers). */
  eventEvaluationClose: Event;
  /** Asks the participants to evaluate (organisers, once the event has started): they are told in the inbox and by e-mail. Also opens a closed evaluation again. */
  eventEvaluationOpen: Event;
  /** Answers the evaluation, once: a participant signed in, or a guest with the token of their link. Ratings are required, texts optional. */
  eventEvaluationRespond: Scalars['Boolean']['output'];
  /** Writes the evaluation questions (2–3; none removes the evaluation): organisers, before participants are asked. */
  eventEvaluationSet: Event;
  /** Sends a message to everyone registered; returns how many. */
  eventMessageRegistrants: Scalars['Int']['output'];
  /** Publishes a draft; followers of its topics and municipalities are notified. */
  eventPublish: Event;
  /** Registers the viewer: CONFIRMED while seats are left, else WAITLISTED (per attendance mode in a HYBRID event). */
  eventRegister: Registration;
  /** Registers a guest by name and e-mail: PENDING (no seat) until the e-mailed link confirms it within 24 hours. At most 10 an hour per IP address and 50 per event (RATE_LIMITED). */
  eventRegisterGuest: Registration;
  /** Edits an event; more seats move people up from the waitlist. */
  eventUpdate: Event;
  /** Sets the topics and municipalities the viewer follows: new events there reach the inbox. */
  followSet: Scalars['Boolean']['output'];
  /** Records the outcome of an appeal: UPHELD, or FORWARDED (not upheld, sent on to the appeal body), with a note. */
  grantAppealDecide: GrantAppeal;
  /** The organisation appeals the published decision, before the appeal deadline (three weeks from the notice, forvaltningsloven § 29; CONFLICT grant/appeal_deadline_passed after it). One appeal per application. */
  grantAppealFile: GrantAppeal;
  /** Starts a draft application for one of the viewer’s organisations. */
  grantApplicationCreate: GrantApplication;
  /** Records a decision (published with the round). Beyond the budget needs overrideNote. */
  grantApplicationDecide: GrantApplication;
  /** IN_REVIEW → MORE_INFO_REQUESTED with a message to the applicant. */
  grantApplicationRequestInfo: GrantApplication;
  /** Saves a draft (autosave). `version` must be the one loaded; otherwise CONFLICT with the current version. */
  grantApplicationSave: GrantApplication;
  /** Submits; BAD_USER_INPUT grant/not_eligible lists `missing`; CONFLICT after the deadline. */
  grantApplicationSubmit: GrantApplication;
  /** Withdraws an application that is not yet decided (its organisation). */
  grantApplicationWithdraw: GrantApplication;
  /** Answers the conflict-of-interest question. NO_CONFLICT (the default) is required before opening and scoring an application; CONFLICT (inhabil) takes the reviewer out of its assessment for good. CONFLICT grant/conflict_declared after a declared conflict. */
  grantAssessmentDeclare: GrantAssessment;
  /** Scores criteria 0–5 and comments. */
  grantAssessmentSave: GrantAssessment;
  /** Removes an attachment (the applicant organisation, while the application can be edited). */
  grantAttachmentDelete: GrantApplication;
  /** The organisation accepts the award and its conditions (OFFERED → ACCEPTED): its reports are set up and the payments due at acceptance requested. CONFLICT grant/acceptance_deadline_passed after the deadline. */
  grantAwardAccept: GrantAward;
  /** The organisation declines the award (OFFERED → DECLINED): the amount goes back to the round’s budget. CONFLICT grant/acceptance_deadline_passed after the deadline. */
  grantAwardDecline: GrantAward;
  /** The organisation asks to change its accepted award: a later due date for a report, or another use of the money. One at a time (CONFLICT grant/change_request_pending). */
  grantChangeRequestCreate: GrantChangeRequest;
  /** Approves or denies a pending change request with a reason; an approved extension moves the report’s due date. */
  grantChangeRequestDecide: GrantChangeRequest;
  /** Records a requested payment as paid (REQUESTED → PAID). */
  grantPaymentMarkPaid: GrantPayment;
  /** Claims (part of) an accepted award back: at most what was paid and not already claimed. What is not yet paid is cancelled. */
  grantRepaymentClaim: GrantRepaymentClaim;
  /** Settles a claim: REPAID (the money came back) or WAIVED (with a reason). */
  grantRepaymentSettle: GrantRepaymentClaim;
  /** Approves a submitted report: the payments waiting for it become due. */
  grantReportApprove: GrantReport;
  /** Removes an attachment of a report (its organisation, while the report can be edited). */
  grantReportAttachmentDelete: GrantReport;
  /** Rejects a submitted report: the payments waiting for it are cancelled. */
  grantReportReject: GrantReport;
  /** Sends a submitted report back to the organisation with what to change (inbox and e-mail). */
  grantReportRequestChanges: GrantReport;
  /** Saves a report draft (autosave). `version` must be the one loaded; otherwise CONFLICT grant/version_conflict with the current version. */
  grantReportSave: GrantReport;
  /** Sends the report in (DRAFT → SUBMITTED, or again after changes were asked for); BAD_USER_INPUT grant/report_incomplete lists `missing` (the totals must add up). Allowed after the due date (late). */
  grantReportSubmit: GrantReport;
  /** OPEN → CLOSED. */
  grantRoundClose: GrantRound;
  /** Creates a round as a draft. */
  grantRoundCreate: GrantRound;
  /** DRAFT → OPEN, announced live to the network. */
  grantRoundOpen: GrantRound;
  /** CLOSED → DECIDED: every decision published to its applicant at once. */
  grantRoundPublishDecisions: GrantRound;
  /** Edits a round; changed guidelines become a new version. */
  grantRoundUpdate: GrantRound;
  /** Creates a grant scheme (county staff). */
  grantSchemeCreate: GrantScheme;
  /** Creates a group; the creator becomes its owner. */
  groupCreate: NetworkGroup;
  /** Invites a user to a group (moderators); a pending request is approved instead. */
  groupInvite: GroupMember;
  /** Joins an open group, asks to join a REQUEST group, or accepts an invitation. */
  groupJoin: GroupMember;
  /** Leaves a group (or withdraws a request). The last owner cannot leave. */
  groupLeave: Scalars['Boolean']['output'];
  /** Approves a request to join (moderators). */
  groupMemberApprove: GroupMember;
  /** Removes a member or declines a request (moderators). */
  groupMemberRemove: Scalars['Boolean']['output'];
  /** Sets a member's role (owners). */
  groupMemberSetRole: GroupMember;
  /** Makes an organisation a member: all its members read and post (owners). */
  groupOrganisationAdd: NetworkGroup;
  /** Removes an organisation from a group (owners). */
  groupOrganisationRemove: NetworkGroup;
  /** Tells the group the viewer is typing (shown for a few seconds). */
  groupTyping: Scalars['Boolean']['output'];
  /** Edits a group (owners). */
  groupUpdate: NetworkGroup;
  /** Cancels a guest's registration from the link. */
  guestRegistrationCancel: Registration;
  /** Confirms a guest's e-mail from the link: the guest now takes a seat, or a place on the waitlist when it is full. */
  guestRegistrationConfirm: Registration;
  /** Accepts an invitation while signed in with the invited e-mail address. */
  invitationAccept: Membership;
  /** Withdraws a pending invitation (organisation admins). */
  invitationRevoke: Invitation;
  /** Changes a member's role (organisation admins). The last admin cannot be demoted. */
  membershipChangeRole: Membership;
  /** Leaves an organisation. The last admin cannot leave. */
  membershipLeave: Scalars['Boolean']['output'];
  /** Removes a member (organisation admins). The last admin cannot be removed. */
  membershipRemove: Scalars['Boolean']['output'];
  /** Deletes a message (its author, or a moderator). */
  messageDelete: Message;
  /** Edits a message (its author). */
  messageEdit: Message;
  /** Posts a message (markdown; `@[Name](user:<id>)` mentions notify) (members). */
  messagePost: Message;
  /** Marks every notification read; returns how many changed. */
  notificationMarkAllRead: Scalars['Int']['output'];
  /** Marks one of the viewer’s notifications read (already read ones stay as they are). */
  notificationMarkRead: Notification;
  /** IN_APP, EMAIL (inbox + hourly digest) or OFF for one type. */
  notificationPreferenceSet: Array<NotificationPreferenceSetting>;
  /** Registers an organisation (e-mail must be confirmed). The creator becomes its admin; county staff verify it. */
  organisationCreate: Organisation;
  /** E-mails an invitation link valid for 14 days (organisation admins). */
  organisationInvite: Invitation;
  /** Rejects an organisation with a reason its admins are told (county staff). */
  organisationReject: Organisation;
  /** Edits an organisation (its admins and county staff). */
  organisationUpdate: Organisation;
  /** Marks an organisation as verified (county staff). */
  organisationVerify: Organisation;
  /** Updates the signed-in user's profile. */
  profileUpdate: User;
  /** Cancels a registration (its owner or the organiser); the waitlist moves up. */
  registrationCancel: Registration;
  /** Marks a confirmed registrant as come, not come or not marked (organisers, from a day before the start). The other organisers see it live (`eventCheckIns`). */
  registrationCheckIn: Registration;
  /** Shares a resource (members of the organisation, or county staff). Upload its file afterwards. */
  resourceCreate: Resource;
  /** Deletes a resource and every uploaded version of its file (members of its organisation, or county staff). */
  resourceDelete: Scalars['Boolean']['output'];
  /** Edits a resource (members of its organisation, or county staff). */
  resourceUpdate: Resource;
  /** Changes one cell of the allocation board (county staff and agencies, while the board is open). CONFLICT settlement/cell_version_conflict with the current value when someone changed it first. */
  settlementBoardCellSet: BoardCell;
  /** Tells the others at the board which row the viewer is looking at (null: none). */
  settlementBoardFocus: Scalars['Boolean']['output'];
  /** OPEN → LOCKED: the board’s numbers and comments become one draft recommendation per municipality. */
  settlementBoardLock: SettlementYear;
  /** LOCKED → OPEN, while no recommendation has been sent (CONFLICT settlement/recommendations_sent after). */
  settlementBoardUnlock: SettlementYear;
  /** Records the municipality’s decision (the municipality itself or county staff). The document is uploaded by POST to /filer/bosetting/<year id>/vedtak/<municipality number>. */
  settlementDecisionSet: SettlementNumbers;
  /** Removes a milestone; answers its year. */
  settlementMilestoneDelete: SettlementYear;
  /** Adds a milestone to a year (id left out) or edits one (id given). */
  settlementMilestoneSave: SettlementMilestone;
  /** SENT → DRAFT: a new version to send; the sent ones stay in the history. */
  settlementRecommendationRevise: Recommendation;
  /** Saves a draft recommendation against the version loaded (CONFLICT settlement/version_conflict otherwise). */
  settlementRecommendationSave: Recommendation;
  /** DRAFT → SENT for every draft recommendation of the year: locked, the versions kept. BAD_USER_INPUT settlement/recommendation_incomplete lists the municipalities without numbers. */
  settlementRecommendationsSend: Array<Recommendation>;
  /** Records IMDi’s request to one municipality (county staff and agencies). */
  settlementRequestSet: SettlementNumbers;
  /** Records IMDi’s requests from CSV text ("kommunenummer;anmodning;herav EM", a header line allowed; at most 500 rows, 100 000 characters). All or nothing: BAD_USER_INPUT settlement/csv_invalid lists `problems` by line. */
  settlementRequestsImport: Array<SettlementNumbers>;
  /** Records how many have been settled so far (the municipality itself or county staff). */
  settlementSettledSet: SettlementNumbers;
  /** OPEN → CLOSED: no more answers. */
  settlementSurveyClose: SettlementYear;
  /** Grants the municipality a later deadline (county staff). */
  settlementSurveyResponseExtend: SurveyResponse;
  /** Marks the form as opened (NOT_OPENED → DRAFT) when a member of the municipality first looks at it. */
  settlementSurveyResponseOpen: SurveyResponse;
  /** Reminds the municipality’s people (inbox and e-mail); CONFLICT settlement/reminded_recently within an hour of the last. */
  settlementSurveyResponseRemind: SurveyResponse;
  /** SUBMITTED → DRAFT so the municipality can correct it (county staff). */
  settlementSurveyResponseReopen: SurveyResponse;
  /** Saves the draft (autosave). `version` must be the one loaded; otherwise CONFLICT settlement/version_conflict with the current version. CONFLICT settlement/deadline_passed after the deadline. */
  settlementSurveyResponseSave: SurveyResponse;
  /** DRAFT → SUBMITTED; BAD_USER_INPUT settlement/answer_incomplete lists `missing`; CONFLICT settlement/deadline_passed after the deadline (to the second). */
  settlementSurveyResponseSubmit: SurveyResponse;
  /** DRAFT → OPEN: sends the capacity survey to every municipality of the county (inbox and e-mail); CLOSED → OPEN opens it again. Needs a deadline ahead. */
  settlementSurveySend: SettlementYear;
  /** Creates a settlement year with the KS annual wheel’s milestones (county staff). CONFLICT settlement/year_exists for a second one of the same county and year. */
  settlementYearCreate: SettlementYear;
  /** Publishes the year’s requests, decisions and settled numbers to everyone (or withdraws them). */
  settlementYearPublish: SettlementYear;
  /** Edits a year; a changed criteria text becomes a new version, a new deadline gets new reminders. */
  settlementYearUpdate: SettlementYear;
  /** Starts a thread with its first message (members). */
  threadCreate: Thread;
  /** Marks a thread as read up to now, and the viewer's unread replies and mentions in it. */
  threadMarkRead: Thread;
  /** Grants or removes a platform role. Admins only; the last admin cannot be demoted. */
  userSetPlatformRole: User;
  /** Accepts or declines an offer to help (the organisation). */
  volunteerInterestAnswer: VolunteerInterest;
};


export type MutationAccountDeleteArgs = {
  password: Scalars['String']['input'];
};


export type MutationAccountLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationAccountRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationAccountResetPasswordArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationAccountSignUpArgs = {
  input: AccountSignUpInput;
};


export type MutationAccountUnlockLoginArgs = {
  token: Scalars['String']['input'];
};


export type MutationAccountVerifyEmailArgs = {
  token: Scalars['String']['input'];
};


export type MutationActivityConfirmArgs = {
  id: Scalars['ID']['input'];
};


export type MutationActivityCreateArgs = {
  input: ActivityInput;
};


export type MutationActivitySetStatusArgs = {
  id: Scalars['ID']['input'];
  status: ActivityStatus;
};


export type MutationActivityUpdateArgs = {
  id: Scalars['ID']['input'];
  input: ActivityInput;
};


export type MutationActivityVolunteerArgs = {
  activityId: Scalars['ID']['input'];
  message?: Scalars['String']['input'];
};


export type MutationAnnouncementPostArgs = {
  input: AnnouncementInput;
};


export type MutationEventAnswersDeleteArgs = {
  eventId: Scalars['ID']['input'];
};


export type MutationEventAttachMaterialsArgs = {
  eventId: Scalars['ID']['input'];
  materials?: InputMaybe<Scalars['String']['input']>;
  recordingUrl?: InputMaybe<Scalars['String']['input']>;
};


export type MutationEventCancelArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationEventCoHostAcceptArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEventCoHostDeclineArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEventCoHostInviteArgs = {
  eventId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
};


export type MutationEventCoHostRemoveArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEventCreateArgs = {
  input: EventInput;
};


export type MutationEventCreateSeriesArgs = {
  count: Scalars['Int']['input'];
  frequency: SeriesFrequency;
  id: Scalars['ID']['input'];
};


export type MutationEventDuplicateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEventEvaluationCloseArgs = {
  eventId: Scalars['ID']['input'];
};


export type MutationEventEvaluationOpenArgs = {
  eventId: Scalars['ID']['input'];
};


export type MutationEventEvaluationRespondArgs = {
  answers: Array<EvaluationAnswerInput>;
  eventId: Scalars['ID']['input'];
  token?: InputMaybe<Scalars['String']['input']>;
};


export type MutationEventEvaluationSetArgs = {
  eventId: Scalars['ID']['input'];
  questions: Array<EvaluationQuestionInput>;
};


export type MutationEventMessageRegistrantsArgs = {
  body: Scalars['String']['input'];
  eventId: Scalars['ID']['input'];
  subject: Scalars['String']['input'];
};


export type MutationEventPublishArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEventRegisterArgs = {
  answers?: InputMaybe<Array<RegistrationAnswerInput>>;
  attendance?: InputMaybe<AttendanceMode>;
  eventId: Scalars['ID']['input'];
  municipalityNumber?: InputMaybe<Scalars['ID']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationEventRegisterGuestArgs = {
  answers?: InputMaybe<Array<RegistrationAnswerInput>>;
  attendance?: InputMaybe<AttendanceMode>;
  email: Scalars['String']['input'];
  eventId: Scalars['ID']['input'];
  language?: InputMaybe<Language>;
  municipalityNumber?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
};


export type MutationEventUpdateArgs = {
  id: Scalars['ID']['input'];
  input: EventInput;
};


export type MutationFollowSetArgs = {
  municipalityNumbers: Array<Scalars['ID']['input']>;
  topicSlugs: Array<Scalars['ID']['input']>;
};


export type MutationGrantAppealDecideArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  state: AppealState;
};


export type MutationGrantAppealFileArgs = {
  applicationId: Scalars['ID']['input'];
  grounds: Scalars['String']['input'];
};


export type MutationGrantApplicationCreateArgs = {
  organisationId: Scalars['ID']['input'];
  roundId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};


export type MutationGrantApplicationDecideArgs = {
  decision: Decision;
  grantedAmount: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  overrideNote?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
};


export type MutationGrantApplicationRequestInfoArgs = {
  id: Scalars['ID']['input'];
  message: Scalars['String']['input'];
};


export type MutationGrantApplicationSaveArgs = {
  id: Scalars['ID']['input'];
  input: GrantApplicationInput;
  version: Scalars['Int']['input'];
};


export type MutationGrantApplicationSubmitArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGrantApplicationWithdrawArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGrantAssessmentDeclareArgs = {
  applicationId: Scalars['ID']['input'];
  declaration?: ConflictDeclaration;
};


export type MutationGrantAssessmentSaveArgs = {
  applicationId: Scalars['ID']['input'];
  comment?: Scalars['String']['input'];
  scores: Array<ScoreInput>;
};


export type MutationGrantAttachmentDeleteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGrantAwardAcceptArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGrantAwardDeclineArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationGrantChangeRequestCreateArgs = {
  awardId: Scalars['ID']['input'];
  kind: ChangeRequestKind;
  message: Scalars['String']['input'];
  reportId?: InputMaybe<Scalars['ID']['input']>;
  requestedDueAt?: InputMaybe<Scalars['String']['input']>;
};


export type MutationGrantChangeRequestDecideArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  state: ChangeRequestState;
};


export type MutationGrantPaymentMarkPaidArgs = {
  id: Scalars['ID']['input'];
  reference: Scalars['String']['input'];
};


export type MutationGrantRepaymentClaimArgs = {
  amount: Scalars['Int']['input'];
  awardId: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  reason: RepaymentReason;
};


export type MutationGrantRepaymentSettleArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  state: RepaymentState;
};


export type MutationGrantReportApproveArgs = {
  id: Scalars['ID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
};


export type MutationGrantReportAttachmentDeleteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGrantReportRejectArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationGrantReportRequestChangesArgs = {
  id: Scalars['ID']['input'];
  message: Scalars['String']['input'];
};


export type MutationGrantReportSaveArgs = {
  id: Scalars['ID']['input'];
  input: GrantReportInput;
  version: Scalars['Int']['input'];
};


export type MutationGrantReportSubmitArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGrantRoundCloseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGrantRoundCreateArgs = {
  input: GrantRoundInput;
};


export type MutationGrantRoundOpenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGrantRoundPublishDecisionsArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGrantRoundUpdateArgs = {
  id: Scalars['ID']['input'];
  input: GrantRoundInput;
};


export type MutationGrantSchemeCreateArgs = {
  description?: Scalars['String']['input'];
  name: Scalars['String']['input'];
};


export type MutationGroupCreateArgs = {
  input: GroupInput;
};


export type MutationGroupInviteArgs = {
  groupId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationGroupJoinArgs = {
  groupId: Scalars['ID']['input'];
};


export type MutationGroupLeaveArgs = {
  groupId: Scalars['ID']['input'];
};


export type MutationGroupMemberApproveArgs = {
  memberId: Scalars['ID']['input'];
};


export type MutationGroupMemberRemoveArgs = {
  memberId: Scalars['ID']['input'];
};


export type MutationGroupMemberSetRoleArgs = {
  memberId: Scalars['ID']['input'];
  role: GroupRole;
};


export type MutationGroupOrganisationAddArgs = {
  groupId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
};


export type MutationGroupOrganisationRemoveArgs = {
  groupId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
};


export type MutationGroupTypingArgs = {
  threadId: Scalars['ID']['input'];
};


export type MutationGroupUpdateArgs = {
  id: Scalars['ID']['input'];
  input: GroupInput;
};


export type MutationGuestRegistrationCancelArgs = {
  token: Scalars['String']['input'];
};


export type MutationGuestRegistrationConfirmArgs = {
  token: Scalars['String']['input'];
};


export type MutationInvitationAcceptArgs = {
  token: Scalars['String']['input'];
};


export type MutationInvitationRevokeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMembershipChangeRoleArgs = {
  membershipId: Scalars['ID']['input'];
  role: MembershipRole;
};


export type MutationMembershipLeaveArgs = {
  organisationId: Scalars['ID']['input'];
};


export type MutationMembershipRemoveArgs = {
  membershipId: Scalars['ID']['input'];
};


export type MutationMessageDeleteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMessageEditArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationMessagePostArgs = {
  body: Scalars['String']['input'];
  threadId: Scalars['ID']['input'];
};


export type MutationNotificationMarkReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationNotificationPreferenceSetArgs = {
  channel: NotificationChannel;
  type: NotificationType;
};


export type MutationOrganisationCreateArgs = {
  input: OrganisationInput;
};


export type MutationOrganisationInviteArgs = {
  input: OrganisationInviteInput;
};


export type MutationOrganisationRejectArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationOrganisationUpdateArgs = {
  id: Scalars['ID']['input'];
  input: OrganisationInput;
};


export type MutationOrganisationVerifyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationProfileUpdateArgs = {
  input: ProfileUpdateInput;
};


export type MutationRegistrationCancelArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRegistrationCheckInArgs = {
  checkIn: CheckIn;
  id: Scalars['ID']['input'];
};


export type MutationResourceCreateArgs = {
  input: ResourceInput;
};


export type MutationResourceDeleteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResourceUpdateArgs = {
  id: Scalars['ID']['input'];
  input: ResourceInput;
};


export type MutationSettlementBoardCellSetArgs = {
  input: BoardCellInput;
};


export type MutationSettlementBoardFocusArgs = {
  municipalityNumber?: InputMaybe<Scalars['String']['input']>;
  yearId: Scalars['ID']['input'];
};


export type MutationSettlementBoardLockArgs = {
  yearId: Scalars['ID']['input'];
};


export type MutationSettlementBoardUnlockArgs = {
  yearId: Scalars['ID']['input'];
};


export type MutationSettlementDecisionSetArgs = {
  input: SettlementDecisionInput;
  municipalityNumber: Scalars['String']['input'];
  yearId: Scalars['ID']['input'];
};


export type MutationSettlementMilestoneDeleteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSettlementMilestoneSaveArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input: SettlementMilestoneInput;
  yearId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSettlementRecommendationReviseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSettlementRecommendationSaveArgs = {
  id: Scalars['ID']['input'];
  input: RecommendationInput;
  version: Scalars['Int']['input'];
};


export type MutationSettlementRecommendationsSendArgs = {
  yearId: Scalars['ID']['input'];
};


export type MutationSettlementRequestSetArgs = {
  input: SettlementRequestInput;
  municipalityNumber: Scalars['String']['input'];
  yearId: Scalars['ID']['input'];
};


export type MutationSettlementRequestsImportArgs = {
  csv: Scalars['String']['input'];
  yearId: Scalars['ID']['input'];
};


export type MutationSettlementSettledSetArgs = {
  input: SettledInput;
  municipalityNumber: Scalars['String']['input'];
  yearId: Scalars['ID']['input'];
};


export type MutationSettlementSurveyCloseArgs = {
  yearId: Scalars['ID']['input'];
};


export type MutationSettlementSurveyResponseExtendArgs = {
  id: Scalars['ID']['input'];
  until: Scalars['String']['input'];
};


export type MutationSettlementSurveyResponseOpenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSettlementSurveyResponseRemindArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSettlementSurveyResponseReopenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSettlementSurveyResponseSaveArgs = {
  id: Scalars['ID']['input'];
  input: SurveyAnswerInput;
  version: Scalars['Int']['input'];
};


export type MutationSettlementSurveyResponseSubmitArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSettlementSurveySendArgs = {
  yearId: Scalars['ID']['input'];
};


export type MutationSettlementYearCreateArgs = {
  input: SettlementYearInput;
};


export type MutationSettlementYearPublishArgs = {
  id: Scalars['ID']['input'];
  published: Scalars['Boolean']['input'];
};


export type MutationSettlementYearUpdateArgs = {
  id: Scalars['ID']['input'];
  input: SettlementYearInput;
};


export type MutationThreadCreateArgs = {
  body: Scalars['String']['input'];
  groupId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};


export type MutationThreadMarkReadArgs = {
  threadId: Scalars['ID']['input'];
};


export type MutationUserSetPlatformRoleArgs = {
  role: PlatformRole;
  userId: Scalars['ID']['input'];
};


export type MutationVolunteerInterestAnswerArgs = {
  accepted: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};

/** A network group, e.g. "Regionalt nettverk for integrering". */
export type NetworkGroup = {
  __typename?: 'NetworkGroup';
  /** When the group was created (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** What the group is for (plain text; may be empty). */
  description: Scalars['String']['output'];
  /** Unique id of the group. */
  id: Scalars['ID']['output'];
  /** How people become members. */
  joinPolicy: GroupJoinPolicy;
  /** Active members (people; organisation members not counted). */
  memberCount: Scalars['Int']['output'];
  /** Members and pending requests/invitations (pending ones to moderators only); null unless the viewer may read the group. */
  members?: Maybe<Array<GroupMember>>;
  /** The group’s name, unique on the platform (case-insensitively). */
  name: Scalars['String']['output'];
  /** Organisations that are members. */
  organisations: Array<Organisation>;
  /** Threads, latest activity first; null unless the viewer may read the group. */
  threads?: Maybe<ThreadConnection>;
  /** Messages the viewer has not read in this group's threads. */
  unreadCount: Scalars['Int']['output'];
  /** What the viewer may do in this group. */
  viewerCan: GroupPermissions;
  /** The viewer’s membership of this group, if any. */
  viewerState: GroupViewerState;
  /** Who may read the group’s threads. */
  visibility: GroupVisibility;
};


/** A network group, e.g. "Regionalt nettverk for integrering". */
export type NetworkGroupThreadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** An item in a user's notification inbox. */
export type Notification = {
  __typename?: 'Notification';
  /** When it arrived (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** What the notification is about: the ids and names to build its text and link from. */
  details: NotificationDetails;
  /** Unique id of the notification. */
  id: Scalars['ID']['output'];
  /** When the user read it (UTC); null while unread. */
  readAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What happened; tells which details fields are set. */
  type: NotificationType;
};

/** IN_APP: the inbox only. EMAIL: the inbox and an hourly e-mail digest. OFF: nothing. */
export type NotificationChannel =
  | 'EMAIL'
  | 'IN_APP'
  | 'OFF';

/** A page of the viewer’s notifications. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** The notifications on this page, newest first. */
  nodes: Array<Notification>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many notifications match (all, or the unread ones with unreadOnly). */
  totalCount: Scalars['Int']['output'];
  /** How many of the viewer’s notifications are unread in all. */
  unreadCount: Scalars['Int']['output'];
};

/** What a notification is about. */
export type NotificationDetails = {
  __typename?: 'NotificationDetails';
  /** For VOLUNTEER_ANSWERED: whether the offer was accepted. */
  accepted?: Maybe<Scalars['Boolean']['output']>;
  /** The activity, for VOLUNTEER_INTEREST, VOLUNTEER_ANSWERED and ACTIVITY_STALE. */
  activityId?: Maybe<Scalars['ID']['output']>;
  /** Who caused it (the writer, inviter, volunteer or answering organisation), as named at the time; null when unknown. */
  actorName?: Maybe<Scalars['String']['output']>;
  /** The announcement, for ANNOUNCEMENT. */
  announcementId?: Maybe<Scalars['ID']['output']>;
  /** The grant application, for GRANT_DECISION and GRANT_MORE_INFO. */
  applicationId?: Maybe<Scalars['ID']['output']>;
  /** The event, for NEW_EVENT, EVENT_PROMOTED, EVENT_CANCELLED, EVENT_MESSAGE, EVENT_CO_HOST_INVITED, EVENT_MATERIALS and EVENT_EVALUATION. */
  eventId?: Maybe<Scalars['ID']['output']>;
  /** The start of the message or announcement, as plain text. */
  excerpt?: Maybe<Scalars['String']['output']>;
  /** The network group, for MENTION, REPLY, GROUP_INVITATION and JOIN_REQUEST. */
  groupId?: Maybe<Scalars['ID']['output']>;
  /** The group’s name at the time. */
  groupName?: Maybe<Scalars['String']['output']>;
  /** The message, for MENTION and REPLY. */
  messageId?: Maybe<Scalars['ID']['output']>;
  /** For SETTLEMENT_MILESTONE: the milestone. */
  milestoneId?: Maybe<Scalars['ID']['output']>;
  /** For SETTLEMENT_SURVEY_*: the municipality number the survey answer is for. */
  municipalityNumber?: Maybe<Scalars['String']['output']>;
  /** The organisation it concerns (EVENT_CO_HOST_INVITED: the one asked to co-host). */
  organisationId?: Maybe<Scalars['ID']['output']>;
  /** That organisation’s name. */
  organisationName?: Maybe<Scalars['String']['output']>;
  /** The grant round, for GRANT_DEADLINE. */
  roundId?: Maybe<Scalars['ID']['output']>;
  /** For SETTLEMENT_*: the settlement year. */
  settlementYearId?: Maybe<Scalars['ID']['output']>;
  /** ISO instant. */
  startsAt?: Maybe<Scalars['String']['output']>;
  /** The thread, for MENTION and REPLY. */
  threadId?: Maybe<Scalars['ID']['output']>;
  /** The thread’s title at the time. */
  threadTitle?: Maybe<Scalars['String']['output']>;
  /** The title of what it is about (announcement, event, activity, application or round, or the subject of an event message) at the time. */
  title?: Maybe<Scalars['String']['output']>;
};

/** A live change to the inbox. */
export type NotificationEvent = {
  __typename?: 'NotificationEvent';
  /** Pass as `after` when resubscribing to get what came since. */
  cursor: Scalars['String']['output'];
  /** The new notification, when one arrived. */
  notification?: Maybe<Notification>;
  /** The thread the viewer marked read (here or on another device), when that is what happened: its replies and mentions are read, and the unread message counts of its group moved. */
  threadId?: Maybe<Scalars['ID']['output']>;
  /** How many of the viewer’s notifications are unread now. */
  unreadCount: Scalars['Int']['output'];
};

/** How the viewer hears about one type of notification. */
export type NotificationPreferenceSetting = {
  __typename?: 'NotificationPreferenceSetting';
  /** How it is delivered; IN_APP unless the viewer chose otherwise. */
  channel: NotificationChannel;
  /** The type of notification. */
  type: NotificationType;
};

/** What a notification is about; each type has its own delivery preference. */
export type NotificationType =
  /** An activity of an organisation the user administers has not been confirmed as still running for 180 days. */
  | 'ACTIVITY_STALE'
  /** County staff posted an announcement (also when a grant round opens). */
  | 'ANNOUNCEMENT'
  /** An event the user registered for was cancelled. */
  | 'EVENT_CANCELLED'
  /** An organisation the user is an admin of is asked to co-host an event. */
  | 'EVENT_CO_HOST_INVITED'
  /** The organisers of an event the user took part in ask for an evaluation. */
  | 'EVENT_EVALUATION'
  /** The recording or materials of an event the user had a seat at are out. */
  | 'EVENT_MATERIALS'
  /** The organiser wrote to everyone registered for an event. */
  | 'EVENT_MESSAGE'
  /** The user moved from the waitlist to a confirmed place. */
  | 'EVENT_PROMOTED'
  /** The organisation’s award must be accepted or declined within 7 days (or 1 day); `startsAt` is the deadline. */
  | 'GRANT_ACCEPTANCE_DUE'
  /** A grant round closes within 7 days (or 1 day) and the organisation’s application is still a draft. */
  | 'GRANT_DEADLINE'
  /** A decision on the organisation’s grant application was published. */
  | 'GRANT_DECISION'
  /** Assessors asked for more information on the organisation’s grant application. */
  | 'GRANT_MORE_INFO'
  /** County staff asked for changes to a report on the organisation’s award; `excerpt` is the start of their message. */
  | 'GRANT_REPORT_CHANGES'
  /** A report on the organisation’s award is due in 60, 14 or 1 days; `startsAt` is the due date. */
  | 'GRANT_REPORT_DUE'
  /** A report on the organisation’s award is past its due date and not sent in. */
  | 'GRANT_REPORT_OVERDUE'
  /** The user was invited to a network group. */
  | 'GROUP_INVITATION'
  /** Someone asked to join a group the user moderates. */
  | 'JOIN_REQUEST'
  /** Someone mentioned the user in a group message. */
  | 'MENTION'
  /** An event was published on a topic or municipality the user follows. */
  | 'NEW_EVENT'
  /** New messages in a thread the user has written in (one unread line per thread). */
  | 'REPLY'
  | 'SETTLEMENT_MILESTONE'
  | 'SETTLEMENT_SURVEY_DEADLINE'
  | 'SETTLEMENT_SURVEY_SENT'
  /** The organisation answered the user’s offer to volunteer. */
  | 'VOLUNTEER_ANSWERED'
  /** Someone offered to volunteer for an activity of an organisation the user administers. */
  | 'VOLUNTEER_INTEREST';

/** One date an activity takes place. */
export type Occurrence = {
  __typename?: 'Occurrence';
  /** When it ends (UTC; show it in Europe/Oslo). */
  endsAt: Scalars['DateTimeISO']['output'];
  /** When it starts (UTC; show it in Europe/Oslo). */
  startsAt: Scalars['DateTimeISO']['output'];
};

/** An organisation in the network: county, municipality, agency, NGO, voluntary organisation, school … */
export type Organisation = {
  __typename?: 'Organisation';
  /** Public contact e-mail address; null when none is given. */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** Public contact phone number; null when none is given. */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** When the organisation was registered (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** What the organisation does (plain text). */
  description: Scalars['String']['output'];
  /** Invitations to co-host events, waiting for an answer: its admins and county staff only (null otherwise). */
  eventCoHostInvitations?: Maybe<Array<EventHost>>;
  /** Unique id of the organisation. */
  id: Scalars['ID']['output'];
  /** Pending invitations: visible to those who manage members (null otherwise). */
  invitations?: Maybe<Array<Invitation>>;
  /** What sort of organisation it is. */
  kind: OrganisationKind;
  /** Members: visible to signed-in users only (null otherwise). */
  members?: Maybe<Array<Membership>>;
  /** Municipalities served. */
  municipalities: Array<Municipality>;
  /** The organisation’s name. */
  name: Scalars['String']['output'];
  /** Norwegian organisation number (9 digits, mod-11 checked). */
  orgNumber?: Maybe<Scalars['String']['output']>;
  /** Why county staff rejected the organisation: for its admins and county staff only. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** Topics the organisation works with, in display order. */
  topics: Array<Topic>;
  /** Whether county staff have verified it, rejected it, or not yet looked (PENDING). */
  verificationStatus: VerificationStatus;
  /** When county staff verified or rejected it (UTC); null while PENDING. */
  verifiedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the viewer may do with this organisation. */
  viewerCan: OrganisationPermissions;
  /** The viewer's role in this organisation, if a member. */
  viewerRole?: Maybe<MembershipRole>;
  /** Public website (http or https URL); null when none is given. */
  website?: Maybe<Scalars['String']['output']>;
};

/** A page of organisations. */
export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  /** The organisations on this page. */
  nodes: Array<Organisation>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many organisations match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** Filters for the organisation directory; all optional and combined with AND. */
export type OrganisationFilter = {
  /** Only organisations of these kinds (any of them). */
  kinds?: InputMaybe<Array<OrganisationKind>>;
  /** Serves this municipality (number). */
  municipality?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the name. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Works with this topic (slug). */
  topic?: InputMaybe<Scalars['ID']['input']>;
  /** Only organisations with this verification status. */
  verificationStatus?: InputMaybe<VerificationStatus>;
};

/** An organisation as registered or edited. On update, omitted fields stay as they are. */
export type OrganisationInput = {
  /** Public contact e-mail address; empty string removes it. */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** Public contact phone number (digits, spaces, +, parentheses and dashes; 5–20 characters); empty string removes it. */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** What the organisation does, plain text up to 5000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** What sort of organisation it is; required when registering. */
  kind?: InputMaybe<OrganisationKind>;
  /** Municipality numbers served. */
  municipalityNumbers?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The name, 2–200 characters on one line; required when registering. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 9 digits (spaces allowed); empty string removes it. */
  orgNumber?: InputMaybe<Scalars['String']['input']>;
  /** Topic slugs. */
  topicSlugs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Public website, an http or https URL up to 500 characters; empty string removes it. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** An invitation to join an organisation, sent by e-mail. */
export type OrganisationInviteInput = {
  /** The address to send the invitation to; the invitee accepts while signed in with it. */
  email: Scalars['String']['input'];
  /** The organisation to invite to. */
  organisationId: Scalars['ID']['input'];
  /** The role the invitee gets on accepting; MEMBER when omitted. */
  role?: MembershipRole;
};

/** What sort of organisation this is. */
export type OrganisationKind =
  | 'AGENCY'
  | 'COUNTY'
  | 'MUNICIPALITY'
  | 'NGO'
  | 'OTHER'
  | 'SCHOOL'
  | 'VOLUNTARY';

/** What the viewer may do with an organisation. */
export type OrganisationPermissions = {
  __typename?: 'OrganisationPermissions';
  /** Edit the organisation (its admins and county staff). */
  edit: Scalars['Boolean']['output'];
  /** Leave the organisation (its members; the last admin is refused). */
  leave: Scalars['Boolean']['output'];
  /** Register and manage the organisation's activities, drafts included. */
  manageActivities: Scalars['Boolean']['output'];
  /** Create and manage the organisation's events, drafts included. */
  manageEvents: Scalars['Boolean']['output'];
  /** Invite, change roles, remove members. */
  manageMembers: Scalars['Boolean']['output'];
  /** Verify or reject (county staff). */
  verify: Scalars['Boolean']['output'];
  /** See the member list (signed-in users). */
  viewMembers: Scalars['Boolean']['output'];
};

/** Where a page of a cursor-paginated list ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** One payment of the plan every award of a round gets. */
export type PaymentPlanLine = {
  __typename?: 'PaymentPlanLine';
  /** Share of the award, percent. */
  percent: Scalars['Int']['output'];
  /** What makes it due. */
  trigger: PaymentTrigger;
};

/** One payment of the plan every award of the round gets. */
export type PaymentPlanLineInput = {
  /** Share of the award, 1–100 percent; the lines add up to 100. */
  percent: Scalars['Int']['input'];
  /** What makes it due; each trigger at most once. */
  trigger: PaymentTrigger;
};

/** PLANNED (waiting for its trigger), REQUESTED (due: in the finance export until paid), PAID (recorded by county staff) or CANCELLED (the award was declined or lapsed, its report rejected, or repayment claimed). */
export type PaymentState =
  | 'CANCELLED'
  | 'PAID'
  | 'PLANNED'
  | 'REQUESTED';

/** What makes a planned payment due: ACCEPTANCE of the award, or the approval of its MIDTERM_REPORT or FINAL_REPORT. A plan line whose report the round does not ask for is paid at acceptance. */
export type PaymentTrigger =
  | 'ACCEPTANCE'
  | 'FINAL_REPORT'
  | 'MIDTERM_REPORT';

/** Platform-wide role. COUNTY_STAFF verifies organisations and runs county work; ADMIN also grants roles. */
export type PlatformRole =
  | 'ADMIN'
  | 'COUNTY_STAFF'
  | 'USER';

/** A person in a group’s presence list. */
export type PresentUser = {
  __typename?: 'PresentUser';
  /** The user’s id. */
  id: Scalars['ID']['output'];
  /** The user’s display name. */
  name: Scalars['String']['output'];
  /** The thread they are typing in. */
  threadId?: Maybe<Scalars['ID']['output']>;
};

/** A municipality’s numbers in an earlier year of the same county, for comparison. */
export type PreviousYearNumbers = {
  __typename?: 'PreviousYearNumbers';
  /** The municipality’s decision (when decided). */
  decided?: Maybe<Scalars['Int']['output']>;
  /** Example figures (demo data), not real ones. */
  isExample: Scalars['Boolean']['output'];
  /** IMDi’s request. */
  requested?: Maybe<Scalars['Int']['output']>;
  /** Settled. */
  settled?: Maybe<Scalars['Int']['output']>;
  /** The year. */
  year: Scalars['Int']['output'];
  /** That settlement year. */
  yearId: Scalars['ID']['output'];
};

/** Changes to the signed-in user's profile; omitted fields stay as they are. */
export type ProfileUpdateInput = {
  /** New display name, 1–120 characters on one line. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New language for the interface and e-mails. */
  preferredLanguage?: InputMaybe<Language>;
  /** Replaces all profile tags (at most 20, each up to 40 characters; stored lower-cased, duplicates dropped). An empty list clears them. */
  profileTags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Empty string clears the title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** One municipality’s progress: requested, decided and settled. */
export type ProgressRow = {
  __typename?: 'ProgressRow';
  /** The municipality’s decision (0: not decided). */
  decided: Scalars['Int']['output'];
  /** The municipality. */
  municipality: Municipality;
  /** IMDi’s request (0: none recorded). */
  requested: Scalars['Int']['output'];
  /** Settled so far. */
  settled: Scalars['Int']['output'];
};

/** One award as published: who received how much for what, and what its approved report says. */
export type PublishedAward = {
  __typename?: 'PublishedAward';
  /** Accepted by the organisation (false while it has not answered). */
  accepted: Scalars['Boolean']['output'];
  /** NOK awarded. */
  amount: Scalars['Int']['output'];
  /** NOK of the award used, from its latest approved report; null before one. */
  grantUsed?: Maybe<Scalars['Int']['output']>;
  /** The organisation’s id. */
  organisationId: Scalars['ID']['output'];
  /** The organisation’s name. */
  organisationName: Scalars['String']['output'];
  /** Participants reached, from its latest approved report; null before one is approved. */
  participants?: Maybe<Scalars['Int']['output']>;
  /** The project’s summary from the application. */
  summary: Scalars['String']['output'];
  /** The project’s title. */
  title: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The public activity catalogue with facet counts; fresh listings first, then by next occurrence. */
  activities: ActivityConnection;
  /** One activity; unpublished ones only for their organisation. */
  activity: Activity;
  /** Current announcements for the viewer, newest first. */
  announcements: Array<Announcement>;
  /** The audit log of a round or application (county staff). Details of scores and attachments only for reviewers who have declared no conflict of interest for the application. */
  auditLog: Array<AuditEntry>;
  /** One event; drafts only for those who manage them. */
  event: Event;
  /** Attendance at every published event starting between two Oslo dates (inclusive), by organisation kind and municipality: the county's reporting (county staff). */
  eventAttendanceFigures: AttendanceFigures;
  /** Events, soonest first (latest first for PAST). */
  events: EventConnection;
  /** One application: its organisation, or county staff who have declared no conflict of interest. */
  grantApplication: GrantApplication;
  /** One award: its organisation, or county staff who have not declared a conflict of interest for the application. */
  grantAward: GrantAward;
  /** The audit log of an award and everything that follows it (reports, payments, claims, change requests), oldest first (county staff who are not inhabil). */
  grantAwardAuditLog: Array<AuditEntry>;
  /** One report: its organisation, or county staff who are not inhabil. */
  grantReport: GrantReport;
  /** One round; a draft only for county staff (NOT_FOUND otherwise). */
  grantRound: GrantRound;
  /** A round at a glance: budget, amounts, counts by state, municipality and organisation kind, declared conflicts (county staff). */
  grantRoundDashboard: RoundDashboard;
  /** A round’s follow-up at a glance (county staff): awards and who has not answered, money back, due and paid, overdue reports and what waits for staff. */
  grantRoundFollowUp: RoundFollowUp;
  /** Applications by weighted score (county staff). */
  grantRoundRanking: Array<RankedApplication>;
  /** The published results of a decided round, for everyone: who received how much for what, and the results reported so far. NOT_FOUND until the decisions are published. */
  grantRoundResults: RoundResults;
  /** Grant rounds, latest deadline first (drafts for county staff only). */
  grantRounds: Array<GrantRound>;
  /** Every grant scheme, by name. */
  grantSchemes: Array<GrantScheme>;
  /** One group; NOT_FOUND when unknown. */
  group: NetworkGroup;
  /** All network groups (names and descriptions are visible to every signed-in user). */
  groups: Array<NetworkGroup>;
  /** A guest's registration, from the token in the e-mailed link. */
  guestRegistration: GuestRegistrationView;
  /** What an invitation link is for, so the invitee can decide. */
  invitation: InvitationPreview;
  /** Municipalities, ordered by number; optionally one county only. */
  municipalities: Array<Municipality>;
  /** One municipality by its number; NOT_FOUND when unknown. */
  municipality: Municipality;
  /** The viewer's organisations' applications. */
  myGrantApplications: Array<GrantApplication>;
  /** The survey answers the viewer’s municipalities have been asked for, newest year first. */
  mySettlementSurveys: Array<SurveyResponse>;
  /** What the viewer and their organisations should do now, from every module (drafts to finish, requests to answer, listings to confirm …); deadlines first. */
  myTasks: Array<Task>;
  /** The newest listings in the catalogue (published activities, latest registered first), for the front page. */
  newestActivities: Array<Activity>;
  /** How the viewer hears about each type of notification. */
  notificationPreferences: Array<NotificationPreferenceSetting>;
  /** The viewer's inbox, newest first. */
  notifications: NotificationConnection;
  /** One organisation; NOT_FOUND when unknown. */
  organisation: Organisation;
  /** The public organisation directory, ordered by name. */
  organisations: OrganisationConnection;
  /** One resource; NOT_FOUND unless the viewer may see it. */
  resource: Resource;
  /** The resource library: what the viewer may see, newest first. */
  resources: ResourceConnection;
  /** The next dates and readable text of a schedule being edited, or why it would be refused. The activity form asks as the user types (debounced), so the schedule rules live only on the server. */
  schedulePreview: SchedulePreview;
  /** Searches events, activities, resources, grant calls, organisations and (for members) group messages; only what the viewer may see. */
  search: SearchResults;
  /** The history of the allocation board, newest first (county staff and agencies). */
  settlementBoardHistory: Array<BoardChange>;
  /** The recommendation letter to IMDi: every sent recommendation as last sent (county staff and agencies). */
  settlementRecommendationLetter: RecommendationLetter;
  /** One municipality’s survey answer (county staff, agencies, the municipality). */
  settlementSurveyResponse: SurveyResponse;
  /** One settlement year; NOT_FOUND for those who may not see it. */
  settlementYear: SettlementYear;
  /** Settlement years, latest first: all of them for county staff, agencies and municipalities; published ones for everyone else. */
  settlementYears: Array<SettlementYear>;
  /** One thread, if the viewer may read its group. */
  thread: Thread;
  /** All topics, in display order. */
  topics: Array<Topic>;
  /** Users by name or e-mail, for granting platform roles. Admins only. */
  users: Array<User>;
  /** The signed-in user, or null. */
  viewer?: Maybe<User>;
  /** Everything the platform holds about the signed-in user: the data.json of GET /konto/mine-data.zip, which also holds their uploaded files. */
  viewerDataExport: Scalars['JSONObject']['output'];
};


export type QueryActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActivityFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryActivityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAuditLogArgs = {
  entityId: Scalars['ID']['input'];
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventAttendanceFiguresArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryGrantApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGrantAwardArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGrantAwardAuditLogArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGrantReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGrantRoundArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGrantRoundDashboardArgs = {
  roundId: Scalars['ID']['input'];
};


export type QueryGrantRoundFollowUpArgs = {
  roundId: Scalars['ID']['input'];
};


export type QueryGrantRoundRankingArgs = {
  roundId: Scalars['ID']['input'];
};


export type QueryGrantRoundResultsArgs = {
  roundId: Scalars['ID']['input'];
};


export type QueryGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGuestRegistrationArgs = {
  token: Scalars['String']['input'];
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryMunicipalitiesArgs = {
  countyNumber?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMunicipalityArgs = {
  number: Scalars['ID']['input'];
};


export type QueryNewestActivitiesArgs = {
  first?: Scalars['Int']['input'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  unreadOnly?: Scalars['Boolean']['input'];
};


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganisationFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryResourceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResourceFilter>;
  first?: Scalars['Int']['input'];
};


export type QuerySchedulePreviewArgs = {
  count?: Scalars['Int']['input'];
  language?: Language;
  schedule: ScheduleInput;
};


export type QuerySearchArgs = {
  filter?: InputMaybe<SearchFilter>;
  first?: Scalars['Int']['input'];
  query: Scalars['String']['input'];
};


export type QuerySettlementBoardHistoryArgs = {
  first?: Scalars['Int']['input'];
  municipalityNumber?: InputMaybe<Scalars['String']['input']>;
  yearId: Scalars['ID']['input'];
};


export type QuerySettlementRecommendationLetterArgs = {
  yearId: Scalars['ID']['input'];
};


export type QuerySettlementSurveyResponseArgs = {
  municipalityNumber: Scalars['String']['input'];
  yearId: Scalars['ID']['input'];
};


export type QuerySettlementYearArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySettlementYearsArgs = {
  countyNumber?: InputMaybe<Scalars['String']['input']>;
};


export type QueryThreadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};

/** How a registration question is answered. */
export type QuestionKind =
  /** One of the options. */
  | 'ONE_CHOICE'
  /** Any of the options (none or more). */
  | 'SEVERAL_CHOICES'
  /** A short text. */
  | 'TEXT'
  /** Yes or no. */
  | 'YES_NO';

/** An application and its weighted score. */
export type RankedApplication = {
  __typename?: 'RankedApplication';
  /** The application. */
  application: GrantApplication;
  /** How many reviewers have scored it. */
  reviews: Scalars['Int']['output'];
  /** Weighted mean score 0–5 over reviewers; null before any scores. */
  score?: Maybe<Scalars['Float']['output']>;
};

/** The county’s recommendation to IMDi for one municipality and year: a number, of which unaccompanied minors, and the reasoning. */
export type Recommendation = {
  __typename?: 'Recommendation';
  /** The recommendation’s id. */
  id: Scalars['ID']['output'];
  /** Of which unaccompanied minors. */
  minors?: Maybe<Scalars['Int']['output']>;
  /** The municipality. */
  municipality: Municipality;
  /** The recommended number of refugees to settle. */
  number?: Maybe<Scalars['Int']['output']>;
  /** The county’s reasoning (plain text). */
  reasoning: Scalars['String']['output'];
  /** When it was last sent. */
  sentAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** How many times it has been sent (the sent versions are kept). */
  sentVersion: Scalars['Int']['output'];
  /** DRAFT or SENT (locked). */
  state: RecommendationState;
  /** When it was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Increases with every save; send it back to save. */
  version: Scalars['Int']['output'];
  /** The versions sent, newest first. */
  versions: Array<RecommendationVersion>;
  /** What the viewer may do with it now. */
  viewerCan: RecommendationPermissions;
};

/** The county’s recommendation for one municipality, as saved. Omitted fields stay as they are. */
export type RecommendationInput = {
  /** Of which unaccompanied minors. */
  minors?: InputMaybe<Scalars['Int']['input']>;
  /** The recommended number. */
  number?: InputMaybe<Scalars['Int']['input']>;
  /** The reasoning (plain text). */
  reasoning?: InputMaybe<Scalars['String']['input']>;
};

/** The county’s recommendation letter to IMDi for a year (printable; the client words it in nb or nn). */
export type RecommendationLetter = {
  __typename?: 'RecommendationLetter';
  /** The county’s name. */
  countyName: Scalars['String']['output'];
  /** Per municipality, by number. */
  lines: Array<RecommendationLetterLine>;
  /** When the latest recommendation was sent (null: none sent). */
  sentAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The recommended total. */
  total: Scalars['Int']['output'];
  /** Of which unaccompanied minors. */
  totalMinors: Scalars['Int']['output'];
  /** The year. */
  year: SettlementYear;
};

/** One municipality in the recommendation letter, as last sent. */
export type RecommendationLetterLine = {
  __typename?: 'RecommendationLetterLine';
  /** Of which unaccompanied minors. */
  minors: Scalars['Int']['output'];
  /** The municipality name. */
  municipalityName: Scalars['String']['output'];
  /** The municipality number. */
  municipalityNumber: Scalars['String']['output'];
  /** The recommended number. */
  number: Scalars['Int']['output'];
  /** The reasoning. */
  reasoning: Scalars['String']['output'];
  /** When it was sent. */
  sentAt: Scalars['DateTimeISO']['output'];
  /** The sent version. */
  version: Scalars['Int']['output'];
};

/** What the viewer may do with a recommendation now. */
export type RecommendationPermissions = {
  __typename?: 'RecommendationPermissions';
  /** Edit the draft (county staff). */
  edit: Scalars['Boolean']['output'];
  /** Revise a sent recommendation: a new version (county staff). */
  revise: Scalars['Boolean']['output'];
};

/** The county’s recommendation for one municipality: DRAFT (editable) or SENT to IMDi (locked; revising starts a new version). */
export type RecommendationState =
  | 'DRAFT'
  | 'SENT';

/** A recommendation as it was sent (kept for good; revising makes a new one). */
export type RecommendationVersion = {
  __typename?: 'RecommendationVersion';
  /** Of which unaccompanied minors. */
  minors: Scalars['Int']['output'];
  /** The recommended number. */
  number: Scalars['Int']['output'];
  /** The reasoning. */
  reasoning: Scalars['String']['output'];
  /** When it was sent. */
  sentAt: Scalars['DateTimeISO']['output'];
  /** Who sent it (their name at the time). */
  sentByName?: Maybe<Scalars['String']['output']>;
  /** The sent version, from 1. */
  version: Scalars['Int']['output'];
};

/** A place at an event (or on its waitlist), for a user or a guest. */
export type Registration = {
  __typename?: 'Registration';
  /** Answers to the event's questions: for the registrant and the organisers (null for others, and once deleted). */
  answers?: Maybe<Array<RegistrationAnswer>>;
  /** In the room or online (ONLINE for an online event, IN_ROOM for one in person). */
  attendance: AttendanceMode;
  /** When it was cancelled (UTC); null unless CANCELLED. */
  cancelledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Whether a confirmed registrant came (marked at check-in). */
  checkIn: CheckIn;
  /** When the check-in was last marked. */
  checkedInAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the person registered (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The registrant's e-mail, the account's or the guest's: organisers only (as in the attendee CSV). */
  email?: Maybe<Scalars['String']['output']>;
  /** The event registered for. */
  event: Event;
  /** When a PENDING guest registration lapses unless confirmed. */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** A guest's e-mail: organisers only. */
  guestEmail?: Maybe<Scalars['String']['output']>;
  /** For a guest: whether the e-mailed link has been followed. Always false for a user. */
  guestEmailConfirmed: Scalars['Boolean']['output'];
  /** A guest’s name; null for a registered user. */
  guestName?: Maybe<Scalars['String']['output']>;
  /** Unique id of the registration. */
  id: Scalars['ID']['output'];
  /** The municipality the registrant works in or comes from. */
  municipality?: Maybe<Municipality>;
  /** The organisation the registrant came for: for the registrant and the organisers. */
  organisation?: Maybe<Organisation>;
  /** Holds one of the seats reserved for an organisation kind. */
  reservedSeat: Scalars['Boolean']['output'];
  /** Where the registration stands. */
  status: RegistrationStatus;
  /** The registered user (null for guests). Visible to the user and organisers. */
  user?: Maybe<User>;
  /** Place on the waitlist (1 = next), when waitlisted. */
  waitlistPosition?: Maybe<Scalars['Int']['output']>;
};

/** One answer to a registration question. */
export type RegistrationAnswer = {
  __typename?: 'RegistrationAnswer';
  /** ONE_CHOICE and SEVERAL_CHOICES: the options chosen. */
  choices?: Maybe<Array<Scalars['String']['output']>>;
  /** The question answered. */
  questionId: Scalars['ID']['output'];
  /** TEXT: the text. */
  text?: Maybe<Scalars['String']['output']>;
  /** YES_NO: the answer. */
  yes?: Maybe<Scalars['Boolean']['output']>;
};

/** An answer to one registration question; give the field that fits its kind. */
export type RegistrationAnswerInput = {
  /** ONE_CHOICE (exactly one) and SEVERAL_CHOICES: options of the question. */
  choices?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The question. */
  questionId: Scalars['ID']['input'];
  /** TEXT: up to 500 characters. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** YES_NO. */
  yes?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Where a registration stands: CONFIRMED has a seat, WAITLISTED waits for one, CANCELLED by the person or the organiser; guests start PENDING. */
export type RegistrationStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  /** A guest registration that was never confirmed. */
  | 'EXPIRED'
  /** A guest who has not confirmed by e-mail yet: no seat, not counted; expires after 24 hours. */
  | 'PENDING'
  | 'WAITLISTED';

/** Where an event’s registration stands now. */
export type RegistrationWindow =
  /** Registration has closed (registrationClosesAt, or else when the event starts). */
  | 'CLOSED'
  /** Nothing to register for here: no registration needed, registration elsewhere, a draft, or cancelled. */
  | 'NONE'
  /** Registration opens later (registrationOpensAt). */
  | 'NOT_YET_OPEN'
  /** Registration is open. */
  | 'OPEN';

/** Why money is claimed back: UNUSED_FUNDS, NO_REPORT (a report never came) or REPORT_REJECTED. */
export type RepaymentReason =
  | 'NO_REPORT'
  | 'REPORT_REJECTED'
  | 'UNUSED_FUNDS';

/** CLAIMED (the organisation owes it), REPAID (recorded by county staff) or WAIVED (county staff let it go, with a reason). */
export type RepaymentState =
  | 'CLAIMED'
  | 'REPAID'
  | 'WAIVED';

/** The actual spending on one budget line of the application. */
export type ReportAccountInput = {
  /** NOK actually spent on it; null clears it. */
  actual?: InputMaybe<Scalars['Int']['input']>;
  /** The budget line’s position in the application, from 0. */
  line: Scalars['Int']['input'];
};

/** One budget line of the application in the report’s accounts: planned against actual. */
export type ReportAccountLine = {
  __typename?: 'ReportAccountLine';
  /** NOK actually spent, as reported; null until filled in. */
  actual?: Maybe<Scalars['Int']['output']>;
  /** What the money was for, from the application. */
  description: Scalars['String']['output'];
  /** The line’s position in the application, from 0 (pass it back as `line`). */
  line: Scalars['Int']['output'];
  /** NOK planned in the application: own funding plus the amount asked for. */
  planned: Scalars['Int']['output'];
};

/** MIDTERM: a status report during the project. FINAL: the final report and accounts. */
export type ReportKind =
  | 'FINAL'
  | 'MIDTERM';

/** A report every award of a round owes. */
export type ReportRequirement = {
  __typename?: 'ReportRequirement';
  /** When it is due (UTC; show it in Oslo time). */
  dueAt: Scalars['DateTimeISO']['output'];
  /** Stable key within the round. */
  key: Scalars['String']['output'];
  /** Mid-term or final. */
  kind: ReportKind;
};

/** A report every award of the round owes. */
export type ReportRequirementInput = {
  /** When it is due, Oslo wall-clock time, e.g. "2027-12-01T12:00". */
  dueAt: Scalars['String']['input'];
  /** MIDTERM or FINAL; at most one of each. */
  kind: ReportKind;
};

/** Participants reached in one municipality and target group. */
export type ReportResultInput = {
  /** The municipality number, e.g. "4003". */
  municipalityNumber: Scalars['ID']['input'];
  /** How many took part, 0–1 000 000. */
  participants: Scalars['Int']['input'];
  /** Who they were. */
  targetGroup: TargetGroup;
};

/** Participants reached in one municipality and target group, as reported. */
export type ReportResultRow = {
  __typename?: 'ReportResultRow';
  /** The municipality. */
  municipality: Municipality;
  /** How many took part. */
  participants: Scalars['Int']['output'];
  /** Who they were. */
  targetGroup: TargetGroup;
};

/** Where a report stands: DRAFT (the organisation writes; overdue after its due date), SUBMITTED (with county staff), CHANGES_REQUESTED (back with the organisation), APPROVED or REJECTED. */
export type ReportState =
  | 'APPROVED'
  | 'CHANGES_REQUESTED'
  | 'DRAFT'
  | 'REJECTED'
  | 'SUBMITTED';

/** Seats held for registrants from verified organisations of one kind, until a date. */
export type ReservedSeats = {
  __typename?: 'ReservedSeats';
  /** For registrants from a verified organisation of this kind. */
  kind: OrganisationKind;
  /** How many seats are held. */
  seats: Scalars['Int']['output'];
  /** Held seats not yet taken. */
  seatsLeft: Scalars['Int']['output'];
  /** When the seats nobody claimed go to everyone. */
  until: Scalars['DateTimeISO']['output'];
  /** Whether the viewer may take one (a member of a verified organisation of the kind). */
  viewerQualifies: Scalars['Boolean']['output'];
};

/** A guide, report, recording, statistic or link shared in the network; a link or an uploaded file with versions. */
export type Resource = {
  __typename?: 'Resource';
  /** Who may see it and download its file. */
  access: ResourceAccess;
  /** Målgruppe: who it is for, as free labels. */
  audience: Array<Scalars['String']['output']>;
  /** When it was shared (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 0 until a file is uploaded. */
  currentVersion: Scalars['Int']['output'];
  /** The linked event, when the viewer may see it (a draft only for those who manage it, as `event(id)`). */
  event?: Maybe<Event>;
  /** Where to download the current file (the server checks access). */
  fileUrl?: Maybe<Scalars['String']['output']>;
  /** The network group whose readers may see it, for GROUP access; otherwise null. */
  group?: Maybe<NetworkGroup>;
  /** Unique id of the resource. */
  id: Scalars['ID']['output'];
  /** What sort of resource it is. */
  kind: ResourceKind;
  /** Language codes (nb, nn, en, uk, ar …). */
  languages: Array<Scalars['String']['output']>;
  /** The organisation that shared it. */
  organisation: Organisation;
  /** Who published the work itself (utgiver), when that is not the sharing organisation, e.g. a ministry; null when it is the sharing organisation. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** What it holds, plain text (may be empty). */
  summary: Scalars['String']['output'];
  /** The resource’s title. */
  title: Scalars['String']['output'];
  /** Its topics, in display order. */
  topics: Array<Topic>;
  /** For links: the address. */
  url?: Maybe<Scalars['String']['output']>;
  /** Uploaded versions, newest first. */
  versions: Array<ResourceFile>;
  /** What the viewer may do with this resource. */
  viewerCan: ResourcePermissions;
};

/** PUBLIC: everyone. MEMBERS: signed-in users. GROUP: those who may read the group. */
export type ResourceAccess =
  | 'GROUP'
  | 'MEMBERS'
  | 'PUBLIC';

/** A page of the resource library. */
export type ResourceConnection = {
  __typename?: 'ResourceConnection';
  /** The resources on this page. */
  nodes: Array<Resource>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many resources match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** One uploaded version of a resource file. */
export type ResourceFile = {
  __typename?: 'ResourceFile';
  /** When this version was uploaded (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The file name as uploaded. */
  filename: Scalars['String']['output'];
  /** The type found in the content (not the name). */
  mimeType: Scalars['String']['output'];
  /** Size in bytes. */
  size: Scalars['Int']['output'];
  /** Where to download this version (the server checks access). */
  url: Scalars['String']['output'];
  /** Version number: 1 for the first upload, then 2, 3 … */
  version: Scalars['Int']['output'];
};

/** Filters for the resource library; combined with AND. */
export type ResourceFilter = {
  /** Only resources with this access level. */
  access?: InputMaybe<ResourceAccess>;
  /** Only resources linked to this event. */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these kinds (any of them). */
  kinds?: InputMaybe<Array<ResourceKind>>;
  /** Only resources in this language (code such as nb, en, uk). */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Only resources shared by this organisation. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only resources on this topic (slug). */
  topic?: InputMaybe<Scalars['ID']['input']>;
};

/** A resource as shared or edited (files are uploaded separately, by POST to /filer/ressurser/<id>). */
export type ResourceInput = {
  /** Who may see it; required on create. GROUP needs groupId. */
  access?: InputMaybe<ResourceAccess>;
  /** Who it is for, as free labels (at most 20, each up to 80 characters); replaces the list. */
  audience?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Links the resource to an event (recording, slides). */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** For GROUP access. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** What sort of resource it is; required on create. LINK needs url. */
  kind?: InputMaybe<ResourceKind>;
  /** The languages it is in (codes such as nb, en, uk; at most 20); replaces the list. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The sharing organisation (create only). */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Who published the work itself (utgiver), when not the sharing organisation: up to 200 characters on one line; empty string removes it. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** What it holds, plain text up to 5000 characters. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The title, 3–200 characters on one line; required on create. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Its topics (slugs); replaces the list. */
  topicSlugs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The address, for a link (http or https, up to 1000 characters); empty string removes it. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** What sort of resource it is: a guide (veileder), report, recording, statistics, link, document or template. */
export type ResourceKind =
  | 'DOCUMENT'
  | 'GUIDE'
  | 'LINK'
  | 'RECORDING'
  | 'REPORT'
  | 'STATISTICS'
  | 'TEMPLATE';

/** What the viewer may do with a resource. */
export type ResourcePermissions = {
  __typename?: 'ResourcePermissions';
  /** Edit, delete and upload new versions. */
  manage: Scalars['Boolean']['output'];
};

/** A round at a glance, for county staff. */
export type RoundDashboard = {
  __typename?: 'RoundDashboard';
  /** The round’s budget, NOK. */
  budget: Scalars['Int']['output'];
  /** Submitted applications per municipality the applicant serves (one organisation may count in several). */
  byMunicipality: Array<DashboardBucket>;
  /** Submitted applications per kind of applicant organisation. */
  byOrganisationKind: Array<DashboardBucket>;
  /** All applications per state, drafts and withdrawn included. */
  byState: Array<DashboardBucket>;
  /** Declared conflicts of interest in the round, oldest first. */
  conflicts: Array<DeclaredConflict>;
  /** NOK granted so far (decided, published or not), less awards declined or lapsed: their amounts are back in the budget. */
  granted: Scalars['Int']['output'];
  /** NOK requested by submitted applications (drafts and withdrawn left out). */
  requested: Scalars['Int']['output'];
};

/** A round’s follow-up at a glance, for county staff; live through grantRoundUpdates. */
export type RoundFollowUp = {
  __typename?: 'RoundFollowUp';
  /** NOK awarded and not declined or lapsed. */
  awarded: Scalars['Int']['output'];
  /** Every award of the round, by organisation. */
  awards: Array<GrantAward>;
  /** Awards not yet accepted or declined: who has not answered. */
  notAnswered: Array<GrantAward>;
  /** Appeals filed and not yet decided. */
  openAppeals: Array<GrantAppeal>;
  /** Reports past their due date and not sent in, earliest first. */
  overdueReports: Array<GrantReport>;
  /** NOK recorded as paid. */
  paid: Scalars['Int']['output'];
  /** Change requests waiting for an answer. */
  pendingChanges: Array<GrantChangeRequest>;
  /** Reports sent in and waiting for county staff. */
  reportsToReview: Array<GrantReport>;
  /** NOK due for payment (in the finance export) and not yet recorded as paid. */
  requested: Scalars['Int']['output'];
  /** NOK back in the round’s budget: awards declined or lapsed. */
  returned: Scalars['Int']['output'];
};

/** The published results of a decided round, for everyone: the awards and the reported results (each award’s latest approved report counted once). */
export type RoundResults = {
  __typename?: 'RoundResults';
  /** Awards not declined or lapsed, by organisation. */
  awards: Array<PublishedAward>;
  /** By municipality, most participants first. */
  byMunicipality: Array<MunicipalityResult>;
  /** By target group, most participants first. */
  byTargetGroup: Array<TargetGroupResult>;
  /** Where to download the awards as CSV (append ?lang=nn or en for other headers). */
  csvUrl: Scalars['String']['output'];
  /** Participants reached in total. */
  participants: Scalars['Int']['output'];
  /** How many awards have an approved report counted here. */
  reportsApproved: Scalars['Int']['output'];
  /** The round. */
  round: GrantRound;
  /** NOK awarded in total. */
  totalAwarded: Scalars['Int']['output'];
};

/** Where a round stands: DRAFT (county staff only), OPEN (taking applications until the deadline), CLOSED (being assessed and decided) or DECIDED (decisions published). */
export type RoundState =
  | 'CLOSED'
  | 'DECIDED'
  | 'DRAFT'
  | 'OPEN';

/** A live change in a grant round, for the dashboard. */
export type RoundUpdate = {
  __typename?: 'RoundUpdate';
  /** The application concerned, for application.* changes; otherwise null. */
  applicationId?: Maybe<Scalars['ID']['output']>;
  /** Pass as `after` when resubscribing to receive what came since. */
  cursor: Scalars['String']['output'];
  /** round.opened, round.closed, round.decided, application.submitted, application.resubmitted, application.withdrawn, application.conflict_declared, application.assessed, application.more_info, application.decided; and the follow-up: award.accepted, award.declined, award.lapsed, report.submitted, report.approved, report.changes_requested, report.rejected, report.overdue, payment.paid, repayment.claimed, repayment.settled, change.requested, change.decided, appeal.filed or appeal.decided. */
  type: Scalars['String']['output'];
};

/** WEEKLY: every n-th week on the given days. MONTHLY: on the n-th (or last) given weekday of each month. */
export type ScheduleFrequency =
  | 'MONTHLY'
  | 'WEEKLY';

/** A recurring schedule in Oslo time: weekly (every n-th week on some days) or monthly (the n-th or last weekday). */
export type ScheduleInput = {
  /** HH:mm */
  endTime: Scalars['String']['input'];
  /** Weekly or monthly. */
  frequency: ScheduleFrequency;
  /** WEEKLY: 1 every week, 2 every other week … (1–4). */
  interval?: Scalars['Int']['input'];
  /** MONTHLY: 1–4 for the n-th weekday of the month, -1 for the last. */
  setPos?: InputMaybe<Scalars['Int']['input']>;
  /** First date, YYYY-MM-DD. */
  startDate: Scalars['String']['input'];
  /** HH:mm */
  startTime: Scalars['String']['input'];
  /** Last date, YYYY-MM-DD (inclusive). */
  until?: InputMaybe<Scalars['String']['input']>;
  /** The days it runs (WEEKLY), or the one weekday (MONTHLY); at least one. */
  weekdays: Array<Weekday>;
};

/** A schedule being edited, by the rules activities are saved with: the activity form's live preview. */
export type SchedulePreview = {
  __typename?: 'SchedulePreview';
  /** The next dates from now (at most `count`); empty when there is a problem or every date has passed. */
  occurrences: Array<Occurrence>;
  /** Why saving this schedule would be refused; null when it is valid. */
  problem?: Maybe<ScheduleProblem>;
  /** The schedule as readable text in `language`, e.g. "Hver tirsdag 18:00–20:00"; null when there is a problem. */
  text?: Maybe<Scalars['String']['output']>;
};

/** Why a schedule would be refused: the field and message key activityCreate and activityUpdate would answer with. */
export type ScheduleProblem = {
  __typename?: 'ScheduleProblem';
  /** The ScheduleInput field it is about, e.g. `until`. */
  field: Scalars['String']['output'];
  /** A message key, e.g. `activity/never_occurs`, translated like an error message. */
  message: Scalars['String']['output'];
};

/** A reviewer’s score on one criterion. */
export type ScoreInput = {
  /** The criterion’s key. */
  key: Scalars['String']['input'];
  /** 0–5. */
  score: Scalars['Int']['input'];
};

/** Filters for search; combined with AND. */
export type SearchFilter = {
  /** Only hits in this language (code such as nb, en, uk). */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Only hits for this municipality (number). */
  municipality?: InputMaybe<Scalars['ID']['input']>;
  /** Only hits on this topic (slug). */
  topic?: InputMaybe<Scalars['ID']['input']>;
  /** Only these types of hit (any of them); all when omitted. */
  types?: InputMaybe<Array<SearchType>>;
};

/** One search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The id of the event, activity, resource, organisation, grant round or message. */
  id: Scalars['ID']['output'];
  /** How well it matches; hits come best first. */
  rank: Scalars['Float']['output'];
  /** HTML-escaped text with the matched words in <mark>. */
  snippet: Scalars['String']['output'];
  /** Its title (for a message, the thread’s title). */
  title: Scalars['String']['output'];
  /** What sort of thing it is. */
  type: SearchType;
  /** Where it lives in the client. */
  url: Scalars['String']['output'];
};

/** Search hits with facet counts. */
export type SearchResults = {
  __typename?: 'SearchResults';
  /** A corrected query ("mente du …?") with each word the texts do not know replaced by the most similar one that they do, when it finds something; null otherwise. */
  didYouMean?: Maybe<Scalars['String']['output']>;
  /** The best hits, best first. */
  hits: Array<SearchHit>;
  /** Hits per language code, with the other filters applied. */
  languageFacet: Array<FacetValue>;
  /** Hits per municipality number, with the other filters applied. */
  municipalityFacet: Array<FacetValue>;
  /** True when the query itself found nothing and these hits, facets and counts are didYouMean’s instead. */
  showsDidYouMean: Scalars['Boolean']['output'];
  /** Hits per topic slug, with the other filters applied. */
  topicFacet: Array<FacetValue>;
  /** How many hits there are in all, with the filter applied; with totalCountCapped, how many were counted. */
  totalCount: Scalars['Int']['output'];
  /** True when a type had more matches than are counted (250 of each): totalCount and the facets then count those, and the hits are the best of them. Narrow the search to see all. */
  totalCountCapped: Scalars['Boolean']['output'];
  /** Hits per type the viewer can see. */
  typeFacet: Array<FacetValue>;
};

/** What a search hit is: an event, activity, resource, organisation, group message or grant round. */
export type SearchType =
  | 'ACTIVITY'
  | 'EVENT'
  | 'GRANT_ROUND'
  | 'MESSAGE'
  | 'ORGANISATION'
  | 'RESOURCE';

/** How far apart the events of a series are: a week or a calendar month, at the same Oslo time of day. */
export type SeriesFrequency =
  | 'MONTHLY'
  | 'WEEKLY';

/** How many have been settled so far in the year. */
export type SettledInput = {
  /** Settled so far. */
  settled: Scalars['Int']['input'];
  /** Of which unaccompanied minors. */
  settledMinors?: InputMaybe<Scalars['Int']['input']>;
};

/** A version of a year’s national settlement criteria (markdown). */
export type SettlementCriteria = {
  __typename?: 'SettlementCriteria';
  /** Who wrote this version (their name at the time). */
  authorName?: Maybe<Scalars['String']['output']>;
  /** The criteria as markdown. */
  body: Scalars['String']['output'];
  /** The criteria as sanitised HTML. */
  bodyHtml: Scalars['String']['output'];
  /** When this version was saved. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The version number, from 1. */
  version: Scalars['Int']['output'];
};

/** The municipality’s decision (vedtak). DECIDED needs the number, whether minors are included, and the date. */
export type SettlementDecisionInput = {
  /** How many the municipality decided to settle. */
  decided?: InputMaybe<Scalars['Int']['input']>;
  /** Whether unaccompanied minors are included. */
  decidedMinors?: InputMaybe<Scalars['Boolean']['input']>;
  /** The date of the decision, "YYYY-MM-DD". */
  decidedOn?: InputMaybe<Scalars['String']['input']>;
  /** Awaiting political treatment, or decided. */
  status: DecisionStatus;
};

/** A milestone of the annual wheel (e.g. "September: cooperation meetings IMDi, KS, county, Bufetat"). */
export type SettlementMilestone = {
  __typename?: 'SettlementMilestone';
  /** When it was added. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The exact date ("YYYY-MM-DD", Oslo), when known; participants are reminded 7 days and 1 day before it. */
  date?: Maybe<Scalars['String']['output']>;
  /** More about it (plain text). */
  description: Scalars['String']['output'];
  /** Linked events (those the viewer may see: drafts only for their organisers). */
  events: Array<Event>;
  /** The milestone’s id. */
  id: Scalars['ID']['output'];
  /** The month of the cycle it falls in (1–12), in the calendar year before the settlement year. */
  month: Scalars['Int']['output'];
  /** Participating organisations on the platform (reminded before the date). */
  participantOrganisations: Array<Organisation>;
  /** Participating bodies by name (also those not on the platform, e.g. "KD"). */
  participants: Array<Scalars['String']['output']>;
  /** Linked resources and documents (those the viewer may read). */
  resources: Array<Resource>;
  /** The responsible body, e.g. "Nasjonalt utvalg (NU)" or "IMDi". */
  responsible: Scalars['String']['output'];
  /** Where it stands. */
  status: MilestoneStatus;
  /** What happens, e.g. "Brev til kommunene". */
  title: Scalars['String']['output'];
  /** What the viewer may do with it. */
  viewerCan: MilestonePermissions;
};

/** A milestone of the annual wheel. On update, omitted fields stay as they are. */
export type SettlementMilestoneInput = {
  /** The exact date, "YYYY-MM-DD" (empty string: none); it sets the month. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** More about it (plain text). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Linked events (meetings, webinars). */
  eventIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The month, 1–12 (required on create). */
  month?: InputMaybe<Scalars['Int']['input']>;
  /** Participating organisations on the platform: their members are reminded before the date. */
  participantOrganisationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Participating bodies by name. */
  participants?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Linked resources and documents from the library. */
  resourceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The responsible body. */
  responsible?: InputMaybe<Scalars['String']['input']>;
  /** A new status (moves as MILESTONE_TRANSITIONS allow). */
  status?: InputMaybe<MilestoneStatus>;
  /** What happens (required on create). */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** One municipality of the county in a settlement year: its survey answer, board row, recommendation and numbers, each as far as the viewer may see them. */
export type SettlementMunicipality = {
  __typename?: 'SettlementMunicipality';
  /** Its cells of the allocation board (null for those who may not see the board). */
  cells?: Maybe<Array<BoardCell>>;
  /** The municipality. */
  municipality: Municipality;
  /** IMDi’s request, the decision and the settled numbers (null: nothing recorded). */
  numbers?: Maybe<SettlementNumbers>;
  /** Its numbers in up to three earlier years the viewer may see, newest first. */
  previous: Array<PreviousYearNumbers>;
  /** The county’s recommendation (drafts for county staff; sent ones also for the agencies and the municipality). */
  recommendation?: Maybe<Recommendation>;
  /** Its survey answer (county staff, agencies and the municipality; null before the survey is sent or for others). */
  response?: Maybe<SurveyResponse>;
  /** What the viewer may record for the municipality. */
  viewerCan: SettlementMunicipalityPermissions;
};

/** What the viewer may record for one municipality in a year. */
export type SettlementMunicipalityPermissions = {
  __typename?: 'SettlementMunicipalityPermissions';
  /** Edit this row of the allocation board now. */
  editBoard: Scalars['Boolean']['output'];
  /** Record the municipality’s decision and upload its document. */
  recordDecision: Scalars['Boolean']['output'];
  /** Record IMDi’s request. */
  recordRequest: Scalars['Boolean']['output'];
  /** Record the settled numbers. */
  recordSettled: Scalars['Boolean']['output'];
};

/** A municipality’s numbers in a year: IMDi’s request (anmodning), the municipal decision (vedtak) and those settled so far. */
export type SettlementNumbers = {
  __typename?: 'SettlementNumbers';
  /** How many the municipality decided to settle. */
  decided?: Maybe<Scalars['Int']['output']>;
  /** Whether the decision includes unaccompanied minors. */
  decidedMinors?: Maybe<Scalars['Boolean']['output']>;
  /** The date of the decision ("YYYY-MM-DD"). */
  decidedOn?: Maybe<Scalars['String']['output']>;
  /** The decision’s status (null: nothing recorded). */
  decisionStatus?: Maybe<DecisionStatus>;
  /** The decision document’s file name (null: none uploaded). */
  documentFilename?: Maybe<Scalars['String']['output']>;
  /** Where to fetch the decision document (the server checks access). */
  documentUrl?: Maybe<Scalars['String']['output']>;
  /** The municipality. */
  municipality: Municipality;
  /** When the request was recorded. */
  requestRecordedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** IMDi’s request: how many refugees the municipality is asked to settle. */
  requested?: Maybe<Scalars['Int']['output']>;
  /** Of which unaccompanied minors. */
  requestedMinors?: Maybe<Scalars['Int']['output']>;
  /** How many have been settled so far this year. */
  settled?: Maybe<Scalars['Int']['output']>;
  /** Of which unaccompanied minors. */
  settledMinors?: Maybe<Scalars['Int']['output']>;
  /** When the settled numbers were last updated. */
  settledUpdatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When anything here last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** Progress of a year: requested vs decided vs settled, per municipality and for the county. */
export type SettlementProgress = {
  __typename?: 'SettlementProgress';
  /** Decided in the county. */
  decided: Scalars['Int']['output'];
  /** Requested in the county. */
  requested: Scalars['Int']['output'];
  /** Per municipality, by number. */
  rows: Array<ProgressRow>;
  /** Settled in the county. */
  settled: Scalars['Int']['output'];
};

/** IMDi’s request (anmodning) to one municipality. */
export type SettlementRequestInput = {
  /** The requested number. */
  requested: Scalars['Int']['input'];
  /** Of which unaccompanied minors. */
  requestedMinors?: InputMaybe<Scalars['Int']['input']>;
};

/** A live change in a settlement year. */
export type SettlementUpdate = {
  __typename?: 'SettlementUpdate';
  /** For "board.cell": the cell as it is now. */
  cell?: Maybe<BoardCellUpdate>;
  /** Pass as `after` when resubscribing to get what came since. */
  cursor: Scalars['String']['output'];
  /** The municipality it concerns, if one. */
  municipalityNumber?: Maybe<Scalars['String']['output']>;
  /** What happened, e.g. "response.submitted", "board.cell", "numbers.decision". */
  type: Scalars['String']['output'];
};

/** A settlement year of one county, e.g. "Bosetting 2027": the cycle from the national criteria to the settled numbers. */
export type SettlementYear = {
  __typename?: 'SettlementYear';
  /** When the board was last locked. */
  boardLockedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Whether the allocation board is open for editing or locked into the recommendation. */
  boardState: BoardState;
  /** The county’s name. */
  countyName: Scalars['String']['output'];
  /** The two-digit county number, e.g. "40" for Telemark. */
  countyNumber: Scalars['String']['output'];
  /** When the year was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The current national criteria. */
  criteria?: Maybe<SettlementCriteria>;
  /** The current version of the national criteria text (0: none yet). */
  criteriaVersion: Scalars['Int']['output'];
  /** Every version of the criteria, newest first. */
  criteriaVersions: Array<SettlementCriteria>;
  /** The year’s id. */
  id: Scalars['ID']['output'];
  /** Demo data: the numbers are example figures, not real ones (the client says so). */
  isExample: Scalars['Boolean']['output'];
  /** The milestones of the annual wheel, by month. */
  milestones: Array<SettlementMilestone>;
  /** Every municipality of the county in this year, by number. */
  municipalities: Array<SettlementMunicipality>;
  /** Whether the county publishes the year’s requests, decisions and settled numbers (then the public sees them). */
  numbersPublished: Scalars['Boolean']['output'];
  /** Requested vs decided vs settled, per municipality and for the county. */
  progress: SettlementProgress;
  /** Whether the survey takes answers right now (open, before the year’s deadline). */
  surveyAcceptingAnswers: Scalars['Boolean']['output'];
  /** The survey’s answer deadline, enforced by the server to the second (set in Oslo time). */
  surveyDeadline?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the survey was sent to the municipalities. */
  surveySentAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Where the capacity survey stands. */
  surveyState: SurveyState;
  /** The title, e.g. "Bosetting 2027". */
  title: Scalars['String']['output'];
  /** What the viewer may do with the year. */
  viewerCan: SettlementYearPermissions;
  /** The year refugees are to be settled in (the cycle runs through the year before). */
  year: Scalars['Int']['output'];
};

/** A settlement year as created or edited. On update, omitted fields stay as they are. */
export type SettlementYearInput = {
  /** The two-digit county number (create only), e.g. "40". */
  countyNumber?: InputMaybe<Scalars['String']['input']>;
  /** The national criteria (markdown); a change makes a new version. */
  criteria?: InputMaybe<Scalars['String']['input']>;
  /** The survey deadline, Oslo wall-clock time "YYYY-MM-DDTHH:mm". */
  surveyDeadline?: InputMaybe<Scalars['String']['input']>;
  /** The title; "Bosetting <year>" when left out. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The year refugees are to be settled in (create only). */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** What the viewer may do with a settlement year (the same rules the server enforces). */
export type SettlementYearPermissions = {
  __typename?: 'SettlementYearPermissions';
  /** Edit the year, its criteria and milestones, and publish its numbers (county staff). */
  administer: Scalars['Boolean']['output'];
  /** Close the survey now. */
  closeSurvey: Scalars['Boolean']['output'];
  /** Edit the board’s cells now. */
  editBoard: Scalars['Boolean']['output'];
  /** Lock the board into the recommendation now. */
  lockBoard: Scalars['Boolean']['output'];
  /** See the allocation board. */
  readBoard: Scalars['Boolean']['output'];
  /** Read the recommendation letter to IMDi. */
  readLetter: Scalars['Boolean']['output'];
  /** Record IMDi’s requests (one by one or from a CSV file). */
  recordRequests: Scalars['Boolean']['output'];
  /** Send the draft recommendations to IMDi. */
  sendRecommendations: Scalars['Boolean']['output'];
  /** Send the survey to the municipalities now (or open it again). */
  sendSurvey: Scalars['Boolean']['output'];
  /** See the live survey tracker (county staff). */
  track: Scalars['Boolean']['output'];
  /** Open the locked board again now (no recommendation sent yet). */
  unlockBoard: Scalars['Boolean']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** New announcements for the viewer, live; with `after`, those since that cursor first. */
  announcementPosted: AnnouncementEvent;
  /** Live check-ins of an event, for its organisers; with `after`, what came since first. */
  eventCheckIns: CheckInUpdate;
  /** Live seat counts and status of an event; with `after`, what came since first. */
  eventUpdates: EventUpdate;
  /** Tells the front page, live, when its lists change (an event or activity published or withdrawn, a grant round opened, an announcement); with `after`, what came since first. Open to everyone: it carries no content. */
  frontPageUpdates: FrontPageUpdate;
  /** Live changes in a round (submissions, assessments, decisions), for the dashboard; with `after`, those since first. */
  grantRoundUpdates: RoundUpdate;
  /** Live events of one group. With `after`, first replays every event after that cursor, in order. Ends when the viewer loses access. */
  groupEvents: GroupEvent;
  /** Who is in the group now and who is typing; the subscriber counts as present while subscribed. Ends when the viewer loses access. */
  groupPresence: GroupPresence;
  /** Live changes to the viewer's inbox, and the threads they read (which move unread message counts); with `after`, what came since that cursor first. */
  notificationEvents: NotificationEvent;
  /** Who is at the allocation board and which row each looks at; the subscriber counts as present while subscribed. Ends when the viewer loses access. */
  settlementBoardPresence: BoardPresence;
  /** Live changes of the allocation board (cells, lock, recommendations), for county staff and agencies; with `after`, those since first. */
  settlementBoardUpdates: SettlementUpdate;
  /** Live changes of the numbers (requests, decisions, settled) and milestones, for everyone who may read them; with `after`, those since first. Ends when the year is no longer the viewer’s to read. */
  settlementProgressUpdates: SettlementUpdate;
  /** Live changes of the survey tracker (sent, opened, saved, submitted, reminded …), for county staff; with `after`, those since first. */
  settlementSurveyUpdates: SettlementUpdate;
};


export type SubscriptionAnnouncementPostedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
};


export type SubscriptionEventCheckInsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  eventId: Scalars['ID']['input'];
};


export type SubscriptionEventUpdatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  eventId: Scalars['ID']['input'];
};


export type SubscriptionFrontPageUpdatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
};


export type SubscriptionGrantRoundUpdatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  roundId: Scalars['ID']['input'];
};


export type SubscriptionGroupEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  groupId: Scalars['ID']['input'];
};


export type SubscriptionGroupPresenceArgs = {
  groupId: Scalars['ID']['input'];
};


export type SubscriptionNotificationEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
};


export type SubscriptionSettlementBoardPresenceArgs = {
  yearId: Scalars['ID']['input'];
};


export type SubscriptionSettlementBoardUpdatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  yearId: Scalars['ID']['input'];
};


export type SubscriptionSettlementProgressUpdatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  yearId: Scalars['ID']['input'];
};


export type SubscriptionSettlementSurveyUpdatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  yearId: Scalars['ID']['input'];
};

/** A municipality’s survey answer as saved (autosave). Omitted (or null) fields stay as they are. */
export type SurveyAnswerInput = {
  /** How many refugees the municipality can settle next year. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Of which unaccompanied minors. */
  capacityMinors?: InputMaybe<Scalars['Int']['input']>;
  /** Other comments. */
  comments?: InputMaybe<Scalars['String']['input']>;
  /** How many more it could settle if the need rises. */
  extraIfNeeded?: InputMaybe<Scalars['Int']['input']>;
  /** Health service capacity. */
  health?: InputMaybe<Scalars['String']['input']>;
  /** Housing. */
  housing?: InputMaybe<Scalars['String']['input']>;
  /** Results of the introduction programme. */
  introResults?: InputMaybe<Scalars['String']['input']>;
  /** What it takes to keep the capacity. */
  keepCapacity?: InputMaybe<Scalars['String']['input']>;
  /** Kindergarten capacity. */
  kindergarten?: InputMaybe<Scalars['String']['input']>;
  /** Labour demand in the municipality and region. */
  labourDemand?: InputMaybe<Scalars['String']['input']>;
  /** School capacity. */
  school?: InputMaybe<Scalars['String']['input']>;
};

/** One municipality’s answer to the capacity survey (kartlegging) of a year. */
export type SurveyResponse = {
  __typename?: 'SurveyResponse';
  /** Whether answers are taken right now (survey open, deadline not passed). */
  acceptingAnswers: Scalars['Boolean']['output'];
  /** How many refugees the municipality can settle next year. */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** Of which unaccompanied minors. */
  capacityMinors?: Maybe<Scalars['Int']['output']>;
  /** Other comments. */
  comments: Scalars['String']['output'];
  /** The deadline that applies to this answer (the year’s, or a later one granted). */
  deadline?: Maybe<Scalars['DateTimeISO']['output']>;
  /** A later deadline county staff granted this municipality (the later of the two applies). */
  extendedUntil?: Maybe<Scalars['DateTimeISO']['output']>;
  /** How many more if the need rises. */
  extraIfNeeded?: Maybe<Scalars['Int']['output']>;
  /** Health service capacity. */
  health: Scalars['String']['output'];
  /** Housing. */
  housing: Scalars['String']['output'];
  /** The response’s id. */
  id: Scalars['ID']['output'];
  /** Results of the introduction programme. */
  introResults: Scalars['String']['output'];
  /** What it takes to keep the capacity. */
  keepCapacity: Scalars['String']['output'];
  /** Kindergarten capacity. */
  kindergarten: Scalars['String']['output'];
  /** Labour demand. */
  labourDemand: Scalars['String']['output'];
  /** What keeps it from being submitted now (empty when it can be): capacity, capacityMinors, deadline, notOpen. */
  missing: Array<Scalars['String']['output']>;
  /** The municipality. */
  municipality: Municipality;
  /** When a member of the municipality first opened the form. */
  openedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When county staff last reminded the municipality by hand. */
  remindedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** School capacity. */
  school: Scalars['String']['output'];
  /** Where the answer stands. */
  state: SurveyResponseState;
  /** When it was submitted. */
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the tracker shows for it now. */
  trackerStatus: SurveyTrackerStatus;
  /** When it was last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Increases with every save; send it back to save (two editors cannot overwrite each other). */
  version: Scalars['Int']['output'];
  /** What the viewer may do with it now. */
  viewerCan: SurveyResponsePermissions;
  /** The year. */
  year: SettlementYear;
};

/** What the viewer may do with a survey answer now. */
export type SurveyResponsePermissions = {
  __typename?: 'SurveyResponsePermissions';
  /** Edit the answer (a member of the municipality, before the deadline). */
  edit: Scalars['Boolean']['output'];
  /** Grant the municipality a later deadline (county staff). */
  extend: Scalars['Boolean']['output'];
  /** Remind the municipality now (county staff; once an hour). */
  remind: Scalars['Boolean']['output'];
  /** Reopen a submitted answer for corrections (county staff). */
  reopen: Scalars['Boolean']['output'];
  /** Submit it. */
  submit: Scalars['Boolean']['output'];
};

/** One municipality’s answer: NOT_OPENED (sent, never opened), DRAFT (opened or saved), SUBMITTED. */
export type SurveyResponseState =
  | 'DRAFT'
  | 'NOT_OPENED'
  | 'SUBMITTED';

/** The capacity survey of a year: DRAFT (not sent), OPEN (sent to every municipality), CLOSED. */
export type SurveyState =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

/** What the tracker shows: ANSWERED, DRAFT (opened, not submitted), NOT_OPENED, or LATE (the deadline passed without an answer). */
export type SurveyTrackerStatus =
  | 'ANSWERED'
  | 'DRAFT'
  | 'LATE'
  | 'NOT_OPENED';

/** Who an activity is for. */
export type TargetGroup =
  | 'ADULTS'
  | 'ALL_NEWCOMERS'
  | 'CHILDREN'
  | 'FAMILIES'
  | 'SENIORS'
  | 'UKRAINIANS'
  | 'WOMEN'
  | 'YOUTH';

/** Reported participants of one target group. */
export type TargetGroupResult = {
  __typename?: 'TargetGroupResult';
  /** Participants reached. */
  participants: Scalars['Int']['output'];
  /** The target group. */
  targetGroup: TargetGroup;
};

/** Something the viewer or one of their organisations should do (finish a draft, answer a request, confirm a listing …), with where to do it. */
export type Task = {
  __typename?: 'Task';
  /** When it must be done by (UTC), if there is a deadline. */
  dueAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Stable id: the kind and the item’s id. */
  id: Scalars['ID']['output'];
  /** What sort of task, as `module.what` (event.draft, activity.draft, activity.stale, grant.application_draft, grant.more_info, grant.award_answer, grant.report_due, grant.report_changes, settlement.survey, organisation.verify; modules add more). */
  kind: Scalars['String']['output'];
  /** The organisation it belongs to; null when it is the viewer’s own. */
  organisationName?: Maybe<Scalars['String']['output']>;
  /** Where in the client to do it (a path such as /arrangementer/<id>). */
  path: Scalars['String']['output'];
  /** The item’s own title (the event, activity or application). */
  title: Scalars['String']['output'];
};

/** A conversation in a group. */
export type Thread = {
  __typename?: 'Thread';
  /** When the thread was started (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Who started the thread; null when their account has been deleted. */
  createdBy?: Maybe<User>;
  /** The group the thread is in. */
  group: NetworkGroup;
  /** Unique id of the thread. */
  id: Scalars['ID']['output'];
  /** When the latest message was posted (UTC); threads are listed by it. */
  lastMessageAt: Scalars['DateTimeISO']['output'];
  /** How many messages the thread has, deleted ones included. */
  messageCount: Scalars['Int']['output'];
  /** The latest `last` messages, oldest first; `before` (a message id) pages back. */
  messages: Array<Message>;
  /** The thread’s title. */
  title: Scalars['String']['output'];
  /** Messages in this thread the viewer has not read. */
  unreadCount: Scalars['Int']['output'];
};


/** A conversation in a group. */
export type ThreadMessagesArgs = {
  before?: InputMaybe<Scalars['ID']['input']>;
  last?: Scalars['Int']['input'];
};

/** A page of threads. */
export type ThreadConnection = {
  __typename?: 'ThreadConnection';
  /** The threads on this page, latest activity first. */
  nodes: Array<Thread>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many threads the group has in all. */
  totalCount: Scalars['Int']['output'];
};

/** A subject area of integration work. Reference data. */
export type Topic = {
  __typename?: 'Topic';
  /** Name in English. */
  nameEn: Scalars['String']['output'];
  /** Name in Norwegian bokmål. */
  nameNb: Scalars['String']['output'];
  /** Name in Norwegian nynorsk. */
  nameNn: Scalars['String']['output'];
  /** Stable identifier, e.g. "career-guidance". */
  slug: Scalars['ID']['output'];
};

/** A person with an account. Only their name, title and tags are visible to other signed-in users. */
export type User = {
  __typename?: 'User';
  /** Whether the user can delete their account now, and what blocks it: for the user only. */
  accountDeletion?: Maybe<AccountDeletion>;
  /** A secret iCal URL of the user's registrations: for the user only. */
  calendarFeedUrl?: Maybe<Scalars['String']['output']>;
  /** When the account was created (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** E-mail address: visible to the user and to admins only. */
  email?: Maybe<Scalars['String']['output']>;
  /** Whether the e-mail address is confirmed: visible to the user and to admins only. */
  emailVerified?: Maybe<Scalars['Boolean']['output']>;
  /** The user's live registrations, soonest event first: for the user only. */
  eventRegistrations?: Maybe<Array<Registration>>;
  /** For the user only. */
  follows?: Maybe<Follows>;
  /** Unique id of the user. */
  id: Scalars['ID']['output'];
  /** The user's organisation memberships: visible to the user and to admins only. */
  memberships?: Maybe<Array<Membership>>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Platform role: visible to the user and to admins only. */
  platformRole?: Maybe<PlatformRole>;
  /** Preferred language for the interface and e-mails. */
  preferredLanguage: Language;
  /** Profile tags such as volunteer, diversity-adviser, coordinator. */
  profileTags: Array<Scalars['String']['output']>;
  /** Job title or role, e.g. "Minoritetsrådgiver". */
  title?: Maybe<Scalars['String']['output']>;
  /** What the viewer may do with this user. */
  viewerCan: UserPermissions;
};


/** A person with an account. Only their name, title and tags are visible to other signed-in users. */
export type UserEventRegistrationsArgs = {
  upcoming?: Scalars['Boolean']['input'];
};

/** What the viewer may do with a user. */
export type UserPermissions = {
  __typename?: 'UserPermissions';
  /** See e-mail address and memberships. */
  seePrivate: Scalars['Boolean']['output'];
  /** Grant or remove platform roles (admins only). */
  setPlatformRole: Scalars['Boolean']['output'];
};

/** Whether county staff have checked that the organisation is who it says it is. */
export type VerificationStatus =
  | 'PENDING'
  | 'REJECTED'
  | 'VERIFIED';

/** "Jeg vil bidra": a person offering to help with an activity. */
export type VolunteerInterest = {
  __typename?: 'VolunteerInterest';
  /** The activity offered to help with. */
  activity: Activity;
  /** When the organisation accepted or declined (UTC); null while PENDING. */
  answeredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the offer was made (UTC). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Unique id of the offer. */
  id: Scalars['ID']['output'];
  /** What the volunteer wrote to the organisation (may be empty). */
  message: Scalars['String']['output'];
  /** Whether the organisation has answered, and how. */
  status: VolunteerStatus;
  /** The person offering to help. */
  user: User;
  /** What the viewer may do with the offer now. */
  viewerCan: VolunteerInterestPermissions;
};

/** What the viewer may do with an offer to help. */
export type VolunteerInterestPermissions = {
  __typename?: 'VolunteerInterestPermissions';
  /** Accept or decline it: the activity’s organisation, once, while it is unanswered. */
  answer: Scalars['Boolean']['output'];
};

/** An offer to help: PENDING until the organisation ACCEPTED or DECLINED it. */
export type VolunteerStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING';

/** A day of the week, as in iCal (MO = Monday … SU = Sunday). */
export type Weekday =
  | 'FR'
  | 'MO'
  | 'SA'
  | 'SU'
  | 'TH'
  | 'TU'
  | 'WE';

export type AccountDeleteMutationVariables = Exact<{
  password: Scalars['String']['input'];
}>;


export type AccountDeleteMutation = { __typename?: 'Mutation', accountDelete: boolean };

export type AccountDeletionQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountDeletionQuery = { __typename?: 'Query', viewer?: { __typename?: 'User', id: string, accountDeletion?: { __typename?: 'AccountDeletion', allowed: boolean, platformAdmin: boolean, organisations: Array<{ __typename?: 'Organisation', id: string, name: string }>, groups: Array<{ __typename?: 'NetworkGroup', id: string, name: string }> } | null } | null };

export type AccountLoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type AccountLoginMutation = { __typename?: 'Mutation', accountLogin: { __typename?: 'User', id: string, name: string, title?: string | null, profileTags: Array<string>, preferredLanguage: Language, platformRole?: PlatformRole | null, createdAt: string, email?: string | null, emailVerified?: boolean | null, viewerCan: { __typename?: 'UserPermissions', setPlatformRole: boolean, seePrivate: boolean } } };

export type AccountLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AccountLogoutMutation = { __typename?: 'Mutation', accountLogout: boolean };

export type AccountLogoutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type AccountLogoutEverywhereMutation = { __typename?: 'Mutation', accountLogoutEverywhere: number };

export type AccountRequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type AccountRequestPasswordResetMutation = { __typename?: 'Mutation', accountRequestPasswordReset: boolean };

export type AccountResendVerificationMutationVariables = Exact<{ [key: string]: never; }>;


export type AccountResendVerificationMutation = { __typename?: 'Mutation', accountResendVerification: boolean };

export type AccountResetPasswordMutationVariables = Exact<{
  token: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type AccountResetPasswordMutation = { __typename?: 'Mutation', accountResetPassword: boolean };

export type AccountSignUpMutationVariables = Exact<{
  input: AccountSignUpInput;
}>;


export type AccountSignUpMutation = { __typename?: 'Mutation', accountSignUp: boolean };

export type AccountUnlockLoginMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type AccountUnlockLoginMutation = { __typename?: 'Mutation', accountUnlockLogin: boolean };

export type AccountVerifyEmailMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type AccountVerifyEmailMutation = { __typename?: 'Mutation', accountVerifyEmail: { __typename?: 'User', id: string, emailVerified?: boolean | null } };

export type ProfileUpdateMutationVariables = Exact<{
  input: ProfileUpdateInput;
}>;


export type ProfileUpdateMutation = { __typename?: 'Mutation', profileUpdate: { __typename?: 'User', id: string, name: string, title?: string | null, profileTags: Array<string>, preferredLanguage: Language, platformRole?: PlatformRole | null, createdAt: string, email?: string | null, emailVerified?: boolean | null, viewerCan: { __typename?: 'UserPermissions', setPlatformRole: boolean, seePrivate: boolean } } };

export type ViewerFieldsFragment = { __typename?: 'User', id: string, name: string, title?: string | null, profileTags: Array<string>, preferredLanguage: Language, platformRole?: PlatformRole | null, createdAt: string, email?: string | null, emailVerified?: boolean | null, viewerCan: { __typename?: 'UserPermissions', setPlatformRole: boolean, seePrivate: boolean } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer?: { __typename?: 'User', id: string, name: string, title?: string | null, profileTags: Array<string>, preferredLanguage: Language, platformRole?: PlatformRole | null, createdAt: string, email?: string | null, emailVerified?: boolean | null, viewerCan: { __typename?: 'UserPermissions', setPlatformRole: boolean, seePrivate: boolean } } | null };

export type ActivitiesQueryVariables = Exact<{
  filter?: InputMaybe<ActivityFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  language: Language;
}>;


export type ActivitiesQuery = { __typename?: 'Query', activities: { __typename?: 'ActivityConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, facets: { __typename?: 'ActivityFacets', municipality: Array<{ __typename?: 'FacetValue', value: string, count: number }>, category: Array<{ __typename?: 'FacetValue', value: string, count: number }>, language: Array<{ __typename?: 'FacetValue', value: string, count: number }>, targetGroup: Array<{ __typename?: 'FacetValue', value: string, count: number }>, weekday: Array<{ __typename?: 'FacetValue', value: string, count: number }>, dropIn: Array<{ __typename?: 'FacetValue', value: string, count: number }> }, nodes: Array<{ __typename?: 'Activity', id: string, title: string, category: ActivityCategory, status: ActivityStatus, stale: boolean, dropIn: boolean, languages: Array<string>, nextOccurrenceAt?: string | null, scheduleText: string, municipality: { __typename?: 'Municipality', number: string, name: string }, organisation: { __typename?: 'Organisation', id: string, name: string } }> } };

export type ActivityQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  language: Language;
}>;


export type ActivityQuery = { __typename?: 'Query', activity: { __typename?: 'Activity', id: string, title: string, description: string, descriptionHtml: string, category: ActivityCategory, address?: string | null, scheduleText: string, nextOccurrenceAt?: string | null, dropIn: boolean, languages: Array<string>, targetGroups: Array<TargetGroup>, ageMin?: number | null, ageMax?: number | null, free: boolean, cost?: string | null, accessibility?: string | null, contactName?: string | null, contactEmail?: string | null, contactPhone?: string | null, status: ActivityStatus, lastConfirmedAt: string, stale: boolean, municipality: { __typename?: 'Municipality', number: string, name: string }, schedule: { __typename?: 'ActivitySchedule', frequency: ScheduleFrequency, interval: number, weekdays: Array<Weekday>, setPos?: number | null, startDate: string, until?: string | null, startTime: string, endTime: string }, nextOccurrences: Array<{ __typename?: 'Occurrence', startsAt: string, endsAt: string }>, organisation: { __typename?: 'Organisation', id: string, name: string }, viewerCan: { __typename?: 'ActivityPermissions', manage: boolean, volunteer: boolean, publish: boolean, pause: boolean, archive: boolean }, viewerVolunteerInterest?: { __typename?: 'VolunteerInterest', id: string, status: VolunteerStatus } | null, volunteerInterests?: Array<{ __typename?: 'VolunteerInterest', id: string, message: string, status: VolunteerStatus, createdAt: string, answeredAt?: string | null, viewerCan: { __typename?: 'VolunteerInterestPermissions', answer: boolean }, user: { __typename?: 'User', id: string, name: string } }> | null } };

export type ActivityCardFieldsFragment = { __typename?: 'Activity', id: string, title: string, category: ActivityCategory, status: ActivityStatus, stale: boolean, dropIn: boolean, languages: Array<string>, nextOccurrenceAt?: string | null, scheduleText: string, municipality: { __typename?: 'Municipality', number: string, name: string }, organisation: { __typename?: 'Organisation', id: string, name: string } };

export type ActivityConfirmMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActivityConfirmMutation = { __typename?: 'Mutation', activityConfirm: { __typename?: 'Activity', id: string, stale: boolean, lastConfirmedAt: string } };

export type ActivityCreateMutationVariables = Exact<{
  input: ActivityInput;
  language: Language;
}>;


export type ActivityCreateMutation = { __typename?: 'Mutation', activityCreate: { __typename?: 'Activity', id: string, title: string, description: string, descriptionHtml: string, category: ActivityCategory, address?: string | null, scheduleText: string, nextOccurrenceAt?: string | null, dropIn: boolean, languages: Array<string>, targetGroups: Array<TargetGroup>, ageMin?: number | null, ageMax?: number | null, free: boolean, cost?: string | null, accessibility?: string | null, contactName?: string | null, contactEmail?: string | null, contactPhone?: string | null, status: ActivityStatus, lastConfirmedAt: string, stale: boolean, municipality: { __typename?: 'Municipality', number: string, name: string }, schedule: { __typename?: 'ActivitySchedule', frequency: ScheduleFrequency, interval: number, weekdays: Array<Weekday>, setPos?: number | null, startDate: string, until?: string | null, startTime: string, endTime: string }, nextOccurrences: Array<{ __typename?: 'Occurrence', startsAt: string, endsAt: string }>, organisation: { __typename?: 'Organisation', id: string, name: string }, viewerCan: { __typename?: 'ActivityPermissions', manage: boolean, volunteer: boolean, publish: boolean, pause: boolean, archive: boolean }, viewerVolunteerInterest?: { __typename?: 'VolunteerInterest', id: string, status: VolunteerStatus } | null, volunteerInterests?: Array<{ __typename?: 'VolunteerInterest', id: string, message: string, status: VolunteerStatus, createdAt: string, answeredAt?: string | null, viewerCan: { __typename?: 'VolunteerInterestPermissions', answer: boolean }, user: { __typename?: 'User', id: string, name: string } }> | null } };

export type ActivityDetailsFieldsFragment = { __typename?: 'Activity', id: string, title: string, description: string, descriptionHtml: string, category: ActivityCategory, address?: string | null, scheduleText: string, nextOccurrenceAt?: string | null, dropIn: boolean, languages: Array<string>, targetGroups: Array<TargetGroup>, ageMin?: number | null, ageMax?: number | null, free: boolean, cost?: string | null, accessibility?: string | null, contactName?: string | null, contactEmail?: string | null, contactPhone?: string | null, status: ActivityStatus, lastConfirmedAt: string, stale: boolean, municipality: { __typename?: 'Municipality', number: string, name: string }, schedule: { __typename?: 'ActivitySchedule', frequency: ScheduleFrequency, interval: number, weekdays: Array<Weekday>, setPos?: number | null, startDate: string, until?: string | null, startTime: string, endTime: string }, nextOccurrences: Array<{ __typename?: 'Occurrence', startsAt: string, endsAt: string }>, organisation: { __typename?: 'Organisation', id: string, name: string }, viewerCan: { __typename?: 'ActivityPermissions', manage: boolean, volunteer: boolean, publish: boolean, pause: boolean, archive: boolean }, viewerVolunteerInterest?: { __typename?: 'VolunteerInterest', id: string, status: VolunteerStatus } | null, volunteerInterests?: Array<{ __typename?: 'VolunteerInterest', id: string, message: string, status: VolunteerStatus, createdAt: string, answeredAt?: string | null, viewerCan: { __typename?: 'VolunteerInterestPermissions', answer: boolean }, user: { __typename?: 'User', id: string, name: string } }> | null };

export type ActivitySetStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: ActivityStatus;
}>;


export type ActivitySetStatusMutation = { __typename?: 'Mutation', activitySetStatus: { __typename?: 'Activity', id: string, status: ActivityStatus, stale: boolean, lastConfirmedAt: string, viewerCan: { __typename?: 'ActivityPermissions', manage: boolean, volunteer: boolean, publish: boolean, pause: boolean, archive: boolean } } };

export type ActivityUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ActivityInput;
  language: Language;
}>;


export type ActivityUpdateMutation = { __typename?: 'Mutation', activityUpdate: { __typename?: 'Activity', id: string, title: string, description: string, descriptionHtml: string, category: ActivityCategory, address?: string | null, scheduleText: string, nextOccurrenceAt?: string | null, dropIn: boolean, languages: Array<string>, targetGroups: Array<TargetGroup>, ageMin?: number | null, ageMax?: number | null, free: boolean, cost?: string | null, accessibility?: string | null, contactName?: string | null, contactEmail?: string | null, contactPhone?: string | null, status: ActivityStatus, lastConfirmedAt: string, stale: boolean, municipality: { __typename?: 'Municipality', number: string, name: string }, schedule: { __typename?: 'ActivitySchedule', frequency: ScheduleFrequency, interval: number, weekdays: Array<Weekday>, setPos?: number | null, startDate: string, until?: string | null, startTime: string, endTime: string }, nextOccurrences: Array<{ __typename?: 'Occurrence', startsAt: string, endsAt: string }>, organisation: { __typename?: 'Organisation', id: string, name: string }, viewerCan: { __typename?: 'ActivityPermissions', manage: boolean, volunteer: boolean, publish: boolean, pause: boolean, archive: boolean }, viewerVolunteerInterest?: { __typename?: 'VolunteerInterest', id: string, status: VolunteerStatus } | null, volunteerInterests?: Array<{ __typename?: 'VolunteerInterest', id: string, message: string, status: VolunteerStatus, createdAt: string, answeredAt?: string | null, viewerCan: { __typename?: 'VolunteerInterestPermissions', answer: boolean }, user: { __typename?: 'User', id: string, name: string } }> | null } };

export type ActivityVolunteerMutationVariables = Exact<{
  activityId: Scalars['ID']['input'];
  message: Scalars['String']['input'];
}>;


export type ActivityVolunteerMutation = { __typename?: 'Mutation', activityVolunteer: { __typename?: 'VolunteerInterest', id: string, status: VolunteerStatus, activity: { __typename?: 'Activity', id: string, viewerCan: { __typename?: 'ActivityPermissions', manage: boolean, volunteer: boolean, publish: boolean, pause: boolean, archive: boolean }, viewerVolunteerInterest?: { __typename?: 'VolunteerInterest', id: string, status: VolunteerStatus } | null } } };

export type OrganisationActivitiesQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  language: Language;
}>;


export type OrganisationActivitiesQuery = { __typename?: 'Query', activities: { __typename?: 'ActivityConnection', totalCount: number, nodes: Array<{ __typename?: 'Activity', lastConfirmedAt: string, id: string, title: string, category: ActivityCategory, status: ActivityStatus, stale: boolean, dropIn: boolean, languages: Array<string>, nextOccurrenceAt?: string | null, scheduleText: string, municipality: { __typename?: 'Municipality', number: string, name: string }, organisation: { __typename?: 'Organisation', id: string, name: string } }> } };

export type SchedulePreviewQueryVariables = Exact<{
  schedule: ScheduleInput;
  count?: InputMaybe<Scalars['Int']['input']>;
  language?: InputMaybe<Language>;
}>;


export type SchedulePreviewQuery = { __typename?: 'Query', schedulePreview: { __typename?: 'SchedulePreview', text?: string | null, problem?: { __typename?: 'ScheduleProblem', field: string, message: string } | null, occurrences: Array<{ __typename?: 'Occurrence', startsAt: string, endsAt: string }> } };

export type VolunteerInterestAnswerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  accepted: Scalars['Boolean']['input'];
}>;


export type VolunteerInterestAnswerMutation = { __typename?: 'Mutation', volunteerInterestAnswer: { __typename?: 'VolunteerInterest', id: string, status: VolunteerStatus, answeredAt?: string | null, viewerCan: { __typename?: 'VolunteerInterestPermissions', answer: boolean } } };

export type OrganisationRejectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type OrganisationRejectMutation = { __typename?: 'Mutation', organisationReject: { __typename?: 'Organisation', id: string, verificationStatus: VerificationStatus, verifiedAt?: string | null, rejectionReason?: string | null } };

export type OrganisationVerifyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganisationVerifyMutation = { __typename?: 'Mutation', organisationVerify: { __typename?: 'Organisation', id: string, verificationStatus: VerificationStatus, verifiedAt?: string | null, rejectionReason?: string | null } };

export type PendingOrganisationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PendingOrganisationsQuery = { __typename?: 'Query', organisations: { __typename?: 'OrganisationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, orgNumber?: string | null, createdAt: string, verificationStatus: VerificationStatus, municipalities: Array<{ __typename?: 'Municipality', number: string, name: string }>, viewerCan: { __typename?: 'OrganisationPermissions', verify: boolean } }> } };

export type UserSetPlatformRoleMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  role: PlatformRole;
}>;


export type UserSetPlatformRoleMutation = { __typename?: 'Mutation', userSetPlatformRole: { __typename?: 'User', id: string, platformRole?: PlatformRole | null } };

export type UsersQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
}>;


export type UsersQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, name: string, title?: string | null, email?: string | null, platformRole?: PlatformRole | null, viewerCan: { __typename?: 'UserPermissions', setPlatformRole: boolean } }> };

export type CoHostInvitationFieldsFragment = { __typename?: 'EventHost', id: string, status: CoHostStatus, organisation: { __typename?: 'Organisation', id: string, name: string }, viewerCan: { __typename?: 'EventHostPermissions', accept: boolean, decline: boolean, remove: boolean } };

export type EventQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EventQuery = { __typename?: 'Query', event: { __typename?: 'Event', description: string, descriptionHtml: string, venueAddress?: string | null, meetingUrl?: string | null, audience: Array<string>, language: string, registrationOpensAt?: string | null, registrationClosesAt?: string | null, registrationWindow: RegistrationWindow, seriesId?: string | null, recordingUrl?: string | null, materials: string, materialsHtml: string, cancelReason?: string | null, externalRegistrationUrl?: string | null, remindersEnabled: boolean, reservedSeats?: number | null, reservedForKind?: OrganisationKind | null, reservedUntil?: string | null, reservedConfirmedCount: number, answersDeleteAt: string, answersDeletedAt?: string | null, evaluationStatus: EvaluationStatus, id: string, title: string, kind: EventKind, status: EventStatus, startsAt: string, endsAt: string, startsAtLocal: string, endsAtLocal: string, mode: EventMode, venueName?: string | null, capacity?: number | null, seatsLeft?: number | null, confirmedCount: number, waitlistCount: number, onlineCapacity?: number | null, onlineConfirmedCount: number, onlineWaitlistCount: number, registrationRequired: boolean, municipalities: Array<{ __typename?: 'Municipality', number: string, name: string }>, attendanceOptions: Array<{ __typename?: 'AttendanceOption', attendance: AttendanceMode, seatsLeft?: number | null, waitlist: boolean }>, hosts: Array<{ __typename?: 'Organisation', id: string, name: string }>, reservation?: { __typename?: 'ReservedSeats', seats: number, kind: OrganisationKind, until: string, seatsLeft: number, viewerQualifies: boolean } | null, questions: Array<{ __typename?: 'EventQuestion', id: string, kind: QuestionKind, label: string, options: Array<string>, required: boolean }>, evaluationQuestions: Array<{ __typename?: 'EvaluationQuestion', id: string, kind: EvaluationQuestionKind, label: string }>, coHostInvitations?: Array<{ __typename?: 'EventHost', id: string, status: CoHostStatus, organisation: { __typename?: 'Organisation', id: string, name: string }, viewerCan: { __typename?: 'EventHostPermissions', accept: boolean, decline: boolean, remove: boolean } }> | null, viewerCan: { __typename?: 'EventPermissions', manage: boolean, publish: boolean, edit: boolean, cancel: boolean, addMaterials: boolean, register: boolean, checkIn: boolean, evaluate: boolean, editEvaluation: boolean, openEvaluation: boolean, closeEvaluation: boolean, viewEvaluation: boolean }, organisation: { __typename?: 'Organisation', id: string, name: string }, topics: Array<{ __typename?: 'Topic', slug: string, nameNb: string, nameNn: string, nameEn: string }>, viewerRegistration?: { __typename?: 'Registration', id: string, status: RegistrationStatus, attendance: AttendanceMode, waitlistPosition?: number | null } | null } };

export type EventAnswersDeleteMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
}>;


export type EventAnswersDeleteMutation = { __typename?: 'Mutation', eventAnswersDelete: { __typename?: 'Event', id: string, answersDeletedAt?: string | null, attendees?: Array<{ __typename?: 'Registration', id: string, answers?: Array<{ __typename?: 'RegistrationAnswer', questionId: string }> | null }> | null } };

export type EventAttachMaterialsMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
  recordingUrl?: InputMaybe<Scalars['String']['input']>;
  materials?: InputMaybe<Scalars['String']['input']>;
}>;


export type EventAttachMaterialsMutation = { __typename?: 'Mutation', eventAttachMaterials: { __typename?: 'Event', description: string, descriptionHtml: string, venueAddress?: string | null, meetingUrl?: string | null, audience: Array<string>, language: string, registrationOpensAt?: string | null, registrationClosesAt?: string | null, registrationWindow: RegistrationWindow, seriesId?: string | null, recordingUrl?: string | null, materials: string, materialsHtml: string, cancelReason?: string | null, externalRegistrationUrl?: string | null, remindersEnabled: boolean, reservedSeats?: number | null, reservedForKind?: OrganisationKind | null, reservedUntil?: string | null, reservedConfirmedCount: number, answersDeleteAt: string, answersDeletedAt?: string | null, evaluationStatus: EvaluationStatus, id: string, title: string, kind: EventKind, status: EventStatus, startsAt: string, endsAt: string, startsAtLocal: string, endsAtLocal: string, mode: EventMode, venueName?: string | null, capacity?: number | null, seatsLeft?: number | null, confirmedCount: number, waitlistCount: number, onlineCapacity?: number | null, onlineConfirmedCount: number, onlineWaitlistCount: number, registrationRequired: boolean, municipalities: Array<{ __typename?: 'Municipality', number: string, name: string }>, attendanceOptions: Array<{ __typename?: 'AttendanceOption', attendance: AttendanceMode, seatsLeft?: number | null, waitlist: boolean }>, hosts: Array<{ __typename?: 'Organisation', id: string, name: string }>, reservation?: { __typename?: 'ReservedSeats', seats: number, kind: OrganisationKind, until: string, seatsLeft: number, viewerQualifies: boolean } | null, questions: Array<{ __typename?: 'EventQuestion', id: string, kind: QuestionKind, label: string, options: Array<string>, required: boolean }>, evaluationQuestions: Array<{ __typename?: 'EvaluationQuestion', id: string, kind: EvaluationQuestionKind, label: string }>, coHostInvitations?: Array<{ __typename?: 'EventHost', id: string, status: CoHostStatus, organisation: { __typename?: 'Organisation', id: string, name: string }, viewerCan: { __typename?: 'EventHostPermissions', accept: boolean, decline: boolean, remove: boolean } }> | null, viewerCan: { __typename?: 'EventPermissions', manage: boolean, publish: boolean, edit: boolean, cancel: boolean, addMaterials: boolean, register: boolean, checkIn: boolean, evaluate: boolean, editEvaluation: boolean, openEvaluation: boolean, closeEvaluation: boolean, viewEvaluation: boolean }, organisation: { __typename?: 'Organisation', id: string, name: string }, topics: Array<{ __typename?: 'Topic', slug: string, nameNb: string, nameNn: string, nameEn: string }>, viewerRegistration?: { __typename?: 'Registration', id: string, status: RegistrationStatus, attendance: AttendanceMode, waitlistPosition?: number | null } | null } };

export type EventAttendanceFiguresQueryVariables = Exact<{
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type EventAttendanceFiguresQuery = { __typename?: 'Query', eventAttendanceFigures: { __typename?: 'AttendanceFigures', events: number, total: { __typename?: 'AttendanceCount', registered: number, attended: number, noShow: number, notMarked: number }, byOrganisationKind: Array<{ __typename?: 'AttendanceByKind', kind?: OrganisationKind | null, registered: number, attended: number, noShow: number }>, byMunicipality: Array<{ __typename?: 'AttendanceByMunicipality', registered: number, attended: number, noShow: number, municipality?: { __typename?: 'Municipality', number: string, name: string } | null }> } };

export type EventAttendeesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EventAttendeesQuery = { __typename?: 'Query', event: { __typename?: 'Event', id: string, title: string, status: EventStatus, mode: EventMode, capacity?: number | null, onlineCapacity?: number | null, confirmedCount: number, waitlistCount: number, onlineConfirmedCount: number, onlineWaitlistCount: number, reservedConfirmedCount: number, answersDeleteAt: string, answersDeletedAt?: string | null, questions: Array<{ __typename?: 'EventQuestion', id: string, kind: QuestionKind, label: string, options: Array<string>, required: boolean }>, viewerCan: { __typename?: 'EventPermissions', manage: boolean, register: boolean, checkIn: boolean }, attendanceFigures?: { __typename?: 'AttendanceFigures', events: number, total: { __typename?: 'AttendanceCount', registered: number, attended: number, noShow: number, notMarked: number }, byOrganisationKind: Array<{ __typename?: 'AttendanceByKind', kind?: OrganisationKind | null, registered: number, attended: number, noShow: number }>, byMunicipality: Array<{ __typename?: 'AttendanceByMunicipality', registered: number, attended: number, noShow: number, municipality?: { __typename?: 'Municipality', number: string, name: string } | null }> } | null, attendees?: Array<{ __typename?: 'Registration', id: string, status: RegistrationStatus, attendance: AttendanceMode, createdAt: string, guestName?: string | null, email?: string | null, guestEmailConfirmed: boolean, waitlistPosition?: number | null, reservedSeat: boolean, checkIn: CheckIn, answers?: Array<{ __typename?: 'RegistrationAnswer', questionId: string, text?: string | null, choices?: Array<string> | null, yes?: boolean | null }> | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null, municipality?: { __typename?: 'Municipality', number: string, name: string } | null, user?: { __typename?: 'User', id: string, name: string } | null }> | null } };

export type EventCancelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type EventCancelMutation = { __typename?: 'Mutation', eventCancel: { __typename?: 'Event', description: string, descriptionHtml: string, venueAddress?: string | null, meetingUrl?: string | null, audience: Array<string>, language: string, registrationOpensAt?: string | null, registrationClosesAt?: string | null, registrationWindow: RegistrationWindow, seriesId?: string | null, recordingUrl?: string | null, materials: string, materialsHtml: string, cancelReason?: string | null, externalRegistrationUrl?: string | null, remindersEnabled: boolean, reservedSeats?: number | null, reservedForKind?: OrganisationKind | null, reservedUntil?: string | null, reservedConfirmedCount: number, answersDeleteAt: string, answersDeletedAt?: string | null, evaluationStatus: EvaluationStatus, id: string, title: string, kind: EventKind, status: EventStatus, startsAt: string, endsAt: string, startsAtLocal: string, endsAtLocal: string, mode: EventMode, venueName?: string | null, capacity?: number | null, seatsLeft?: number | null, confirmedCount: number, waitlistCount: number, onlineCapacity?: number | null, onlineConfirmedCount: number, onlineWaitlistCount: number, registrationRequired: boolean, municipalities: Array<{ __typename?: 'Municipality', number: string, name: string }>, attendanceOptions: Array<{ __typename?: 'AttendanceOption', attendance: AttendanceMode, seatsLeft?: number | null, waitlist: boolean }>, hosts: Array<{ __typename?: 'Organisation', id: string, name: string }>, reservation?: { __typename?: 'ReservedSeats', seats: number, kind: OrganisationKind, until: string, seatsLeft: number, viewerQualifies: boolean } | null, questions: Array<{ __typename?: 'EventQuestion', id: string, kind: QuestionKind, label: string, options: Array<string>, required: boolean }>, evaluationQuestions: Array<{ __typename?: 'EvaluationQuestion', id: string, kind: EvaluationQuestionKind, label: string }>, coHostInvitations?: Array<{ __typename?: 'EventHost', id: string, status: CoHostStatus, organisation: { __typename?: 'Organisation', id: string, name: string }, viewerCan: { __typename?: 'EventHostPermissions', accept: boolean, decline: boolean, remove: boolean } }> | null, viewerCan: { __typename?: 'EventPermissions', manage: boolean, publish: boolean, edit: boolean, cancel: boolean, addMaterials: boolean, register: boolean, checkIn: boolean, evaluate: boolean, editEvaluation: boolean, openEvaluation: boolean, closeEvaluation: boolean, viewEvaluation: boolean }, organisation: { __typename?: 'Organisation', id: string, name: string }, topics: Array<{ __typename?: 'Topic', slug: string, nameNb: string, nameNn: string, nameEn: string }>, viewerRegistration?: { __typename?: 'Registration', id: string, status: RegistrationStatus, attendance: AttendanceMode, waitlistPosition?: number | null } | null } };

export type EventCardFieldsFragment = { __typename?: 'Event', id: string, title: string, kind: EventKind, status: EventStatus, startsAt: string, endsAt: string, startsAtLocal: string, endsAtLocal: string, mode: EventMode, venueName?: string | null, capacity?: number | null, seatsLeft?: number | null, confirmedCount: number, waitlistCount: number, onlineCapacity?: number | null, onlineConfirmedCount: number, onlineWaitlistCount: number, registrationRequired: boolean, organisation: { __typename?: 'Organisation', id: string, name: string }, topics: Array<{ __typename?: 'Topic', slug: string, nameNb: string, nameNn: string, nameEn: string }>, viewerRegistration?: { __typename?: 'Registration', id: string, status: RegistrationStatus, attendance: AttendanceMode, waitlistPosition?: number | null } | null };

export type EventCheckInQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EventCheckInQuery = { __typename?: 'Query', event: { __typename?: 'Event', id: string, title: string, status: EventStatus, mode: EventMode, startsAt: string, endsAt: string, viewerCan: { __typename?: 'EventPermissions', manage: boolean, checkIn: boolean }, attendees?: Array<{ __typename?: 'Registration', id: string, status: RegistrationStatus, attendance: AttendanceMode, guestName?: string | null, checkIn: CheckIn, user?: { __typename?: 'User', id: string, name: string } | null, organisation?: { __typename?: 'Organisation', id: string, name: string } | null }> | null } };

export type EventCheckInsSubscriptionVariables = Exact<{
  eventId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EventCheckInsSubscription = { __typename?: 'Subscription', eventCheckIns: { __typename?: 'CheckInUpdate', cursor: string, registrationId: string, checkIn: CheckIn, attendedCount: number, noShowCount: number, registeredCount: number } };

export type EventCoHostAcceptMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EventCoHostAcceptMutation = { __typename?: 'Mutation', eventCoHostAccept: { __typename?: 'EventHost', id: string, status: CoHostStatus, organisation: { __typename?: 'Organisation', id: string, name: string }, viewerCan: { __typename?: 'EventHostPermissions', accept: boolean, decline: boolean, remove: boolean } } };

export type EventCoHostDeclineMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EventCoHostDeclineMutation = { __typename?: 'Mutation', eventCoHostDecline: { __typename?: 'EventHost', id: string, status: CoHostStatus, organisation: { __typename?: 'Organisation', id: string, name: string }, viewerCan: { __typename?: 'EventHostPermissions', accept: boolean, decline: boolean, remove: boolean } } };

export type EventCoHostInviteMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
}>;


export type EventCoHostInviteMutation = { __typename?: 'Mutation', eventCoHostInvite: { __typename?: 'EventHost', id: string, status: CoHostStatus, organisation: { __typename?: 'Organisation', id: string, name: string }, viewerCan: { __typename?: 'EventHostPermissions', accept: boolean, decline: boolean, remove: boolean } } };

export type EventCoHostRemoveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EventCoHostRemoveMutation = { __typename?: 'Mutation', eventCoHostRemove: { __typename?: 'EventHost', id: string, status: CoHostStatus, organisation: { __typename?: 'Organisation', id: string, name: string }, viewerCan: { __typename?: 'EventHostPermissions', accept: boolean, decline: boolean, remove: boolean } } };

export type EventCreateMutationVariables = Exact<{
  input: EventInput;
}>;


export type EventCreateMutation = { __typename?: 'Mutation', eventCreate: { __typename?: 'Event', description: string, descriptionHtml: string, venueAddress?: string | null, meetingUrl?: string | null, audience: Array<string>, language: string, registrationOpensAt?: string | null, registrationClosesAt?: string | null, registrationWindow: RegistrationWindow, seriesId?: string | null, recordingUrl?: string | null, materials: string, materialsHtml: string, cancelReason?: string | null, externalRegistrationUrl?: string | null, remindersEnabled: boolean, reservedSeats?: number | null, reservedForKind?: OrganisationKind | null, reservedUntil?: string | null, reservedConfirmedCount: number, answersDeleteAt: string, answersDeletedAt?: string | null, evaluationStatus: EvaluationStatus, id: string, title: string, kind: EventKind, status: EventStatus, startsAt: string, endsAt: string, startsAtLocal: string, endsAtLocal: string, mode: EventMode, venueName?: string | null, capacity?: number | null, seatsLeft?: number | null, confirmedCount: number, waitlistCount: number, onlineCapacity?: number | null, onlineConfirmedCount: number, onlineWaitlistCount: number, registrationRequired: boolean, municipalities: Array<{ __typename?: 'Municipality', number: string, name: string }>, attendanceOptions: Array<{ __typename?: 'AttendanceOption', attendance: AttendanceMode, seatsLeft?: number | null, waitlist: boolean }>, hosts: Array<{ __typename?: 'Organisation', id: string, name: string }>, reservation?: { __typename?: 'ReservedSeats', seats: number, kind: OrganisationKind, until: string, seatsLeft: number, viewerQualifies: boolean } | null, questions: Array<{ __typename?: 'EventQuestion', id: string, kind: QuestionKind, label: string, options: Array<string>, required: boolean }>, evaluationQuestions: Array<{ __typename?: 'EvaluationQuestion', id: string, kind: EvaluationQuestionKind, label: string }>, coHostInvitations?: Array<{ __typename?: 'EventHost', id: string, status: CoHostStatus, organisation: { __typename?: 'Organisation', id: string, name: string }, viewerCan: { __typename?: 'EventHostPermissions', accept: boolean, decline: boolean, remove: boolean } }> | null, viewerCan: { __typename?: 'EventPermissions', manage: boolean, publish: boolean, edit: boolean, cancel: boolean, addMaterials: boolean, register: boolean, checkIn: boolean, evaluate: boolean, editEvaluation: boolean, openEvaluation: boolean, closeEvaluation: boolean, viewEvaluation: boolean }, organisation: { __typename?: 'Organisation', id: string, name: string }, topics: Array<{ __typename?: 'Topic', slug: string, nameNb: string, nameNn: string, nameEn: string }>, viewerRegistration?: { __typename?: 'Registration', id: string, status: RegistrationStatus, attendance: AttendanceMode, waitlistPosition?: number | null } | null } };

export type EventCreateSeriesMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  frequency: SeriesFrequency;
  count: Scalars['Int']['input'];
}>;


export type EventCreateSeriesMutation = { __typename?: 'Mutation', eventCreateSeries: Array<{ __typename?: 'Event', seriesId?: string | null, id: string, title: string, kind: EventKind, status: EventStatus, startsAt: string, endsAt: string, startsAtLocal: string, endsAtLocal: string, mode: EventMode, venueName?: string | null, capacity?: number | null, seatsLeft?: number | null, confirmedCount: number, waitlistCount: number, onlineCapacity?: number | null, onlineConfirmedCount: number, onlineWaitlistCount: number, registrationRequired: boolean, organisation: { __typename?: 'Organisation', id: string, name: string }, topics: Array<{ __typename?: 'Topic', slug: string, nameNb: string, nameNn: string, nameEn: string }>, viewerRegistration?: { __typename?: 'Registration', id: string, status: RegistrationStatus, attendance: AttendanceMode, waitlistPosition?: number | null } | null }> };

export type EventDetailsFieldsFragment = { __typename?: 'Event', description: string, descriptionHtml: string, venueAddress?: string | null, meetingUrl?: string | null, audience: Array<string>, language: string, registrationOpensAt?: string | null, registrationClosesAt?: string | null, registrationWindow: RegistrationWindow, seriesId?: string | null, recordingUrl?: string | null, materials: string, materialsHtml: string, cancelReason?: string | null, externalRegistrationUrl?: string | null, remindersEnabled: boolean, reservedSeats?: number | null, reservedForKind?: OrganisationKind | null, reservedUntil?: string | null, reservedConfirmedCount: number, answersDeleteAt: string, answersDeletedAt?: string | null, evaluationStatus: EvaluationStatus, id: string, title: string, kind: EventKind, status: EventStatus, startsAt: string, endsAt: string, startsAtLocal: string, endsAtLocal: string, mode: EventMode, venueName?: string | null, capacity?: number | null, seatsLeft?: number | null, confirmedCount: number, waitlistCount: number, onlineCapacity?: number | null, onlineConfirmedCount: number, onlineWaitlistCount: number, registrationRequired: boolean, municipalities: Array<{ __typename?: 'Municipality', number: string, name: string }>, attendanceOptions: Array<{ __typename?: 'AttendanceOption', attendance: AttendanceMode, seatsLeft?: number | null, waitlist: boolean }>, hosts: Array<{ __typename?: 'Organisation', id: string, name: string }>, reservation?: { __typename?: 'ReservedSeats', seats: number, kind: OrganisationKind, until: string, seatsLeft: number, viewerQualifies: boolean } | null, questions: Array<{ __typename?: 'EventQuestion', id: string, kind: QuestionKind, label: string, options: Array<string>, required: boolean }>, evaluationQuestions: Array<{ __typename?: 'EvaluationQuestion', id: string, kind: EvaluationQuestionKind, label: string }>, coHostInvitations?: Array<{ __typename?: 'EventHost', id: string, status: CoHostStatus, organisation: { __typename?: 'Organisation', id: string, name: string }, viewerCan: { __typename?: 'EventHostPermissions', accept: boolean, decline: boolean, remove: boolean } }> | null, viewerCan: { __typename?: 'EventPermissions', manage: boolean, publish: boolean, edit: boolean, cancel: boolean, addMaterials: boolean, register: boolean, checkIn: boolean, evaluate: boolean, editEvaluation: boolean, openEvaluation: boolean, closeEvaluation: boolean, viewEvaluation: boolean }, organisation: { __typename?: 'Organisation', id: string, name: string }, topics: Array<{ __typename?: 'Topic', slug: string, nameNb: string, nameNn: string, nameEn: string }>, viewerRegistration?: { __typename?: 'Registration', id: string, status: RegistrationStatus, attendance: AttendanceMode, waitlistPosition?: number | null } | null };

export type EventDuplicateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EventDuplicateMutation = { __typename?: 'Mutation', eventDuplicate: { __typename?: 'Event', description: string, descriptionHtml: string, venueAddress?: string | null, meetingUrl?: string | null, audience: Array<string>, language: string, registrationOpensAt?: string | null, registrationClosesAt?: string | null, registrationWindow: RegistrationWindow, seriesId?: string | null, recordingUrl?: string | null, materials: string, materialsHtml: string, cancelReason?: string | null, externalRegistrationUrl?: string | null, remindersEnabled: boolean, reservedSeats?: number | null, reservedForKind?: OrganisationKind | null, reservedUntil?: string | null, reservedConfirmedCount: number, answersDeleteAt: string, answersDeletedAt?: string | null, evaluationStatus: EvaluationStatus, id: string, title: string, kind: EventKind, status: EventStatus, startsAt: string, endsAt: string, startsAtLocal: string, endsAtLocal: string, mode: EventMode, venueName?: string | null, capacity?: number | null, seatsLeft?: number | null, confirmedCount: number, waitlistCount: number, onlineCapacity?: number | null, onlineConfirmedCount: number, onlineWaitlistCount: number, registrationRequired: boolean, municipalities: Array<{ __typename?: 'Municipality', number: string, name: string }>, attendanceOptions: Array<{ __typename?: 'AttendanceOption', attendance: AttendanceMode, seatsLeft?: number | null, waitlist: boolean }>, hosts: Array<{ __typename?: 'Organisation', id: string, name: string }>, reservation?: { __typename?: 'ReservedSeats', seats: number, kind: OrganisationKind, until: string, seatsLeft: number, viewerQualifies: boolean } | null, questions: Array<{ __typename?: 'EventQuestion', id: string, kind: QuestionKind, label: string, options: Array<string>, required: boolean }>, evaluationQuestions: Array<{ __typename?: 'EvaluationQuestion', id: string, kind: EvaluationQuestionKind, label: string }>, coHostInvitations?: Array<{ __typename?: 'EventHost', id: string, status: CoHostStatus, organisation: { __typename?: 'Organisation', id: string, name: string }, viewerCan: { __typename?: 'EventHostPermissions', accept: boolean, decline: boolean, remove: boolean } }> | null, viewerCan: { __typename?: 'EventPermissions', manage: boolean, publish: boolean, edit: boolean, cancel: boolean, addMaterials: boolean, register: boolean, checkIn: boolean, evaluate: boolean, editEvaluation: boolean, openEvaluation: boolean, closeEvaluation: boolean, viewEvaluation: boolean }, organisation: { __typename?: 'Organisation', id: string, name: string }, topics: Array<{ __typename?: 'Topic', slug: string, nameNb: string, nameNn: string, nameEn: string }>, viewerRegistration?: { __typename?: 'Registration', id: string, status: RegistrationStatus, attendance: AttendanceMode, waitlistPosition?: number | null } | null } };

export type EventEvaluationCloseMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
}>;


export type EventEvaluationCloseMutation = { __typename?: 'Mutation', eventEvaluationClose: { __typename?: 'Event', description: string, descriptionHtml: string, venueAddress?: string | null, meetingUrl?: string | null, audience: Array<string>, language: string, registrationOpensAt?: string | null, registrationClosesAt?: string | null, registrationWindow: RegistrationWindow, seriesId?: string | null, recordingUrl?: string | null, materials: string, materialsHtml: string, cancelReason?: string | null, externalRegistrationUrl?: string | null, remindersEnabled: boolean, reservedSeats?: number | null, reservedForKind?: OrganisationKind | null, reservedUntil?: string | null, reservedConfirmedCount: number, answersDeleteAt: string, answersDeletedAt?: string | null, evaluationStatus: EvaluationStatus, id: string, title: string, kind: EventKind, status: EventStatus, startsAt: string, endsAt: string, startsAtLocal: string, endsAtLocal: string, mode: EventMode, venueName?: string | null, capacity?: number | null, seatsLeft?: number | null, confirmedCount: number, waitlistCount: number, onlineCapacity?: number | null, onlineConfirmedCount: number, onlineWaitlistCount: number, registrationRequired: boolean, municipalities: Array<{ __typename?: 'Municipality', number: string, name: string }>, attendanceOptions: Array<{ __typename?: 'AttendanceOption', attendance: AttendanceMode, seatsLeft?: number | null, waitlist: boolean }>, hosts: Array<{ __typename?: 'Organisation', id: string, name: string }>, reservation?: { __typename?: 'ReservedSeats', seats: number, kind: OrganisationKind, until: string, seatsLeft: number, viewerQualifies: boolean } | null, questions: Array<{ __typename?: 'EventQuestion', id: string, kind: QuestionKind, label: string, options: Array<string>, required: boolean }>, evaluationQuestions: Array<{ __typename?: 'EvaluationQuestion', id: string, kind: EvaluationQuestionKind, label: string }>, coHostInvitations?: Array<{ __typename?: 'EventHost', id: string, status: CoHostStatus, organisation: { __typename?: 'Organisation', id: string, name: string }, viewerCan: { __typename?: 'EventHostPermissions', accept: boolean, decline: boolean, remove: boolean } }> | null, viewerCan: { __typename?: 'EventPermissions', manage: boolean, publish: boolean, edit: boolean, cancel: boolean, addMaterials: boolean, register: boolean, checkIn: boolean, evaluate: boolean, editEvaluation: boolean, openEvaluation: boolean, closeEvaluation: boolean, viewEvaluation: boolean }, organisation: { __typename?: 'Organisation', id: string, name: string }, topics: Array<{ __typename?: 'Topic', slug: string, nameNb: string, nameNn: string, nameEn: string }>, viewerRegistration?: { __typename?: 'Registration', id: string, status: RegistrationStatus, attendance: AttendanceMode, waitlistPosition?: number | null } | null } };

export type EventEvaluationOpenMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
}>;


export type EventEvaluationOpenMutation = { __typename?: 'Mutation', eventEvaluationOpen: { __typename?: 'Event', description: string, descriptionHtml: string, venueAddress?: string | null, meetingUrl?: string | null, audience: Array<string>, language: string, registrationOpensAt?: string | null, registrationClosesAt?: string | null, registrationWindow: RegistrationWindow, seriesId?: string | null, recordingUrl?: string | null, materials: string, materialsHtml: string, cancelReason?: string | null, externalRegistrationUrl?: string | null, remindersEnabled: boolean, reservedSeats?: number | null, reservedForKind?: OrganisationKind | null, reservedUntil?: string | null, reservedConfirmedCount: number, answersDeleteAt: string, answersDeletedAt?: string | null, evaluationStatus: EvaluationStatus, id: string, title: string, kind: EventKind, status: EventStatus, startsAt: string, endsAt: string, startsAtLocal: string, endsAtLocal: string, mode: EventMode, venueName?: string | null, capacity?: number | null, seatsLeft?: number | null, confirmedCount: number, waitlistCount: number, onlineCapacity?: number | null, onlineConfirmedCount: number, onlineWaitlistCount: number, registrationRequired: boolean, municipalities: Array<{ __typename?: 'Municipality', number: string, name: string }>, attendanceOptions: Array<{ __typename?: 'AttendanceOption', attendance: AttendanceMode, seatsLeft?: number | null, waitlist: boolean }>, hosts: Array<{ __typename?: 'Organisation', id: string, name: string }>, reservation?: { __typename?: 'ReservedSeats', seats: number, kind: OrganisationKind, until: string, seatsLeft: number, viewerQualifies: boolean } | null, questions: Array<{ __typename?: 'EventQuestion', id: string, kind: QuestionKind, label: string, options: Array<string>, required: boolean }>, evaluationQuestions: Array<{ __typename?: 'EvaluationQuestion', id: string, kind: EvaluationQuestionKind, label: string }>, coHostInvitations?: Array<{ __typename?: 'EventHost', id: string, status: CoHostStatus, organisation: { __typename?: 'Organisation', id: string, name: string }, viewerCan: { __typename?: 'EventHostPermissions', accept: boolean, decline: boolean, remove: boolean } }> | null, viewerCan: { __typename?: 'EventPermissions', manage: boolean, publish: boolean, edit: boolean, cancel: boolean, addMaterials: boolean, register: boolean, checkIn: boolean, evaluate: boolean, editEvaluation: boolean, openEvaluation: boolean, closeEvaluation: boolean, viewEvaluation: boolean }, organisation: { __typename?: 'Organisation', id: string, name: string }, topics: Array<{ __typename?: 'Topic', slug: string, nameNb: string, nameNn: string, nameEn: string }>, viewerRegistration?: { __typename?: 'Registration', id: string, status: RegistrationStatus, attendance: AttendanceMode, waitlistPosition?: number | null } | null } };

export type EventEvaluationRespondMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
  answers: Array<EvaluationAnswerInput> | EvaluationAnswerInput;
  token?: InputMaybe<Scalars['String']['input']>;
}>;


export type EventEvaluationRespondMutation = { __typename?: 'Mutation', eventEvaluationRespond: boolean };

export type EventEvaluationResultsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EventEvaluationResultsQuery = { __typename?: 'Query', event: { __typename?: 'Event', id: string, evaluationStatus: EvaluationStatus, evaluationResults?: { __typename?: 'EvaluationResults', responses: number, asked: number, questions: Array<{ __typename?: 'EvaluationQuestionResult', answered: number, average?: number | null, distribution: Array<number>, texts: Array<string>, question: { __typename?: 'EvaluationQuestion', id: string, kind: EvaluationQuestionKind, label: string } }> } | null } };

export type EventEvaluationSetMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
  questions: Array<EvaluationQuestionInput> | EvaluationQuestionInput;
}>;


export type EventEvaluationSetMutation = { __typename?: 'Mutation', eventEvaluationSet: { __typename?: 'Event', description: string, descriptionHtml: string, venueAddress?: string | null, meetingUrl?: string | null, audience: Array<string>, language: string, registrationOpensAt?: string | null, registrationClosesAt?: string | null, registrationWindow: RegistrationWindow, seriesId?: string | null, recordingUrl?: string | null, materials: string, materialsHtml: string, cancelReason?: string | null, externalRegistrationUrl?: string | null, remindersEnabled: boolean, reservedSeats?: number | null, reservedForKind?: OrganisationKind | null, reservedUntil?: string | null, reservedConfirmedCount: number, answersDeleteAt: string, answersDeletedAt?: string | null, evaluationStatus: EvaluationStatus, id: string, title: string, kind: EventKind, status: EventStatus, startsAt: string, endsAt: string, startsAtLocal: string, endsAtLocal: string, mode: EventMode, venueName?: string | null, capacity?: number | null, seatsLeft?: number | null, confirmedCount: number, waitlistCount: number, onlineCapacity?: number | null, onlineConfirmedCount: number, onlineWaitlistCount: number, registrationRequired: boolean, municipalities: Array<{ __typename?: 'Municipality', number: string, name: string }>, attendanceOptions: Array<{ __typename?: 'AttendanceOption', attendance: AttendanceMode, seatsLeft?: number | null, waitlist: boolean }>, hosts: Array<{ __typename?: 'Organisation', id: string, name: string }>, reservation?: { __typename?: 'ReservedSeats', seats: number, kind: OrganisationKind, until: string, seatsLeft: number, viewerQualifies: boolean } | null, questions: Array<{ __typename?: 'EventQuestion', id: string, kind: QuestionKind, label: string, options: Array<string>, required: boolean }>, evaluationQuestions: Array<{ __typename?: 'EvaluationQuestion', id: string, kind: EvaluationQuestionKind, label: string }>, coHostInvitations?: Array<{ __typename?: 'EventHost', id: string, status: CoHostStatus, organisation: { __typename?: 'Organisation', id: string, name: string }, viewerCan: { __typename?: 'EventHostPermissions', accept: boolean, decline: boolean, remove: boolean } }> | null, viewerCan: { __typename?: 'EventPermissions', manage: boolean, publish: boolean, edit: boolean, cancel: boolean, addMaterials: boolean, register: boolean, checkIn: boolean, evaluate: boolean, editEvaluation: boolean, openEvaluation: boolean, closeEvaluation: boolean, viewEvaluation: boolean }, organisation: { __typename?: 'Organisation', id: string, name: string }, topics: Array<{ __typename?: 'Topic', slug: string, nameNb: string, nameNn: string, nameEn: string }>, viewerRegistration?: { __typename?: 'Registration', id: string, status: RegistrationStatus, attendance: AttendanceMode, waitlistPosition?: number | null } | null } };

export type EventMessageRegistrantsMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
  subject: Scalars['String']['input'];
  body: Scalars['String']['input'];
}>;


export type EventMessageRegistrantsMutation = { __typename?: 'Mutation', eventMessageRegistrants: number };

export type EventPublishMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EventPublishMutation = { __typename?: 'Mutation', eventPublish: { __typename?: 'Event', description: string, descriptionHtml: string, venueAddress?: string | null, meetingUrl?: string | null, audience: Array<string>, language: string, registrationOpensAt?: string | null, registrationClosesAt?: string | null, registrationWindow: RegistrationWindow, seriesId?: string | null, recordingUrl?: string | null, materials: string, materialsHtml: string, cancelReason?: string | null, externalRegistrationUrl?: string | null, remindersEnabled: boolean, reservedSeats?: number | null, reservedForKind?: OrganisationKind | null, reservedUntil?: string | null, reservedConfirmedCount: number, answersDeleteAt: string, answersDeletedAt?: string | null, evaluationStatus: EvaluationStatus, id: string, title: string, kind: EventKind, status: EventStatus, startsAt: string, endsAt: string, startsAtLocal: string, endsAtLocal: string, mode: EventMode, venueName?: string | null, capacity?: number | null, seatsLeft?: number | null, confirmedCount: number, waitlistCount: number, onlineCapacity?: number | null, onlineConfirmedCount: number, onlineWaitlistCount: number, registrationRequired: boolean, municipalities: Array<{ __typename?: 'Municipality', number: string, name: string }>, attendanceOptions: Array<{ __typename?: 'AttendanceOption', attendance: AttendanceMode, seatsLeft?: number | null, waitlist: boolean }>, hosts: Array<{ __typename?: 'Organisation', id: string, name: string }>, reservation?: { __typename?: 'ReservedSeats', seats: number, kind: OrganisationKind, until: string, seatsLeft: number, viewerQualifies: boolean } | null, questions: Array<{ __typename?: 'EventQuestion', id: string, kind: QuestionKind, label: string, options: Array<string>, required: boolean }>, evaluationQuestions: Array<{ __typename?: 'EvaluationQuestion', id: string, kind: EvaluationQuestionKind, label: string }>, coHostInvitations?: Array<{ __typename?: 'EventHost', id: string, status: CoHostStatus, organisation: { __typename?: 'Organisation', id: string, name: string }, viewerCan: { __typename?: 'EventHostPermissions', accept: boolean, decline: boolean, remove: boolean } }> | null, viewerCan: { __typename?: 'EventPermissions', manage: boolean, publish: boolean, edit: boolean, cancel: boolean, addMaterials: boolean, register: boolean, checkIn: boolean, evaluate: boolean, editEvaluation: boolean, openEvaluation: boolean, closeEvaluation: boolean, viewEvaluation: boolean }, organisation: { __typename?: 'Organisation', id: string, name: string }, topics: Array<{ __typename?: 'Topic', slug: string, nameNb: string, nameNn: string, nameEn: string }>, viewerRegistration?: { __typename?: 'Registration', id: string, status: RegistrationStatus, attendance: AttendanceMode, waitlistPosition?: number | null } | null } };

export type EventRegisterMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
  attendance?: InputMaybe<AttendanceMode>;
  answers?: InputMaybe<Array<RegistrationAnswerInput> | RegistrationAnswerInput>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  municipalityNumber?: InputMaybe<Scalars['ID']['input']>;
}>;


export type EventRegisterMutation = { __typename?: 'Mutation', eventRegister: { __typename?: 'Registration', id: string, status: RegistrationStatus, attendance: AttendanceMode, waitlistPosition?: number | null, reservedSeat: boolean, event: { __typename?: 'Event', id: string, confirmedCount: number, waitlistCount: number, onlineConfirmedCount: number, onlineWaitlistCount: number, seatsLeft?: number | null, meetingUrl?: string | null, reservedConfirmedCount: number, attendanceOptions: Array<{ __typename?: 'AttendanceOption', attendance: AttendanceMode, seatsLeft?: number | null, waitlist: boolean }>, reservation?: { __typename?: 'ReservedSeats', seats: number, kind: OrganisationKind, until: string, seatsLeft: number, viewerQualifies: boolean } | null, viewerCan: { __typename?: 'EventPermissions', manage: boolean, register: boolean, checkIn: boolean, evaluate: boolean, editEvaluation: boolean, openEvaluation: boolean, closeEvaluation: boolean, viewEvaluation: boolean } } } };

export type EventRegisterGuestMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  email: Scalars['String']['input'];
  language?: InputMaybe<Language>;
  attendance?: InputMaybe<AttendanceMode>;
  answers?: InputMaybe<Array<RegistrationAnswerInput> | RegistrationAnswerInput>;
  municipalityNumber?: InputMaybe<Scalars['ID']['input']>;
}>;


export type EventRegisterGuestMutation = { __typename?: 'Mutation', eventRegisterGuest: { __typename?: 'Registration', id: string, status: RegistrationStatus, attendance: AttendanceMode, expiresAt?: string | null } };

export type EventUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: EventInput;
}>;


export type EventUpdateMutation = { __typename?: 'Mutation', eventUpdate: { __typename?: 'Event', description: string, descriptionHtml: string, venueAddress?: string | null, meetingUrl?: string | null, audience: Array<string>, language: string, registrationOpensAt?: string | null, registrationClosesAt?: string | null, registrationWindow: RegistrationWindow, seriesId?: string | null, recordingUrl?: string | null, materials: string, materialsHtml: string, cancelReason?: string | null, externalRegistrationUrl?: string | null, remindersEnabled: boolean, reservedSeats?: number | null, reservedForKind?: OrganisationKind | null, reservedUntil?: string | null, reservedConfirmedCount: number, answersDeleteAt: string, answersDeletedAt?: string | null, evaluationStatus: EvaluationStatus, id: string, title: string, kind: EventKind, status: EventStatus, startsAt: string, endsAt: string, startsAtLocal: string, endsAtLocal: string, mode: EventMode, venueName?: string | null, capacity?: number | null, seatsLeft?: number | null, confirmedCount: number, waitlistCount: number, onlineCapacity?: number | null, onlineConfirmedCount: number, onlineWaitlistCount: number, registrationRequired: boolean, municipalities: Array<{ __typename?: 'Municipality', number: string, name: string }>, attendanceOptions: Array<{ __typename?: 'AttendanceOption', attendance: AttendanceMode, seatsLeft?: number | null, waitlist: boolean }>, hosts: Array<{ __typename?: 'Organisation', id: string, name: string }>, reservation?: { __typename?: 'ReservedSeats', seats: number, kind: OrganisationKind, until: string, seatsLeft: number, viewerQualifies: boolean } | null, questions: Array<{ __typename?: 'EventQuestion', id: string, kind: QuestionKind, label: string, options: Array<string>, required: boolean }>, evaluationQuestions: Array<{ __typename?: 'EvaluationQuestion', id: string, kind: EvaluationQuestionKind, label: string }>, coHostInvitations?: Array<{ __typename?: 'EventHost', id: string, status: CoHostStatus, organisation: { __typename?: 'Organisation', id: string, name: string }, viewerCan: { __typename?: 'EventHostPermissions', accept: boolean, decline: boolean, remove: boolean } }> | null, viewerCan: { __typename?: 'EventPermissions', manage: boolean, publish: boolean, edit: boolean, cancel: boolean, addMaterials: boolean, register: boolean, checkIn: boolean, evaluate: boolean, editEvaluation: boolean, openEvaluation: boolean, closeEvaluation: boolean, viewEvaluation: boolean }, organisation: { __typename?: 'Organisation', id: string, name: string }, topics: Array<{ __typename?: 'Topic', slug: string, nameNb: string, nameNn: string, nameEn: string }>, viewerRegistration?: { __typename?: 'Registration', id: string, status: RegistrationStatus, attendance: AttendanceMode, waitlistPosition?: number | null } | null } };

export type EventUpdatesSubscriptionVariables = Exact<{
  eventId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EventUpdatesSubscription = { __typename?: 'Subscription', eventUpdates: { __typename?: 'EventUpdate', cursor: string, type: string, confirmedCount?: number | null, waitlistCount?: number | null, onlineConfirmedCount?: number | null, onlineWaitlistCount?: number | null, reservedConfirmedCount?: number | null, status?: EventStatus | null } };

export type EventsQueryVariables = Exact<{
  filter?: InputMaybe<EventFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EventsQuery = { __typename?: 'Query', events: { __typename?: 'EventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Event', id: string, title: string, kind: EventKind, status: EventStatus, startsAt: string, endsAt: string, startsAtLocal: string, endsAtLocal: string, mode: EventMode, venueName?: string | null, capacity?: number | null, seatsLeft?: number | null, confirmedCount: number, waitlistCount: number, onlineCapacity?: number | null, onlineConfirmedCount: number, onlineWaitlistCount: number, registrationRequired: boolean, organisation: { __typename?: 'Organisation', id: string, name: string }, topics: Array<{ __typename?: 'Topic', slug: string, nameNb: string, nameNn: string, nameEn: string }>, viewerRegistration?: { __typename?: 'Registration', id: string, status: RegistrationStatus, attendance: AttendanceMode, waitlistPosition?: number | null } | null }> } };

export type FollowSetMutationVariables = Exact<{
  topicSlugs: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  municipalityNumbers: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type FollowSetMutation = { __typename?: 'Mutation', followSet: boolean };

export type GuestRegistrationQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type GuestRegistrationQuery = { __typename?: 'Query', guestRegistration: { __typename?: 'GuestRegistrationView', meetingUrl?: string | null, canEvaluate: boolean, registration: { __typename?: 'Registration', id: string, status: RegistrationStatus, attendance: AttendanceMode, waitlistPosition?: number | null, guestName?: string | null, guestEmailConfirmed: boolean, expiresAt?: string | null }, event: { __typename?: 'Event', id: string, title: string, status: EventStatus, startsAt: string, endsAt: string, mode: EventMode, evaluationStatus: EvaluationStatus, evaluationQuestions: Array<{ __typename?: 'EvaluationQuestion', id: string, kind: EvaluationQuestionKind, label: string }> } } };

export type GuestRegistrationCancelMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type GuestRegistrationCancelMutation = { __typename?: 'Mutation', guestRegistrationCancel: { __typename?: 'Registration', id: string, status: RegistrationStatus, waitlistPosition?: number | null, guestEmailConfirmed: boolean } };

export type GuestRegistrationConfirmMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type GuestRegistrationConfirmMutation = { __typename?: 'Mutation', guestRegistrationConfirm: { __typename?: 'Registration', id: string, status: RegistrationStatus, waitlistPosition?: number | null, guestEmailConfirmed: boolean } };

export type RegistrationFieldsFragment = { __typename?: 'Registration', id: string, status: RegistrationStatus, attendance: AttendanceMode, waitlistPosition?: number | null, reservedSeat: boolean, event: { __typename?: 'Event', id: string, confirmedCount: number, waitlistCount: number, onlineConfirmedCount: number, onlineWaitlistCount: number, seatsLeft?: number | null, meetingUrl?: string | null, reservedConfirmedCount: number, attendanceOptions: Array<{ __typename?: 'AttendanceOption', attendance: AttendanceMode, seatsLeft?: number | null, waitlist: boolean }>, reservation?: { __typename?: 'ReservedSeats', seats: number, kind: OrganisationKind, until: string, seatsLeft: number, viewerQualifies: boolean } | null, viewerCan: { __typename?: 'EventPermissions', manage: boolean, register: boolean, checkIn: boolean, evaluate: boolean, editEvaluation: boolean, openEvaluation: boolean, closeEvaluation: boolean, viewEvaluation: boolean } } };

export type RegistrationCancelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RegistrationCancelMutation = { __typename?: 'Mutation', registrationCancel: { __typename?: 'Registration', id: string, status: RegistrationStatus, attendance: AttendanceMode, waitlistPosition?: number | null, reservedSeat: boolean, event: { __typename?: 'Event', id: string, confirmedCount: number, waitlistCount: number, onlineConfirmedCount: number, onlineWaitlistCount: number, seatsLeft?: number | null, meetingUrl?: string | null, reservedConfirmedCount: number, attendanceOptions: Array<{ __typename?: 'AttendanceOption', attendance: AttendanceMode, seatsLeft?: number | null, waitlist: boolean }>, reservation?: { __typename?: 'ReservedSeats', seats: number, kind: OrganisationKind, until: string, seatsLeft: number, viewerQualifies: boolean } | null, viewerCan: { __typename?: 'EventPermissions', manage: boolean, register: boolean, checkIn: boolean, evaluate: boolean, editEvaluation: boolean, openEvaluation: boolean, closeEvaluation: boolean, viewEvaluation: boolean } } } };

export type RegistrationCheckInMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  checkIn: CheckIn;
}>;


export type RegistrationCheckInMutation = { __typename?: 'Mutation', registrationCheckIn: { __typename?: 'Registration', id: string, checkIn: CheckIn, checkedInAt?: string | null } };

export type ViewerCoHostInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerCoHostInvitationsQuery = { __typename?: 'Query', viewer?: { __typename?: 'User', id: string, memberships?: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, organisation: { __typename?: 'Organisation', id: string, name: string, eventCoHostInvitations?: Array<{ __typename?: 'EventHost', id: string, status: CoHostStatus, event: { __typename?: 'Event', id: string, title: string, startsAt: string, endsAt: string, organisation: { __typename?: 'Organisation', id: string, name: string } }, organisation: { __typename?: 'Organisation', id: string, name: string }, viewerCan: { __typename?: 'EventHostPermissions', accept: boolean, decline: boolean, remove: boolean } }> | null } }> | null } | null };

export type ViewerEventSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerEventSettingsQuery = { __typename?: 'Query', viewer?: { __typename?: 'User', id: string, calendarFeedUrl?: string | null, memberships?: Array<{ __typename?: 'Membership', id: string, organisation: { __typename?: 'Organisation', id: string, name: string } }> | null } | null };

export type GrantReviewAppealDecideMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  state: AppealState;
  note: Scalars['String']['input'];
}>;


export type GrantReviewAppealDecideMutation = { __typename?: 'Mutation', grantAppealDecide: { __typename?: 'GrantAppeal', id: string, state: AppealState, grounds: string, filedAt: string, outcomeNote?: string | null, decidedAt?: string | null, viewerCan: { __typename?: 'GrantAppealPermissions', uphold: boolean, forward: boolean } } };

export type GrantReviewApplicationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GrantReviewApplicationQuery = { __typename?: 'Query', grantApplication: { __typename?: 'GrantApplication', id: string, title: string, state: ApplicationState, summary: string, projectPlan: string, requestedTotal: number, submittedAt?: string | null, moreInfoRequest?: string | null, guidelinesVersion: number, viewerCan: { __typename?: 'GrantApplicationPermissions', assess: boolean, declareConflict: boolean, requestInfo: boolean, decide: boolean }, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }, partners: Array<{ __typename?: 'Organisation', id: string, name: string }>, budgetLines: Array<{ __typename?: 'BudgetLine', description: string, ownFunding: number, requested: number }>, round: { __typename?: 'GrantRound', id: string, title: string, state: RoundState, budget: number, criteria: Array<{ __typename?: 'Criterion', key: string, title: string, weight: number }> }, decision?: { __typename?: 'GrantDecision', decision: Decision, grantedAmount: number, reason: string, decidedAt: string } | null, assessments?: Array<{ __typename?: 'GrantAssessment', id: string, reviewerName: string, comment: string, declaration: ConflictDeclaration, noConflictDeclaredAt?: string | null, conflictDeclaredAt?: string | null, updatedAt: string, scores: Array<{ __typename?: 'CriterionScore', key: string, score: number }> }> | null } };

export type GrantReviewAssessmentSaveMutationVariables = Exact<{
  applicationId: Scalars['ID']['input'];
  scores: Array<ScoreInput> | ScoreInput;
  comment: Scalars['String']['input'];
}>;


export type GrantReviewAssessmentSaveMutation = { __typename?: 'Mutation', grantAssessmentSave: { __typename?: 'GrantAssessment', id: string, comment: string, updatedAt: string, scores: Array<{ __typename?: 'CriterionScore', key: string, score: number }> } };

export type GrantReviewAuditLogQueryVariables = Exact<{
  entityId: Scalars['ID']['input'];
}>;


export type GrantReviewAuditLogQuery = { __typename?: 'Query', auditLog: Array<{ __typename?: 'AuditEntry', id: string, action: string, actorName?: string | null, at: string, details: Record<string, unknown>, entityType: string }> };

export type GrantReviewAwardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GrantReviewAwardQuery = { __typename?: 'Query', grantAward: { __typename?: 'GrantAward', id: string, state: AwardState, amount: number, acceptDeadline: string, answeredAt?: string | null, declineReason?: string | null, createdAt: string, organisation: { __typename?: 'Organisation', id: string, name: string, orgNumber?: string | null }, round: { __typename?: 'GrantRound', id: string, title: string }, application: { __typename?: 'GrantApplication', id: string, title: string, appealDeadline?: string | null, appeal?: { __typename?: 'GrantAppeal', id: string, state: AppealState, grounds: string, filedAt: string, outcomeNote?: string | null, decidedAt?: string | null, viewerCan: { __typename?: 'GrantAppealPermissions', uphold: boolean, forward: boolean } } | null }, viewerCan: { __typename?: 'GrantAwardPermissions', accept: boolean, decline: boolean, requestChange: boolean, claimRepayment: boolean }, reports: Array<{ __typename?: 'GrantReport', id: string, kind: ReportKind, state: ReportState, dueAt: string, overdue: boolean, submittedAt?: string | null, viewerCan: { __typename?: 'GrantReportPermissions', requestExtension: boolean } }>, payments: Array<{ __typename?: 'GrantPayment', id: string, position: number, percent: number, amount: number, trigger: PaymentTrigger, state: PaymentState, requestedAt?: string | null, paidAt?: string | null, paidReference?: string | null, viewerCan: { __typename?: 'GrantPaymentPermissions', markPaid: boolean } }>, repaymentClaims: Array<{ __typename?: 'GrantRepaymentClaim', id: string, amount: number, reason: RepaymentReason, note: string, state: RepaymentState, settlementNote?: string | null, settledAt?: string | null, createdAt: string, viewerCan: { __typename?: 'GrantRepaymentPermissions', recordRepaid: boolean, waive: boolean } }>, changeRequests: Array<{ __typename?: 'GrantChangeRequest', id: string, kind: ChangeRequestKind, state: ChangeRequestState, message: string, requestedDueAt?: string | null, decisionReason?: string | null, decidedAt?: string | null, createdAt: string, report?: { __typename?: 'GrantReport', id: string, kind: ReportKind, dueAt: string } | null, viewerCan: { __typename?: 'GrantChangeRequestPermissions', approve: boolean, deny: boolean } }> } };

export type GrantReviewAwardLogQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GrantReviewAwardLogQuery = { __typename?: 'Query', grantAwardAuditLog: Array<{ __typename?: 'AuditEntry', id: string, entityType: string, action: string, actorName?: string | null, at: string, details: Record<string, unknown> }> };

export type GrantReviewChangeRequestDecideMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  state: ChangeRequestState;
  reason: Scalars['String']['input'];
}>;


export type GrantReviewChangeRequestDecideMutation = { __typename?: 'Mutation', grantChangeRequestDecide: { __typename?: 'GrantChangeRequest', id: string, state: ChangeRequestState, decisionReason?: string | null, decidedAt?: string | null } };

export type GrantReviewDashboardQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type GrantReviewDashboardQuery = { __typename?: 'Query', grantRoundDashboard: { __typename?: 'RoundDashboard', budget: number, requested: number, granted: number, byState: Array<{ __typename?: 'DashboardBucket', value: string, count: number, requested: number }>, byMunicipality: Array<{ __typename?: 'DashboardBucket', value: string, count: number, requested: number }>, byOrganisationKind: Array<{ __typename?: 'DashboardBucket', value: string, count: number, requested: number }>, conflicts: Array<{ __typename?: 'DeclaredConflict', reviewerName: string, declaredAt: string, application: { __typename?: 'GrantApplication', id: string, title: string } }> } };

export type GrantReviewDecideMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  decision: Decision;
  grantedAmount: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  overrideNote?: InputMaybe<Scalars['String']['input']>;
}>;


export type GrantReviewDecideMutation = { __typename?: 'Mutation', grantApplicationDecide: { __typename?: 'GrantApplication', id: string, title: string, state: ApplicationState, summary: string, projectPlan: string, requestedTotal: number, submittedAt?: string | null, moreInfoRequest?: string | null, guidelinesVersion: number, viewerCan: { __typename?: 'GrantApplicationPermissions', assess: boolean, declareConflict: boolean, requestInfo: boolean, decide: boolean }, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }, partners: Array<{ __typename?: 'Organisation', id: string, name: string }>, budgetLines: Array<{ __typename?: 'BudgetLine', description: string, ownFunding: number, requested: number }>, round: { __typename?: 'GrantRound', id: string, title: string, state: RoundState, budget: number, criteria: Array<{ __typename?: 'Criterion', key: string, title: string, weight: number }> }, decision?: { __typename?: 'GrantDecision', decision: Decision, grantedAmount: number, reason: string, decidedAt: string } | null, assessments?: Array<{ __typename?: 'GrantAssessment', id: string, reviewerName: string, comment: string, declaration: ConflictDeclaration, noConflictDeclaredAt?: string | null, conflictDeclaredAt?: string | null, updatedAt: string, scores: Array<{ __typename?: 'CriterionScore', key: string, score: number }> }> | null } };

export type GrantReviewDeclareMutationVariables = Exact<{
  applicationId: Scalars['ID']['input'];
  declaration?: ConflictDeclaration;
}>;


export type GrantReviewDeclareMutation = { __typename?: 'Mutation', grantAssessmentDeclare: { __typename?: 'GrantAssessment', id: string, declaration: ConflictDeclaration, noConflictDeclaredAt?: string | null, conflictDeclaredAt?: string | null } };

export type GrantReviewEventsQueryVariables = Exact<{
  filter?: InputMaybe<EventFilter>;
}>;


export type GrantReviewEventsQuery = { __typename?: 'Query', events: { __typename?: 'EventConnection', nodes: Array<{ __typename?: 'Event', id: string, title: string, startsAt: string }> } };

export type GrantReviewFollowUpQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type GrantReviewFollowUpQuery = { __typename?: 'Query', grantRoundFollowUp: { __typename?: 'RoundFollowUp', awarded: number, returned: number, requested: number, paid: number, awards: Array<{ __typename?: 'GrantAward', id: string, state: AwardState, amount: number, acceptDeadline: string, organisation: { __typename?: 'Organisation', id: string, name: string }, application: { __typename?: 'GrantApplication', id: string, title: string } }>, notAnswered: Array<{ __typename?: 'GrantAward', id: string }>, overdueReports: Array<{ __typename?: 'GrantReport', id: string, kind: ReportKind, dueAt: string, submittedAt?: string | null, award: { __typename?: 'GrantAward', id: string, organisation: { __typename?: 'Organisation', id: string, name: string }, application: { __typename?: 'GrantApplication', id: string, title: string } } }>, reportsToReview: Array<{ __typename?: 'GrantReport', id: string, kind: ReportKind, dueAt: string, submittedAt?: string | null, award: { __typename?: 'GrantAward', id: string, organisation: { __typename?: 'Organisation', id: string, name: string }, application: { __typename?: 'GrantApplication', id: string, title: string } } }>, pendingChanges: Array<{ __typename?: 'GrantChangeRequest', id: string, kind: ChangeRequestKind, createdAt: string, award: { __typename?: 'GrantAward', id: string, organisation: { __typename?: 'Organisation', id: string, name: string }, application: { __typename?: 'GrantApplication', id: string, title: string } } }>, openAppeals: Array<{ __typename?: 'GrantAppeal', id: string, state: AppealState, grounds: string, filedAt: string, outcomeNote?: string | null, decidedAt?: string | null, application: { __typename?: 'GrantApplication', id: string, title: string, organisation: { __typename?: 'Organisation', id: string, name: string } }, viewerCan: { __typename?: 'GrantAppealPermissions', uphold: boolean, forward: boolean } }> } };

export type FollowUpReportRowFragment = { __typename?: 'GrantReport', id: string, kind: ReportKind, dueAt: string, submittedAt?: string | null, award: { __typename?: 'GrantAward', id: string, organisation: { __typename?: 'Organisation', id: string, name: string }, application: { __typename?: 'GrantApplication', id: string, title: string } } };

export type GrantReviewPaymentMarkPaidMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reference: Scalars['String']['input'];
}>;


export type GrantReviewPaymentMarkPaidMutation = { __typename?: 'Mutation', grantPaymentMarkPaid: { __typename?: 'GrantPayment', id: string, state: PaymentState, paidAt?: string | null, paidReference?: string | null, viewerCan: { __typename?: 'GrantPaymentPermissions', markPaid: boolean } } };

export type GrantReviewRankingQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type GrantReviewRankingQuery = { __typename?: 'Query', grantRoundRanking: Array<{ __typename?: 'RankedApplication', score?: number | null, reviews: number, application: { __typename?: 'GrantApplication', id: string, title: string, state: ApplicationState, requestedTotal: number, organisation: { __typename?: 'Organisation', id: string, name: string }, decision?: { __typename?: 'GrantDecision', decision: Decision, grantedAmount: number } | null } }> };

export type GrantReviewRepaymentClaimMutationVariables = Exact<{
  awardId: Scalars['ID']['input'];
  amount: Scalars['Int']['input'];
  reason: RepaymentReason;
  note: Scalars['String']['input'];
}>;


export type GrantReviewRepaymentClaimMutation = { __typename?: 'Mutation', grantRepaymentClaim: { __typename?: 'GrantRepaymentClaim', id: string, state: RepaymentState } };

export type GrantReviewRepaymentSettleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  state: RepaymentState;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type GrantReviewRepaymentSettleMutation = { __typename?: 'Mutation', grantRepaymentSettle: { __typename?: 'GrantRepaymentClaim', id: string, state: RepaymentState, settlementNote?: string | null, settledAt?: string | null } };

export type GrantReviewReportApproveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
}>;


export type GrantReviewReportApproveMutation = { __typename?: 'Mutation', grantReportApprove: { __typename?: 'GrantReport', id: string, kind: ReportKind, state: ReportState, dueAt: string, overdue: boolean, version: number, goals: string, activitiesHeld: number, totalSpent?: number | null, grantUsed?: number | null, submittedAt?: string | null, reviewMessage?: string | null, reviewedAt?: string | null, missing: Array<string>, results: Array<{ __typename?: 'ReportResultRow', targetGroup: TargetGroup, participants: number, municipality: { __typename?: 'Municipality', number: string, name: string } }>, accounts: Array<{ __typename?: 'ReportAccountLine', line: number, description: string, planned: number, actual?: number | null }>, viewerCan: { __typename?: 'GrantReportPermissions', edit: boolean, submit: boolean, resubmit: boolean, approve: boolean, requestChanges: boolean, reject: boolean, requestExtension: boolean } } };

export type GrantReviewReportRejectMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type GrantReviewReportRejectMutation = { __typename?: 'Mutation', grantReportReject: { __typename?: 'GrantReport', id: string, kind: ReportKind, state: ReportState, dueAt: string, overdue: boolean, version: number, goals: string, activitiesHeld: number, totalSpent?: number | null, grantUsed?: number | null, submittedAt?: string | null, reviewMessage?: string | null, reviewedAt?: string | null, missing: Array<string>, results: Array<{ __typename?: 'ReportResultRow', targetGroup: TargetGroup, participants: number, municipality: { __typename?: 'Municipality', number: string, name: string } }>, accounts: Array<{ __typename?: 'ReportAccountLine', line: number, description: string, planned: number, actual?: number | null }>, viewerCan: { __typename?: 'GrantReportPermissions', edit: boolean, submit: boolean, resubmit: boolean, approve: boolean, requestChanges: boolean, reject: boolean, requestExtension: boolean } } };

export type GrantReviewReportRequestChangesMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  message: Scalars['String']['input'];
}>;


export type GrantReviewReportRequestChangesMutation = { __typename?: 'Mutation', grantReportRequestChanges: { __typename?: 'GrantReport', id: string, kind: ReportKind, state: ReportState, dueAt: string, overdue: boolean, version: number, goals: string, activitiesHeld: number, totalSpent?: number | null, grantUsed?: number | null, submittedAt?: string | null, reviewMessage?: string | null, reviewedAt?: string | null, missing: Array<string>, results: Array<{ __typename?: 'ReportResultRow', targetGroup: TargetGroup, participants: number, municipality: { __typename?: 'Municipality', number: string, name: string } }>, accounts: Array<{ __typename?: 'ReportAccountLine', line: number, description: string, planned: number, actual?: number | null }>, viewerCan: { __typename?: 'GrantReportPermissions', edit: boolean, submit: boolean, resubmit: boolean, approve: boolean, requestChanges: boolean, reject: boolean, requestExtension: boolean } } };

export type GrantReviewRequestInfoMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  message: Scalars['String']['input'];
}>;


export type GrantReviewRequestInfoMutation = { __typename?: 'Mutation', grantApplicationRequestInfo: { __typename?: 'GrantApplication', id: string, title: string, state: ApplicationState, summary: string, projectPlan: string, requestedTotal: number, submittedAt?: string | null, moreInfoRequest?: string | null, guidelinesVersion: number, viewerCan: { __typename?: 'GrantApplicationPermissions', assess: boolean, declareConflict: boolean, requestInfo: boolean, decide: boolean }, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }, partners: Array<{ __typename?: 'Organisation', id: string, name: string }>, budgetLines: Array<{ __typename?: 'BudgetLine', description: string, ownFunding: number, requested: number }>, round: { __typename?: 'GrantRound', id: string, title: string, state: RoundState, budget: number, criteria: Array<{ __typename?: 'Criterion', key: string, title: string, weight: number }> }, decision?: { __typename?: 'GrantDecision', decision: Decision, grantedAmount: number, reason: string, decidedAt: string } | null, assessments?: Array<{ __typename?: 'GrantAssessment', id: string, reviewerName: string, comment: string, declaration: ConflictDeclaration, noConflictDeclaredAt?: string | null, conflictDeclaredAt?: string | null, updatedAt: string, scores: Array<{ __typename?: 'CriterionScore', key: string, score: number }> }> | null } };

export type GrantReviewRoundQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GrantReviewRoundQuery = { __typename?: 'Query', grantRound: { __typename?: 'GrantRound', id: string, title: string, year: number, budget: number, state: RoundState, opensAt: string, closesAt: string, contacts: string, minPartners: number, eligibleKinds: Array<OrganisationKind>, eligibleMunicipalities: Array<string>, guidelinesVersion: number, decisionsPublishedAt?: string | null, acceptingApplications: boolean, acceptanceDays: number, viewerCan: { __typename?: 'GrantRoundPermissions', edit: boolean, open: boolean, close: boolean, publishDecisions: boolean }, scheme: { __typename?: 'GrantScheme', id: string, name: string }, guidelines?: { __typename?: 'GrantGuidelines', version: number, body: string } | null, criteria: Array<{ __typename?: 'Criterion', key: string, title: string, weight: number }>, infoEvent?: { __typename?: 'Event', id: string, title: string, startsAt: string } | null, reportRequirements: Array<{ __typename?: 'ReportRequirement', key: string, kind: ReportKind, dueAt: string }>, paymentPlan: Array<{ __typename?: 'PaymentPlanLine', percent: number, trigger: PaymentTrigger }> } };

export type GrantReviewRoundCloseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GrantReviewRoundCloseMutation = { __typename?: 'Mutation', grantRoundClose: { __typename?: 'GrantRound', id: string, title: string, year: number, budget: number, state: RoundState, opensAt: string, closesAt: string, contacts: string, minPartners: number, eligibleKinds: Array<OrganisationKind>, eligibleMunicipalities: Array<string>, guidelinesVersion: number, decisionsPublishedAt?: string | null, acceptingApplications: boolean, acceptanceDays: number, viewerCan: { __typename?: 'GrantRoundPermissions', edit: boolean, open: boolean, close: boolean, publishDecisions: boolean }, scheme: { __typename?: 'GrantScheme', id: string, name: string }, guidelines?: { __typename?: 'GrantGuidelines', version: number, body: string } | null, criteria: Array<{ __typename?: 'Criterion', key: string, title: string, weight: number }>, infoEvent?: { __typename?: 'Event', id: string, title: string, startsAt: string } | null, reportRequirements: Array<{ __typename?: 'ReportRequirement', key: string, kind: ReportKind, dueAt: string }>, paymentPlan: Array<{ __typename?: 'PaymentPlanLine', percent: number, trigger: PaymentTrigger }> } };

export type GrantReviewRoundCreateMutationVariables = Exact<{
  input: GrantRoundInput;
}>;


export type GrantReviewRoundCreateMutation = { __typename?: 'Mutation', grantRoundCreate: { __typename?: 'GrantRound', id: string, title: string, year: number, budget: number, state: RoundState, opensAt: string, closesAt: string, contacts: string, minPartners: number, eligibleKinds: Array<OrganisationKind>, eligibleMunicipalities: Array<string>, guidelinesVersion: number, decisionsPublishedAt?: string | null, acceptingApplications: boolean, acceptanceDays: number, viewerCan: { __typename?: 'GrantRoundPermissions', edit: boolean, open: boolean, close: boolean, publishDecisions: boolean }, scheme: { __typename?: 'GrantScheme', id: string, name: string }, guidelines?: { __typename?: 'GrantGuidelines', version: number, body: string } | null, criteria: Array<{ __typename?: 'Criterion', key: string, title: string, weight: number }>, infoEvent?: { __typename?: 'Event', id: string, title: string, startsAt: string } | null, reportRequirements: Array<{ __typename?: 'ReportRequirement', key: string, kind: ReportKind, dueAt: string }>, paymentPlan: Array<{ __typename?: 'PaymentPlanLine', percent: number, trigger: PaymentTrigger }> } };

export type GrantReviewRoundOpenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GrantReviewRoundOpenMutation = { __typename?: 'Mutation', grantRoundOpen: { __typename?: 'GrantRound', id: string, title: string, year: number, budget: number, state: RoundState, opensAt: string, closesAt: string, contacts: string, minPartners: number, eligibleKinds: Array<OrganisationKind>, eligibleMunicipalities: Array<string>, guidelinesVersion: number, decisionsPublishedAt?: string | null, acceptingApplications: boolean, acceptanceDays: number, viewerCan: { __typename?: 'GrantRoundPermissions', edit: boolean, open: boolean, close: boolean, publishDecisions: boolean }, scheme: { __typename?: 'GrantScheme', id: string, name: string }, guidelines?: { __typename?: 'GrantGuidelines', version: number, body: string } | null, criteria: Array<{ __typename?: 'Criterion', key: string, title: string, weight: number }>, infoEvent?: { __typename?: 'Event', id: string, title: string, startsAt: string } | null, reportRequirements: Array<{ __typename?: 'ReportRequirement', key: string, kind: ReportKind, dueAt: string }>, paymentPlan: Array<{ __typename?: 'PaymentPlanLine', percent: number, trigger: PaymentTrigger }> } };

export type GrantReviewRoundPublishMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GrantReviewRoundPublishMutation = { __typename?: 'Mutation', grantRoundPublishDecisions: { __typename?: 'GrantRound', id: string, title: string, year: number, budget: number, state: RoundState, opensAt: string, closesAt: string, contacts: string, minPartners: number, eligibleKinds: Array<OrganisationKind>, eligibleMunicipalities: Array<string>, guidelinesVersion: number, decisionsPublishedAt?: string | null, acceptingApplications: boolean, acceptanceDays: number, viewerCan: { __typename?: 'GrantRoundPermissions', edit: boolean, open: boolean, close: boolean, publishDecisions: boolean }, scheme: { __typename?: 'GrantScheme', id: string, name: string }, guidelines?: { __typename?: 'GrantGuidelines', version: number, body: string } | null, criteria: Array<{ __typename?: 'Criterion', key: string, title: string, weight: number }>, infoEvent?: { __typename?: 'Event', id: string, title: string, startsAt: string } | null, reportRequirements: Array<{ __typename?: 'ReportRequirement', key: string, kind: ReportKind, dueAt: string }>, paymentPlan: Array<{ __typename?: 'PaymentPlanLine', percent: number, trigger: PaymentTrigger }> } };

export type GrantReviewRoundUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: GrantRoundInput;
}>;


export type GrantReviewRoundUpdateMutation = { __typename?: 'Mutation', grantRoundUpdate: { __typename?: 'GrantRound', id: string, title: string, year: number, budget: number, state: RoundState, opensAt: string, closesAt: string, contacts: string, minPartners: number, eligibleKinds: Array<OrganisationKind>, eligibleMunicipalities: Array<string>, guidelinesVersion: number, decisionsPublishedAt?: string | null, acceptingApplications: boolean, acceptanceDays: number, viewerCan: { __typename?: 'GrantRoundPermissions', edit: boolean, open: boolean, close: boolean, publishDecisions: boolean }, scheme: { __typename?: 'GrantScheme', id: string, name: string }, guidelines?: { __typename?: 'GrantGuidelines', version: number, body: string } | null, criteria: Array<{ __typename?: 'Criterion', key: string, title: string, weight: number }>, infoEvent?: { __typename?: 'Event', id: string, title: string, startsAt: string } | null, reportRequirements: Array<{ __typename?: 'ReportRequirement', key: string, kind: ReportKind, dueAt: string }>, paymentPlan: Array<{ __typename?: 'PaymentPlanLine', percent: number, trigger: PaymentTrigger }> } };

export type GrantReviewRoundUpdatesSubscriptionVariables = Exact<{
  roundId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type GrantReviewRoundUpdatesSubscription = { __typename?: 'Subscription', grantRoundUpdates: { __typename?: 'RoundUpdate', cursor: string, type: string, applicationId?: string | null } };

export type GrantReviewRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type GrantReviewRoundsQuery = { __typename?: 'Query', grantRounds: Array<{ __typename?: 'GrantRound', id: string, title: string, year: number, state: RoundState, budget: number, opensAt: string, closesAt: string, viewerCan: { __typename?: 'GrantRoundPermissions', edit: boolean }, scheme: { __typename?: 'GrantScheme', id: string, name: string } }> };

export type GrantReviewSchemeCreateMutationVariables = Exact<{
  name: Scalars['String']['input'];
  description: Scalars['String']['input'];
}>;


export type GrantReviewSchemeCreateMutation = { __typename?: 'Mutation', grantSchemeCreate: { __typename?: 'GrantScheme', id: string, name: string, description: string } };

export type GrantReviewSchemesQueryVariables = Exact<{ [key: string]: never; }>;


export type GrantReviewSchemesQuery = { __typename?: 'Query', grantSchemes: Array<{ __typename?: 'GrantScheme', id: string, name: string, description: string }> };

export type GrantRoundResultsQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type GrantRoundResultsQuery = { __typename?: 'Query', grantRoundResults: { __typename?: 'RoundResults', totalAwarded: number, reportsApproved: number, participants: number, csvUrl: string, round: { __typename?: 'GrantRound', id: string, title: string, year: number, budget: number, decisionsPublishedAt?: string | null, scheme: { __typename?: 'GrantScheme', id: string, name: string } }, awards: Array<{ __typename?: 'PublishedAward', organisationId: string, organisationName: string, title: string, summary: string, amount: number, accepted: boolean, participants?: number | null, grantUsed?: number | null }>, byMunicipality: Array<{ __typename?: 'MunicipalityResult', municipalityNumber: string, name: string, participants: number, spent: number }>, byTargetGroup: Array<{ __typename?: 'TargetGroupResult', targetGroup: TargetGroup, participants: number }> } };

export type ReviewApplicationFieldsFragment = { __typename?: 'GrantApplication', id: string, title: string, state: ApplicationState, summary: string, projectPlan: string, requestedTotal: number, submittedAt?: string | null, moreInfoRequest?: string | null, guidelinesVersion: number, viewerCan: { __typename?: 'GrantApplicationPermissions', assess: boolean, declareConflict: boolean, requestInfo: boolean, decide: boolean }, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }, partners: Array<{ __typename?: 'Organisation', id: string, name: string }>, budgetLines: Array<{ __typename?: 'BudgetLine', description: string, ownFunding: number, requested: number }>, round: { __typename?: 'GrantRound', id: string, title: string, state: RoundState, budget: number, criteria: Array<{ __typename?: 'Criterion', key: string, title: string, weight: number }> }, decision?: { __typename?: 'GrantDecision', decision: Decision, grantedAmount: number, reason: string, decidedAt: string } | null, assessments?: Array<{ __typename?: 'GrantAssessment', id: string, reviewerName: string, comment: string, declaration: ConflictDeclaration, noConflictDeclaredAt?: string | null, conflictDeclaredAt?: string | null, updatedAt: string, scores: Array<{ __typename?: 'CriterionScore', key: string, score: number }> }> | null };

export type ReviewRoundFieldsFragment = { __typename?: 'GrantRound', id: string, title: string, year: number, budget: number, state: RoundState, opensAt: string, closesAt: string, contacts: string, minPartners: number, eligibleKinds: Array<OrganisationKind>, eligibleMunicipalities: Array<string>, guidelinesVersion: number, decisionsPublishedAt?: string | null, acceptingApplications: boolean, acceptanceDays: number, viewerCan: { __typename?: 'GrantRoundPermissions', edit: boolean, open: boolean, close: boolean, publishDecisions: boolean }, scheme: { __typename?: 'GrantScheme', id: string, name: string }, guidelines?: { __typename?: 'GrantGuidelines', version: number, body: string } | null, criteria: Array<{ __typename?: 'Criterion', key: string, title: string, weight: number }>, infoEvent?: { __typename?: 'Event', id: string, title: string, startsAt: string } | null, reportRequirements: Array<{ __typename?: 'ReportRequirement', key: string, kind: ReportKind, dueAt: string }>, paymentPlan: Array<{ __typename?: 'PaymentPlanLine', percent: number, trigger: PaymentTrigger }> };

export type FollowUpAppealFieldsFragment = { __typename?: 'GrantAppeal', id: string, state: AppealState, grounds: string, filedAt: string, outcomeNote?: string | null, decidedAt?: string | null, viewerCan: { __typename?: 'GrantAppealPermissions', uphold: boolean, forward: boolean } };

export type FollowUpAwardFieldsFragment = { __typename?: 'GrantAward', id: string, state: AwardState, amount: number, acceptDeadline: string, answeredAt?: string | null, declineReason?: string | null, createdAt: string, viewerCan: { __typename?: 'GrantAwardPermissions', accept: boolean, decline: boolean, requestChange: boolean, claimRepayment: boolean }, reports: Array<{ __typename?: 'GrantReport', id: string, kind: ReportKind, state: ReportState, dueAt: string, overdue: boolean, submittedAt?: string | null, viewerCan: { __typename?: 'GrantReportPermissions', requestExtension: boolean } }>, payments: Array<{ __typename?: 'GrantPayment', id: string, position: number, percent: number, amount: number, trigger: PaymentTrigger, state: PaymentState, requestedAt?: string | null, paidAt?: string | null, paidReference?: string | null, viewerCan: { __typename?: 'GrantPaymentPermissions', markPaid: boolean } }>, repaymentClaims: Array<{ __typename?: 'GrantRepaymentClaim', id: string, amount: number, reason: RepaymentReason, note: string, state: RepaymentState, settlementNote?: string | null, settledAt?: string | null, createdAt: string, viewerCan: { __typename?: 'GrantRepaymentPermissions', recordRepaid: boolean, waive: boolean } }>, changeRequests: Array<{ __typename?: 'GrantChangeRequest', id: string, kind: ChangeRequestKind, state: ChangeRequestState, message: string, requestedDueAt?: string | null, decisionReason?: string | null, decidedAt?: string | null, createdAt: string, report?: { __typename?: 'GrantReport', id: string, kind: ReportKind, dueAt: string } | null, viewerCan: { __typename?: 'GrantChangeRequestPermissions', approve: boolean, deny: boolean } }> };

export type GrantAppealFileMutationVariables = Exact<{
  applicationId: Scalars['ID']['input'];
  grounds: Scalars['String']['input'];
}>;


export type GrantAppealFileMutation = { __typename?: 'Mutation', grantAppealFile: { __typename?: 'GrantAppeal', id: string, state: AppealState, grounds: string, filedAt: string, outcomeNote?: string | null, decidedAt?: string | null, viewerCan: { __typename?: 'GrantAppealPermissions', uphold: boolean, forward: boolean } } };

export type GrantApplicationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GrantApplicationQuery = { __typename?: 'Query', grantApplication: { __typename?: 'GrantApplication', id: string, title: string, summary: string, projectPlan: string, version: number, state: ApplicationState, missing: Array<string>, requestedTotal: number, guidelinesVersion: number, submittedAt?: string | null, updatedAt: string, moreInfoRequest?: string | null, viewerCan: { __typename?: 'GrantApplicationPermissions', edit: boolean, submit: boolean, resubmit: boolean, withdraw: boolean }, budgetLines: Array<{ __typename?: 'BudgetLine', description: string, ownFunding: number, requested: number }>, partners: Array<{ __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }>, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }, round: { __typename?: 'GrantRound', id: string, title: string, state: RoundState, closesAt: string, acceptingApplications: boolean, minPartners: number, guidelinesVersion: number, scheme: { __typename?: 'GrantScheme', id: string, name: string } } } };

export type GrantApplicationCreateMutationVariables = Exact<{
  roundId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
}>;


export type GrantApplicationCreateMutation = { __typename?: 'Mutation', grantApplicationCreate: { __typename?: 'GrantApplication', id: string, title: string, summary: string, projectPlan: string, version: number, state: ApplicationState, missing: Array<string>, requestedTotal: number, guidelinesVersion: number, submittedAt?: string | null, updatedAt: string, moreInfoRequest?: string | null, viewerCan: { __typename?: 'GrantApplicationPermissions', edit: boolean, submit: boolean, resubmit: boolean, withdraw: boolean }, budgetLines: Array<{ __typename?: 'BudgetLine', description: string, ownFunding: number, requested: number }>, partners: Array<{ __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }>, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }, round: { __typename?: 'GrantRound', id: string, title: string, state: RoundState, closesAt: string, acceptingApplications: boolean, minPartners: number, guidelinesVersion: number, scheme: { __typename?: 'GrantScheme', id: string, name: string } } } };

export type GrantApplicationFieldsFragment = { __typename?: 'GrantApplication', id: string, title: string, summary: string, projectPlan: string, version: number, state: ApplicationState, missing: Array<string>, requestedTotal: number, guidelinesVersion: number, submittedAt?: string | null, updatedAt: string, moreInfoRequest?: string | null, viewerCan: { __typename?: 'GrantApplicationPermissions', edit: boolean, submit: boolean, resubmit: boolean, withdraw: boolean }, budgetLines: Array<{ __typename?: 'BudgetLine', description: string, ownFunding: number, requested: number }>, partners: Array<{ __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }>, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }, round: { __typename?: 'GrantRound', id: string, title: string, state: RoundState, closesAt: string, acceptingApplications: boolean, minPartners: number, guidelinesVersion: number, scheme: { __typename?: 'GrantScheme', id: string, name: string } } };

export type GrantApplicationSaveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: GrantApplicationInput;
}>;


export type GrantApplicationSaveMutation = { __typename?: 'Mutation', grantApplicationSave: { __typename?: 'GrantApplication', id: string, title: string, summary: string, projectPlan: string, version: number, state: ApplicationState, missing: Array<string>, requestedTotal: number, guidelinesVersion: number, submittedAt?: string | null, updatedAt: string, moreInfoRequest?: string | null, viewerCan: { __typename?: 'GrantApplicationPermissions', edit: boolean, submit: boolean, resubmit: boolean, withdraw: boolean }, budgetLines: Array<{ __typename?: 'BudgetLine', description: string, ownFunding: number, requested: number }>, partners: Array<{ __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }>, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }, round: { __typename?: 'GrantRound', id: string, title: string, state: RoundState, closesAt: string, acceptingApplications: boolean, minPartners: number, guidelinesVersion: number, scheme: { __typename?: 'GrantScheme', id: string, name: string } } } };

export type GrantApplicationSubmitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GrantApplicationSubmitMutation = { __typename?: 'Mutation', grantApplicationSubmit: { __typename?: 'GrantApplication', id: string, title: string, summary: string, projectPlan: string, version: number, state: ApplicationState, missing: Array<string>, requestedTotal: number, guidelinesVersion: number, submittedAt?: string | null, updatedAt: string, moreInfoRequest?: string | null, viewerCan: { __typename?: 'GrantApplicationPermissions', edit: boolean, submit: boolean, resubmit: boolean, withdraw: boolean }, budgetLines: Array<{ __typename?: 'BudgetLine', description: string, ownFunding: number, requested: number }>, partners: Array<{ __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }>, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }, round: { __typename?: 'GrantRound', id: string, title: string, state: RoundState, closesAt: string, acceptingApplications: boolean, minPartners: number, guidelinesVersion: number, scheme: { __typename?: 'GrantScheme', id: string, name: string } } } };

export type GrantApplicationWithdrawMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GrantApplicationWithdrawMutation = { __typename?: 'Mutation', grantApplicationWithdraw: { __typename?: 'GrantApplication', id: string, title: string, summary: string, projectPlan: string, version: number, state: ApplicationState, missing: Array<string>, requestedTotal: number, guidelinesVersion: number, submittedAt?: string | null, updatedAt: string, moreInfoRequest?: string | null, viewerCan: { __typename?: 'GrantApplicationPermissions', edit: boolean, submit: boolean, resubmit: boolean, withdraw: boolean }, budgetLines: Array<{ __typename?: 'BudgetLine', description: string, ownFunding: number, requested: number }>, partners: Array<{ __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }>, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }, round: { __typename?: 'GrantRound', id: string, title: string, state: RoundState, closesAt: string, acceptingApplications: boolean, minPartners: number, guidelinesVersion: number, scheme: { __typename?: 'GrantScheme', id: string, name: string } } } };

export type GrantAttachmentDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GrantAttachmentDeleteMutation = { __typename?: 'Mutation', grantAttachmentDelete: { __typename?: 'GrantApplication', id: string } };

export type GrantAttachmentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GrantAttachmentsQuery = { __typename?: 'Query', grantApplication: { __typename?: 'GrantApplication', id: string, attachments: Array<{ __typename?: 'GrantAttachment', id: string, filename: string, mimeType: string, size: number, createdAt: string, url: string }> } };

export type GrantAwardAcceptMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GrantAwardAcceptMutation = { __typename?: 'Mutation', grantAwardAccept: { __typename?: 'GrantAward', id: string, state: AwardState, amount: number, acceptDeadline: string, answeredAt?: string | null, declineReason?: string | null, createdAt: string, viewerCan: { __typename?: 'GrantAwardPermissions', accept: boolean, decline: boolean, requestChange: boolean, claimRepayment: boolean }, reports: Array<{ __typename?: 'GrantReport', id: string, kind: ReportKind, state: ReportState, dueAt: string, overdue: boolean, submittedAt?: string | null, viewerCan: { __typename?: 'GrantReportPermissions', requestExtension: boolean } }>, payments: Array<{ __typename?: 'GrantPayment', id: string, position: number, percent: number, amount: number, trigger: PaymentTrigger, state: PaymentState, requestedAt?: string | null, paidAt?: string | null, paidReference?: string | null, viewerCan: { __typename?: 'GrantPaymentPermissions', markPaid: boolean } }>, repaymentClaims: Array<{ __typename?: 'GrantRepaymentClaim', id: string, amount: number, reason: RepaymentReason, note: string, state: RepaymentState, settlementNote?: string | null, settledAt?: string | null, createdAt: string, viewerCan: { __typename?: 'GrantRepaymentPermissions', recordRepaid: boolean, waive: boolean } }>, changeRequests: Array<{ __typename?: 'GrantChangeRequest', id: string, kind: ChangeRequestKind, state: ChangeRequestState, message: string, requestedDueAt?: string | null, decisionReason?: string | null, decidedAt?: string | null, createdAt: string, report?: { __typename?: 'GrantReport', id: string, kind: ReportKind, dueAt: string } | null, viewerCan: { __typename?: 'GrantChangeRequestPermissions', approve: boolean, deny: boolean } }> } };

export type GrantAwardDeclineMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type GrantAwardDeclineMutation = { __typename?: 'Mutation', grantAwardDecline: { __typename?: 'GrantAward', id: string, state: AwardState, amount: number, acceptDeadline: string, answeredAt?: string | null, declineReason?: string | null, createdAt: string, viewerCan: { __typename?: 'GrantAwardPermissions', accept: boolean, decline: boolean, requestChange: boolean, claimRepayment: boolean }, reports: Array<{ __typename?: 'GrantReport', id: string, kind: ReportKind, state: ReportState, dueAt: string, overdue: boolean, submittedAt?: string | null, viewerCan: { __typename?: 'GrantReportPermissions', requestExtension: boolean } }>, payments: Array<{ __typename?: 'GrantPayment', id: string, position: number, percent: number, amount: number, trigger: PaymentTrigger, state: PaymentState, requestedAt?: string | null, paidAt?: string | null, paidReference?: string | null, viewerCan: { __typename?: 'GrantPaymentPermissions', markPaid: boolean } }>, repaymentClaims: Array<{ __typename?: 'GrantRepaymentClaim', id: string, amount: number, reason: RepaymentReason, note: string, state: RepaymentState, settlementNote?: string | null, settledAt?: string | null, createdAt: string, viewerCan: { __typename?: 'GrantRepaymentPermissions', recordRepaid: boolean, waive: boolean } }>, changeRequests: Array<{ __typename?: 'GrantChangeRequest', id: string, kind: ChangeRequestKind, state: ChangeRequestState, message: string, requestedDueAt?: string | null, decisionReason?: string | null, decidedAt?: string | null, createdAt: string, report?: { __typename?: 'GrantReport', id: string, kind: ReportKind, dueAt: string } | null, viewerCan: { __typename?: 'GrantChangeRequestPermissions', approve: boolean, deny: boolean } }> } };

export type GrantChangeRequestCreateMutationVariables = Exact<{
  awardId: Scalars['ID']['input'];
  kind: ChangeRequestKind;
  message: Scalars['String']['input'];
  reportId?: InputMaybe<Scalars['ID']['input']>;
  requestedDueAt?: InputMaybe<Scalars['String']['input']>;
}>;


export type GrantChangeRequestCreateMutation = { __typename?: 'Mutation', grantChangeRequestCreate: { __typename?: 'GrantChangeRequest', id: string, state: ChangeRequestState } };

export type GrantDecisionLetterQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GrantDecisionLetterQuery = { __typename?: 'Query', grantApplication: { __typename?: 'GrantApplication', id: string, title: string, state: ApplicationState, requestedTotal: number, submittedAt?: string | null, appealDeadline?: string | null, organisation: { __typename?: 'Organisation', id: string, name: string, orgNumber?: string | null }, round: { __typename?: 'GrantRound', id: string, title: string, year: number, contacts: string, decisionsPublishedAt?: string | null, scheme: { __typename?: 'GrantScheme', id: string, name: string } }, decision?: { __typename?: 'GrantDecision', decision: Decision, grantedAmount: number, reason: string, decidedAt: string } | null, award?: { __typename?: 'GrantAward', id: string, acceptDeadline: string } | null } };

export type GrantFollowUpQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GrantFollowUpQuery = { __typename?: 'Query', grantApplication: { __typename?: 'GrantApplication', id: string, title: string, state: ApplicationState, appealDeadline?: string | null, viewerCan: { __typename?: 'GrantApplicationPermissions', fileAppeal: boolean }, organisation: { __typename?: 'Organisation', id: string, name: string }, round: { __typename?: 'GrantRound', id: string, title: string, decisionsPublishedAt?: string | null, scheme: { __typename?: 'GrantScheme', id: string, name: string } }, decision?: { __typename?: 'GrantDecision', decision: Decision, grantedAmount: number } | null, appeal?: { __typename?: 'GrantAppeal', id: string, state: AppealState, grounds: string, filedAt: string, outcomeNote?: string | null, decidedAt?: string | null, viewerCan: { __typename?: 'GrantAppealPermissions', uphold: boolean, forward: boolean } } | null, award?: { __typename?: 'GrantAward', id: string, state: AwardState, amount: number, acceptDeadline: string, answeredAt?: string | null, declineReason?: string | null, createdAt: string, viewerCan: { __typename?: 'GrantAwardPermissions', accept: boolean, decline: boolean, requestChange: boolean, claimRepayment: boolean }, reports: Array<{ __typename?: 'GrantReport', id: string, kind: ReportKind, state: ReportState, dueAt: string, overdue: boolean, submittedAt?: string | null, viewerCan: { __typename?: 'GrantReportPermissions', requestExtension: boolean } }>, payments: Array<{ __typename?: 'GrantPayment', id: string, position: number, percent: number, amount: number, trigger: PaymentTrigger, state: PaymentState, requestedAt?: string | null, paidAt?: string | null, paidReference?: string | null, viewerCan: { __typename?: 'GrantPaymentPermissions', markPaid: boolean } }>, repaymentClaims: Array<{ __typename?: 'GrantRepaymentClaim', id: string, amount: number, reason: RepaymentReason, note: string, state: RepaymentState, settlementNote?: string | null, settledAt?: string | null, createdAt: string, viewerCan: { __typename?: 'GrantRepaymentPermissions', recordRepaid: boolean, waive: boolean } }>, changeRequests: Array<{ __typename?: 'GrantChangeRequest', id: string, kind: ChangeRequestKind, state: ChangeRequestState, message: string, requestedDueAt?: string | null, decisionReason?: string | null, decidedAt?: string | null, createdAt: string, report?: { __typename?: 'GrantReport', id: string, kind: ReportKind, dueAt: string } | null, viewerCan: { __typename?: 'GrantChangeRequestPermissions', approve: boolean, deny: boolean } }> } | null } };

export type GrantPartnerSearchQueryVariables = Exact<{
  search: Scalars['String']['input'];
}>;


export type GrantPartnerSearchQuery = { __typename?: 'Query', organisations: { __typename?: 'OrganisationConnection', nodes: Array<{ __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }> } };

export type GrantReportQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GrantReportQuery = { __typename?: 'Query', grantReport: { __typename?: 'GrantReport', id: string, kind: ReportKind, state: ReportState, dueAt: string, overdue: boolean, version: number, goals: string, activitiesHeld: number, totalSpent?: number | null, grantUsed?: number | null, submittedAt?: string | null, reviewMessage?: string | null, reviewedAt?: string | null, missing: Array<string>, award: { __typename?: 'GrantAward', id: string, amount: number, state: AwardState, application: { __typename?: 'GrantApplication', id: string, title: string }, organisation: { __typename?: 'Organisation', id: string, name: string }, round: { __typename?: 'GrantRound', id: string, title: string } }, results: Array<{ __typename?: 'ReportResultRow', targetGroup: TargetGroup, participants: number, municipality: { __typename?: 'Municipality', number: string, name: string } }>, accounts: Array<{ __typename?: 'ReportAccountLine', line: number, description: string, planned: number, actual?: number | null }>, viewerCan: { __typename?: 'GrantReportPermissions', edit: boolean, submit: boolean, resubmit: boolean, approve: boolean, requestChanges: boolean, reject: boolean, requestExtension: boolean } } };

export type GrantReportAttachmentDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GrantReportAttachmentDeleteMutation = { __typename?: 'Mutation', grantReportAttachmentDelete: { __typename?: 'GrantReport', id: string } };

export type GrantReportAttachmentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GrantReportAttachmentsQuery = { __typename?: 'Query', grantReport: { __typename?: 'GrantReport', id: string, attachments: Array<{ __typename?: 'GrantReportAttachment', id: string, filename: string, mimeType: string, size: number, createdAt: string, url: string }> } };

export type GrantReportFieldsFragment = { __typename?: 'GrantReport', id: string, kind: ReportKind, state: ReportState, dueAt: string, overdue: boolean, version: number, goals: string, activitiesHeld: number, totalSpent?: number | null, grantUsed?: number | null, submittedAt?: string | null, reviewMessage?: string | null, reviewedAt?: string | null, missing: Array<string>, results: Array<{ __typename?: 'ReportResultRow', targetGroup: TargetGroup, participants: number, municipality: { __typename?: 'Municipality', number: string, name: string } }>, accounts: Array<{ __typename?: 'ReportAccountLine', line: number, description: string, planned: number, actual?: number | null }>, viewerCan: { __typename?: 'GrantReportPermissions', edit: boolean, submit: boolean, resubmit: boolean, approve: boolean, requestChanges: boolean, reject: boolean, requestExtension: boolean } };

export type GrantReportSaveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: GrantReportInput;
}>;


export type GrantReportSaveMutation = { __typename?: 'Mutation', grantReportSave: { __typename?: 'GrantReport', id: string, kind: ReportKind, state: ReportState, dueAt: string, overdue: boolean, version: number, goals: string, activitiesHeld: number, totalSpent?: number | null, grantUsed?: number | null, submittedAt?: string | null, reviewMessage?: string | null, reviewedAt?: string | null, missing: Array<string>, results: Array<{ __typename?: 'ReportResultRow', targetGroup: TargetGroup, participants: number, municipality: { __typename?: 'Municipality', number: string, name: string } }>, accounts: Array<{ __typename?: 'ReportAccountLine', line: number, description: string, planned: number, actual?: number | null }>, viewerCan: { __typename?: 'GrantReportPermissions', edit: boolean, submit: boolean, resubmit: boolean, approve: boolean, requestChanges: boolean, reject: boolean, requestExtension: boolean } } };

export type GrantReportSubmitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GrantReportSubmitMutation = { __typename?: 'Mutation', grantReportSubmit: { __typename?: 'GrantReport', id: string, kind: ReportKind, state: ReportState, dueAt: string, overdue: boolean, version: number, goals: string, activitiesHeld: number, totalSpent?: number | null, grantUsed?: number | null, submittedAt?: string | null, reviewMessage?: string | null, reviewedAt?: string | null, missing: Array<string>, results: Array<{ __typename?: 'ReportResultRow', targetGroup: TargetGroup, participants: number, municipality: { __typename?: 'Municipality', number: string, name: string } }>, accounts: Array<{ __typename?: 'ReportAccountLine', line: number, description: string, planned: number, actual?: number | null }>, viewerCan: { __typename?: 'GrantReportPermissions', edit: boolean, submit: boolean, resubmit: boolean, approve: boolean, requestChanges: boolean, reject: boolean, requestExtension: boolean } } };

export type GrantRoundQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GrantRoundQuery = { __typename?: 'Query', grantRound: { __typename?: 'GrantRound', guidelinesVersion: number, eligibleKinds: Array<OrganisationKind>, eligibleMunicipalities: Array<string>, minPartners: number, contacts: string, id: string, title: string, year: number, state: RoundState, budget: number, opensAt: string, closesAt: string, acceptingApplications: boolean, decisionsPublishedAt?: string | null, scheme: { __typename?: 'GrantScheme', id: string, name: string, description: string }, guidelines?: { __typename?: 'GrantGuidelines', version: number, bodyHtml: string, createdAt: string } | null, criteria: Array<{ __typename?: 'Criterion', key: string, title: string, weight: number }>, infoEvent?: { __typename?: 'Event', id: string, title: string, startsAt: string, endsAt: string } | null } };

export type GrantRoundSummaryFragment = { __typename?: 'GrantRound', id: string, title: string, year: number, state: RoundState, budget: number, opensAt: string, closesAt: string, acceptingApplications: boolean, decisionsPublishedAt?: string | null, scheme: { __typename?: 'GrantScheme', id: string, name: string } };

export type GrantRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type GrantRoundsQuery = { __typename?: 'Query', grantRounds: Array<{ __typename?: 'GrantRound', id: string, title: string, year: number, state: RoundState, budget: number, opensAt: string, closesAt: string, acceptingApplications: boolean, decisionsPublishedAt?: string | null, scheme: { __typename?: 'GrantScheme', id: string, name: string } }> };

export type MyGrantApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyGrantApplicationsQuery = { __typename?: 'Query', myGrantApplications: Array<{ __typename?: 'GrantApplication', id: string, title: string, state: ApplicationState, requestedTotal: number, updatedAt: string, submittedAt?: string | null, organisation: { __typename?: 'Organisation', id: string, name: string }, round: { __typename?: 'GrantRound', id: string, title: string, year: number, state: RoundState, budget: number, opensAt: string, closesAt: string, acceptingApplications: boolean, decisionsPublishedAt?: string | null, scheme: { __typename?: 'GrantScheme', id: string, name: string } } }> };

export type AnnouncementFieldsFragment = { __typename?: 'Announcement', id: string, title: string, bodyHtml: string, createdAt: string };

export type AnnouncementPostMutationVariables = Exact<{
  input: AnnouncementInput;
}>;


export type AnnouncementPostMutation = { __typename?: 'Mutation', announcementPost: { __typename?: 'Announcement', id: string, title: string, bodyHtml: string, createdAt: string } };

export type AnnouncementPostedSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AnnouncementPostedSubscription = { __typename?: 'Subscription', announcementPosted: { __typename?: 'AnnouncementEvent', cursor: string, announcement: { __typename?: 'Announcement', id: string, title: string, bodyHtml: string, createdAt: string } } };

export type AnnouncementsQueryVariables = Exact<{ [key: string]: never; }>;


export type AnnouncementsQuery = { __typename?: 'Query', announcements: Array<{ __typename?: 'Announcement', id: string, title: string, bodyHtml: string, createdAt: string }> };

export type GroupQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GroupQuery = { __typename?: 'Query', group: { __typename?: 'NetworkGroup', id: string, name: string, description: string, visibility: GroupVisibility, joinPolicy: GroupJoinPolicy, memberCount: number, unreadCount: number, organisations: Array<{ __typename?: 'Organisation', id: string, name: string }>, members?: Array<{ __typename?: 'GroupMember', id: string, role: GroupRole, status: GroupMemberStatus, user: { __typename?: 'User', id: string, name: string }, viewerCan: { __typename?: 'GroupMemberPermissions', remove: boolean } }> | null, viewerCan: { __typename?: 'GroupPermissions', read: boolean, post: boolean, moderate: boolean, manage: boolean, join: boolean, leave: boolean }, viewerState: { __typename?: 'GroupViewerState', active: boolean, role?: GroupRole | null, status?: GroupMemberStatus | null } } };

export type GroupCreateMutationVariables = Exact<{
  input: GroupInput;
}>;


export type GroupCreateMutation = { __typename?: 'Mutation', groupCreate: { __typename?: 'NetworkGroup', id: string, name: string, description: string, visibility: GroupVisibility, joinPolicy: GroupJoinPolicy, memberCount: number, unreadCount: number, viewerCan: { __typename?: 'GroupPermissions', read: boolean, post: boolean, moderate: boolean, manage: boolean, join: boolean, leave: boolean }, viewerState: { __typename?: 'GroupViewerState', active: boolean, role?: GroupRole | null, status?: GroupMemberStatus | null } } };

export type GroupEventsSubscriptionVariables = Exact<{
  groupId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type GroupEventsSubscription = { __typename?: 'Subscription', groupEvents: { __typename?: 'GroupEvent', cursor: string, type: string, groupId: string, threadId?: string | null, messageId?: string | null, userId?: string | null, message?: { __typename?: 'Message', id: string, body: string, bodyHtml: string, createdAt: string, editedAt?: string | null, deletedAt?: string | null, removedByModerator: boolean, author?: { __typename?: 'User', id: string, name: string } | null, viewerCan: { __typename?: 'MessagePermissions', edit: boolean, delete: boolean } } | null, thread?: { __typename?: 'Thread', id: string, title: string, createdAt: string, lastMessageAt: string, messageCount: number, unreadCount: number } | null } };

export type GroupJoinMutationVariables = Exact<{
  groupId: Scalars['ID']['input'];
}>;


export type GroupJoinMutation = { __typename?: 'Mutation', groupJoin: { __typename?: 'GroupMember', id: string, status: GroupMemberStatus, role: GroupRole } };

export type GroupLeaveMutationVariables = Exact<{
  groupId: Scalars['ID']['input'];
}>;


export type GroupLeaveMutation = { __typename?: 'Mutation', groupLeave: boolean };

export type GroupListItemFieldsFragment = { __typename?: 'NetworkGroup', id: string, name: string, description: string, visibility: GroupVisibility, joinPolicy: GroupJoinPolicy, memberCount: number, unreadCount: number, viewerCan: { __typename?: 'GroupPermissions', read: boolean, post: boolean, moderate: boolean, manage: boolean, join: boolean, leave: boolean }, viewerState: { __typename?: 'GroupViewerState', active: boolean, role?: GroupRole | null, status?: GroupMemberStatus | null } };

export type GroupMemberApproveMutationVariables = Exact<{
  memberId: Scalars['ID']['input'];
}>;


export type GroupMemberApproveMutation = { __typename?: 'Mutation', groupMemberApprove: { __typename?: 'GroupMember', id: string, status: GroupMemberStatus, role: GroupRole } };

export type GroupMemberRemoveMutationVariables = Exact<{
  memberId: Scalars['ID']['input'];
}>;


export type GroupMemberRemoveMutation = { __typename?: 'Mutation', groupMemberRemove: boolean };

export type GroupMembersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GroupMembersQuery = { __typename?: 'Query', group: { __typename?: 'NetworkGroup', id: string, members?: Array<{ __typename?: 'GroupMember', id: string, status: GroupMemberStatus, user: { __typename?: 'User', id: string, name: string } }> | null } };

export type GroupPresenceSubscriptionVariables = Exact<{
  groupId: Scalars['ID']['input'];
}>;


export type GroupPresenceSubscription = { __typename?: 'Subscription', groupPresence: { __typename?: 'GroupPresence', groupId: string, online: Array<{ __typename?: 'PresentUser', id: string, name: string }>, typing: Array<{ __typename?: 'PresentUser', id: string, name: string, threadId?: string | null }> } };

export type GroupThreadsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GroupThreadsQuery = { __typename?: 'Query', group: { __typename?: 'NetworkGroup', id: string, threads?: { __typename?: 'ThreadConnection', totalCount: number, nodes: Array<{ __typename?: 'Thread', id: string, title: string, createdAt: string, lastMessageAt: string, messageCount: number, unreadCount: number }> } | null } };

export type GroupTypingMutationVariables = Exact<{
  threadId: Scalars['ID']['input'];
}>;


export type GroupTypingMutation = { __typename?: 'Mutation', groupTyping: boolean };

export type GroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type GroupsQuery = { __typename?: 'Query', groups: Array<{ __typename?: 'NetworkGroup', id: string, name: string, description: string, visibility: GroupVisibility, joinPolicy: GroupJoinPolicy, memberCount: number, unreadCount: number, viewerCan: { __typename?: 'GroupPermissions', read: boolean, post: boolean, moderate: boolean, manage: boolean, join: boolean, leave: boolean }, viewerState: { __typename?: 'GroupViewerState', active: boolean, role?: GroupRole | null, status?: GroupMemberStatus | null } }> };

export type MessageFieldsFragment = { __typename?: 'Message', id: string, body: string, bodyHtml: string, createdAt: string, editedAt?: string | null, deletedAt?: string | null, removedByModerator: boolean, author?: { __typename?: 'User', id: string, name: string } | null, viewerCan: { __typename?: 'MessagePermissions', edit: boolean, delete: boolean } };

export type MessageDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MessageDeleteMutation = { __typename?: 'Mutation', messageDelete: { __typename?: 'Message', id: string, body: string, bodyHtml: string, createdAt: string, editedAt?: string | null, deletedAt?: string | null, removedByModerator: boolean, author?: { __typename?: 'User', id: string, name: string } | null, viewerCan: { __typename?: 'MessagePermissions', edit: boolean, delete: boolean } } };

export type MessageEditMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;


export type MessageEditMutation = { __typename?: 'Mutation', messageEdit: { __typename?: 'Message', id: string, body: string, bodyHtml: string, createdAt: string, editedAt?: string | null, deletedAt?: string | null, removedByModerator: boolean, author?: { __typename?: 'User', id: string, name: string } | null, viewerCan: { __typename?: 'MessagePermissions', edit: boolean, delete: boolean } } };

export type MessagePostMutationVariables = Exact<{
  threadId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
}>;


export type MessagePostMutation = { __typename?: 'Mutation', messagePost: { __typename?: 'Message', id: string, body: string, bodyHtml: string, createdAt: string, editedAt?: string | null, deletedAt?: string | null, removedByModerator: boolean, author?: { __typename?: 'User', id: string, name: string } | null, viewerCan: { __typename?: 'MessagePermissions', edit: boolean, delete: boolean } } };

export type NotificationFieldsFragment = { __typename?: 'Notification', id: string, type: NotificationType, readAt?: string | null, createdAt: string, details: { __typename?: 'NotificationDetails', actorName?: string | null, groupId?: string | null, groupName?: string | null, threadId?: string | null, threadTitle?: string | null, messageId?: string | null, excerpt?: string | null, announcementId?: string | null, title?: string | null, eventId?: string | null, startsAt?: string | null, activityId?: string | null, accepted?: boolean | null, applicationId?: string | null, roundId?: string | null, organisationName?: string | null, settlementYearId?: string | null, municipalityNumber?: string | null, milestoneId?: string | null } };

export type NotificationEventsSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type NotificationEventsSubscription = { __typename?: 'Subscription', notificationEvents: { __typename?: 'NotificationEvent', cursor: string, unreadCount: number, notification?: { __typename?: 'Notification', id: string, type: NotificationType, readAt?: string | null, createdAt: string, details: { __typename?: 'NotificationDetails', actorName?: string | null, groupId?: string | null, groupName?: string | null, threadId?: string | null, threadTitle?: string | null, messageId?: string | null, excerpt?: string | null, announcementId?: string | null, title?: string | null, eventId?: string | null, startsAt?: string | null, activityId?: string | null, accepted?: boolean | null, applicationId?: string | null, roundId?: string | null, organisationName?: string | null, settlementYearId?: string | null, municipalityNumber?: string | null, milestoneId?: string | null } } | null } };

export type NotificationMarkAllReadMutationVariables = Exact<{ [key: string]: never; }>;


export type NotificationMarkAllReadMutation = { __typename?: 'Mutation', notificationMarkAllRead: number };

export type NotificationMarkReadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NotificationMarkReadMutation = { __typename?: 'Mutation', notificationMarkRead: { __typename?: 'Notification', id: string, readAt?: string | null } };

export type NotificationPreferenceSetMutationVariables = Exact<{
  type: NotificationType;
  channel: NotificationChannel;
}>;


export type NotificationPreferenceSetMutation = { __typename?: 'Mutation', notificationPreferenceSet: Array<{ __typename?: 'NotificationPreferenceSetting', type: NotificationType, channel: NotificationChannel }> };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { __typename?: 'Query', notificationPreferences: Array<{ __typename?: 'NotificationPreferenceSetting', type: NotificationType, channel: NotificationChannel }> };

export type NotificationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  unreadOnly: Scalars['Boolean']['input'];
}>;


export type NotificationsQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationConnection', unreadCount: number, totalCount: number, nodes: Array<{ __typename?: 'Notification', id: string, type: NotificationType, readAt?: string | null, createdAt: string, details: { __typename?: 'NotificationDetails', actorName?: string | null, groupId?: string | null, groupName?: string | null, threadId?: string | null, threadTitle?: string | null, messageId?: string | null, excerpt?: string | null, announcementId?: string | null, title?: string | null, eventId?: string | null, startsAt?: string | null, activityId?: string | null, accepted?: boolean | null, applicationId?: string | null, roundId?: string | null, organisationName?: string | null, settlementYearId?: string | null, municipalityNumber?: string | null, milestoneId?: string | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type ThreadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ThreadQuery = { __typename?: 'Query', thread: { __typename?: 'Thread', id: string, title: string, group: { __typename?: 'NetworkGroup', id: string, name: string, viewerCan: { __typename?: 'GroupPermissions', read: boolean, post: boolean, moderate: boolean } }, messages: Array<{ __typename?: 'Message', id: string, body: string, bodyHtml: string, createdAt: string, editedAt?: string | null, deletedAt?: string | null, removedByModerator: boolean, viewerCan: { __typename?: 'MessagePermissions', edit: boolean, delete: boolean }, author?: { __typename?: 'User', id: string, name: string } | null }> } };

export type ThreadCreateMutationVariables = Exact<{
  groupId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
  body: Scalars['String']['input'];
}>;


export type ThreadCreateMutation = { __typename?: 'Mutation', threadCreate: { __typename?: 'Thread', id: string, title: string, createdAt: string, lastMessageAt: string, messageCount: number, unreadCount: number } };

export type ThreadListItemFieldsFragment = { __typename?: 'Thread', id: string, title: string, createdAt: string, lastMessageAt: string, messageCount: number, unreadCount: number };

export type ThreadMarkReadMutationVariables = Exact<{
  threadId: Scalars['ID']['input'];
}>;


export type ThreadMarkReadMutation = { __typename?: 'Mutation', threadMarkRead: { __typename?: 'Thread', id: string, unreadCount: number } };

export type UnreadNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationsQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationConnection', unreadCount: number } };

export type FrontPageQueryVariables = Exact<{
  language: Language;
}>;


export type FrontPageQuery = { __typename?: 'Query', events: { __typename?: 'EventConnection', nodes: Array<{ __typename?: 'Event', id: string, title: string, kind: EventKind, mode: EventMode, status: EventStatus, startsAt: string, endsAt: string, organisation: { __typename?: 'Organisation', id: string, name: string } }> }, grantRounds: Array<{ __typename?: 'GrantRound', id: string, title: string, state: RoundState, closesAt: string, acceptingApplications: boolean, scheme: { __typename?: 'GrantScheme', id: string, name: string } }>, announcements: Array<{ __typename?: 'Announcement', id: string, title: string, bodyHtml: string, createdAt: string }>, newestActivities: Array<{ __typename?: 'Activity', id: string, title: string, category: ActivityCategory, createdAt: string, scheduleText: string, municipality: { __typename?: 'Municipality', number: string, name: string }, organisation: { __typename?: 'Organisation', id: string, name: string } }> };

export type FrontPageGroupMessagesSubscriptionVariables = Exact<{
  groupId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FrontPageGroupMessagesSubscription = { __typename?: 'Subscription', groupEvents: { __typename?: 'GroupEvent', cursor: string, type: string } };

export type FrontPageReadingSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FrontPageReadingSubscription = { __typename?: 'Subscription', notificationEvents: { __typename?: 'NotificationEvent', cursor: string, threadId?: string | null } };

export type FrontPageUpdatesSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FrontPageUpdatesSubscription = { __typename?: 'Subscription', frontPageUpdates: { __typename?: 'FrontPageUpdate', cursor: string, what: string } };

export type MyFrontPageQueryVariables = Exact<{ [key: string]: never; }>;


export type MyFrontPageQuery = { __typename?: 'Query', myTasks: Array<{ __typename?: 'Task', id: string, kind: string, title: string, organisationName?: string | null, dueAt?: string | null, path: string }>, groups: Array<{ __typename?: 'NetworkGroup', id: string, name: string, unreadCount: number, viewerState: { __typename?: 'GroupViewerState', active: boolean } }>, viewer?: { __typename?: 'User', id: string, eventRegistrations?: Array<{ __typename?: 'Registration', id: string, status: RegistrationStatus, waitlistPosition?: number | null, event: { __typename?: 'Event', id: string, title: string, startsAt: string, endsAt: string } }> | null } | null };

export type InvitationPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationPreviewQuery = { __typename?: 'Query', invitation: { __typename?: 'InvitationPreview', email: string, role: MembershipRole, expiresAt: string, status: InvitationStatus, viewerIsInvitee: boolean, viewerCan: { __typename?: 'InvitationPermissions', accept: boolean }, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, verificationStatus: VerificationStatus } } };

export type InvitationAcceptMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationAcceptMutation = { __typename?: 'Mutation', invitationAccept: { __typename?: 'Membership', id: string, role: MembershipRole, organisation: { __typename?: 'Organisation', id: string, name: string } } };

export type InvitationRevokeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvitationRevokeMutation = { __typename?: 'Mutation', invitationRevoke: { __typename?: 'Invitation', id: string } };

export type MembershipChangeRoleMutationVariables = Exact<{
  membershipId: Scalars['ID']['input'];
  role: MembershipRole;
}>;


export type MembershipChangeRoleMutation = { __typename?: 'Mutation', membershipChangeRole: { __typename?: 'Membership', id: string, role: MembershipRole, viewerCan: { __typename?: 'MembershipPermissions', changeRole: boolean, remove: boolean } } };

export type MembershipLeaveMutationVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type MembershipLeaveMutation = { __typename?: 'Mutation', membershipLeave: boolean };

export type MembershipRemoveMutationVariables = Exact<{
  membershipId: Scalars['ID']['input'];
}>;


export type MembershipRemoveMutation = { __typename?: 'Mutation', membershipRemove: boolean };

export type OrganisationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganisationQuery = { __typename?: 'Query', organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, orgNumber?: string | null, description: string, contactEmail?: string | null, contactPhone?: string | null, website?: string | null, verificationStatus: VerificationStatus, rejectionReason?: string | null, verifiedAt?: string | null, createdAt: string, viewerRole?: MembershipRole | null, members?: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, createdAt: string, user: { __typename?: 'User', id: string, name: string, title?: string | null }, viewerCan: { __typename?: 'MembershipPermissions', changeRole: boolean, remove: boolean } }> | null, invitations?: Array<{ __typename?: 'Invitation', id: string, email: string, role: MembershipRole, createdAt: string, expiresAt: string }> | null, municipalities: Array<{ __typename?: 'Municipality', number: string, name: string, countyName: string }>, topics: Array<{ __typename?: 'Topic', slug: string, nameNb: string, nameNn: string, nameEn: string }>, viewerCan: { __typename?: 'OrganisationPermissions', edit: boolean, verify: boolean, manageMembers: boolean, viewMembers: boolean, leave: boolean, manageEvents: boolean, manageActivities: boolean } } };

export type OrganisationCardFieldsFragment = { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, description: string, verificationStatus: VerificationStatus, municipalities: Array<{ __typename?: 'Municipality', number: string, name: string }> };

export type OrganisationCreateMutationVariables = Exact<{
  input: OrganisationInput;
}>;


export type OrganisationCreateMutation = { __typename?: 'Mutation', organisationCreate: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, orgNumber?: string | null, description: string, contactEmail?: string | null, contactPhone?: string | null, website?: string | null, verificationStatus: VerificationStatus, rejectionReason?: string | null, verifiedAt?: string | null, createdAt: string, viewerRole?: MembershipRole | null, municipalities: Array<{ __typename?: 'Municipality', number: string, name: string, countyName: string }>, topics: Array<{ __typename?: 'Topic', slug: string, nameNb: string, nameNn: string, nameEn: string }>, viewerCan: { __typename?: 'OrganisationPermissions', edit: boolean, verify: boolean, manageMembers: boolean, viewMembers: boolean, leave: boolean, manageEvents: boolean, manageActivities: boolean } } };

export type OrganisationDetailsFieldsFragment = { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, orgNumber?: string | null, description: string, contactEmail?: string | null, contactPhone?: string | null, website?: string | null, verificationStatus: VerificationStatus, rejectionReason?: string | null, verifiedAt?: string | null, createdAt: string, viewerRole?: MembershipRole | null, municipalities: Array<{ __typename?: 'Municipality', number: string, name: string, countyName: string }>, topics: Array<{ __typename?: 'Topic', slug: string, nameNb: string, nameNn: string, nameEn: string }>, viewerCan: { __typename?: 'OrganisationPermissions', edit: boolean, verify: boolean, manageMembers: boolean, viewMembers: boolean, leave: boolean, manageEvents: boolean, manageActivities: boolean } };

export type OrganisationInviteMutationVariables = Exact<{
  input: OrganisationInviteInput;
}>;


export type OrganisationInviteMutation = { __typename?: 'Mutation', organisationInvite: { __typename?: 'Invitation', id: string, email: string, role: MembershipRole, createdAt: string, expiresAt: string } };

export type OrganisationUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: OrganisationInput;
}>;


export type OrganisationUpdateMutation = { __typename?: 'Mutation', organisationUpdate: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, orgNumber?: string | null, description: string, contactEmail?: string | null, contactPhone?: string | null, website?: string | null, verificationStatus: VerificationStatus, rejectionReason?: string | null, verifiedAt?: string | null, createdAt: string, viewerRole?: MembershipRole | null, municipalities: Array<{ __typename?: 'Municipality', number: string, name: string, countyName: string }>, topics: Array<{ __typename?: 'Topic', slug: string, nameNb: string, nameNn: string, nameEn: string }>, viewerCan: { __typename?: 'OrganisationPermissions', edit: boolean, verify: boolean, manageMembers: boolean, viewMembers: boolean, leave: boolean, manageEvents: boolean, manageActivities: boolean } } };

export type OrganisationsQueryVariables = Exact<{
  filter?: InputMaybe<OrganisationFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrganisationsQuery = { __typename?: 'Query', organisations: { __typename?: 'OrganisationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, description: string, verificationStatus: VerificationStatus, municipalities: Array<{ __typename?: 'Municipality', number: string, name: string }> }> } };

export type ViewerMembershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerMembershipsQuery = { __typename?: 'Query', viewer?: { __typename?: 'User', id: string, emailVerified?: boolean | null, memberships?: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, createdAt: string, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, verificationStatus: VerificationStatus } }> | null } | null };

export type MunicipalitiesQueryVariables = Exact<{
  countyNumber?: InputMaybe<Scalars['String']['input']>;
}>;


export type MunicipalitiesQuery = { __typename?: 'Query', municipalities: Array<{ __typename?: 'Municipality', number: string, name: string, countyNumber: string, countyName: string }> };

export type TopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type TopicsQuery = { __typename?: 'Query', topics: Array<{ __typename?: 'Topic', slug: string, nameNb: string, nameNn: string, nameEn: string }> };

export type ResourceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResourceQuery = { __typename?: 'Query', resource: { __typename?: 'Resource', audience: Array<string>, url?: string | null, fileUrl?: string | null, id: string, title: string, kind: ResourceKind, summary: string, publisher?: string | null, languages: Array<string>, access: ResourceAccess, createdAt: string, currentVersion: number, versions: Array<{ __typename?: 'ResourceFile', version: number, filename: string, mimeType: string, size: number, url: string, createdAt: string }>, event?: { __typename?: 'Event', id: string, title: string, startsAt: string } | null, viewerCan: { __typename?: 'ResourcePermissions', manage: boolean }, organisation: { __typename?: 'Organisation', id: string, name: string }, group?: { __typename?: 'NetworkGroup', id: string, name: string } | null, topics: Array<{ __typename?: 'Topic', slug: string, nameNb: string, nameNn: string, nameEn: string }> } };

export type ResourceCardFieldsFragment = { __typename?: 'Resource', id: string, title: string, kind: ResourceKind, summary: string, publisher?: string | null, languages: Array<string>, access: ResourceAccess, createdAt: string, currentVersion: number, organisation: { __typename?: 'Organisation', id: string, name: string }, group?: { __typename?: 'NetworkGroup', id: string, name: string } | null, topics: Array<{ __typename?: 'Topic', slug: string, nameNb: string, nameNn: string, nameEn: string }> };

export type ResourceCreateMutationVariables = Exact<{
  input: ResourceInput;
}>;


export type ResourceCreateMutation = { __typename?: 'Mutation', resourceCreate: { __typename?: 'Resource', audience: Array<string>, url?: string | null, fileUrl?: string | null, id: string, title: string, kind: ResourceKind, summary: string, publisher?: string | null, languages: Array<string>, access: ResourceAccess, createdAt: string, currentVersion: number, versions: Array<{ __typename?: 'ResourceFile', version: number, filename: string, mimeType: string, size: number, url: string, createdAt: string }>, event?: { __typename?: 'Event', id: string, title: string, startsAt: string } | null, viewerCan: { __typename?: 'ResourcePermissions', manage: boolean }, organisation: { __typename?: 'Organisation', id: string, name: string }, group?: { __typename?: 'NetworkGroup', id: string, name: string } | null, topics: Array<{ __typename?: 'Topic', slug: string, nameNb: string, nameNn: string, nameEn: string }> } };

export type ResourceDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResourceDeleteMutation = { __typename?: 'Mutation', resourceDelete: boolean };

export type ResourceDetailsFieldsFragment = { __typename?: 'Resource', audience: Array<string>, url?: string | null, fileUrl?: string | null, id: string, title: string, kind: ResourceKind, summary: string, publisher?: string | null, languages: Array<string>, access: ResourceAccess, createdAt: string, currentVersion: number, versions: Array<{ __typename?: 'ResourceFile', version: number, filename: string, mimeType: string, size: number, url: string, createdAt: string }>, event?: { __typename?: 'Event', id: string, title: string, startsAt: string } | null, viewerCan: { __typename?: 'ResourcePermissions', manage: boolean }, organisation: { __typename?: 'Organisation', id: string, name: string }, group?: { __typename?: 'NetworkGroup', id: string, name: string } | null, topics: Array<{ __typename?: 'Topic', slug: string, nameNb: string, nameNn: string, nameEn: string }> };

export type ResourceEventOptionsQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type ResourceEventOptionsQuery = { __typename?: 'Query', events: { __typename?: 'EventConnection', nodes: Array<{ __typename?: 'Event', id: string, title: string, startsAt: string }> } };

export type ResourceFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ResourceFormOptionsQuery = { __typename?: 'Query', viewer?: { __typename?: 'User', id: string, platformRole?: PlatformRole | null, memberships?: Array<{ __typename?: 'Membership', id: string, organisation: { __typename?: 'Organisation', id: string, name: string } }> | null } | null, groups: Array<{ __typename?: 'NetworkGroup', id: string, name: string }> };

export type ResourceStaffOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ResourceStaffOrganisationsQuery = { __typename?: 'Query', organisations: { __typename?: 'OrganisationConnection', nodes: Array<{ __typename?: 'Organisation', id: string, name: string }> } };

export type ResourceUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ResourceInput;
}>;


export type ResourceUpdateMutation = { __typename?: 'Mutation', resourceUpdate: { __typename?: 'Resource', audience: Array<string>, url?: string | null, fileUrl?: string | null, id: string, title: string, kind: ResourceKind, summary: string, publisher?: string | null, languages: Array<string>, access: ResourceAccess, createdAt: string, currentVersion: number, versions: Array<{ __typename?: 'ResourceFile', version: number, filename: string, mimeType: string, size: number, url: string, createdAt: string }>, event?: { __typename?: 'Event', id: string, title: string, startsAt: string } | null, viewerCan: { __typename?: 'ResourcePermissions', manage: boolean }, organisation: { __typename?: 'Organisation', id: string, name: string }, group?: { __typename?: 'NetworkGroup', id: string, name: string } | null, topics: Array<{ __typename?: 'Topic', slug: string, nameNb: string, nameNn: string, nameEn: string }> } };

export type ResourcesQueryVariables = Exact<{
  filter?: InputMaybe<ResourceFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ResourcesQuery = { __typename?: 'Query', resources: { __typename?: 'ResourceConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Resource', id: string, title: string, kind: ResourceKind, summary: string, publisher?: string | null, languages: Array<string>, access: ResourceAccess, createdAt: string, currentVersion: number, organisation: { __typename?: 'Organisation', id: string, name: string }, group?: { __typename?: 'NetworkGroup', id: string, name: string } | null, topics: Array<{ __typename?: 'Topic', slug: string, nameNb: string, nameNn: string, nameEn: string }> }> } };

export type SearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  filter?: InputMaybe<SearchFilter>;
  first: Scalars['Int']['input'];
}>;


export type SearchQuery = { __typename?: 'Query', search: { __typename?: 'SearchResults', totalCount: number, totalCountCapped: boolean, didYouMean?: string | null, showsDidYouMean: boolean, hits: Array<{ __typename?: 'SearchHit', id: string, type: SearchType, title: string, url: string, snippet: string, rank: number }>, typeFacet: Array<{ __typename?: 'FacetValue', value: string, count: number }>, topicFacet: Array<{ __typename?: 'FacetValue', value: string, count: number }>, municipalityFacet: Array<{ __typename?: 'FacetValue', value: string, count: number }>, languageFacet: Array<{ __typename?: 'FacetValue', value: string, count: number }> } };

export type SearchSuggestionsQueryVariables = Exact<{
  query: Scalars['String']['input'];
  first: Scalars['Int']['input'];
}>;


export type SearchSuggestionsQuery = { __typename?: 'Query', search: { __typename?: 'SearchResults', totalCount: number, hits: Array<{ __typename?: 'SearchHit', id: string, type: SearchType, title: string, url: string }> } };

export type SettlementBoardCellFragment = { __typename?: 'BoardCell', column: BoardColumn, number?: number | null, text?: string | null, version: number, updatedByName?: string | null, updatedAt: string };

export type SettlementMilestoneFieldsFragment = { __typename?: 'SettlementMilestone', id: string, title: string, description: string, month: number, date?: string | null, responsible: string, participants: Array<string>, status: MilestoneStatus, participantOrganisations: Array<{ __typename?: 'Organisation', id: string, name: string }>, events: Array<{ __typename?: 'Event', id: string, title: string, startsAt: string }>, resources: Array<{ __typename?: 'Resource', id: string, title: string }>, viewerCan: { __typename?: 'MilestonePermissions', edit: boolean } };

export type MunicipalityPageQueryVariables = Exact<{
  number: Scalars['ID']['input'];
}>;


export type MunicipalityPageQuery = { __typename?: 'Query', municipality: { __typename?: 'Municipality', number: string, name: string, countyName: string, settlementYears: Array<{ __typename?: 'MunicipalitySettlementYear', requested?: number | null, recommended?: number | null, decided?: number | null, settled?: number | null, year: { __typename?: 'SettlementYear', id: string, year: number, title: string, isExample: boolean } }>, contacts?: Array<{ __typename?: 'MunicipalityContact', role: MunicipalityContactRole, userId: string, name: string, title?: string | null, organisation: { __typename?: 'Organisation', id: string, name: string } }> | null, grantsAwarded: Array<{ __typename?: 'AwardedGrant', applicationId: string, title: string, organisationId: string, organisationName: string, roundTitle: string, grantedAmount: number, year: number }> }, organisations: { __typename?: 'OrganisationConnection', totalCount: number, nodes: Array<{ __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind }> }, activities: { __typename?: 'ActivityConnection', totalCount: number, nodes: Array<{ __typename?: 'Activity', id: string, title: string }> }, events: { __typename?: 'EventConnection', totalCount: number, nodes: Array<{ __typename?: 'Event', id: string, title: string, startsAt: string }> } };

export type MySettlementSurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type MySettlementSurveysQuery = { __typename?: 'Query', mySettlementSurveys: Array<{ __typename?: 'SurveyResponse', id: string, state: SurveyResponseState, trackerStatus: SurveyTrackerStatus, deadline?: string | null, municipality: { __typename?: 'Municipality', number: string, name: string }, year: { __typename?: 'SettlementYear', id: string, title: string } }> };

export type SettlementNumbersFieldsFragment = { __typename?: 'SettlementNumbers', requested?: number | null, requestedMinors?: number | null, requestRecordedAt?: string | null, decisionStatus?: DecisionStatus | null, decided?: number | null, decidedMinors?: boolean | null, decidedOn?: string | null, documentFilename?: string | null, documentUrl?: string | null, settled?: number | null, settledMinors?: number | null, settledUpdatedAt?: string | null };

export type SettlementRecommendationFieldsFragment = { __typename?: 'Recommendation', id: string, state: RecommendationState, number?: number | null, minors?: number | null, reasoning: string, version: number, sentVersion: number, sentAt?: string | null, viewerCan: { __typename?: 'RecommendationPermissions', edit: boolean, revise: boolean }, versions: Array<{ __typename?: 'RecommendationVersion', version: number, number: number, minors: number, reasoning: string, sentAt: string, sentByName?: string | null }> };

export type SettlementBoardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SettlementBoardQuery = { __typename?: 'Query', settlementYear: { __typename?: 'SettlementYear', id: string, title: string, isExample: boolean, boardState: BoardState, boardLockedAt?: string | null, viewerCan: { __typename?: 'SettlementYearPermissions', readBoard: boolean, editBoard: boolean, lockBoard: boolean, unlockBoard: boolean }, municipalities: Array<{ __typename?: 'SettlementMunicipality', municipality: { __typename?: 'Municipality', number: string, name: string }, response?: { __typename?: 'SurveyResponse', id: string, state: SurveyResponseState, capacity?: number | null, capacityMinors?: number | null, extraIfNeeded?: number | null } | null, cells?: Array<{ __typename?: 'BoardCell', column: BoardColumn, number?: number | null, text?: string | null, version: number, updatedByName?: string | null, updatedAt: string }> | null, previous: Array<{ __typename?: 'PreviousYearNumbers', yearId: string, year: number, isExample: boolean, requested?: number | null, decided?: number | null, settled?: number | null }>, viewerCan: { __typename?: 'SettlementMunicipalityPermissions', editBoard: boolean } }> } };

export type SettlementBoardCellSetMutationVariables = Exact<{
  input: BoardCellInput;
}>;


export type SettlementBoardCellSetMutation = { __typename?: 'Mutation', settlementBoardCellSet: { __typename?: 'BoardCell', column: BoardColumn, number?: number | null, text?: string | null, version: number, updatedByName?: string | null, updatedAt: string } };

export type SettlementBoardFocusMutationVariables = Exact<{
  yearId: Scalars['ID']['input'];
  municipalityNumber?: InputMaybe<Scalars['String']['input']>;
}>;


export type SettlementBoardFocusMutation = { __typename?: 'Mutation', settlementBoardFocus: boolean };

export type SettlementBoardHistoryQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  municipalityNumber?: InputMaybe<Scalars['String']['input']>;
}>;


export type SettlementBoardHistoryQuery = { __typename?: 'Query', settlementBoardHistory: Array<{ __typename?: 'BoardChange', id: string, municipalityNumber: string, column: BoardColumn, fromValue?: string | null, toValue?: string | null, version: number, actorName?: string | null, at: string }> };

export type SettlementBoardLockMutationVariables = Exact<{
  yearId: Scalars['ID']['input'];
}>;


export type SettlementBoardLockMutation = { __typename?: 'Mutation', settlementBoardLock: { __typename?: 'SettlementYear', id: string, boardState: BoardState, boardLockedAt?: string | null } };

export type SettlementBoardPresenceSubscriptionVariables = Exact<{
  yearId: Scalars['ID']['input'];
}>;


export type SettlementBoardPresenceSubscription = { __typename?: 'Subscription', settlementBoardPresence: { __typename?: 'BoardPresence', yearId: string, viewers: Array<{ __typename?: 'BoardViewer', id: string, name: string, municipalityNumber?: string | null }> } };

export type SettlementBoardUnlockMutationVariables = Exact<{
  yearId: Scalars['ID']['input'];
}>;


export type SettlementBoardUnlockMutation = { __typename?: 'Mutation', settlementBoardUnlock: { __typename?: 'SettlementYear', id: string, boardState: BoardState } };

export type SettlementBoardUpdatesSubscriptionVariables = Exact<{
  yearId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SettlementBoardUpdatesSubscription = { __typename?: 'Subscription', settlementBoardUpdates: { __typename?: 'SettlementUpdate', cursor: string, type: string, municipalityNumber?: string | null, cell?: { __typename?: 'BoardCellUpdate', municipalityNumber: string, column: BoardColumn, number?: number | null, text?: string | null, version: number, updatedByName?: string | null, updatedAt: string } | null } };

export type SettlementDecisionSetMutationVariables = Exact<{
  yearId: Scalars['ID']['input'];
  municipalityNumber: Scalars['String']['input'];
  input: SettlementDecisionInput;
}>;


export type SettlementDecisionSetMutation = { __typename?: 'Mutation', settlementDecisionSet: { __typename?: 'SettlementNumbers', requested?: number | null, requestedMinors?: number | null, requestRecordedAt?: string | null, decisionStatus?: DecisionStatus | null, decided?: number | null, decidedMinors?: boolean | null, decidedOn?: string | null, documentFilename?: string | null, documentUrl?: string | null, settled?: number | null, settledMinors?: number | null, settledUpdatedAt?: string | null } };

export type SettlementMilestoneDeleteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SettlementMilestoneDeleteMutation = { __typename?: 'Mutation', settlementMilestoneDelete: { __typename?: 'SettlementYear', id: string } };

export type SettlementMilestoneSaveMutationVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
  yearId?: InputMaybe<Scalars['ID']['input']>;
  input: SettlementMilestoneInput;
}>;


export type SettlementMilestoneSaveMutation = { __typename?: 'Mutation', settlementMilestoneSave: { __typename?: 'SettlementMilestone', id: string, title: string, description: string, month: number, date?: string | null, responsible: string, participants: Array<string>, status: MilestoneStatus, participantOrganisations: Array<{ __typename?: 'Organisation', id: string, name: string }>, events: Array<{ __typename?: 'Event', id: string, title: string, startsAt: string }>, resources: Array<{ __typename?: 'Resource', id: string, title: string }>, viewerCan: { __typename?: 'MilestonePermissions', edit: boolean } } };

export type SettlementNumbersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SettlementNumbersQuery = { __typename?: 'Query', settlementYear: { __typename?: 'SettlementYear', id: string, year: number, title: string, isExample: boolean, numbersPublished: boolean, viewerCan: { __typename?: 'SettlementYearPermissions', administer: boolean, recordRequests: boolean }, progress: { __typename?: 'SettlementProgress', requested: number, decided: number, settled: number, rows: Array<{ __typename?: 'ProgressRow', requested: number, decided: number, settled: number, municipality: { __typename?: 'Municipality', number: string, name: string } }> }, municipalities: Array<{ __typename?: 'SettlementMunicipality', municipality: { __typename?: 'Municipality', number: string, name: string }, numbers?: { __typename?: 'SettlementNumbers', requested?: number | null, requestedMinors?: number | null, requestRecordedAt?: string | null, decisionStatus?: DecisionStatus | null, decided?: number | null, decidedMinors?: boolean | null, decidedOn?: string | null, documentFilename?: string | null, documentUrl?: string | null, settled?: number | null, settledMinors?: number | null, settledUpdatedAt?: string | null } | null, viewerCan: { __typename?: 'SettlementMunicipalityPermissions', recordRequest: boolean, recordDecision: boolean, recordSettled: boolean } }> } };

export type SettlementProgressUpdatesSubscriptionVariables = Exact<{
  yearId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SettlementProgressUpdatesSubscription = { __typename?: 'Subscription', settlementProgressUpdates: { __typename?: 'SettlementUpdate', cursor: string, type: string, municipalityNumber?: string | null } };

export type SettlementRecommendationLetterQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
}>;


export type SettlementRecommendationLetterQuery = { __typename?: 'Query', settlementRecommendationLetter: { __typename?: 'RecommendationLetter', countyName: string, sentAt?: string | null, total: number, totalMinors: number, year: { __typename?: 'SettlementYear', id: string, year: number, title: string, isExample: boolean }, lines: Array<{ __typename?: 'RecommendationLetterLine', municipalityNumber: string, municipalityName: string, number: number, minors: number, reasoning: string, version: number, sentAt: string }> } };

export type SettlementRecommendationReviseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SettlementRecommendationReviseMutation = { __typename?: 'Mutation', settlementRecommendationRevise: { __typename?: 'Recommendation', id: string, state: RecommendationState, number?: number | null, minors?: number | null, reasoning: string, version: number, sentVersion: number, sentAt?: string | null, viewerCan: { __typename?: 'RecommendationPermissions', edit: boolean, revise: boolean }, versions: Array<{ __typename?: 'RecommendationVersion', version: number, number: number, minors: number, reasoning: string, sentAt: string, sentByName?: string | null }> } };

export type SettlementRecommendationSaveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: RecommendationInput;
}>;


export type SettlementRecommendationSaveMutation = { __typename?: 'Mutation', settlementRecommendationSave: { __typename?: 'Recommendation', id: string, state: RecommendationState, number?: number | null, minors?: number | null, reasoning: string, version: number, sentVersion: number, sentAt?: string | null, viewerCan: { __typename?: 'RecommendationPermissions', edit: boolean, revise: boolean }, versions: Array<{ __typename?: 'RecommendationVersion', version: number, number: number, minors: number, reasoning: string, sentAt: string, sentByName?: string | null }> } };

export type SettlementRecommendationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SettlementRecommendationsQuery = { __typename?: 'Query', settlementYear: { __typename?: 'SettlementYear', id: string, title: string, isExample: boolean, boardState: BoardState, viewerCan: { __typename?: 'SettlementYearPermissions', administer: boolean, sendRecommendations: boolean, readLetter: boolean, lockBoard: boolean }, municipalities: Array<{ __typename?: 'SettlementMunicipality', municipality: { __typename?: 'Municipality', number: string, name: string }, response?: { __typename?: 'SurveyResponse', id: string, state: SurveyResponseState, capacity?: number | null, capacityMinors?: number | null } | null, previous: Array<{ __typename?: 'PreviousYearNumbers', yearId: string, year: number, isExample: boolean, requested?: number | null, decided?: number | null, settled?: number | null }>, recommendation?: { __typename?: 'Recommendation', id: string, state: RecommendationState, number?: number | null, minors?: number | null, reasoning: string, version: number, sentVersion: number, sentAt?: string | null, viewerCan: { __typename?: 'RecommendationPermissions', edit: boolean, revise: boolean }, versions: Array<{ __typename?: 'RecommendationVersion', version: number, number: number, minors: number, reasoning: string, sentAt: string, sentByName?: string | null }> } | null }> } };

export type SettlementRecommendationsSendMutationVariables = Exact<{
  yearId: Scalars['ID']['input'];
}>;


export type SettlementRecommendationsSendMutation = { __typename?: 'Mutation', settlementRecommendationsSend: Array<{ __typename?: 'Recommendation', id: string, state: RecommendationState, number?: number | null, minors?: number | null, reasoning: string, version: number, sentVersion: number, sentAt?: string | null, viewerCan: { __typename?: 'RecommendationPermissions', edit: boolean, revise: boolean }, versions: Array<{ __typename?: 'RecommendationVersion', version: number, number: number, minors: number, reasoning: string, sentAt: string, sentByName?: string | null }> }> };

export type SettlementRequestSetMutationVariables = Exact<{
  yearId: Scalars['ID']['input'];
  municipalityNumber: Scalars['String']['input'];
  input: SettlementRequestInput;
}>;


export type SettlementRequestSetMutation = { __typename?: 'Mutation', settlementRequestSet: { __typename?: 'SettlementNumbers', requested?: number | null, requestedMinors?: number | null, requestRecordedAt?: string | null, decisionStatus?: DecisionStatus | null, decided?: number | null, decidedMinors?: boolean | null, decidedOn?: string | null, documentFilename?: string | null, documentUrl?: string | null, settled?: number | null, settledMinors?: number | null, settledUpdatedAt?: string | null } };

export type SettlementRequestsImportMutationVariables = Exact<{
  yearId: Scalars['ID']['input'];
  csv: Scalars['String']['input'];
}>;


export type SettlementRequestsImportMutation = { __typename?: 'Mutation', settlementRequestsImport: Array<{ __typename?: 'SettlementNumbers', requested?: number | null }> };

export type SettlementSettledSetMutationVariables = Exact<{
  yearId: Scalars['ID']['input'];
  municipalityNumber: Scalars['String']['input'];
  input: SettledInput;
}>;


export type SettlementSettledSetMutation = { __typename?: 'Mutation', settlementSettledSet: { __typename?: 'SettlementNumbers', requested?: number | null, requestedMinors?: number | null, requestRecordedAt?: string | null, decisionStatus?: DecisionStatus | null, decided?: number | null, decidedMinors?: boolean | null, decidedOn?: string | null, documentFilename?: string | null, documentUrl?: string | null, settled?: number | null, settledMinors?: number | null, settledUpdatedAt?: string | null } };

export type SettlementSurveyCloseMutationVariables = Exact<{
  yearId: Scalars['ID']['input'];
}>;


export type SettlementSurveyCloseMutation = { __typename?: 'Mutation', settlementSurveyClose: { __typename?: 'SettlementYear', id: string, surveyState: SurveyState } };

export type SettlementSurveyResponseQueryVariables = Exact<{
  yearId: Scalars['ID']['input'];
  municipalityNumber: Scalars['String']['input'];
}>;


export type SettlementSurveyResponseQuery = { __typename?: 'Query', settlementSurveyResponse: { __typename?: 'SurveyResponse', id: string, state: SurveyResponseState, version: number, trackerStatus: SurveyTrackerStatus, deadline?: string | null, acceptingAnswers: boolean, submittedAt?: string | null, extendedUntil?: string | null, remindedAt?: string | null, missing: Array<string>, capacity?: number | null, capacityMinors?: number | null, extraIfNeeded?: number | null, housing: string, kindergarten: string, school: string, health: string, labourDemand: string, introResults: string, keepCapacity: string, comments: string, municipality: { __typename?: 'Municipality', number: string, name: string }, year: { __typename?: 'SettlementYear', id: string, year: number, title: string, isExample: boolean, surveyState: SurveyState }, viewerCan: { __typename?: 'SurveyResponsePermissions', edit: boolean, submit: boolean, reopen: boolean, extend: boolean, remind: boolean } } };

export type SettlementSurveyResponseExtendMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  until: Scalars['String']['input'];
}>;


export type SettlementSurveyResponseExtendMutation = { __typename?: 'Mutation', settlementSurveyResponseExtend: { __typename?: 'SurveyResponse', id: string, state: SurveyResponseState, trackerStatus: SurveyTrackerStatus, deadline?: string | null, openedAt?: string | null, submittedAt?: string | null, remindedAt?: string | null, extendedUntil?: string | null, capacity?: number | null, capacityMinors?: number | null, viewerCan: { __typename?: 'SurveyResponsePermissions', remind: boolean, extend: boolean, reopen: boolean } } };

export type SettlementSurveyResponseOpenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SettlementSurveyResponseOpenMutation = { __typename?: 'Mutation', settlementSurveyResponseOpen: { __typename?: 'SurveyResponse', id: string, state: SurveyResponseState, version: number, trackerStatus: SurveyTrackerStatus, deadline?: string | null, acceptingAnswers: boolean, submittedAt?: string | null, extendedUntil?: string | null, remindedAt?: string | null, missing: Array<string>, capacity?: number | null, capacityMinors?: number | null, extraIfNeeded?: number | null, housing: string, kindergarten: string, school: string, health: string, labourDemand: string, introResults: string, keepCapacity: string, comments: string, viewerCan: { __typename?: 'SurveyResponsePermissions', edit: boolean, submit: boolean, reopen: boolean, extend: boolean, remind: boolean } } };

export type SettlementSurveyResponseRemindMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SettlementSurveyResponseRemindMutation = { __typename?: 'Mutation', settlementSurveyResponseRemind: { __typename?: 'SurveyResponse', id: string, state: SurveyResponseState, trackerStatus: SurveyTrackerStatus, deadline?: string | null, openedAt?: string | null, submittedAt?: string | null, remindedAt?: string | null, extendedUntil?: string | null, capacity?: number | null, capacityMinors?: number | null, viewerCan: { __typename?: 'SurveyResponsePermissions', remind: boolean, extend: boolean, reopen: boolean } } };

export type SettlementSurveyResponseReopenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SettlementSurveyResponseReopenMutation = { __typename?: 'Mutation', settlementSurveyResponseReopen: { __typename?: 'SurveyResponse', id: string, state: SurveyResponseState, trackerStatus: SurveyTrackerStatus, deadline?: string | null, openedAt?: string | null, submittedAt?: string | null, remindedAt?: string | null, extendedUntil?: string | null, capacity?: number | null, capacityMinors?: number | null, viewerCan: { __typename?: 'SurveyResponsePermissions', remind: boolean, extend: boolean, reopen: boolean } } };

export type SettlementSurveyResponseSaveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: SurveyAnswerInput;
}>;


export type SettlementSurveyResponseSaveMutation = { __typename?: 'Mutation', settlementSurveyResponseSave: { __typename?: 'SurveyResponse', id: string, version: number, state: SurveyResponseState, missing: Array<string>, viewerCan: { __typename?: 'SurveyResponsePermissions', edit: boolean, submit: boolean, reopen: boolean, extend: boolean, remind: boolean } } };

export type SettlementSurveyResponseSubmitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SettlementSurveyResponseSubmitMutation = { __typename?: 'Mutation', settlementSurveyResponseSubmit: { __typename?: 'SurveyResponse', id: string, state: SurveyResponseState, version: number, trackerStatus: SurveyTrackerStatus, deadline?: string | null, acceptingAnswers: boolean, submittedAt?: string | null, extendedUntil?: string | null, remindedAt?: string | null, missing: Array<string>, capacity?: number | null, capacityMinors?: number | null, extraIfNeeded?: number | null, housing: string, kindergarten: string, school: string, health: string, labourDemand: string, introResults: string, keepCapacity: string, comments: string, viewerCan: { __typename?: 'SurveyResponsePermissions', edit: boolean, submit: boolean, reopen: boolean, extend: boolean, remind: boolean } } };

export type SettlementSurveySendMutationVariables = Exact<{
  yearId: Scalars['ID']['input'];
}>;


export type SettlementSurveySendMutation = { __typename?: 'Mutation', settlementSurveySend: { __typename?: 'SettlementYear', id: string, surveyState: SurveyState, surveySentAt?: string | null } };

export type SettlementSurveyUpdatesSubscriptionVariables = Exact<{
  yearId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SettlementSurveyUpdatesSubscription = { __typename?: 'Subscription', settlementSurveyUpdates: { __typename?: 'SettlementUpdate', cursor: string, type: string, municipalityNumber?: string | null } };

export type SettlementTrackerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SettlementTrackerQuery = { __typename?: 'Query', settlementYear: { __typename?: 'SettlementYear', id: string, title: string, isExample: boolean, surveyState: SurveyState, surveyDeadline?: string | null, viewerCan: { __typename?: 'SettlementYearPermissions', track: boolean, sendSurvey: boolean, closeSurvey: boolean }, municipalities: Array<{ __typename?: 'SettlementMunicipality', municipality: { __typename?: 'Municipality', number: string, name: string }, response?: { __typename?: 'SurveyResponse', id: string, state: SurveyResponseState, trackerStatus: SurveyTrackerStatus, deadline?: string | null, openedAt?: string | null, submittedAt?: string | null, remindedAt?: string | null, extendedUntil?: string | null, capacity?: number | null, capacityMinors?: number | null, viewerCan: { __typename?: 'SurveyResponsePermissions', remind: boolean, extend: boolean, reopen: boolean } } | null }> } };

export type SettlementYearQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SettlementYearQuery = { __typename?: 'Query', settlementYear: { __typename?: 'SettlementYear', id: string, year: number, title: string, countyName: string, isExample: boolean, surveyState: SurveyState, surveyDeadline?: string | null, surveySentAt?: string | null, surveyAcceptingAnswers: boolean, boardState: BoardState, boardLockedAt?: string | null, numbersPublished: boolean, criteriaVersion: number, criteria?: { __typename?: 'SettlementCriteria', version: number, body: string, bodyHtml: string, authorName?: string | null, createdAt: string } | null, criteriaVersions: Array<{ __typename?: 'SettlementCriteria', version: number, authorName?: string | null, createdAt: string }>, milestones: Array<{ __typename?: 'SettlementMilestone', id: string, title: string, description: string, month: number, date?: string | null, responsible: string, participants: Array<string>, status: MilestoneStatus, participantOrganisations: Array<{ __typename?: 'Organisation', id: string, name: string }>, events: Array<{ __typename?: 'Event', id: string, title: string, startsAt: string }>, resources: Array<{ __typename?: 'Resource', id: string, title: string }>, viewerCan: { __typename?: 'MilestonePermissions', edit: boolean } }>, viewerCan: { __typename?: 'SettlementYearPermissions', administer: boolean, track: boolean, sendSurvey: boolean, closeSurvey: boolean, readBoard: boolean, editBoard: boolean, lockBoard: boolean, unlockBoard: boolean, sendRecommendations: boolean, readLetter: boolean, recordRequests: boolean } } };

export type SettlementYearCreateMutationVariables = Exact<{
  input: SettlementYearInput;
}>;


export type SettlementYearCreateMutation = { __typename?: 'Mutation', settlementYearCreate: { __typename?: 'SettlementYear', id: string, title: string } };

export type SettlementYearPublishMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  published: Scalars['Boolean']['input'];
}>;


export type SettlementYearPublishMutation = { __typename?: 'Mutation', settlementYearPublish: { __typename?: 'SettlementYear', id: string, numbersPublished: boolean } };

export type SettlementYearUpdateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: SettlementYearInput;
}>;


export type SettlementYearUpdateMutation = { __typename?: 'Mutation', settlementYearUpdate: { __typename?: 'SettlementYear', id: string, title: string, surveyDeadline?: string | null, criteriaVersion: number } };

export type SettlementYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type SettlementYearsQuery = { __typename?: 'Query', settlementYears: Array<{ __typename?: 'SettlementYear', id: string, year: number, title: string, countyName: string, isExample: boolean, surveyState: SurveyState, surveyDeadline?: string | null, boardState: BoardState, numbersPublished: boolean }> };

export type SettlementSurveyAnswerFragment = { __typename?: 'SurveyResponse', id: string, state: SurveyResponseState, version: number, trackerStatus: SurveyTrackerStatus, deadline?: string | null, acceptingAnswers: boolean, submittedAt?: string | null, extendedUntil?: string | null, remindedAt?: string | null, missing: Array<string>, capacity?: number | null, capacityMinors?: number | null, extraIfNeeded?: number | null, housing: string, kindergarten: string, school: string, health: string, labourDemand: string, introResults: string, keepCapacity: string, comments: string, viewerCan: { __typename?: 'SurveyResponsePermissions', edit: boolean, submit: boolean, reopen: boolean, extend: boolean, remind: boolean } };

export type SettlementTrackerResponseFragment = { __typename?: 'SurveyResponse', id: string, state: SurveyResponseState, trackerStatus: SurveyTrackerStatus, deadline?: string | null, openedAt?: string | null, submittedAt?: string | null, remindedAt?: string | null, extendedUntil?: string | null, capacity?: number | null, capacityMinors?: number | null, viewerCan: { __typename?: 'SurveyResponsePermissions', remind: boolean, extend: boolean, reopen: boolean } };

export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"profileTags"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"platformRole"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPlatformRole"}},{"kind":"Field","name":{"kind":"Name","value":"seePrivate"}}]}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const ActivityCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"dropIn"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"nextOccurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ActivityCardFieldsFragment, unknown>;
export const ActivityDetailsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"setPos"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduleText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"nextOccurrences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextOccurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"dropIn"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"volunteer"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"pause"}},{"kind":"Field","name":{"kind":"Name","value":"archive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerVolunteerInterest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volunteerInterests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityDetailsFieldsFragment, unknown>;
export const CoHostInvitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoHostInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventHost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"remove"}}]}}]}}]} as unknown as DocumentNode<CoHostInvitationFieldsFragment, unknown>;
export const EventCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"endsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"onlineConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineWaitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameNn"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}}]} as unknown as DocumentNode<EventCardFieldsFragment, unknown>;
export const EventDetailsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}},{"kind":"Field","name":{"kind":"Name","value":"materialsHtml"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalRegistrationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"remindersEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"reservedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"reservedForKind"}},{"kind":"Field","name":{"kind":"Name","value":"reservedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reservedConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"viewerQualifies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answersDeleteAt"}},{"kind":"Field","name":{"kind":"Name","value":"answersDeletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHostInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"remove"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"cancel"}},{"kind":"Field","name":{"kind":"Name","value":"addMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"register"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluate"}},{"kind":"Field","name":{"kind":"Name","value":"editEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"openEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"closeEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"viewEvaluation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"endsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"onlineConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineWaitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameNn"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}}]} as unknown as DocumentNode<EventDetailsFieldsFragment, unknown>;
export const RegistrationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"reservedSeat"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineWaitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservedConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"viewerQualifies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"register"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluate"}},{"kind":"Field","name":{"kind":"Name","value":"editEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"openEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"closeEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"viewEvaluation"}}]}}]}}]}}]} as unknown as DocumentNode<RegistrationFieldsFragment, unknown>;
export const FollowUpReportRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpReportRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"award"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<FollowUpReportRowFragment, unknown>;
export const ReviewApplicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"projectPlan"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"moreInfoRequest"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assess"}},{"kind":"Field","name":{"kind":"Name","value":"declareConflict"}},{"kind":"Field","name":{"kind":"Name","value":"requestInfo"}},{"kind":"Field","name":{"kind":"Name","value":"decide"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownFunding"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerName"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"declaration"}},{"kind":"Field","name":{"kind":"Name","value":"noConflictDeclaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"conflictDeclaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewApplicationFieldsFragment, unknown>;
export const ReviewRoundFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"}},{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleMunicipalities"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decisionsPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingApplications"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"publishDecisions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"infoEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceDays"}},{"kind":"Field","name":{"kind":"Name","value":"reportRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}}]}}]}}]} as unknown as DocumentNode<ReviewRoundFieldsFragment, unknown>;
export const FollowUpAppealFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpAppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantAppeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uphold"}},{"kind":"Field","name":{"kind":"Name","value":"forward"}}]}}]}}]} as unknown as DocumentNode<FollowUpAppealFieldsFragment, unknown>;
export const FollowUpAwardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpAwardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantAward"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"requestChange"}},{"kind":"Field","name":{"kind":"Name","value":"claimRepayment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidReference"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markPaid"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"settlementNote"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRepaid"}},{"kind":"Field","name":{"kind":"Name","value":"waive"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approve"}},{"kind":"Field","name":{"kind":"Name","value":"deny"}}]}}]}}]}}]} as unknown as DocumentNode<FollowUpAwardFieldsFragment, unknown>;
export const GrantApplicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"projectPlan"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"moreInfoRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"submit"}},{"kind":"Field","name":{"kind":"Name","value":"resubmit"}},{"kind":"Field","name":{"kind":"Name","value":"withdraw"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownFunding"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingApplications"}},{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GrantApplicationFieldsFragment, unknown>;
export const GrantReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"activitiesHeld"}},{"kind":"Field","name":{"kind":"Name","value":"totalSpent"}},{"kind":"Field","name":{"kind":"Name","value":"grantUsed"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewMessage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"submit"}},{"kind":"Field","name":{"kind":"Name","value":"resubmit"}},{"kind":"Field","name":{"kind":"Name","value":"approve"}},{"kind":"Field","name":{"kind":"Name","value":"requestChanges"}},{"kind":"Field","name":{"kind":"Name","value":"reject"}},{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}}]}}]}}]} as unknown as DocumentNode<GrantReportFieldsFragment, unknown>;
export const GrantRoundSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantRoundSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingApplications"}},{"kind":"Field","name":{"kind":"Name","value":"decisionsPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GrantRoundSummaryFragment, unknown>;
export const AnnouncementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnouncementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Announcement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AnnouncementFieldsFragment, unknown>;
export const GroupListItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupListItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"joinPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}},{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"join"}},{"kind":"Field","name":{"kind":"Name","value":"leave"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<GroupListItemFieldsFragment, unknown>;
export const MessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedByModerator"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}}]} as unknown as DocumentNode<MessageFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"threadTitle"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"announcementId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"settlementYearId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}}]}}]}}]} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const ThreadListItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadListItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]} as unknown as DocumentNode<ThreadListItemFieldsFragment, unknown>;
export const OrganisationCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrganisationCardFieldsFragment, unknown>;
export const OrganisationDetailsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameNn"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"verify"}},{"kind":"Field","name":{"kind":"Name","value":"manageMembers"}},{"kind":"Field","name":{"kind":"Name","value":"viewMembers"}},{"kind":"Field","name":{"kind":"Name","value":"leave"}},{"kind":"Field","name":{"kind":"Name","value":"manageEvents"}},{"kind":"Field","name":{"kind":"Name","value":"manageActivities"}}]}}]}}]} as unknown as DocumentNode<OrganisationDetailsFieldsFragment, unknown>;
export const ResourceCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameNn"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ResourceCardFieldsFragment, unknown>;
export const ResourceDetailsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameNn"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ResourceDetailsFieldsFragment, unknown>;
export const SettlementBoardCellFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementBoardCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SettlementBoardCellFragment, unknown>;
export const SettlementMilestoneFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementMilestoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementMilestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participantOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}}]}}]}}]} as unknown as DocumentNode<SettlementMilestoneFieldsFragment, unknown>;
export const SettlementNumbersFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementNumbersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementNumbers"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"requestedMinors"}},{"kind":"Field","name":{"kind":"Name","value":"requestRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"decidedMinors"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"documentFilename"}},{"kind":"Field","name":{"kind":"Name","value":"documentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"settled"}},{"kind":"Field","name":{"kind":"Name","value":"settledMinors"}},{"kind":"Field","name":{"kind":"Name","value":"settledUpdatedAt"}}]}}]} as unknown as DocumentNode<SettlementNumbersFieldsFragment, unknown>;
export const SettlementRecommendationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementRecommendationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"revise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentByName"}}]}}]}}]} as unknown as DocumentNode<SettlementRecommendationFieldsFragment, unknown>;
export const SettlementSurveyAnswerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementSurveyAnswer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"trackerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingAnswers"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"capacityMinors"}},{"kind":"Field","name":{"kind":"Name","value":"extraIfNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"housing"}},{"kind":"Field","name":{"kind":"Name","value":"kindergarten"}},{"kind":"Field","name":{"kind":"Name","value":"school"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"labourDemand"}},{"kind":"Field","name":{"kind":"Name","value":"introResults"}},{"kind":"Field","name":{"kind":"Name","value":"keepCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"submit"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}},{"kind":"Field","name":{"kind":"Name","value":"extend"}},{"kind":"Field","name":{"kind":"Name","value":"remind"}}]}}]}}]} as unknown as DocumentNode<SettlementSurveyAnswerFragment, unknown>;
export const SettlementTrackerResponseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementTrackerResponse"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"trackerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"capacityMinors"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remind"}},{"kind":"Field","name":{"kind":"Name","value":"extend"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}}]}}]}}]} as unknown as DocumentNode<SettlementTrackerResponseFragment, unknown>;
export const AccountDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<AccountDeleteMutation, AccountDeleteMutationVariables>;
export const AccountDeletionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountDeletion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountDeletion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platformAdmin"}}]}}]}}]}}]} as unknown as DocumentNode<AccountDeletionQuery, AccountDeletionQueryVariables>;
export const AccountLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"profileTags"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"platformRole"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPlatformRole"}},{"kind":"Field","name":{"kind":"Name","value":"seePrivate"}}]}}]}}]} as unknown as DocumentNode<AccountLoginMutation, AccountLoginMutationVariables>;
export const AccountLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountLogout"}}]}}]} as unknown as DocumentNode<AccountLogoutMutation, AccountLogoutMutationVariables>;
export const AccountLogoutEverywhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountLogoutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountLogoutEverywhere"}}]}}]} as unknown as DocumentNode<AccountLogoutEverywhereMutation, AccountLogoutEverywhereMutationVariables>;
export const AccountRequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountRequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountRequestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<AccountRequestPasswordResetMutation, AccountRequestPasswordResetMutationVariables>;
export const AccountResendVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountResendVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountResendVerification"}}]}}]} as unknown as DocumentNode<AccountResendVerificationMutation, AccountResendVerificationMutationVariables>;
export const AccountResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountResetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<AccountResetPasswordMutation, AccountResetPasswordMutationVariables>;
export const AccountSignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountSignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountSignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountSignUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<AccountSignUpMutation, AccountSignUpMutationVariables>;
export const AccountUnlockLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountUnlockLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountUnlockLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<AccountUnlockLoginMutation, AccountUnlockLoginMutationVariables>;
export const AccountVerifyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountVerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountVerifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}}]}}]}}]} as unknown as DocumentNode<AccountVerifyEmailMutation, AccountVerifyEmailMutationVariables>;
export const ProfileUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProfileUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profileUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"profileTags"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"platformRole"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPlatformRole"}},{"kind":"Field","name":{"kind":"Name","value":"seePrivate"}}]}}]}}]} as unknown as DocumentNode<ProfileUpdateMutation, ProfileUpdateMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"profileTags"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"platformRole"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPlatformRole"}},{"kind":"Field","name":{"kind":"Name","value":"seePrivate"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const ActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Activities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"language"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weekday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dropIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityCardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"dropIn"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"nextOccurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ActivitiesQuery, ActivitiesQueryVariables>;
export const ActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Activity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityDetailsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"setPos"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduleText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"nextOccurrences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextOccurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"dropIn"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"volunteer"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"pause"}},{"kind":"Field","name":{"kind":"Name","value":"archive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerVolunteerInterest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volunteerInterests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityQuery, ActivityQueryVariables>;
export const ActivityConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityConfirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}}]}}]}}]} as unknown as DocumentNode<ActivityConfirmMutation, ActivityConfirmMutationVariables>;
export const ActivityCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityDetailsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"setPos"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduleText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"nextOccurrences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextOccurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"dropIn"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"volunteer"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"pause"}},{"kind":"Field","name":{"kind":"Name","value":"archive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerVolunteerInterest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volunteerInterests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityCreateMutation, ActivityCreateMutationVariables>;
export const ActivitySetStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivitySetStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activitySetStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"volunteer"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"pause"}},{"kind":"Field","name":{"kind":"Name","value":"archive"}}]}}]}}]}}]} as unknown as DocumentNode<ActivitySetStatusMutation, ActivitySetStatusMutationVariables>;
export const ActivityUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityDetailsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"setPos"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduleText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"nextOccurrences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextOccurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"dropIn"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"accessibility"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"volunteer"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"pause"}},{"kind":"Field","name":{"kind":"Name","value":"archive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerVolunteerInterest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volunteerInterests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityUpdateMutation, ActivityUpdateMutationVariables>;
export const ActivityVolunteerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivityVolunteer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityVolunteer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"volunteer"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"pause"}},{"kind":"Field","name":{"kind":"Name","value":"archive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerVolunteerInterest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivityVolunteerMutation, ActivityVolunteerMutationVariables>;
export const OrganisationActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"dropIn"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"nextOccurrenceAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrganisationActivitiesQuery, OrganisationActivitiesQueryVariables>;
export const SchedulePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchedulePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schedule"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedulePreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schedule"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schedule"}}},{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<SchedulePreviewQuery, SchedulePreviewQueryVariables>;
export const VolunteerInterestAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VolunteerInterestAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accepted"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volunteerInterestAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"accepted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accepted"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}}]}}]}}]} as unknown as DocumentNode<VolunteerInterestAnswerMutation, VolunteerInterestAnswerMutationVariables>;
export const OrganisationRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}}]}}]}}]} as unknown as DocumentNode<OrganisationRejectMutation, OrganisationRejectMutationVariables>;
export const OrganisationVerifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationVerify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationVerify"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}}]}}]}}]} as unknown as DocumentNode<OrganisationVerifyMutation, OrganisationVerifyMutationVariables>;
export const PendingOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingOrganisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"verificationStatus"},"value":{"kind":"EnumValue","value":"PENDING"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verify"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PendingOrganisationsQuery, PendingOrganisationsQueryVariables>;
export const UserSetPlatformRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserSetPlatformRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlatformRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userSetPlatformRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platformRole"}}]}}]}}]} as unknown as DocumentNode<UserSetPlatformRoleMutation, UserSetPlatformRoleMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"platformRole"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPlatformRole"}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const EventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Event"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetailsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"endsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"onlineConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineWaitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameNn"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}},{"kind":"Field","name":{"kind":"Name","value":"materialsHtml"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalRegistrationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"remindersEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"reservedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"reservedForKind"}},{"kind":"Field","name":{"kind":"Name","value":"reservedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reservedConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"viewerQualifies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answersDeleteAt"}},{"kind":"Field","name":{"kind":"Name","value":"answersDeletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHostInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"remove"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"cancel"}},{"kind":"Field","name":{"kind":"Name","value":"addMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"register"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluate"}},{"kind":"Field","name":{"kind":"Name","value":"editEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"openEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"closeEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"viewEvaluation"}}]}}]}}]} as unknown as DocumentNode<EventQuery, EventQueryVariables>;
export const EventAnswersDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EventAnswersDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventAnswersDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answersDeletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventAnswersDeleteMutation, EventAnswersDeleteMutationVariables>;
export const EventAttachMaterialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EventAttachMaterials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordingUrl"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"materials"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventAttachMaterials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"recordingUrl"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordingUrl"}}},{"kind":"Argument","name":{"kind":"Name","value":"materials"},"value":{"kind":"Variable","name":{"kind":"Name","value":"materials"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetailsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"endsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"onlineConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineWaitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameNn"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}},{"kind":"Field","name":{"kind":"Name","value":"materialsHtml"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalRegistrationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"remindersEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"reservedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"reservedForKind"}},{"kind":"Field","name":{"kind":"Name","value":"reservedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reservedConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"viewerQualifies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answersDeleteAt"}},{"kind":"Field","name":{"kind":"Name","value":"answersDeletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHostInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"remove"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"cancel"}},{"kind":"Field","name":{"kind":"Name","value":"addMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"register"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluate"}},{"kind":"Field","name":{"kind":"Name","value":"editEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"openEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"closeEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"viewEvaluation"}}]}}]}}]} as unknown as DocumentNode<EventAttachMaterialsMutation, EventAttachMaterialsMutationVariables>;
export const EventAttendanceFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventAttendanceFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventAttendanceFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"noShow"}},{"kind":"Field","name":{"kind":"Name","value":"notMarked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOrganisationKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"noShow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"noShow"}}]}}]}}]}}]} as unknown as DocumentNode<EventAttendanceFiguresQuery, EventAttendanceFiguresQueryVariables>;
export const EventAttendeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventAttendees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineWaitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"reservedConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"answersDeleteAt"}},{"kind":"Field","name":{"kind":"Name","value":"answersDeletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"register"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"noShow"}},{"kind":"Field","name":{"kind":"Name","value":"notMarked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOrganisationKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"noShow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"noShow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"guestName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"guestEmailConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"reservedSeat"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"yes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventAttendeesQuery, EventAttendeesQueryVariables>;
export const EventCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EventCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetailsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"endsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"onlineConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineWaitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameNn"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}},{"kind":"Field","name":{"kind":"Name","value":"materialsHtml"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalRegistrationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"remindersEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"reservedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"reservedForKind"}},{"kind":"Field","name":{"kind":"Name","value":"reservedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reservedConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"viewerQualifies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answersDeleteAt"}},{"kind":"Field","name":{"kind":"Name","value":"answersDeletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHostInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"remove"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"cancel"}},{"kind":"Field","name":{"kind":"Name","value":"addMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"register"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluate"}},{"kind":"Field","name":{"kind":"Name","value":"editEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"openEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"closeEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"viewEvaluation"}}]}}]}}]} as unknown as DocumentNode<EventCancelMutation, EventCancelMutationVariables>;
export const EventCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"guestName"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventCheckInQuery, EventCheckInQueryVariables>;
export const EventCheckInsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EventCheckIns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventCheckIns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"registrationId"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"}},{"kind":"Field","name":{"kind":"Name","value":"attendedCount"}},{"kind":"Field","name":{"kind":"Name","value":"noShowCount"}},{"kind":"Field","name":{"kind":"Name","value":"registeredCount"}}]}}]}}]} as unknown as DocumentNode<EventCheckInsSubscription, EventCheckInsSubscriptionVariables>;
export const EventCoHostAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EventCoHostAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventCoHostAccept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoHostInvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoHostInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventHost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"remove"}}]}}]}}]} as unknown as DocumentNode<EventCoHostAcceptMutation, EventCoHostAcceptMutationVariables>;
export const EventCoHostDeclineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EventCoHostDecline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventCoHostDecline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoHostInvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoHostInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventHost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"remove"}}]}}]}}]} as unknown as DocumentNode<EventCoHostDeclineMutation, EventCoHostDeclineMutationVariables>;
export const EventCoHostInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EventCoHostInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventCoHostInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoHostInvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoHostInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventHost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"remove"}}]}}]}}]} as unknown as DocumentNode<EventCoHostInviteMutation, EventCoHostInviteMutationVariables>;
export const EventCoHostRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EventCoHostRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventCoHostRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoHostInvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoHostInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventHost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"remove"}}]}}]}}]} as unknown as DocumentNode<EventCoHostRemoveMutation, EventCoHostRemoveMutationVariables>;
export const EventCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EventCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetailsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"endsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"onlineConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineWaitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameNn"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}},{"kind":"Field","name":{"kind":"Name","value":"materialsHtml"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalRegistrationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"remindersEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"reservedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"reservedForKind"}},{"kind":"Field","name":{"kind":"Name","value":"reservedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reservedConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"viewerQualifies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answersDeleteAt"}},{"kind":"Field","name":{"kind":"Name","value":"answersDeletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHostInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"remove"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"cancel"}},{"kind":"Field","name":{"kind":"Name","value":"addMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"register"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluate"}},{"kind":"Field","name":{"kind":"Name","value":"editEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"openEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"closeEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"viewEvaluation"}}]}}]}}]} as unknown as DocumentNode<EventCreateMutation, EventCreateMutationVariables>;
export const EventCreateSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EventCreateSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"frequency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SeriesFrequency"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventCreateSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"frequency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"frequency"}}},{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"endsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"onlineConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineWaitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameNn"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}}]} as unknown as DocumentNode<EventCreateSeriesMutation, EventCreateSeriesMutationVariables>;
export const EventDuplicateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EventDuplicate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventDuplicate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetailsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"endsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"onlineConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineWaitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameNn"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}},{"kind":"Field","name":{"kind":"Name","value":"materialsHtml"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalRegistrationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"remindersEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"reservedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"reservedForKind"}},{"kind":"Field","name":{"kind":"Name","value":"reservedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reservedConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"viewerQualifies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answersDeleteAt"}},{"kind":"Field","name":{"kind":"Name","value":"answersDeletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHostInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"remove"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"cancel"}},{"kind":"Field","name":{"kind":"Name","value":"addMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"register"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluate"}},{"kind":"Field","name":{"kind":"Name","value":"editEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"openEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"closeEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"viewEvaluation"}}]}}]}}]} as unknown as DocumentNode<EventDuplicateMutation, EventDuplicateMutationVariables>;
export const EventEvaluationCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EventEvaluationClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventEvaluationClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetailsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"endsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"onlineConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineWaitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameNn"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}},{"kind":"Field","name":{"kind":"Name","value":"materialsHtml"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalRegistrationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"remindersEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"reservedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"reservedForKind"}},{"kind":"Field","name":{"kind":"Name","value":"reservedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reservedConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"viewerQualifies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answersDeleteAt"}},{"kind":"Field","name":{"kind":"Name","value":"answersDeletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHostInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"remove"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"cancel"}},{"kind":"Field","name":{"kind":"Name","value":"addMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"register"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluate"}},{"kind":"Field","name":{"kind":"Name","value":"editEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"openEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"closeEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"viewEvaluation"}}]}}]}}]} as unknown as DocumentNode<EventEvaluationCloseMutation, EventEvaluationCloseMutationVariables>;
export const EventEvaluationOpenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EventEvaluationOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventEvaluationOpen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetailsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"endsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"onlineConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineWaitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameNn"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}},{"kind":"Field","name":{"kind":"Name","value":"materialsHtml"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalRegistrationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"remindersEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"reservedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"reservedForKind"}},{"kind":"Field","name":{"kind":"Name","value":"reservedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reservedConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"viewerQualifies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answersDeleteAt"}},{"kind":"Field","name":{"kind":"Name","value":"answersDeletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHostInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"remove"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"cancel"}},{"kind":"Field","name":{"kind":"Name","value":"addMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"register"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluate"}},{"kind":"Field","name":{"kind":"Name","value":"editEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"openEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"closeEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"viewEvaluation"}}]}}]}}]} as unknown as DocumentNode<EventEvaluationOpenMutation, EventEvaluationOpenMutationVariables>;
export const EventEvaluationRespondDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EventEvaluationRespond"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationAnswerInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventEvaluationRespond"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}},{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<EventEvaluationRespondMutation, EventEvaluationRespondMutationVariables>;
export const EventEvaluationResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventEvaluationResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"asked"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"average"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"}},{"kind":"Field","name":{"kind":"Name","value":"texts"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventEvaluationResultsQuery, EventEvaluationResultsQueryVariables>;
export const EventEvaluationSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EventEvaluationSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"questions"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationQuestionInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventEvaluationSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"questions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"questions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetailsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"endsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"onlineConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineWaitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameNn"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}},{"kind":"Field","name":{"kind":"Name","value":"materialsHtml"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalRegistrationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"remindersEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"reservedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"reservedForKind"}},{"kind":"Field","name":{"kind":"Name","value":"reservedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reservedConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"viewerQualifies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answersDeleteAt"}},{"kind":"Field","name":{"kind":"Name","value":"answersDeletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHostInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"remove"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"cancel"}},{"kind":"Field","name":{"kind":"Name","value":"addMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"register"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluate"}},{"kind":"Field","name":{"kind":"Name","value":"editEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"openEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"closeEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"viewEvaluation"}}]}}]}}]} as unknown as DocumentNode<EventEvaluationSetMutation, EventEvaluationSetMutationVariables>;
export const EventMessageRegistrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EventMessageRegistrants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventMessageRegistrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}]}]}}]} as unknown as DocumentNode<EventMessageRegistrantsMutation, EventMessageRegistrantsMutationVariables>;
export const EventPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EventPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetailsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"endsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"onlineConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineWaitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameNn"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}},{"kind":"Field","name":{"kind":"Name","value":"materialsHtml"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalRegistrationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"remindersEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"reservedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"reservedForKind"}},{"kind":"Field","name":{"kind":"Name","value":"reservedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reservedConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"viewerQualifies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answersDeleteAt"}},{"kind":"Field","name":{"kind":"Name","value":"answersDeletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHostInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"remove"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"cancel"}},{"kind":"Field","name":{"kind":"Name","value":"addMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"register"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluate"}},{"kind":"Field","name":{"kind":"Name","value":"editEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"openEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"closeEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"viewEvaluation"}}]}}]}}]} as unknown as DocumentNode<EventPublishMutation, EventPublishMutationVariables>;
export const EventRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EventRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attendance"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceMode"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationAnswerInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"attendance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attendance"}}},{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"reservedSeat"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineWaitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservedConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"viewerQualifies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"register"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluate"}},{"kind":"Field","name":{"kind":"Name","value":"editEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"openEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"closeEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"viewEvaluation"}}]}}]}}]}}]} as unknown as DocumentNode<EventRegisterMutation, EventRegisterMutationVariables>;
export const EventRegisterGuestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EventRegisterGuest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attendance"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceMode"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationAnswerInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventRegisterGuest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"attendance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attendance"}}},{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<EventRegisterGuestMutation, EventRegisterGuestMutationVariables>;
export const EventUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EventUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventDetailsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"endsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"onlineConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineWaitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameNn"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionHtml"}},{"kind":"Field","name":{"kind":"Name","value":"venueAddress"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"registrationOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"registrationWindow"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"recordingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"materials"}},{"kind":"Field","name":{"kind":"Name","value":"materialsHtml"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalRegistrationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"remindersEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"reservedSeats"}},{"kind":"Field","name":{"kind":"Name","value":"reservedForKind"}},{"kind":"Field","name":{"kind":"Name","value":"reservedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reservedConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"viewerQualifies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answersDeleteAt"}},{"kind":"Field","name":{"kind":"Name","value":"answersDeletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coHostInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"remove"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"cancel"}},{"kind":"Field","name":{"kind":"Name","value":"addMaterials"}},{"kind":"Field","name":{"kind":"Name","value":"register"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluate"}},{"kind":"Field","name":{"kind":"Name","value":"editEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"openEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"closeEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"viewEvaluation"}}]}}]}}]} as unknown as DocumentNode<EventUpdateMutation, EventUpdateMutationVariables>;
export const EventUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EventUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineWaitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"reservedConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EventUpdatesSubscription, EventUpdatesSubscriptionVariables>;
export const EventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Events"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventCardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"endsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"venueName"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"onlineConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineWaitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameNn"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerRegistration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}}]} as unknown as DocumentNode<EventsQuery, EventsQueryVariables>;
export const FollowSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FollowSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topicSlugs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumbers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"topicSlugs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topicSlugs"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityNumbers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumbers"}}}]}]}}]} as unknown as DocumentNode<FollowSetMutation, FollowSetMutationVariables>;
export const GuestRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuestRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guestRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"guestName"}},{"kind":"Field","name":{"kind":"Name","value":"guestEmailConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"canEvaluate"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GuestRegistrationQuery, GuestRegistrationQueryVariables>;
export const GuestRegistrationCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GuestRegistrationCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guestRegistrationCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"guestEmailConfirmed"}}]}}]}}]} as unknown as DocumentNode<GuestRegistrationCancelMutation, GuestRegistrationCancelMutationVariables>;
export const GuestRegistrationConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GuestRegistrationConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guestRegistrationConfirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"guestEmailConfirmed"}}]}}]}}]} as unknown as DocumentNode<GuestRegistrationConfirmMutation, GuestRegistrationConfirmMutationVariables>;
export const RegistrationCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegistrationCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegistrationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Registration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"reservedSeat"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"onlineWaitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"meetingUrl"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservedConfirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"viewerQualifies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"register"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluate"}},{"kind":"Field","name":{"kind":"Name","value":"editEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"openEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"closeEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"viewEvaluation"}}]}}]}}]}}]} as unknown as DocumentNode<RegistrationCancelMutation, RegistrationCancelMutationVariables>;
export const RegistrationCheckInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegistrationCheckIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"checkIn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckIn"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationCheckIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"checkIn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"checkIn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkIn"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}}]}}]} as unknown as DocumentNode<RegistrationCheckInMutation, RegistrationCheckInMutationVariables>;
export const ViewerCoHostInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerCoHostInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"eventCoHostInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoHostInvitationFields"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoHostInvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EventHost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"remove"}}]}}]}}]} as unknown as DocumentNode<ViewerCoHostInvitationsQuery, ViewerCoHostInvitationsQueryVariables>;
export const ViewerEventSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerEventSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"calendarFeedUrl"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerEventSettingsQuery, ViewerEventSettingsQueryVariables>;
export const GrantReviewAppealDecideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantReviewAppealDecide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealState"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantAppealDecide"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpAppealFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpAppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantAppeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uphold"}},{"kind":"Field","name":{"kind":"Name","value":"forward"}}]}}]}}]} as unknown as DocumentNode<GrantReviewAppealDecideMutation, GrantReviewAppealDecideMutationVariables>;
export const GrantReviewApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantReviewApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"projectPlan"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"moreInfoRequest"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assess"}},{"kind":"Field","name":{"kind":"Name","value":"declareConflict"}},{"kind":"Field","name":{"kind":"Name","value":"requestInfo"}},{"kind":"Field","name":{"kind":"Name","value":"decide"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownFunding"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerName"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"declaration"}},{"kind":"Field","name":{"kind":"Name","value":"noConflictDeclaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"conflictDeclaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<GrantReviewApplicationQuery, GrantReviewApplicationQueryVariables>;
export const GrantReviewAssessmentSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantReviewAssessmentSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scores"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantAssessmentSave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"scores"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scores"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<GrantReviewAssessmentSaveMutation, GrantReviewAssessmentSaveMutationVariables>;
export const GrantReviewAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantReviewAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}}]}}]}}]} as unknown as DocumentNode<GrantReviewAuditLogQuery, GrantReviewAuditLogQueryVariables>;
export const GrantReviewAwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantReviewAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantAward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpAwardFields"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpAppealFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpAwardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantAward"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"requestChange"}},{"kind":"Field","name":{"kind":"Name","value":"claimRepayment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidReference"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markPaid"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"settlementNote"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRepaid"}},{"kind":"Field","name":{"kind":"Name","value":"waive"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approve"}},{"kind":"Field","name":{"kind":"Name","value":"deny"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpAppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantAppeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uphold"}},{"kind":"Field","name":{"kind":"Name","value":"forward"}}]}}]}}]} as unknown as DocumentNode<GrantReviewAwardQuery, GrantReviewAwardQueryVariables>;
export const GrantReviewAwardLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantReviewAwardLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantAwardAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]} as unknown as DocumentNode<GrantReviewAwardLogQuery, GrantReviewAwardLogQueryVariables>;
export const GrantReviewChangeRequestDecideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantReviewChangeRequestDecide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequestState"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantChangeRequestDecide"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]} as unknown as DocumentNode<GrantReviewChangeRequestDecideMutation, GrantReviewChangeRequestDecideMutationVariables>;
export const GrantReviewDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantReviewDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRoundDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"byState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOrganisationKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewerName"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAt"}}]}}]}}]}}]} as unknown as DocumentNode<GrantReviewDashboardQuery, GrantReviewDashboardQueryVariables>;
export const GrantReviewDecideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantReviewDecide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grantedAmount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overrideNote"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantApplicationDecide"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"grantedAmount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grantedAmount"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"overrideNote"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overrideNote"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"projectPlan"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"moreInfoRequest"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assess"}},{"kind":"Field","name":{"kind":"Name","value":"declareConflict"}},{"kind":"Field","name":{"kind":"Name","value":"requestInfo"}},{"kind":"Field","name":{"kind":"Name","value":"decide"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownFunding"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerName"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"declaration"}},{"kind":"Field","name":{"kind":"Name","value":"noConflictDeclaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"conflictDeclaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<GrantReviewDecideMutation, GrantReviewDecideMutationVariables>;
export const GrantReviewDeclareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantReviewDeclare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"declaration"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictDeclaration"}}},"defaultValue":{"kind":"EnumValue","value":"NO_CONFLICT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantAssessmentDeclare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"declaration"},"value":{"kind":"Variable","name":{"kind":"Name","value":"declaration"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"declaration"}},{"kind":"Field","name":{"kind":"Name","value":"noConflictDeclaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"conflictDeclaredAt"}}]}}]}}]} as unknown as DocumentNode<GrantReviewDeclareMutation, GrantReviewDeclareMutationVariables>;
export const GrantReviewEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantReviewEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]} as unknown as DocumentNode<GrantReviewEventsQuery, GrantReviewEventsQueryVariables>;
export const GrantReviewFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantReviewFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRoundFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awarded"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notAnswered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpReportRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportsToReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpReportRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"award"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openAppeals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpAppealFields"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpReportRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"award"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpAppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantAppeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uphold"}},{"kind":"Field","name":{"kind":"Name","value":"forward"}}]}}]}}]} as unknown as DocumentNode<GrantReviewFollowUpQuery, GrantReviewFollowUpQueryVariables>;
export const GrantReviewPaymentMarkPaidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantReviewPaymentMarkPaid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantPaymentMarkPaid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidReference"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markPaid"}}]}}]}}]}}]} as unknown as DocumentNode<GrantReviewPaymentMarkPaidMutation, GrantReviewPaymentMarkPaidMutationVariables>;
export const GrantReviewRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantReviewRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRoundRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GrantReviewRankingQuery, GrantReviewRankingQueryVariables>;
export const GrantReviewRepaymentClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantReviewRepaymentClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"awardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RepaymentReason"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRepaymentClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"awardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"awardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<GrantReviewRepaymentClaimMutation, GrantReviewRepaymentClaimMutationVariables>;
export const GrantReviewRepaymentSettleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantReviewRepaymentSettle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RepaymentState"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRepaymentSettle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"settlementNote"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}}]}}]}}]} as unknown as DocumentNode<GrantReviewRepaymentSettleMutation, GrantReviewRepaymentSettleMutationVariables>;
export const GrantReviewReportApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantReviewReportApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantReportApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"activitiesHeld"}},{"kind":"Field","name":{"kind":"Name","value":"totalSpent"}},{"kind":"Field","name":{"kind":"Name","value":"grantUsed"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewMessage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"submit"}},{"kind":"Field","name":{"kind":"Name","value":"resubmit"}},{"kind":"Field","name":{"kind":"Name","value":"approve"}},{"kind":"Field","name":{"kind":"Name","value":"requestChanges"}},{"kind":"Field","name":{"kind":"Name","value":"reject"}},{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}}]}}]}}]} as unknown as DocumentNode<GrantReviewReportApproveMutation, GrantReviewReportApproveMutationVariables>;
export const GrantReviewReportRejectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantReviewReportReject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantReportReject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"activitiesHeld"}},{"kind":"Field","name":{"kind":"Name","value":"totalSpent"}},{"kind":"Field","name":{"kind":"Name","value":"grantUsed"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewMessage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"submit"}},{"kind":"Field","name":{"kind":"Name","value":"resubmit"}},{"kind":"Field","name":{"kind":"Name","value":"approve"}},{"kind":"Field","name":{"kind":"Name","value":"requestChanges"}},{"kind":"Field","name":{"kind":"Name","value":"reject"}},{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}}]}}]}}]} as unknown as DocumentNode<GrantReviewReportRejectMutation, GrantReviewReportRejectMutationVariables>;
export const GrantReviewReportRequestChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantReviewReportRequestChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantReportRequestChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"activitiesHeld"}},{"kind":"Field","name":{"kind":"Name","value":"totalSpent"}},{"kind":"Field","name":{"kind":"Name","value":"grantUsed"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewMessage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"submit"}},{"kind":"Field","name":{"kind":"Name","value":"resubmit"}},{"kind":"Field","name":{"kind":"Name","value":"approve"}},{"kind":"Field","name":{"kind":"Name","value":"requestChanges"}},{"kind":"Field","name":{"kind":"Name","value":"reject"}},{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}}]}}]}}]} as unknown as DocumentNode<GrantReviewReportRequestChangesMutation, GrantReviewReportRequestChangesMutationVariables>;
export const GrantReviewRequestInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantReviewRequestInfo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantApplicationRequestInfo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"projectPlan"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"moreInfoRequest"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assess"}},{"kind":"Field","name":{"kind":"Name","value":"declareConflict"}},{"kind":"Field","name":{"kind":"Name","value":"requestInfo"}},{"kind":"Field","name":{"kind":"Name","value":"decide"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownFunding"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerName"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"declaration"}},{"kind":"Field","name":{"kind":"Name","value":"noConflictDeclaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"conflictDeclaredAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<GrantReviewRequestInfoMutation, GrantReviewRequestInfoMutationVariables>;
export const GrantReviewRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantReviewRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"}},{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleMunicipalities"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decisionsPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingApplications"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"publishDecisions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"infoEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceDays"}},{"kind":"Field","name":{"kind":"Name","value":"reportRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}}]}}]}}]} as unknown as DocumentNode<GrantReviewRoundQuery, GrantReviewRoundQueryVariables>;
export const GrantReviewRoundCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantReviewRoundClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRoundClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"}},{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleMunicipalities"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decisionsPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingApplications"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"publishDecisions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"infoEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceDays"}},{"kind":"Field","name":{"kind":"Name","value":"reportRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}}]}}]}}]} as unknown as DocumentNode<GrantReviewRoundCloseMutation, GrantReviewRoundCloseMutationVariables>;
export const GrantReviewRoundCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantReviewRoundCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRoundCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"}},{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleMunicipalities"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decisionsPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingApplications"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"publishDecisions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"infoEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceDays"}},{"kind":"Field","name":{"kind":"Name","value":"reportRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}}]}}]}}]} as unknown as DocumentNode<GrantReviewRoundCreateMutation, GrantReviewRoundCreateMutationVariables>;
export const GrantReviewRoundOpenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantReviewRoundOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRoundOpen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"}},{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleMunicipalities"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decisionsPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingApplications"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"publishDecisions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"infoEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceDays"}},{"kind":"Field","name":{"kind":"Name","value":"reportRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}}]}}]}}]} as unknown as DocumentNode<GrantReviewRoundOpenMutation, GrantReviewRoundOpenMutationVariables>;
export const GrantReviewRoundPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantReviewRoundPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRoundPublishDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"}},{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleMunicipalities"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decisionsPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingApplications"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"publishDecisions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"infoEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceDays"}},{"kind":"Field","name":{"kind":"Name","value":"reportRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}}]}}]}}]} as unknown as DocumentNode<GrantReviewRoundPublishMutation, GrantReviewRoundPublishMutationVariables>;
export const GrantReviewRoundUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantReviewRoundUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRoundUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"}},{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleMunicipalities"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decisionsPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingApplications"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"close"}},{"kind":"Field","name":{"kind":"Name","value":"publishDecisions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"infoEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceDays"}},{"kind":"Field","name":{"kind":"Name","value":"reportRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}}]}}]}}]} as unknown as DocumentNode<GrantReviewRoundUpdateMutation, GrantReviewRoundUpdateMutationVariables>;
export const GrantReviewRoundUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"GrantReviewRoundUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRoundUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}}]}}]}}]} as unknown as DocumentNode<GrantReviewRoundUpdatesSubscription, GrantReviewRoundUpdatesSubscriptionVariables>;
export const GrantReviewRoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantReviewRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GrantReviewRoundsQuery, GrantReviewRoundsQueryVariables>;
export const GrantReviewSchemeCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantReviewSchemeCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantSchemeCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<GrantReviewSchemeCreateMutation, GrantReviewSchemeCreateMutationVariables>;
export const GrantReviewSchemesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantReviewSchemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantSchemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<GrantReviewSchemesQuery, GrantReviewSchemesQueryVariables>;
export const GrantRoundResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantRoundResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRoundResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalAwarded"}},{"kind":"Field","name":{"kind":"Name","value":"reportsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"csvUrl"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"decisionsPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"awards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"grantUsed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTargetGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}}]}}]} as unknown as DocumentNode<GrantRoundResultsQuery, GrantRoundResultsQueryVariables>;
export const GrantAppealFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantAppealFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grounds"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantAppealFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"grounds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grounds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpAppealFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpAppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantAppeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uphold"}},{"kind":"Field","name":{"kind":"Name","value":"forward"}}]}}]}}]} as unknown as DocumentNode<GrantAppealFileMutation, GrantAppealFileMutationVariables>;
export const GrantApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"projectPlan"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"moreInfoRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"submit"}},{"kind":"Field","name":{"kind":"Name","value":"resubmit"}},{"kind":"Field","name":{"kind":"Name","value":"withdraw"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownFunding"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingApplications"}},{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GrantApplicationQuery, GrantApplicationQueryVariables>;
export const GrantApplicationCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantApplicationCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantApplicationCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"projectPlan"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"moreInfoRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"submit"}},{"kind":"Field","name":{"kind":"Name","value":"resubmit"}},{"kind":"Field","name":{"kind":"Name","value":"withdraw"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownFunding"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingApplications"}},{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GrantApplicationCreateMutation, GrantApplicationCreateMutationVariables>;
export const GrantApplicationSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantApplicationSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantApplicationSave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"projectPlan"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"moreInfoRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"submit"}},{"kind":"Field","name":{"kind":"Name","value":"resubmit"}},{"kind":"Field","name":{"kind":"Name","value":"withdraw"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownFunding"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingApplications"}},{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GrantApplicationSaveMutation, GrantApplicationSaveMutationVariables>;
export const GrantApplicationSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantApplicationSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantApplicationSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"projectPlan"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"moreInfoRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"submit"}},{"kind":"Field","name":{"kind":"Name","value":"resubmit"}},{"kind":"Field","name":{"kind":"Name","value":"withdraw"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownFunding"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingApplications"}},{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GrantApplicationSubmitMutation, GrantApplicationSubmitMutationVariables>;
export const GrantApplicationWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantApplicationWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantApplicationWithdraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"projectPlan"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"moreInfoRequest"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"submit"}},{"kind":"Field","name":{"kind":"Name","value":"resubmit"}},{"kind":"Field","name":{"kind":"Name","value":"withdraw"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownFunding"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingApplications"}},{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GrantApplicationWithdrawMutation, GrantApplicationWithdrawMutationVariables>;
export const GrantAttachmentDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantAttachmentDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantAttachmentDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GrantAttachmentDeleteMutation, GrantAttachmentDeleteMutationVariables>;
export const GrantAttachmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantAttachments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<GrantAttachmentsQuery, GrantAttachmentsQueryVariables>;
export const GrantAwardAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantAwardAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantAwardAccept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpAwardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpAwardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantAward"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"requestChange"}},{"kind":"Field","name":{"kind":"Name","value":"claimRepayment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidReference"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markPaid"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"settlementNote"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRepaid"}},{"kind":"Field","name":{"kind":"Name","value":"waive"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approve"}},{"kind":"Field","name":{"kind":"Name","value":"deny"}}]}}]}}]}}]} as unknown as DocumentNode<GrantAwardAcceptMutation, GrantAwardAcceptMutationVariables>;
export const GrantAwardDeclineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantAwardDecline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantAwardDecline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpAwardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpAwardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantAward"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"requestChange"}},{"kind":"Field","name":{"kind":"Name","value":"claimRepayment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidReference"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markPaid"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"settlementNote"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRepaid"}},{"kind":"Field","name":{"kind":"Name","value":"waive"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approve"}},{"kind":"Field","name":{"kind":"Name","value":"deny"}}]}}]}}]}}]} as unknown as DocumentNode<GrantAwardDeclineMutation, GrantAwardDeclineMutationVariables>;
export const GrantChangeRequestCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantChangeRequestCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"awardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeRequestKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestedDueAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantChangeRequestCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"awardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"awardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}},{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"requestedDueAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestedDueAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<GrantChangeRequestCreateMutation, GrantChangeRequestCreateMutationVariables>;
export const GrantDecisionLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantDecisionLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"}},{"kind":"Field","name":{"kind":"Name","value":"decisionsPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"award"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDeadline"}}]}}]}}]}}]} as unknown as DocumentNode<GrantDecisionLetterQuery, GrantDecisionLetterQueryVariables>;
export const GrantFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"appealDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileAppeal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"decisionsPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpAppealFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"award"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpAwardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpAppealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantAppeal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uphold"}},{"kind":"Field","name":{"kind":"Name","value":"forward"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpAwardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantAward"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accept"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"requestChange"}},{"kind":"Field","name":{"kind":"Name","value":"claimRepayment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidReference"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markPaid"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"settlementNote"}},{"kind":"Field","name":{"kind":"Name","value":"settledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRepaid"}},{"kind":"Field","name":{"kind":"Name","value":"waive"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approve"}},{"kind":"Field","name":{"kind":"Name","value":"deny"}}]}}]}}]}}]} as unknown as DocumentNode<GrantFollowUpQuery, GrantFollowUpQueryVariables>;
export const GrantPartnerSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantPartnerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<GrantPartnerSearchQuery, GrantPartnerSearchQueryVariables>;
export const GrantReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantReportFields"}},{"kind":"Field","name":{"kind":"Name","value":"award"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"activitiesHeld"}},{"kind":"Field","name":{"kind":"Name","value":"totalSpent"}},{"kind":"Field","name":{"kind":"Name","value":"grantUsed"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewMessage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"submit"}},{"kind":"Field","name":{"kind":"Name","value":"resubmit"}},{"kind":"Field","name":{"kind":"Name","value":"approve"}},{"kind":"Field","name":{"kind":"Name","value":"requestChanges"}},{"kind":"Field","name":{"kind":"Name","value":"reject"}},{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}}]}}]}}]} as unknown as DocumentNode<GrantReportQuery, GrantReportQueryVariables>;
export const GrantReportAttachmentDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantReportAttachmentDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantReportAttachmentDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GrantReportAttachmentDeleteMutation, GrantReportAttachmentDeleteMutationVariables>;
export const GrantReportAttachmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantReportAttachments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<GrantReportAttachmentsQuery, GrantReportAttachmentsQueryVariables>;
export const GrantReportSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantReportSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantReportSave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"activitiesHeld"}},{"kind":"Field","name":{"kind":"Name","value":"totalSpent"}},{"kind":"Field","name":{"kind":"Name","value":"grantUsed"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewMessage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"submit"}},{"kind":"Field","name":{"kind":"Name","value":"resubmit"}},{"kind":"Field","name":{"kind":"Name","value":"approve"}},{"kind":"Field","name":{"kind":"Name","value":"requestChanges"}},{"kind":"Field","name":{"kind":"Name","value":"reject"}},{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}}]}}]}}]} as unknown as DocumentNode<GrantReportSaveMutation, GrantReportSaveMutationVariables>;
export const GrantReportSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantReportSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantReportSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"activitiesHeld"}},{"kind":"Field","name":{"kind":"Name","value":"totalSpent"}},{"kind":"Field","name":{"kind":"Name","value":"grantUsed"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewMessage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"submit"}},{"kind":"Field","name":{"kind":"Name","value":"resubmit"}},{"kind":"Field","name":{"kind":"Name","value":"approve"}},{"kind":"Field","name":{"kind":"Name","value":"requestChanges"}},{"kind":"Field","name":{"kind":"Name","value":"reject"}},{"kind":"Field","name":{"kind":"Name","value":"requestExtension"}}]}}]}}]} as unknown as DocumentNode<GrantReportSubmitMutation, GrantReportSubmitMutationVariables>;
export const GrantRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantRoundSummary"}},{"kind":"Field","name":{"kind":"Name","value":"guidelinesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleMunicipalities"}},{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"infoEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantRoundSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingApplications"}},{"kind":"Field","name":{"kind":"Name","value":"decisionsPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GrantRoundQuery, GrantRoundQueryVariables>;
export const GrantRoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantRoundSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantRoundSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingApplications"}},{"kind":"Field","name":{"kind":"Name","value":"decisionsPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GrantRoundsQuery, GrantRoundsQueryVariables>;
export const MyGrantApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyGrantApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myGrantApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantRoundSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantRoundSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingApplications"}},{"kind":"Field","name":{"kind":"Name","value":"decisionsPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyGrantApplicationsQuery, MyGrantApplicationsQueryVariables>;
export const AnnouncementPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnnouncementPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnouncementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcementPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnouncementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnouncementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Announcement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AnnouncementPostMutation, AnnouncementPostMutationVariables>;
export const AnnouncementPostedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AnnouncementPosted"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcementPosted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"announcement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnouncementFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnouncementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Announcement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AnnouncementPostedSubscription, AnnouncementPostedSubscriptionVariables>;
export const AnnouncementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Announcements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnouncementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnouncementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Announcement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AnnouncementsQuery, AnnouncementsQueryVariables>;
export const GroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Group"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupListItemFields"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remove"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupListItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"joinPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}},{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"join"}},{"kind":"Field","name":{"kind":"Name","value":"leave"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<GroupQuery, GroupQueryVariables>;
export const GroupCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GroupCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupListItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupListItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"joinPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}},{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"join"}},{"kind":"Field","name":{"kind":"Name","value":"leave"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<GroupCreateMutation, GroupCreateMutationVariables>;
export const GroupEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"GroupEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadListItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedByModerator"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadListItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]} as unknown as DocumentNode<GroupEventsSubscription, GroupEventsSubscriptionVariables>;
export const GroupJoinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GroupJoin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupJoin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<GroupJoinMutation, GroupJoinMutationVariables>;
export const GroupLeaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GroupLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupLeave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}]}]}}]} as unknown as DocumentNode<GroupLeaveMutation, GroupLeaveMutationVariables>;
export const GroupMemberApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GroupMemberApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupMemberApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<GroupMemberApproveMutation, GroupMemberApproveMutationVariables>;
export const GroupMemberRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GroupMemberRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupMemberRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}]}]}}]} as unknown as DocumentNode<GroupMemberRemoveMutation, GroupMemberRemoveMutationVariables>;
export const GroupMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupMembersQuery, GroupMembersQueryVariables>;
export const GroupPresenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"GroupPresence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupPresence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"online"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"typing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}}]}}]}}]}}]} as unknown as DocumentNode<GroupPresenceSubscription, GroupPresenceSubscriptionVariables>;
export const GroupThreadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupThreads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadListItemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadListItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]} as unknown as DocumentNode<GroupThreadsQuery, GroupThreadsQueryVariables>;
export const GroupTypingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GroupTyping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupTyping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}}]}]}}]} as unknown as DocumentNode<GroupTypingMutation, GroupTypingMutationVariables>;
export const GroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupListItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupListItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"joinPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}},{"kind":"Field","name":{"kind":"Name","value":"manage"}},{"kind":"Field","name":{"kind":"Name","value":"join"}},{"kind":"Field","name":{"kind":"Name","value":"leave"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<GroupsQuery, GroupsQueryVariables>;
export const MessageDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MessageDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedByModerator"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}}]} as unknown as DocumentNode<MessageDeleteMutation, MessageDeleteMutationVariables>;
export const MessageEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MessageEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageEdit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedByModerator"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}}]} as unknown as DocumentNode<MessageEditMutation, MessageEditMutationVariables>;
export const MessagePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MessagePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messagePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedByModerator"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}}]} as unknown as DocumentNode<MessagePostMutation, MessagePostMutationVariables>;
export const NotificationEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"threadTitle"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"announcementId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"settlementYearId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}}]}}]}}]} as unknown as DocumentNode<NotificationEventsSubscription, NotificationEventsSubscriptionVariables>;
export const NotificationMarkAllReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationMarkAllRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationMarkAllRead"}}]}}]} as unknown as DocumentNode<NotificationMarkAllReadMutation, NotificationMarkAllReadMutationVariables>;
export const NotificationMarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationMarkRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<NotificationMarkReadMutation, NotificationMarkReadMutationVariables>;
export const NotificationPreferenceSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationPreferenceSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationChannel"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationPreferenceSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}}]} as unknown as DocumentNode<NotificationPreferenceSetMutation, NotificationPreferenceSetMutationVariables>;
export const NotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}}]} as unknown as DocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"threadTitle"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"announcementId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"roundId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"settlementYearId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const ThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Thread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"moderate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"removedByModerator"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ThreadQuery, ThreadQueryVariables>;
export const ThreadCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ThreadCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threadCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadListItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadListItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]} as unknown as DocumentNode<ThreadCreateMutation, ThreadCreateMutationVariables>;
export const ThreadMarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ThreadMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threadMarkRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<ThreadMarkReadMutation, ThreadMarkReadMutationVariables>;
export const UnreadNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<UnreadNotificationsQuery, UnreadNotificationsQueryVariables>;
export const FrontPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrontPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"time"},"value":{"kind":"EnumValue","value":"UPCOMING"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingApplications"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"announcements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newestActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FrontPageQuery, FrontPageQueryVariables>;
export const FrontPageGroupMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FrontPageGroupMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<FrontPageGroupMessagesSubscription, FrontPageGroupMessagesSubscriptionVariables>;
export const FrontPageReadingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FrontPageReading"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}}]}}]}}]} as unknown as DocumentNode<FrontPageReadingSubscription, FrontPageReadingSubscriptionVariables>;
export const FrontPageUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FrontPageUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frontPageUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"what"}}]}}]}}]} as unknown as DocumentNode<FrontPageUpdatesSubscription, FrontPageUpdatesSubscriptionVariables>;
export const MyFrontPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyFrontPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventRegistrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"upcoming"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyFrontPageQuery, MyFrontPageQueryVariables>;
export const InvitationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsInvitee"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accept"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const InvitationAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationAccept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationAcceptMutation, InvitationAcceptMutationVariables>;
export const InvitationRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<InvitationRevokeMutation, InvitationRevokeMutationVariables>;
export const MembershipChangeRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembershipChangeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipChangeRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"membershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeRole"}},{"kind":"Field","name":{"kind":"Name","value":"remove"}}]}}]}}]}}]} as unknown as DocumentNode<MembershipChangeRoleMutation, MembershipChangeRoleMutationVariables>;
export const MembershipLeaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembershipLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipLeave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}]}]}}]} as unknown as DocumentNode<MembershipLeaveMutation, MembershipLeaveMutationVariables>;
export const MembershipRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembershipRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"membershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}}}]}]}}]} as unknown as DocumentNode<MembershipRemoveMutation, MembershipRemoveMutationVariables>;
export const OrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationDetailsFields"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeRole"}},{"kind":"Field","name":{"kind":"Name","value":"remove"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameNn"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"verify"}},{"kind":"Field","name":{"kind":"Name","value":"manageMembers"}},{"kind":"Field","name":{"kind":"Name","value":"viewMembers"}},{"kind":"Field","name":{"kind":"Name","value":"leave"}},{"kind":"Field","name":{"kind":"Name","value":"manageEvents"}},{"kind":"Field","name":{"kind":"Name","value":"manageActivities"}}]}}]}}]} as unknown as DocumentNode<OrganisationQuery, OrganisationQueryVariables>;
export const OrganisationCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationDetailsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameNn"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"verify"}},{"kind":"Field","name":{"kind":"Name","value":"manageMembers"}},{"kind":"Field","name":{"kind":"Name","value":"viewMembers"}},{"kind":"Field","name":{"kind":"Name","value":"leave"}},{"kind":"Field","name":{"kind":"Name","value":"manageEvents"}},{"kind":"Field","name":{"kind":"Name","value":"manageActivities"}}]}}]}}]} as unknown as DocumentNode<OrganisationCreateMutation, OrganisationCreateMutationVariables>;
export const OrganisationInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationInviteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<OrganisationInviteMutation, OrganisationInviteMutationVariables>;
export const OrganisationUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationDetailsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameNn"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"verify"}},{"kind":"Field","name":{"kind":"Name","value":"manageMembers"}},{"kind":"Field","name":{"kind":"Name","value":"viewMembers"}},{"kind":"Field","name":{"kind":"Name","value":"leave"}},{"kind":"Field","name":{"kind":"Name","value":"manageEvents"}},{"kind":"Field","name":{"kind":"Name","value":"manageActivities"}}]}}]}}]} as unknown as DocumentNode<OrganisationUpdateMutation, OrganisationUpdateMutationVariables>;
export const OrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationCardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const ViewerMembershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerMembershipsQuery, ViewerMembershipsQueryVariables>;
export const MunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Municipalities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"countyNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countyNumber"}},{"kind":"Field","name":{"kind":"Name","value":"countyName"}}]}}]}}]} as unknown as DocumentNode<MunicipalitiesQuery, MunicipalitiesQueryVariables>;
export const TopicsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameNn"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<TopicsQuery, TopicsQueryVariables>;
export const ResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Resource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceDetailsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameNn"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}}]}}]}}]} as unknown as DocumentNode<ResourceQuery, ResourceQueryVariables>;
export const ResourceCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResourceCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceDetailsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameNn"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}}]}}]}}]} as unknown as DocumentNode<ResourceCreateMutation, ResourceCreateMutationVariables>;
export const ResourceDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResourceDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ResourceDeleteMutation, ResourceDeleteMutationVariables>;
export const ResourceEventOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourceEventOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"includeDrafts"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]} as unknown as DocumentNode<ResourceEventOptionsQuery, ResourceEventOptionsQueryVariables>;
export const ResourceFormOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourceFormOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platformRole"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResourceFormOptionsQuery, ResourceFormOptionsQueryVariables>;
export const ResourceStaffOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourceStaffOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ResourceStaffOrganisationsQuery, ResourceStaffOrganisationsQueryVariables>;
export const ResourceUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResourceUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceDetailsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameNn"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceDetailsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manage"}}]}}]}}]} as unknown as DocumentNode<ResourceUpdateMutation, ResourceUpdateMutationVariables>;
export const ResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Resources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceCardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameNb"}},{"kind":"Field","name":{"kind":"Name","value":"nameNn"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ResourcesQuery, ResourcesQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountCapped"}},{"kind":"Field","name":{"kind":"Name","value":"didYouMean"}},{"kind":"Field","name":{"kind":"Name","value":"showsDidYouMean"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"typeFacet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topicFacet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalityFacet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languageFacet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const SearchSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<SearchSuggestionsQuery, SearchSuggestionsQueryVariables>;
export const MunicipalityPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalityPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countyName"}},{"kind":"Field","name":{"kind":"Name","value":"settlementYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"recommended"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"settled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantsAwarded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"roundTitle"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"municipality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"municipality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"municipality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalityPageQuery, MunicipalityPageQueryVariables>;
export const MySettlementSurveysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySettlementSurveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySettlementSurveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"trackerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<MySettlementSurveysQuery, MySettlementSurveysQueryVariables>;
export const SettlementBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"boardState"}},{"kind":"Field","name":{"kind":"Name","value":"boardLockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readBoard"}},{"kind":"Field","name":{"kind":"Name","value":"editBoard"}},{"kind":"Field","name":{"kind":"Name","value":"lockBoard"}},{"kind":"Field","name":{"kind":"Name","value":"unlockBoard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"capacityMinors"}},{"kind":"Field","name":{"kind":"Name","value":"extraIfNeeded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementBoardCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"settled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editBoard"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementBoardCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SettlementBoardQuery, SettlementBoardQueryVariables>;
export const SettlementBoardCellSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlementBoardCellSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BoardCellInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementBoardCellSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementBoardCell"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementBoardCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoardCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SettlementBoardCellSetMutation, SettlementBoardCellSetMutationVariables>;
export const SettlementBoardFocusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlementBoardFocus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementBoardFocus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}}}]}]}}]} as unknown as DocumentNode<SettlementBoardFocusMutation, SettlementBoardFocusMutationVariables>;
export const SettlementBoardHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementBoardHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementBoardHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"fromValue"}},{"kind":"Field","name":{"kind":"Name","value":"toValue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<SettlementBoardHistoryQuery, SettlementBoardHistoryQueryVariables>;
export const SettlementBoardLockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlementBoardLock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementBoardLock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardState"}},{"kind":"Field","name":{"kind":"Name","value":"boardLockedAt"}}]}}]}}]} as unknown as DocumentNode<SettlementBoardLockMutation, SettlementBoardLockMutationVariables>;
export const SettlementBoardPresenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SettlementBoardPresence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementBoardPresence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"viewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}}]}}]}}]}}]} as unknown as DocumentNode<SettlementBoardPresenceSubscription, SettlementBoardPresenceSubscriptionVariables>;
export const SettlementBoardUnlockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlementBoardUnlock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementBoardUnlock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boardState"}}]}}]}}]} as unknown as DocumentNode<SettlementBoardUnlockMutation, SettlementBoardUnlockMutationVariables>;
export const SettlementBoardUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SettlementBoardUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementBoardUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"cell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SettlementBoardUpdatesSubscription, SettlementBoardUpdatesSubscriptionVariables>;
export const SettlementDecisionSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlementDecisionSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementDecisionSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementNumbersFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementNumbersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementNumbers"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"requestedMinors"}},{"kind":"Field","name":{"kind":"Name","value":"requestRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"decidedMinors"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"documentFilename"}},{"kind":"Field","name":{"kind":"Name","value":"documentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"settled"}},{"kind":"Field","name":{"kind":"Name","value":"settledMinors"}},{"kind":"Field","name":{"kind":"Name","value":"settledUpdatedAt"}}]}}]} as unknown as DocumentNode<SettlementDecisionSetMutation, SettlementDecisionSetMutationVariables>;
export const SettlementMilestoneDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlementMilestoneDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementMilestoneDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SettlementMilestoneDeleteMutation, SettlementMilestoneDeleteMutationVariables>;
export const SettlementMilestoneSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlementMilestoneSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementMilestoneSave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementMilestoneFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementMilestoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementMilestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participantOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}}]}}]}}]} as unknown as DocumentNode<SettlementMilestoneSaveMutation, SettlementMilestoneSaveMutationVariables>;
export const SettlementNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"numbersPublished"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"administer"}},{"kind":"Field","name":{"kind":"Name","value":"recordRequests"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"settled"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"settled"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementNumbersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRequest"}},{"kind":"Field","name":{"kind":"Name","value":"recordDecision"}},{"kind":"Field","name":{"kind":"Name","value":"recordSettled"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementNumbersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementNumbers"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"requestedMinors"}},{"kind":"Field","name":{"kind":"Name","value":"requestRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"decidedMinors"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"documentFilename"}},{"kind":"Field","name":{"kind":"Name","value":"documentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"settled"}},{"kind":"Field","name":{"kind":"Name","value":"settledMinors"}},{"kind":"Field","name":{"kind":"Name","value":"settledUpdatedAt"}}]}}]} as unknown as DocumentNode<SettlementNumbersQuery, SettlementNumbersQueryVariables>;
export const SettlementProgressUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SettlementProgressUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementProgressUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}}]}}]}}]} as unknown as DocumentNode<SettlementProgressUpdatesSubscription, SettlementProgressUpdatesSubscriptionVariables>;
export const SettlementRecommendationLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementRecommendationLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementRecommendationLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countyName"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinors"}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]}}]} as unknown as DocumentNode<SettlementRecommendationLetterQuery, SettlementRecommendationLetterQueryVariables>;
export const SettlementRecommendationReviseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlementRecommendationRevise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementRecommendationRevise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementRecommendationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementRecommendationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"revise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentByName"}}]}}]}}]} as unknown as DocumentNode<SettlementRecommendationReviseMutation, SettlementRecommendationReviseMutationVariables>;
export const SettlementRecommendationSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlementRecommendationSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecommendationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementRecommendationSave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementRecommendationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementRecommendationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"revise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentByName"}}]}}]}}]} as unknown as DocumentNode<SettlementRecommendationSaveMutation, SettlementRecommendationSaveMutationVariables>;
export const SettlementRecommendationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementRecommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"boardState"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"administer"}},{"kind":"Field","name":{"kind":"Name","value":"sendRecommendations"}},{"kind":"Field","name":{"kind":"Name","value":"readLetter"}},{"kind":"Field","name":{"kind":"Name","value":"lockBoard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"capacityMinors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"settled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementRecommendationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementRecommendationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"revise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentByName"}}]}}]}}]} as unknown as DocumentNode<SettlementRecommendationsQuery, SettlementRecommendationsQueryVariables>;
export const SettlementRecommendationsSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlementRecommendationsSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementRecommendationsSend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementRecommendationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementRecommendationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recommendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"revise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"minors"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentByName"}}]}}]}}]} as unknown as DocumentNode<SettlementRecommendationsSendMutation, SettlementRecommendationsSendMutationVariables>;
export const SettlementRequestSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlementRequestSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementRequestSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementNumbersFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementNumbersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementNumbers"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"requestedMinors"}},{"kind":"Field","name":{"kind":"Name","value":"requestRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"decidedMinors"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"documentFilename"}},{"kind":"Field","name":{"kind":"Name","value":"documentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"settled"}},{"kind":"Field","name":{"kind":"Name","value":"settledMinors"}},{"kind":"Field","name":{"kind":"Name","value":"settledUpdatedAt"}}]}}]} as unknown as DocumentNode<SettlementRequestSetMutation, SettlementRequestSetMutationVariables>;
export const SettlementRequestsImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlementRequestsImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementRequestsImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}}]}}]}}]} as unknown as DocumentNode<SettlementRequestsImportMutation, SettlementRequestsImportMutationVariables>;
export const SettlementSettledSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlementSettledSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettledInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementSettledSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementNumbersFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementNumbersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementNumbers"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"requestedMinors"}},{"kind":"Field","name":{"kind":"Name","value":"requestRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"decidedMinors"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"documentFilename"}},{"kind":"Field","name":{"kind":"Name","value":"documentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"settled"}},{"kind":"Field","name":{"kind":"Name","value":"settledMinors"}},{"kind":"Field","name":{"kind":"Name","value":"settledUpdatedAt"}}]}}]} as unknown as DocumentNode<SettlementSettledSetMutation, SettlementSettledSetMutationVariables>;
export const SettlementSurveyCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlementSurveyClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementSurveyClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"surveyState"}}]}}]}}]} as unknown as DocumentNode<SettlementSurveyCloseMutation, SettlementSurveyCloseMutationVariables>;
export const SettlementSurveyResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementSurveyResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementSurveyResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementSurveyAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"surveyState"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementSurveyAnswer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"trackerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingAnswers"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"capacityMinors"}},{"kind":"Field","name":{"kind":"Name","value":"extraIfNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"housing"}},{"kind":"Field","name":{"kind":"Name","value":"kindergarten"}},{"kind":"Field","name":{"kind":"Name","value":"school"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"labourDemand"}},{"kind":"Field","name":{"kind":"Name","value":"introResults"}},{"kind":"Field","name":{"kind":"Name","value":"keepCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"submit"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}},{"kind":"Field","name":{"kind":"Name","value":"extend"}},{"kind":"Field","name":{"kind":"Name","value":"remind"}}]}}]}}]} as unknown as DocumentNode<SettlementSurveyResponseQuery, SettlementSurveyResponseQueryVariables>;
export const SettlementSurveyResponseExtendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlementSurveyResponseExtend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementSurveyResponseExtend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementTrackerResponse"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementTrackerResponse"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"trackerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"capacityMinors"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remind"}},{"kind":"Field","name":{"kind":"Name","value":"extend"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}}]}}]}}]} as unknown as DocumentNode<SettlementSurveyResponseExtendMutation, SettlementSurveyResponseExtendMutationVariables>;
export const SettlementSurveyResponseOpenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlementSurveyResponseOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementSurveyResponseOpen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementSurveyAnswer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementSurveyAnswer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"trackerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingAnswers"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"capacityMinors"}},{"kind":"Field","name":{"kind":"Name","value":"extraIfNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"housing"}},{"kind":"Field","name":{"kind":"Name","value":"kindergarten"}},{"kind":"Field","name":{"kind":"Name","value":"school"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"labourDemand"}},{"kind":"Field","name":{"kind":"Name","value":"introResults"}},{"kind":"Field","name":{"kind":"Name","value":"keepCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"submit"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}},{"kind":"Field","name":{"kind":"Name","value":"extend"}},{"kind":"Field","name":{"kind":"Name","value":"remind"}}]}}]}}]} as unknown as DocumentNode<SettlementSurveyResponseOpenMutation, SettlementSurveyResponseOpenMutationVariables>;
export const SettlementSurveyResponseRemindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlementSurveyResponseRemind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementSurveyResponseRemind"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementTrackerResponse"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementTrackerResponse"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"trackerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"capacityMinors"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remind"}},{"kind":"Field","name":{"kind":"Name","value":"extend"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}}]}}]}}]} as unknown as DocumentNode<SettlementSurveyResponseRemindMutation, SettlementSurveyResponseRemindMutationVariables>;
export const SettlementSurveyResponseReopenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlementSurveyResponseReopen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementSurveyResponseReopen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementTrackerResponse"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementTrackerResponse"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"trackerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"capacityMinors"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remind"}},{"kind":"Field","name":{"kind":"Name","value":"extend"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}}]}}]}}]} as unknown as DocumentNode<SettlementSurveyResponseReopenMutation, SettlementSurveyResponseReopenMutationVariables>;
export const SettlementSurveyResponseSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlementSurveyResponseSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementSurveyResponseSave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"submit"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}},{"kind":"Field","name":{"kind":"Name","value":"extend"}},{"kind":"Field","name":{"kind":"Name","value":"remind"}}]}}]}}]}}]} as unknown as DocumentNode<SettlementSurveyResponseSaveMutation, SettlementSurveyResponseSaveMutationVariables>;
export const SettlementSurveyResponseSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlementSurveyResponseSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementSurveyResponseSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementSurveyAnswer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementSurveyAnswer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"trackerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"acceptingAnswers"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"capacityMinors"}},{"kind":"Field","name":{"kind":"Name","value":"extraIfNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"housing"}},{"kind":"Field","name":{"kind":"Name","value":"kindergarten"}},{"kind":"Field","name":{"kind":"Name","value":"school"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"labourDemand"}},{"kind":"Field","name":{"kind":"Name","value":"introResults"}},{"kind":"Field","name":{"kind":"Name","value":"keepCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"submit"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}},{"kind":"Field","name":{"kind":"Name","value":"extend"}},{"kind":"Field","name":{"kind":"Name","value":"remind"}}]}}]}}]} as unknown as DocumentNode<SettlementSurveyResponseSubmitMutation, SettlementSurveyResponseSubmitMutationVariables>;
export const SettlementSurveySendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlementSurveySend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementSurveySend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"surveyState"}},{"kind":"Field","name":{"kind":"Name","value":"surveySentAt"}}]}}]}}]} as unknown as DocumentNode<SettlementSurveySendMutation, SettlementSurveySendMutationVariables>;
export const SettlementSurveyUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SettlementSurveyUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementSurveyUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"yearId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityNumber"}}]}}]}}]} as unknown as DocumentNode<SettlementSurveyUpdatesSubscription, SettlementSurveyUpdatesSubscriptionVariables>;
export const SettlementTrackerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementTracker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"surveyState"}},{"kind":"Field","name":{"kind":"Name","value":"surveyDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"sendSurvey"}},{"kind":"Field","name":{"kind":"Name","value":"closeSurvey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementTrackerResponse"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementTrackerResponse"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"trackerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"extendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"capacityMinors"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remind"}},{"kind":"Field","name":{"kind":"Name","value":"extend"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}}]}}]}}]} as unknown as DocumentNode<SettlementTrackerQuery, SettlementTrackerQueryVariables>;
export const SettlementYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"countyName"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"surveyState"}},{"kind":"Field","name":{"kind":"Name","value":"surveyDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"surveySentAt"}},{"kind":"Field","name":{"kind":"Name","value":"surveyAcceptingAnswers"}},{"kind":"Field","name":{"kind":"Name","value":"boardState"}},{"kind":"Field","name":{"kind":"Name","value":"boardLockedAt"}},{"kind":"Field","name":{"kind":"Name","value":"numbersPublished"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"bodyHtml"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteriaVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SettlementMilestoneFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"administer"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"sendSurvey"}},{"kind":"Field","name":{"kind":"Name","value":"closeSurvey"}},{"kind":"Field","name":{"kind":"Name","value":"readBoard"}},{"kind":"Field","name":{"kind":"Name","value":"editBoard"}},{"kind":"Field","name":{"kind":"Name","value":"lockBoard"}},{"kind":"Field","name":{"kind":"Name","value":"unlockBoard"}},{"kind":"Field","name":{"kind":"Name","value":"sendRecommendations"}},{"kind":"Field","name":{"kind":"Name","value":"readLetter"}},{"kind":"Field","name":{"kind":"Name","value":"recordRequests"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SettlementMilestoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementMilestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participantOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}}]}}]}}]} as unknown as DocumentNode<SettlementYearQuery, SettlementYearQueryVariables>;
export const SettlementYearCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlementYearCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementYearInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementYearCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<SettlementYearCreateMutation, SettlementYearCreateMutationVariables>;
export const SettlementYearPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlementYearPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"published"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementYearPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"published"},"value":{"kind":"Variable","name":{"kind":"Name","value":"published"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numbersPublished"}}]}}]}}]} as unknown as DocumentNode<SettlementYearPublishMutation, SettlementYearPublishMutationVariables>;
export const SettlementYearUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettlementYearUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementYearInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementYearUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"surveyDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaVersion"}}]}}]}}]} as unknown as DocumentNode<SettlementYearUpdateMutation, SettlementYearUpdateMutationVariables>;
export const SettlementYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SettlementYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"countyName"}},{"kind":"Field","name":{"kind":"Name","value":"isExample"}},{"kind":"Field","name":{"kind":"Name","value":"surveyState"}},{"kind":"Field","name":{"kind":"Name","value":"surveyDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"boardState"}},{"kind":"Field","name":{"kind":"Name","value":"numbersPublished"}}]}}]}}]} as unknown as DocumentNode<SettlementYearsQuery, SettlementYearsQueryVariables>;