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

/** A new account. The e-mail address must be confirmed before the user can create organisations. */
export type AccountSignUpInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** 8–128 characters, not one of the most common passwords. */
  password: Scalars['String']['input'];
  preferredLanguage?: InputMaybe<Language>;
};

/** An e-mailed invitation to join an organisation. */
export type Invitation = {
  __typename?: 'Invitation';
  acceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  role: MembershipRole;
};

/** What an invitation link shows before it is accepted. */
export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  /** The invited address; the invitation is accepted while signed in with it. */
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  organisation: Organisation;
  role: MembershipRole;
  status: InvitationStatus;
};

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
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  organisation: Organisation;
  role: MembershipRole;
  user: User;
  viewerCan: MembershipPermissions;
};

/** What the viewer may do with a membership. */
export type MembershipPermissions = {
  __typename?: 'MembershipPermissions';
  changeRole: Scalars['Boolean']['output'];
  remove: Scalars['Boolean']['output'];
};

/** ADMIN manages the organisation and its members. */
export type MembershipRole =
  | 'ADMIN'
  | 'MEMBER';

/** A municipality (kommune). Reference data. */
export type Municipality = {
  __typename?: 'Municipality';
  /** The county name. */
  countyName: Scalars['String']['output'];
  /** The two-digit county number. */
  countyNumber: Scalars['String']['output'];
  /** The municipality name. */
  name: Scalars['String']['output'];
  /** The official four-digit municipality number, e.g. "4003" for Skien. */
  number: Scalars['ID']['output'];
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
  /** Sends a new confirmation link; false when already confirmed. */
  accountResendVerification: Scalars['Boolean']['output'];
  /** Sets a new password with the token from the e-mailed link; ends all sessions. */
  accountResetPassword: Scalars['Boolean']['output'];
  /** Creates an account, signs it in and e-mails a confirmation link. */
  accountSignUp: User;
  /** Confirms the e-mail address with the token from the e-mailed link. */
  accountVerifyEmail: User;
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
  /** Grants or removes a platform role. Admins only; the last admin cannot be demoted. */
  userSetPlatformRole: User;
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


export type MutationAccountVerifyEmailArgs = {
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


export type MutationUserSetPlatformRoleArgs = {
  role: PlatformRole;
  userId: Scalars['ID']['input'];
};

/** An organisation in the network: county, municipality, agency, NGO, voluntary organisation, school … */
export type Organisation = {
  __typename?: 'Organisation';
  contactEmail?: Maybe<Scalars['String']['output']>;
  contactPhone?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** What the organisation does (plain text). */
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Pending invitations: visible to those who manage members (null otherwise). */
  invitations?: Maybe<Array<Invitation>>;
  kind: OrganisationKind;
  /** Members: visible to signed-in users only (null otherwise). */
  members?: Maybe<Array<Membership>>;
  /** Municipalities served. */
  municipalities: Array<Municipality>;
  name: Scalars['String']['output'];
  /** Norwegian organisation number (9 digits, mod-11 checked). */
  orgNumber?: Maybe<Scalars['String']['output']>;
  /** Why county staff rejected the organisation. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  topics: Array<Topic>;
  verificationStatus: VerificationStatus;
  verifiedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  viewerCan: OrganisationPermissions;
  /** The viewer's role in this organisation, if a member. */
  viewerRole?: Maybe<MembershipRole>;
  website?: Maybe<Scalars['String']['output']>;
};

export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  nodes: Array<Organisation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Filters for the organisation directory; all optional and combined with AND. */
export type OrganisationFilter = {
  kinds?: InputMaybe<Array<OrganisationKind>>;
  /** Serves this municipality (number). */
  municipality?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the name. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Works with this topic (slug). */
  topic?: InputMaybe<Scalars['ID']['input']>;
  verificationStatus?: InputMaybe<VerificationStatus>;
};

/** An organisation as registered or edited. On update, omitted fields stay as they are. */
export type OrganisationInput = {
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<OrganisationKind>;
  /** Municipality numbers served. */
  municipalityNumbers?: InputMaybe<Array<Scalars['ID']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** 9 digits (spaces allowed); empty string removes it. */
  orgNumber?: InputMaybe<Scalars['String']['input']>;
  /** Topic slugs. */
  topicSlugs?: InputMaybe<Array<Scalars['ID']['input']>>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type OrganisationInviteInput = {
  email: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
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
  edit: Scalars['Boolean']['output'];
  leave: Scalars['Boolean']['output'];
  /** Invite, change roles, remove members. */
  manageMembers: Scalars['Boolean']['output'];
  /** Verify or reject (county staff). */
  verify: Scalars['Boolean']['output'];
  viewMembers: Scalars['Boolean']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Platform-wide role. COUNTY_STAFF verifies organisations and runs county work; ADMIN also grants roles. */
export type PlatformRole =
  | 'ADMIN'
  | 'COUNTY_STAFF'
  | 'USER';

/** Changes to the signed-in user's profile; omitted fields stay as they are. */
export type ProfileUpdateInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  preferredLanguage?: InputMaybe<Language>;
  profileTags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Empty string clears the title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** What an invitation link is for, so the invitee can decide. */
  invitation: InvitationPreview;
  /** Municipalities, ordered by number; optionally one county only. */
  municipalities: Array<Municipality>;
  /** One municipality by its number; NOT_FOUND when unknown. */
  municipality: Municipality;
  /** One organisation; NOT_FOUND when unknown. */
  organisation: Organisation;
  /** The public organisation directory, ordered by name. */
  organisations: OrganisationConnection;
  /** All topics, in display order. */
  topics: Array<Topic>;
  /** Users by name or e-mail, for granting platform roles. Admins only. */
  users: Array<User>;
  /** The signed-in user, or null. */
  viewer?: Maybe<User>;
  /** Everything the platform holds about the signed-in user, for download. */
  viewerDataExport: Scalars['JSONObject']['output'];
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


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganisationFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryUsersArgs = {
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
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
  createdAt: Scalars['DateTimeISO']['output'];
  /** E-mail address: visible to the user and to admins only. */
  email?: Maybe<Scalars['String']['output']>;
  /** Whether the e-mail address is confirmed: visible to the user and to admins only. */
  emailVerified?: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  /** The user's organisation memberships: visible to the user and to admins only. */
  memberships?: Maybe<Array<Membership>>;
  /** Display name. */
  name: Scalars['String']['output'];
  platformRole: PlatformRole;
  /** Preferred language for the interface and e-mails. */
  preferredLanguage: Language;
  /** Profile tags such as volunteer, diversity-adviser, coordinator. */
  profileTags: Array<Scalars['String']['output']>;
  /** Job title or role, e.g. "Minoritetsrådgiver". */
  title?: Maybe<Scalars['String']['output']>;
  /** What the viewer may do with this user. */
  viewerCan: UserPermissions;
};

/** What the viewer may do with a user. */
export type UserPermissions = {
  __typename?: 'UserPermissions';
  /** See e-mail address and memberships. */
  seePrivate: Scalars['Boolean']['output'];
  setPlatformRole: Scalars['Boolean']['output'];
};

/** Whether county staff have checked that the organisation is who it says it is. */
export type VerificationStatus =
  | 'PENDING'
  | 'REJECTED'
  | 'VERIFIED';

export type MunicipalitiesQueryVariables = Exact<{
  countyNumber?: InputMaybe<Scalars['String']['input']>;
}>;


export type MunicipalitiesQuery = { __typename?: 'Query', municipalities: Array<{ __typename?: 'Municipality', number: string, name: string, countyNumber: string, countyName: string }> };


export const MunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Municipalities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"countyNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countyNumber"}},{"kind":"Field","name":{"kind":"Name","value":"countyName"}}]}}]}}]} as unknown as DocumentNode<MunicipalitiesQuery, MunicipalitiesQueryVariables>;