/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation AccountDelete($password: String!) {\n  accountDelete(password: $password)\n}": typeof types.AccountDeleteDocument,
    "mutation AccountLogin($email: String!, $password: String!) {\n  accountLogin(email: $email, password: $password) {\n    ...ViewerFields\n  }\n}": typeof types.AccountLoginDocument,
    "mutation AccountLogout {\n  accountLogout\n}": typeof types.AccountLogoutDocument,
    "mutation AccountLogoutEverywhere {\n  accountLogoutEverywhere\n}": typeof types.AccountLogoutEverywhereDocument,
    "mutation AccountRequestPasswordReset($email: String!) {\n  accountRequestPasswordReset(email: $email)\n}": typeof types.AccountRequestPasswordResetDocument,
    "mutation AccountResendVerification {\n  accountResendVerification\n}": typeof types.AccountResendVerificationDocument,
    "mutation AccountResetPassword($token: String!, $password: String!) {\n  accountResetPassword(token: $token, password: $password)\n}": typeof types.AccountResetPasswordDocument,
    "mutation AccountSignUp($input: AccountSignUpInput!) {\n  accountSignUp(input: $input) {\n    ...ViewerFields\n  }\n}": typeof types.AccountSignUpDocument,
    "mutation AccountVerifyEmail($token: String!) {\n  accountVerifyEmail(token: $token) {\n    id\n    emailVerified\n  }\n}": typeof types.AccountVerifyEmailDocument,
    "mutation ProfileUpdate($input: ProfileUpdateInput!) {\n  profileUpdate(input: $input) {\n    ...ViewerFields\n  }\n}": typeof types.ProfileUpdateDocument,
    "fragment ViewerFields on User {\n  id\n  name\n  title\n  profileTags\n  preferredLanguage\n  platformRole\n  createdAt\n  email\n  emailVerified\n  viewerCan {\n    setPlatformRole\n    seePrivate\n  }\n}": typeof types.ViewerFieldsFragmentDoc,
    "query Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}": typeof types.ViewerDocument,
    "query ViewerDataExport {\n  viewerDataExport\n}": typeof types.ViewerDataExportDocument,
    "mutation OrganisationReject($id: ID!, $reason: String!) {\n  organisationReject(id: $id, reason: $reason) {\n    id\n    verificationStatus\n    verifiedAt\n    rejectionReason\n  }\n}": typeof types.OrganisationRejectDocument,
    "mutation OrganisationVerify($id: ID!) {\n  organisationVerify(id: $id) {\n    id\n    verificationStatus\n    verifiedAt\n    rejectionReason\n  }\n}": typeof types.OrganisationVerifyDocument,
    "query PendingOrganisations($first: Int!, $after: String) {\n  organisations(\n    filter: {verificationStatus: PENDING}\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      kind\n      orgNumber\n      createdAt\n      verificationStatus\n      municipalities {\n        number\n        name\n      }\n      viewerCan {\n        verify\n      }\n    }\n  }\n}": typeof types.PendingOrganisationsDocument,
    "mutation UserSetPlatformRole($userId: ID!, $role: PlatformRole!) {\n  userSetPlatformRole(userId: $userId, role: $role) {\n    id\n    platformRole\n  }\n}": typeof types.UserSetPlatformRoleDocument,
    "query Users($search: String, $first: Int!) {\n  users(search: $search, first: $first) {\n    id\n    name\n    title\n    email\n    platformRole\n    viewerCan {\n      setPlatformRole\n    }\n  }\n}": typeof types.UsersDocument,
    "query InvitationPreview($token: String!) {\n  invitation(token: $token) {\n    email\n    role\n    expiresAt\n    status\n    organisation {\n      id\n      name\n      kind\n      verificationStatus\n    }\n  }\n}": typeof types.InvitationPreviewDocument,
    "mutation InvitationAccept($token: String!) {\n  invitationAccept(token: $token) {\n    id\n    role\n    organisation {\n      id\n      name\n    }\n  }\n}": typeof types.InvitationAcceptDocument,
    "mutation InvitationRevoke($id: ID!) {\n  invitationRevoke(id: $id) {\n    id\n  }\n}": typeof types.InvitationRevokeDocument,
    "mutation MembershipChangeRole($membershipId: ID!, $role: MembershipRole!) {\n  membershipChangeRole(membershipId: $membershipId, role: $role) {\n    id\n    role\n    viewerCan {\n      changeRole\n      remove\n    }\n  }\n}": typeof types.MembershipChangeRoleDocument,
    "mutation MembershipLeave($organisationId: ID!) {\n  membershipLeave(organisationId: $organisationId)\n}": typeof types.MembershipLeaveDocument,
    "mutation MembershipRemove($membershipId: ID!) {\n  membershipRemove(membershipId: $membershipId)\n}": typeof types.MembershipRemoveDocument,
    "query Organisation($id: ID!) {\n  organisation(id: $id) {\n    ...OrganisationDetailsFields\n    members {\n      id\n      role\n      createdAt\n      user {\n        id\n        name\n        title\n      }\n      viewerCan {\n        changeRole\n        remove\n      }\n    }\n    invitations {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n}": typeof types.OrganisationDocument,
    "fragment OrganisationCardFields on Organisation {\n  id\n  name\n  kind\n  description\n  verificationStatus\n  municipalities {\n    number\n    name\n  }\n}": typeof types.OrganisationCardFieldsFragmentDoc,
    "mutation OrganisationCreate($input: OrganisationInput!) {\n  organisationCreate(input: $input) {\n    ...OrganisationDetailsFields\n  }\n}": typeof types.OrganisationCreateDocument,
    "fragment OrganisationDetailsFields on Organisation {\n  id\n  name\n  kind\n  orgNumber\n  description\n  contactEmail\n  contactPhone\n  website\n  verificationStatus\n  rejectionReason\n  verifiedAt\n  createdAt\n  viewerRole\n  municipalities {\n    number\n    name\n    countyName\n  }\n  topics {\n    slug\n    nameNb\n    nameNn\n    nameEn\n  }\n  viewerCan {\n    edit\n    verify\n    manageMembers\n    viewMembers\n    leave\n  }\n}": typeof types.OrganisationDetailsFieldsFragmentDoc,
    "mutation OrganisationInvite($input: OrganisationInviteInput!) {\n  organisationInvite(input: $input) {\n    id\n    email\n    role\n    createdAt\n    expiresAt\n  }\n}": typeof types.OrganisationInviteDocument,
    "mutation OrganisationUpdate($id: ID!, $input: OrganisationInput!) {\n  organisationUpdate(id: $id, input: $input) {\n    ...OrganisationDetailsFields\n  }\n}": typeof types.OrganisationUpdateDocument,
    "query Organisations($filter: OrganisationFilter, $first: Int!, $after: String) {\n  organisations(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...OrganisationCardFields\n    }\n  }\n}": typeof types.OrganisationsDocument,
    "query ViewerMemberships {\n  viewer {\n    id\n    emailVerified\n    memberships {\n      id\n      role\n      createdAt\n      organisation {\n        id\n        name\n        kind\n        verificationStatus\n      }\n    }\n  }\n}": typeof types.ViewerMembershipsDocument,
    "query Municipalities($countyNumber: String) {\n  municipalities(countyNumber: $countyNumber) {\n    number\n    name\n    countyNumber\n    countyName\n  }\n}": typeof types.MunicipalitiesDocument,
    "query Topics {\n  topics {\n    slug\n    nameNb\n    nameNn\n    nameEn\n  }\n}": typeof types.TopicsDocument,
};
const documents: Documents = {
    "mutation AccountDelete($password: String!) {\n  accountDelete(password: $password)\n}": types.AccountDeleteDocument,
    "mutation AccountLogin($email: String!, $password: String!) {\n  accountLogin(email: $email, password: $password) {\n    ...ViewerFields\n  }\n}": types.AccountLoginDocument,
    "mutation AccountLogout {\n  accountLogout\n}": types.AccountLogoutDocument,
    "mutation AccountLogoutEverywhere {\n  accountLogoutEverywhere\n}": types.AccountLogoutEverywhereDocument,
    "mutation AccountRequestPasswordReset($email: String!) {\n  accountRequestPasswordReset(email: $email)\n}": types.AccountRequestPasswordResetDocument,
    "mutation AccountResendVerification {\n  accountResendVerification\n}": types.AccountResendVerificationDocument,
    "mutation AccountResetPassword($token: String!, $password: String!) {\n  accountResetPassword(token: $token, password: $password)\n}": types.AccountResetPasswordDocument,
    "mutation AccountSignUp($input: AccountSignUpInput!) {\n  accountSignUp(input: $input) {\n    ...ViewerFields\n  }\n}": types.AccountSignUpDocument,
    "mutation AccountVerifyEmail($token: String!) {\n  accountVerifyEmail(token: $token) {\n    id\n    emailVerified\n  }\n}": types.AccountVerifyEmailDocument,
    "mutation ProfileUpdate($input: ProfileUpdateInput!) {\n  profileUpdate(input: $input) {\n    ...ViewerFields\n  }\n}": types.ProfileUpdateDocument,
    "fragment ViewerFields on User {\n  id\n  name\n  title\n  profileTags\n  preferredLanguage\n  platformRole\n  createdAt\n  email\n  emailVerified\n  viewerCan {\n    setPlatformRole\n    seePrivate\n  }\n}": types.ViewerFieldsFragmentDoc,
    "query Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}": types.ViewerDocument,
    "query ViewerDataExport {\n  viewerDataExport\n}": types.ViewerDataExportDocument,
    "mutation OrganisationReject($id: ID!, $reason: String!) {\n  organisationReject(id: $id, reason: $reason) {\n    id\n    verificationStatus\n    verifiedAt\n    rejectionReason\n  }\n}": types.OrganisationRejectDocument,
    "mutation OrganisationVerify($id: ID!) {\n  organisationVerify(id: $id) {\n    id\n    verificationStatus\n    verifiedAt\n    rejectionReason\n  }\n}": types.OrganisationVerifyDocument,
    "query PendingOrganisations($first: Int!, $after: String) {\n  organisations(\n    filter: {verificationStatus: PENDING}\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      kind\n      orgNumber\n      createdAt\n      verificationStatus\n      municipalities {\n        number\n        name\n      }\n      viewerCan {\n        verify\n      }\n    }\n  }\n}": types.PendingOrganisationsDocument,
    "mutation UserSetPlatformRole($userId: ID!, $role: PlatformRole!) {\n  userSetPlatformRole(userId: $userId, role: $role) {\n    id\n    platformRole\n  }\n}": types.UserSetPlatformRoleDocument,
    "query Users($search: String, $first: Int!) {\n  users(search: $search, first: $first) {\n    id\n    name\n    title\n    email\n    platformRole\n    viewerCan {\n      setPlatformRole\n    }\n  }\n}": types.UsersDocument,
    "query InvitationPreview($token: String!) {\n  invitation(token: $token) {\n    email\n    role\n    expiresAt\n    status\n    organisation {\n      id\n      name\n      kind\n      verificationStatus\n    }\n  }\n}": types.InvitationPreviewDocument,
    "mutation InvitationAccept($token: String!) {\n  invitationAccept(token: $token) {\n    id\n    role\n    organisation {\n      id\n      name\n    }\n  }\n}": types.InvitationAcceptDocument,
    "mutation InvitationRevoke($id: ID!) {\n  invitationRevoke(id: $id) {\n    id\n  }\n}": types.InvitationRevokeDocument,
    "mutation MembershipChangeRole($membershipId: ID!, $role: MembershipRole!) {\n  membershipChangeRole(membershipId: $membershipId, role: $role) {\n    id\n    role\n    viewerCan {\n      changeRole\n      remove\n    }\n  }\n}": types.MembershipChangeRoleDocument,
    "mutation MembershipLeave($organisationId: ID!) {\n  membershipLeave(organisationId: $organisationId)\n}": types.MembershipLeaveDocument,
    "mutation MembershipRemove($membershipId: ID!) {\n  membershipRemove(membershipId: $membershipId)\n}": types.MembershipRemoveDocument,
    "query Organisation($id: ID!) {\n  organisation(id: $id) {\n    ...OrganisationDetailsFields\n    members {\n      id\n      role\n      createdAt\n      user {\n        id\n        name\n        title\n      }\n      viewerCan {\n        changeRole\n        remove\n      }\n    }\n    invitations {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n}": types.OrganisationDocument,
    "fragment OrganisationCardFields on Organisation {\n  id\n  name\n  kind\n  description\n  verificationStatus\n  municipalities {\n    number\n    name\n  }\n}": types.OrganisationCardFieldsFragmentDoc,
    "mutation OrganisationCreate($input: OrganisationInput!) {\n  organisationCreate(input: $input) {\n    ...OrganisationDetailsFields\n  }\n}": types.OrganisationCreateDocument,
    "fragment OrganisationDetailsFields on Organisation {\n  id\n  name\n  kind\n  orgNumber\n  description\n  contactEmail\n  contactPhone\n  website\n  verificationStatus\n  rejectionReason\n  verifiedAt\n  createdAt\n  viewerRole\n  municipalities {\n    number\n    name\n    countyName\n  }\n  topics {\n    slug\n    nameNb\n    nameNn\n    nameEn\n  }\n  viewerCan {\n    edit\n    verify\n    manageMembers\n    viewMembers\n    leave\n  }\n}": types.OrganisationDetailsFieldsFragmentDoc,
    "mutation OrganisationInvite($input: OrganisationInviteInput!) {\n  organisationInvite(input: $input) {\n    id\n    email\n    role\n    createdAt\n    expiresAt\n  }\n}": types.OrganisationInviteDocument,
    "mutation OrganisationUpdate($id: ID!, $input: OrganisationInput!) {\n  organisationUpdate(id: $id, input: $input) {\n    ...OrganisationDetailsFields\n  }\n}": types.OrganisationUpdateDocument,
    "query Organisations($filter: OrganisationFilter, $first: Int!, $after: String) {\n  organisations(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...OrganisationCardFields\n    }\n  }\n}": types.OrganisationsDocument,
    "query ViewerMemberships {\n  viewer {\n    id\n    emailVerified\n    memberships {\n      id\n      role\n      createdAt\n      organisation {\n        id\n        name\n        kind\n        verificationStatus\n      }\n    }\n  }\n}": types.ViewerMembershipsDocument,
    "query Municipalities($countyNumber: String) {\n  municipalities(countyNumber: $countyNumber) {\n    number\n    name\n    countyNumber\n    countyName\n  }\n}": types.MunicipalitiesDocument,
    "query Topics {\n  topics {\n    slug\n    nameNb\n    nameNn\n    nameEn\n  }\n}": types.TopicsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountDelete($password: String!) {\n  accountDelete(password: $password)\n}"): (typeof documents)["mutation AccountDelete($password: String!) {\n  accountDelete(password: $password)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountLogin($email: String!, $password: String!) {\n  accountLogin(email: $email, password: $password) {\n    ...ViewerFields\n  }\n}"): (typeof documents)["mutation AccountLogin($email: String!, $password: String!) {\n  accountLogin(email: $email, password: $password) {\n    ...ViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountLogout {\n  accountLogout\n}"): (typeof documents)["mutation AccountLogout {\n  accountLogout\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountLogoutEverywhere {\n  accountLogoutEverywhere\n}"): (typeof documents)["mutation AccountLogoutEverywhere {\n  accountLogoutEverywhere\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountRequestPasswordReset($email: String!) {\n  accountRequestPasswordReset(email: $email)\n}"): (typeof documents)["mutation AccountRequestPasswordReset($email: String!) {\n  accountRequestPasswordReset(email: $email)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountResendVerification {\n  accountResendVerification\n}"): (typeof documents)["mutation AccountResendVerification {\n  accountResendVerification\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountResetPassword($token: String!, $password: String!) {\n  accountResetPassword(token: $token, password: $password)\n}"): (typeof documents)["mutation AccountResetPassword($token: String!, $password: String!) {\n  accountResetPassword(token: $token, password: $password)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountSignUp($input: AccountSignUpInput!) {\n  accountSignUp(input: $input) {\n    ...ViewerFields\n  }\n}"): (typeof documents)["mutation AccountSignUp($input: AccountSignUpInput!) {\n  accountSignUp(input: $input) {\n    ...ViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountVerifyEmail($token: String!) {\n  accountVerifyEmail(token: $token) {\n    id\n    emailVerified\n  }\n}"): (typeof documents)["mutation AccountVerifyEmail($token: String!) {\n  accountVerifyEmail(token: $token) {\n    id\n    emailVerified\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProfileUpdate($input: ProfileUpdateInput!) {\n  profileUpdate(input: $input) {\n    ...ViewerFields\n  }\n}"): (typeof documents)["mutation ProfileUpdate($input: ProfileUpdateInput!) {\n  profileUpdate(input: $input) {\n    ...ViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ViewerFields on User {\n  id\n  name\n  title\n  profileTags\n  preferredLanguage\n  platformRole\n  createdAt\n  email\n  emailVerified\n  viewerCan {\n    setPlatformRole\n    seePrivate\n  }\n}"): (typeof documents)["fragment ViewerFields on User {\n  id\n  name\n  title\n  profileTags\n  preferredLanguage\n  platformRole\n  createdAt\n  email\n  emailVerified\n  viewerCan {\n    setPlatformRole\n    seePrivate\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}"): (typeof documents)["query Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ViewerDataExport {\n  viewerDataExport\n}"): (typeof documents)["query ViewerDataExport {\n  viewerDataExport\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrganisationReject($id: ID!, $reason: String!) {\n  organisationReject(id: $id, reason: $reason) {\n    id\n    verificationStatus\n    verifiedAt\n    rejectionReason\n  }\n}"): (typeof documents)["mutation OrganisationReject($id: ID!, $reason: String!) {\n  organisationReject(id: $id, reason: $reason) {\n    id\n    verificationStatus\n    verifiedAt\n    rejectionReason\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrganisationVerify($id: ID!) {\n  organisationVerify(id: $id) {\n    id\n    verificationStatus\n    verifiedAt\n    rejectionReason\n  }\n}"): (typeof documents)["mutation OrganisationVerify($id: ID!) {\n  organisationVerify(id: $id) {\n    id\n    verificationStatus\n    verifiedAt\n    rejectionReason\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PendingOrganisations($first: Int!, $after: String) {\n  organisations(\n    filter: {verificationStatus: PENDING}\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      kind\n      orgNumber\n      createdAt\n      verificationStatus\n      municipalities {\n        number\n        name\n      }\n      viewerCan {\n        verify\n      }\n    }\n  }\n}"): (typeof documents)["query PendingOrganisations($first: Int!, $after: String) {\n  organisations(\n    filter: {verificationStatus: PENDING}\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      kind\n      orgNumber\n      createdAt\n      verificationStatus\n      municipalities {\n        number\n        name\n      }\n      viewerCan {\n        verify\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UserSetPlatformRole($userId: ID!, $role: PlatformRole!) {\n  userSetPlatformRole(userId: $userId, role: $role) {\n    id\n    platformRole\n  }\n}"): (typeof documents)["mutation UserSetPlatformRole($userId: ID!, $role: PlatformRole!) {\n  userSetPlatformRole(userId: $userId, role: $role) {\n    id\n    platformRole\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Users($search: String, $first: Int!) {\n  users(search: $search, first: $first) {\n    id\n    name\n    title\n    email\n    platformRole\n    viewerCan {\n      setPlatformRole\n    }\n  }\n}"): (typeof documents)["query Users($search: String, $first: Int!) {\n  users(search: $search, first: $first) {\n    id\n    name\n    title\n    email\n    platformRole\n    viewerCan {\n      setPlatformRole\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvitationPreview($token: String!) {\n  invitation(token: $token) {\n    email\n    role\n    expiresAt\n    status\n    organisation {\n      id\n      name\n      kind\n      verificationStatus\n    }\n  }\n}"): (typeof documents)["query InvitationPreview($token: String!) {\n  invitation(token: $token) {\n    email\n    role\n    expiresAt\n    status\n    organisation {\n      id\n      name\n      kind\n      verificationStatus\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvitationAccept($token: String!) {\n  invitationAccept(token: $token) {\n    id\n    role\n    organisation {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["mutation InvitationAccept($token: String!) {\n  invitationAccept(token: $token) {\n    id\n    role\n    organisation {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvitationRevoke($id: ID!) {\n  invitationRevoke(id: $id) {\n    id\n  }\n}"): (typeof documents)["mutation InvitationRevoke($id: ID!) {\n  invitationRevoke(id: $id) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MembershipChangeRole($membershipId: ID!, $role: MembershipRole!) {\n  membershipChangeRole(membershipId: $membershipId, role: $role) {\n    id\n    role\n    viewerCan {\n      changeRole\n      remove\n    }\n  }\n}"): (typeof documents)["mutation MembershipChangeRole($membershipId: ID!, $role: MembershipRole!) {\n  membershipChangeRole(membershipId: $membershipId, role: $role) {\n    id\n    role\n    viewerCan {\n      changeRole\n      remove\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MembershipLeave($organisationId: ID!) {\n  membershipLeave(organisationId: $organisationId)\n}"): (typeof documents)["mutation MembershipLeave($organisationId: ID!) {\n  membershipLeave(organisationId: $organisationId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MembershipRemove($membershipId: ID!) {\n  membershipRemove(membershipId: $membershipId)\n}"): (typeof documents)["mutation MembershipRemove($membershipId: ID!) {\n  membershipRemove(membershipId: $membershipId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Organisation($id: ID!) {\n  organisation(id: $id) {\n    ...OrganisationDetailsFields\n    members {\n      id\n      role\n      createdAt\n      user {\n        id\n        name\n        title\n      }\n      viewerCan {\n        changeRole\n        remove\n      }\n    }\n    invitations {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n}"): (typeof documents)["query Organisation($id: ID!) {\n  organisation(id: $id) {\n    ...OrganisationDetailsFields\n    members {\n      id\n      role\n      createdAt\n      user {\n        id\n        name\n        title\n      }\n      viewerCan {\n        changeRole\n        remove\n      }\n    }\n    invitations {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrganisationCardFields on Organisation {\n  id\n  name\n  kind\n  description\n  verificationStatus\n  municipalities {\n    number\n    name\n  }\n}"): (typeof documents)["fragment OrganisationCardFields on Organisation {\n  id\n  name\n  kind\n  description\n  verificationStatus\n  municipalities {\n    number\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrganisationCreate($input: OrganisationInput!) {\n  organisationCreate(input: $input) {\n    ...OrganisationDetailsFields\n  }\n}"): (typeof documents)["mutation OrganisationCreate($input: OrganisationInput!) {\n  organisationCreate(input: $input) {\n    ...OrganisationDetailsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrganisationDetailsFields on Organisation {\n  id\n  name\n  kind\n  orgNumber\n  description\n  contactEmail\n  contactPhone\n  website\n  verificationStatus\n  rejectionReason\n  verifiedAt\n  createdAt\n  viewerRole\n  municipalities {\n    number\n    name\n    countyName\n  }\n  topics {\n    slug\n    nameNb\n    nameNn\n    nameEn\n  }\n  viewerCan {\n    edit\n    verify\n    manageMembers\n    viewMembers\n    leave\n  }\n}"): (typeof documents)["fragment OrganisationDetailsFields on Organisation {\n  id\n  name\n  kind\n  orgNumber\n  description\n  contactEmail\n  contactPhone\n  website\n  verificationStatus\n  rejectionReason\n  verifiedAt\n  createdAt\n  viewerRole\n  municipalities {\n    number\n    name\n    countyName\n  }\n  topics {\n    slug\n    nameNb\n    nameNn\n    nameEn\n  }\n  viewerCan {\n    edit\n    verify\n    manageMembers\n    viewMembers\n    leave\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrganisationInvite($input: OrganisationInviteInput!) {\n  organisationInvite(input: $input) {\n    id\n    email\n    role\n    createdAt\n    expiresAt\n  }\n}"): (typeof documents)["mutation OrganisationInvite($input: OrganisationInviteInput!) {\n  organisationInvite(input: $input) {\n    id\n    email\n    role\n    createdAt\n    expiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrganisationUpdate($id: ID!, $input: OrganisationInput!) {\n  organisationUpdate(id: $id, input: $input) {\n    ...OrganisationDetailsFields\n  }\n}"): (typeof documents)["mutation OrganisationUpdate($id: ID!, $input: OrganisationInput!) {\n  organisationUpdate(id: $id, input: $input) {\n    ...OrganisationDetailsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Organisations($filter: OrganisationFilter, $first: Int!, $after: String) {\n  organisations(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...OrganisationCardFields\n    }\n  }\n}"): (typeof documents)["query Organisations($filter: OrganisationFilter, $first: Int!, $after: String) {\n  organisations(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...OrganisationCardFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ViewerMemberships {\n  viewer {\n    id\n    emailVerified\n    memberships {\n      id\n      role\n      createdAt\n      organisation {\n        id\n        name\n        kind\n        verificationStatus\n      }\n    }\n  }\n}"): (typeof documents)["query ViewerMemberships {\n  viewer {\n    id\n    emailVerified\n    memberships {\n      id\n      role\n      createdAt\n      organisation {\n        id\n        name\n        kind\n        verificationStatus\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Municipalities($countyNumber: String) {\n  municipalities(countyNumber: $countyNumber) {\n    number\n    name\n    countyNumber\n    countyName\n  }\n}"): (typeof documents)["query Municipalities($countyNumber: String) {\n  municipalities(countyNumber: $countyNumber) {\n    number\n    name\n    countyNumber\n    countyName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Topics {\n  topics {\n    slug\n    nameNb\n    nameNn\n    nameEn\n  }\n}"): (typeof documents)["query Topics {\n  topics {\n    slug\n    nameNb\n    nameNn\n    nameEn\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;