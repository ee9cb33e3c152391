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
    "query AccountDeletion {\n  viewer {\n    id\n    accountDeletion {\n      allowed\n      organisations {\n        id\n        name\n      }\n      groups {\n        id\n        name\n      }\n      platformAdmin\n    }\n  }\n}": typeof types.AccountDeletionDocument,
    "mutation AccountLogin($email: String!, $password: String!) {\n  accountLogin(email: $email, password: $password) {\n    ...ViewerFields\n  }\n}": typeof types.AccountLoginDocument,
    "mutation AccountLogout {\n  accountLogout\n}": typeof types.AccountLogoutDocument,
    "mutation AccountLogoutEverywhere {\n  accountLogoutEverywhere\n}": typeof types.AccountLogoutEverywhereDocument,
    "mutation AccountRequestPasswordReset($email: String!) {\n  accountRequestPasswordReset(email: $email)\n}": typeof types.AccountRequestPasswordResetDocument,
    "mutation AccountResendVerification {\n  accountResendVerification\n}": typeof types.AccountResendVerificationDocument,
    "mutation AccountResetPassword($token: String!, $password: String!) {\n  accountResetPassword(token: $token, password: $password)\n}": typeof types.AccountResetPasswordDocument,
    "mutation AccountSignUp($input: AccountSignUpInput!) {\n  accountSignUp(input: $input)\n}": typeof types.AccountSignUpDocument,
    "mutation AccountUnlockLogin($token: String!) {\n  accountUnlockLogin(token: $token)\n}": typeof types.AccountUnlockLoginDocument,
    "mutation AccountVerifyEmail($token: String!) {\n  accountVerifyEmail(token: $token) {\n    id\n    emailVerified\n  }\n}": typeof types.AccountVerifyEmailDocument,
    "mutation ProfileUpdate($input: ProfileUpdateInput!) {\n  profileUpdate(input: $input) {\n    ...ViewerFields\n  }\n}": typeof types.ProfileUpdateDocument,
    "fragment ViewerFields on User {\n  id\n  name\n  title\n  profileTags\n  preferredLanguage\n  platformRole\n  createdAt\n  email\n  emailVerified\n  viewerCan {\n    setPlatformRole\n    seePrivate\n  }\n}": typeof types.ViewerFieldsFragmentDoc,
    "query Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}": typeof types.ViewerDocument,
    "query Activities($filter: ActivityFilter, $first: Int!, $after: String, $language: Language!) {\n  activities(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    facets {\n      municipality {\n        value\n        count\n      }\n      category {\n        value\n        count\n      }\n      language {\n        value\n        count\n      }\n      targetGroup {\n        value\n        count\n      }\n      weekday {\n        value\n        count\n      }\n      dropIn {\n        value\n        count\n      }\n    }\n    nodes {\n      ...ActivityCardFields\n    }\n  }\n}": typeof types.ActivitiesDocument,
    "query Activity($id: ID!, $language: Language!) {\n  activity(id: $id) {\n    ...ActivityDetailsFields\n  }\n}": typeof types.ActivityDocument,
    "fragment ActivityCardFields on Activity {\n  id\n  title\n  category\n  status\n  stale\n  dropIn\n  languages\n  nextOccurrenceAt\n  scheduleText(language: $language)\n  municipality {\n    number\n    name\n  }\n  organisation {\n    id\n    name\n  }\n}": typeof types.ActivityCardFieldsFragmentDoc,
    "mutation ActivityConfirm($id: ID!) {\n  activityConfirm(id: $id) {\n    id\n    stale\n    lastConfirmedAt\n  }\n}": typeof types.ActivityConfirmDocument,
    "mutation ActivityCreate($input: ActivityInput!, $language: Language!) {\n  activityCreate(input: $input) {\n    ...ActivityDetailsFields\n  }\n}": typeof types.ActivityCreateDocument,
    "fragment ActivityDetailsFields on Activity {\n  id\n  title\n  description\n  descriptionHtml\n  category\n  municipality {\n    number\n    name\n  }\n  address\n  schedule {\n    frequency\n    interval\n    weekdays\n    setPos\n    startDate\n    until\n    startTime\n    endTime\n  }\n  scheduleText(language: $language)\n  nextOccurrences(count: 5) {\n    startsAt\n    endsAt\n  }\n  nextOccurrenceAt\n  dropIn\n  languages\n  targetGroups\n  ageMin\n  ageMax\n  free\n  cost\n  accessibility\n  contactName\n  contactEmail\n  contactPhone\n  status\n  lastConfirmedAt\n  stale\n  organisation {\n    id\n    name\n  }\n  hidden {\n    reason\n  }\n  viewerCan {\n    report\n    moderate\n    manage\n    volunteer\n    publish\n    pause\n    archive\n  }\n  viewerVolunteerInterest {\n    id\n    status\n  }\n  volunteerInterests {\n    id\n    message\n    status\n    createdAt\n    answeredAt\n    viewerCan {\n      answer\n    }\n    user {\n      id\n      name\n    }\n  }\n}": typeof types.ActivityDetailsFieldsFragmentDoc,
    "mutation ActivitySetStatus($id: ID!, $status: ActivityStatus!) {\n  activitySetStatus(id: $id, status: $status) {\n    id\n    status\n    stale\n    lastConfirmedAt\n    viewerCan {\n      manage\n      volunteer\n      publish\n      pause\n      archive\n    }\n  }\n}": typeof types.ActivitySetStatusDocument,
    "mutation ActivityUpdate($id: ID!, $input: ActivityInput!, $language: Language!) {\n  activityUpdate(id: $id, input: $input) {\n    ...ActivityDetailsFields\n  }\n}": typeof types.ActivityUpdateDocument,
    "mutation ActivityVolunteer($activityId: ID!, $message: String!) {\n  activityVolunteer(activityId: $activityId, message: $message) {\n    id\n    status\n    activity {\n      id\n      viewerCan {\n        manage\n        volunteer\n        publish\n        pause\n        archive\n      }\n      viewerVolunteerInterest {\n        id\n        status\n      }\n    }\n  }\n}": typeof types.ActivityVolunteerDocument,
    "query OrganisationActivities($organisationId: ID!, $first: Int!, $language: Language!) {\n  activities(filter: {organisationId: $organisationId}, first: $first) {\n    totalCount\n    nodes {\n      ...ActivityCardFields\n      lastConfirmedAt\n    }\n  }\n}": typeof types.OrganisationActivitiesDocument,
    "query SchedulePreview($schedule: ScheduleInput!, $count: Int, $language: Language) {\n  schedulePreview(schedule: $schedule, count: $count, language: $language) {\n    problem {\n      field\n      message\n    }\n    occurrences {\n      startsAt\n      endsAt\n    }\n    text\n  }\n}": typeof types.SchedulePreviewDocument,
    "mutation VolunteerInterestAnswer($id: ID!, $accepted: Boolean!) {\n  volunteerInterestAnswer(id: $id, accepted: $accepted) {\n    id\n    status\n    answeredAt\n    viewerCan {\n      answer\n    }\n  }\n}": typeof types.VolunteerInterestAnswerDocument,
    "mutation OrganisationReject($id: ID!, $reason: String!) {\n  organisationReject(id: $id, reason: $reason) {\n    id\n    verificationStatus\n    verifiedAt\n    rejectionReason\n  }\n}": typeof types.OrganisationRejectDocument,
    "mutation OrganisationVerify($id: ID!) {\n  organisationVerify(id: $id) {\n    id\n    verificationStatus\n    verifiedAt\n    rejectionReason\n  }\n}": typeof types.OrganisationVerifyDocument,
    "query PendingOrganisations($first: Int!, $after: String) {\n  organisations(\n    filter: {verificationStatus: PENDING}\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      kind\n      orgNumber\n      createdAt\n      verificationStatus\n      municipalities {\n        number\n        name\n      }\n      viewerCan {\n        verify\n      }\n    }\n  }\n}": typeof types.PendingOrganisationsDocument,
    "mutation UserSetPlatformRole($userId: ID!, $role: PlatformRole!) {\n  userSetPlatformRole(userId: $userId, role: $role) {\n    id\n    platformRole\n  }\n}": typeof types.UserSetPlatformRoleDocument,
    "query Users($search: String, $first: Int!) {\n  users(search: $search, first: $first) {\n    id\n    name\n    title\n    email\n    platformRole\n    viewerCan {\n      setPlatformRole\n    }\n  }\n}": typeof types.UsersDocument,
    "fragment AttendanceFiguresFields on AttendanceFigures {\n  events\n  total {\n    registered\n    attended\n    noShow\n    notMarked\n  }\n  byOrganisationKind {\n    kind\n    registered\n    attended\n    noShow\n  }\n  byMunicipality {\n    municipality {\n      number\n      name\n    }\n    registered\n    attended\n    noShow\n  }\n}": typeof types.AttendanceFiguresFieldsFragmentDoc,
    "fragment CoHostInvitationFields on EventHost {\n  id\n  status\n  organisation {\n    id\n    name\n  }\n  viewerCan {\n    accept\n    decline\n    remove\n  }\n}": typeof types.CoHostInvitationFieldsFragmentDoc,
    "query Event($id: ID!) {\n  event(id: $id) {\n    ...EventDetailsFields\n  }\n}": typeof types.EventDocument,
    "mutation EventAnswersDelete($eventId: ID!) {\n  eventAnswersDelete(eventId: $eventId) {\n    id\n    answersDeletedAt\n    attendees {\n      id\n      answers {\n        questionId\n      }\n    }\n  }\n}": typeof types.EventAnswersDeleteDocument,
    "mutation EventAttachMaterials($eventId: ID!, $recordingUrl: String, $materials: String) {\n  eventAttachMaterials(\n    eventId: $eventId\n    recordingUrl: $recordingUrl\n    materials: $materials\n  ) {\n    ...EventDetailsFields\n  }\n}": typeof types.EventAttachMaterialsDocument,
    "query EventAttendanceFigures($from: String!, $to: String!) {\n  eventAttendanceFigures(from: $from, to: $to) {\n    ...AttendanceFiguresFields\n  }\n}": typeof types.EventAttendanceFiguresDocument,
    "query EventAttendees($id: ID!) {\n  event(id: $id) {\n    id\n    title\n    status\n    mode\n    capacity\n    onlineCapacity\n    confirmedCount\n    waitlistCount\n    onlineConfirmedCount\n    onlineWaitlistCount\n    reservedConfirmedCount\n    answersDeleteAt\n    answersDeletedAt\n    questions {\n      id\n      kind\n      label\n      options\n      required\n    }\n    viewerCan {\n      manage\n      register\n      checkIn\n    }\n    attendanceFigures {\n      ...AttendanceFiguresFields\n    }\n    attendees {\n      id\n      status\n      attendance\n      createdAt\n      guestName\n      email\n      guestEmailConfirmed\n      waitlistPosition\n      reservedSeat\n      checkIn\n      answers {\n        questionId\n        text\n        choices\n        yes\n      }\n      organisation {\n        id\n        name\n      }\n      municipality {\n        number\n        name\n      }\n      user {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.EventAttendeesDocument,
    "mutation EventCancel($id: ID!, $reason: String) {\n  eventCancel(id: $id, reason: $reason) {\n    ...EventDetailsFields\n  }\n}": typeof types.EventCancelDocument,
    "fragment EventCardFields on Event {\n  id\n  title\n  kind\n  status\n  startsAt\n  endsAt\n  startsAtLocal\n  endsAtLocal\n  mode\n  venueName\n  capacity\n  seatsLeft\n  confirmedCount\n  waitlistCount\n  onlineCapacity\n  onlineConfirmedCount\n  onlineWaitlistCount\n  registrationRequired\n  organisation {\n    id\n    name\n  }\n  topics {\n    slug\n    nameNb\n    nameNn\n    nameEn\n  }\n  viewerRegistration {\n    id\n    status\n    attendance\n    waitlistPosition\n  }\n}": typeof types.EventCardFieldsFragmentDoc,
    "query EventCheckIn($id: ID!) {\n  event(id: $id) {\n    id\n    title\n    status\n    mode\n    startsAt\n    endsAt\n    viewerCan {\n      manage\n      checkIn\n    }\n    attendees {\n      id\n      status\n      attendance\n      guestName\n      checkIn\n      user {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.EventCheckInDocument,
    "subscription EventCheckIns($eventId: ID!, $after: String) {\n  eventCheckIns(eventId: $eventId, after: $after) {\n    cursor\n    registrationId\n    checkIn\n    attendedCount\n    noShowCount\n    registeredCount\n  }\n}": typeof types.EventCheckInsDocument,
    "mutation EventCoHostAccept($id: ID!) {\n  eventCoHostAccept(id: $id) {\n    ...CoHostInvitationFields\n  }\n}": typeof types.EventCoHostAcceptDocument,
    "mutation EventCoHostDecline($id: ID!) {\n  eventCoHostDecline(id: $id) {\n    ...CoHostInvitationFields\n  }\n}": typeof types.EventCoHostDeclineDocument,
    "mutation EventCoHostInvite($eventId: ID!, $organisationId: ID!) {\n  eventCoHostInvite(eventId: $eventId, organisationId: $organisationId) {\n    ...CoHostInvitationFields\n  }\n}": typeof types.EventCoHostInviteDocument,
    "mutation EventCoHostRemove($id: ID!) {\n  eventCoHostRemove(id: $id) {\n    ...CoHostInvitationFields\n  }\n}": typeof types.EventCoHostRemoveDocument,
    "mutation EventCreate($input: EventInput!) {\n  eventCreate(input: $input) {\n    ...EventDetailsFields\n  }\n}": typeof types.EventCreateDocument,
    "mutation EventCreateSeries($id: ID!, $frequency: SeriesFrequency!, $count: Int!) {\n  eventCreateSeries(id: $id, frequency: $frequency, count: $count) {\n    ...EventCardFields\n    seriesId\n  }\n}": typeof types.EventCreateSeriesDocument,
    "fragment EventDetailsFields on Event {\n  ...EventCardFields\n  description\n  descriptionHtml\n  venueAddress\n  meetingUrl\n  audience\n  language\n  registrationOpensAt\n  registrationClosesAt\n  registrationWindow\n  seriesId\n  recordingUrl\n  materials\n  materialsHtml\n  cancelReason\n  municipalities {\n    number\n    name\n  }\n  ...EventSeatsFields\n  hosts {\n    id\n    name\n  }\n  externalRegistrationUrl\n  remindersEnabled\n  reservedSeats\n  reservedForKind\n  reservedUntil\n  questions {\n    id\n    kind\n    label\n    options\n    required\n  }\n  answersDeleteAt\n  answersDeletedAt\n  evaluationStatus\n  evaluationQuestions {\n    id\n    kind\n    label\n  }\n  coHostInvitations {\n    ...CoHostInvitationFields\n  }\n  hidden {\n    reason\n  }\n  viewerCan {\n    report\n    moderate\n    manage\n    publish\n    edit\n    cancel\n    addMaterials\n    register\n    checkIn\n    evaluate\n    editEvaluation\n    openEvaluation\n    closeEvaluation\n    viewEvaluation\n  }\n}": typeof types.EventDetailsFieldsFragmentDoc,
    "mutation EventDuplicate($id: ID!) {\n  eventDuplicate(id: $id) {\n    ...EventDetailsFields\n  }\n}": typeof types.EventDuplicateDocument,
    "mutation EventEvaluationClose($eventId: ID!) {\n  eventEvaluationClose(eventId: $eventId) {\n    ...EventDetailsFields\n  }\n}": typeof types.EventEvaluationCloseDocument,
    "mutation EventEvaluationOpen($eventId: ID!) {\n  eventEvaluationOpen(eventId: $eventId) {\n    ...EventDetailsFields\n  }\n}": typeof types.EventEvaluationOpenDocument,
    "mutation EventEvaluationRespond($eventId: ID!, $answers: [EvaluationAnswerInput!]!, $token: String) {\n  eventEvaluationRespond(eventId: $eventId, answers: $answers, token: $token)\n}": typeof types.EventEvaluationRespondDocument,
    "query EventEvaluationResults($id: ID!) {\n  event(id: $id) {\n    id\n    evaluationStatus\n    evaluationResults {\n      responses\n      asked\n      questions {\n        question {\n          id\n          kind\n          label\n        }\n        answered\n        average\n        distribution\n        texts\n      }\n    }\n  }\n}": typeof types.EventEvaluationResultsDocument,
    "mutation EventEvaluationSet($eventId: ID!, $questions: [EvaluationQuestionInput!]!) {\n  eventEvaluationSet(eventId: $eventId, questions: $questions) {\n    ...EventDetailsFields\n  }\n}": typeof types.EventEvaluationSetDocument,
    "mutation EventMessageRegistrants($eventId: ID!, $subject: String!, $body: String!) {\n  eventMessageRegistrants(eventId: $eventId, subject: $subject, body: $body)\n}": typeof types.EventMessageRegistrantsDocument,
    "mutation EventPublish($id: ID!) {\n  eventPublish(id: $id) {\n    ...EventDetailsFields\n  }\n}": typeof types.EventPublishDocument,
    "mutation EventRegister($eventId: ID!, $attendance: AttendanceMode, $answers: [RegistrationAnswerInput!], $organisationId: ID, $municipalityNumber: ID) {\n  eventRegister(\n    eventId: $eventId\n    attendance: $attendance\n    answers: $answers\n    organisationId: $organisationId\n    municipalityNumber: $municipalityNumber\n  ) {\n    ...RegistrationFields\n  }\n}": typeof types.EventRegisterDocument,
    "mutation EventRegisterGuest($eventId: ID!, $name: String!, $email: String!, $language: Language, $attendance: AttendanceMode, $answers: [RegistrationAnswerInput!], $municipalityNumber: ID) {\n  eventRegisterGuest(\n    eventId: $eventId\n    name: $name\n    email: $email\n    language: $language\n    attendance: $attendance\n    answers: $answers\n    municipalityNumber: $municipalityNumber\n  ) {\n    id\n    status\n    attendance\n    expiresAt\n  }\n}": typeof types.EventRegisterGuestDocument,
    "fragment EventSeatsFields on Event {\n  confirmedCount\n  waitlistCount\n  onlineConfirmedCount\n  onlineWaitlistCount\n  seatsLeft\n  attendanceOptions {\n    attendance\n    seatsLeft\n    waitlist\n  }\n  reservedConfirmedCount\n  reservation {\n    seats\n    kind\n    until\n    seatsLeft\n    viewerQualifies\n  }\n}": typeof types.EventSeatsFieldsFragmentDoc,
    "mutation EventUpdate($id: ID!, $input: EventInput!) {\n  eventUpdate(id: $id, input: $input) {\n    ...EventDetailsFields\n  }\n}": typeof types.EventUpdateDocument,
    "subscription EventUpdates($eventId: ID!, $after: String) {\n  eventUpdates(eventId: $eventId, after: $after) {\n    cursor\n    type\n    confirmedCount\n    waitlistCount\n    onlineConfirmedCount\n    onlineWaitlistCount\n    reservedConfirmedCount\n    status\n  }\n}": typeof types.EventUpdatesDocument,
    "query Events($filter: EventFilter, $first: Int!, $after: String) {\n  events(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...EventCardFields\n    }\n  }\n}": typeof types.EventsDocument,
    "mutation FollowSet($topicSlugs: [ID!]!, $municipalityNumbers: [ID!]!) {\n  followSet(topicSlugs: $topicSlugs, municipalityNumbers: $municipalityNumbers)\n}": typeof types.FollowSetDocument,
    "query GuestRegistration($token: String!) {\n  guestRegistration(token: $token) {\n    registration {\n      id\n      status\n      attendance\n      waitlistPosition\n      guestName\n      guestEmailConfirmed\n      expiresAt\n    }\n    meetingUrl\n    canEvaluate\n    event {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      mode\n      evaluationStatus\n      evaluationQuestions {\n        id\n        kind\n        label\n      }\n    }\n  }\n}": typeof types.GuestRegistrationDocument,
    "mutation GuestRegistrationCancel($token: String!) {\n  guestRegistrationCancel(token: $token) {\n    id\n    status\n    waitlistPosition\n    guestEmailConfirmed\n  }\n}": typeof types.GuestRegistrationCancelDocument,
    "mutation GuestRegistrationConfirm($token: String!) {\n  guestRegistrationConfirm(token: $token) {\n    id\n    status\n    waitlistPosition\n    guestEmailConfirmed\n  }\n}": typeof types.GuestRegistrationConfirmDocument,
    "fragment RegistrationFields on Registration {\n  id\n  status\n  attendance\n  waitlistPosition\n  reservedSeat\n  event {\n    id\n    meetingUrl\n    ...EventSeatsFields\n    viewerCan {\n      manage\n      register\n      checkIn\n      evaluate\n      editEvaluation\n      openEvaluation\n      closeEvaluation\n      viewEvaluation\n    }\n  }\n}": typeof types.RegistrationFieldsFragmentDoc,
    "mutation RegistrationCancel($id: ID!) {\n  registrationCancel(id: $id) {\n    ...RegistrationFields\n  }\n}": typeof types.RegistrationCancelDocument,
    "mutation RegistrationCheckIn($id: ID!, $checkIn: CheckIn!) {\n  registrationCheckIn(id: $id, checkIn: $checkIn) {\n    id\n    checkIn\n    checkedInAt\n  }\n}": typeof types.RegistrationCheckInDocument,
    "query ViewerCoHostInvitations {\n  viewer {\n    id\n    memberships {\n      id\n      role\n      organisation {\n        id\n        name\n        eventCoHostInvitations {\n          ...CoHostInvitationFields\n          event {\n            id\n            title\n            startsAt\n            endsAt\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.ViewerCoHostInvitationsDocument,
    "query ViewerEventSettings {\n  viewer {\n    id\n    calendarFeedUrl\n    memberships {\n      id\n      organisation {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.ViewerEventSettingsDocument,
    "mutation GrantReviewAppealDecide($id: ID!, $state: AppealState!, $note: String!) {\n  grantAppealDecide(id: $id, state: $state, note: $note) {\n    ...FollowUpAppealFields\n  }\n}": typeof types.GrantReviewAppealDecideDocument,
    "query GrantReviewApplication($id: ID!) {\n  grantApplication(id: $id) {\n    ...ReviewApplicationFields\n  }\n}": typeof types.GrantReviewApplicationDocument,
    "mutation GrantReviewAssessmentSave($applicationId: ID!, $scores: [ScoreInput!]!, $comment: String!) {\n  grantAssessmentSave(\n    applicationId: $applicationId\n    scores: $scores\n    comment: $comment\n  ) {\n    id\n    comment\n    updatedAt\n    scores {\n      key\n      score\n    }\n  }\n}": typeof types.GrantReviewAssessmentSaveDocument,
    "query GrantReviewAuditLog($entityId: ID!) {\n  auditLog(entityId: $entityId) {\n    id\n    action\n    actorName\n    at\n    details\n    entityType\n  }\n}": typeof types.GrantReviewAuditLogDocument,
    "query GrantReviewAward($id: ID!) {\n  grantAward(id: $id) {\n    ...FollowUpAwardFields\n    organisation {\n      id\n      name\n      orgNumber\n    }\n    round {\n      id\n      title\n    }\n    application {\n      id\n      title\n      appealDeadline\n      appeal {\n        ...FollowUpAppealFields\n      }\n    }\n  }\n}": typeof types.GrantReviewAwardDocument,
    "query GrantReviewAwardLog($id: ID!) {\n  grantAwardAuditLog(id: $id) {\n    id\n    entityType\n    action\n    actorName\n    at\n    details\n  }\n}": typeof types.GrantReviewAwardLogDocument,
    "mutation GrantReviewChangeRequestDecide($id: ID!, $state: ChangeRequestState!, $reason: String!) {\n  grantChangeRequestDecide(id: $id, state: $state, reason: $reason) {\n    id\n    state\n    decisionReason\n    decidedAt\n  }\n}": typeof types.GrantReviewChangeRequestDecideDocument,
    "query GrantReviewDashboard($roundId: ID!) {\n  grantRoundDashboard(roundId: $roundId) {\n    budget\n    requested\n    granted\n    byState {\n      value\n      count\n      requested\n    }\n    byMunicipality {\n      value\n      count\n      requested\n    }\n    byOrganisationKind {\n      value\n      count\n      requested\n    }\n    conflicts {\n      application {\n        id\n        title\n      }\n      reviewerName\n      declaredAt\n    }\n  }\n}": typeof types.GrantReviewDashboardDocument,
    "mutation GrantReviewDecide($id: ID!, $decision: Decision!, $grantedAmount: Int!, $reason: String!, $overrideNote: String) {\n  grantApplicationDecide(\n    id: $id\n    decision: $decision\n    grantedAmount: $grantedAmount\n    reason: $reason\n    overrideNote: $overrideNote\n  ) {\n    ...ReviewApplicationFields\n  }\n}": typeof types.GrantReviewDecideDocument,
    "mutation GrantReviewDeclare($applicationId: ID!, $declaration: ConflictDeclaration! = NO_CONFLICT) {\n  grantAssessmentDeclare(applicationId: $applicationId, declaration: $declaration) {\n    id\n    declaration\n    noConflictDeclaredAt\n    conflictDeclaredAt\n  }\n}": typeof types.GrantReviewDeclareDocument,
    "query GrantReviewEvents($filter: EventFilter) {\n  events(filter: $filter, first: 50) {\n    nodes {\n      id\n      title\n      startsAt\n    }\n  }\n}": typeof types.GrantReviewEventsDocument,
    "query GrantReviewFollowUp($roundId: ID!) {\n  grantRoundFollowUp(roundId: $roundId) {\n    awarded\n    returned\n    requested\n    paid\n    awards {\n      id\n      state\n      amount\n      acceptDeadline\n      organisation {\n        id\n        name\n      }\n      application {\n        id\n        title\n      }\n    }\n    notAnswered {\n      id\n    }\n    overdueReports {\n      ...FollowUpReportRow\n    }\n    reportsToReview {\n      ...FollowUpReportRow\n    }\n    pendingChanges {\n      id\n      kind\n      createdAt\n      award {\n        id\n        organisation {\n          id\n          name\n        }\n        application {\n          id\n          title\n        }\n      }\n    }\n    openAppeals {\n      ...FollowUpAppealFields\n      application {\n        id\n        title\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n}\n\nfragment FollowUpReportRow on GrantReport {\n  id\n  kind\n  dueAt\n  submittedAt\n  award {\n    id\n    organisation {\n      id\n      name\n    }\n    application {\n      id\n      title\n    }\n  }\n}": typeof types.GrantReviewFollowUpDocument,
    "mutation GrantReviewPaymentMarkPaid($id: ID!, $reference: String!) {\n  grantPaymentMarkPaid(id: $id, reference: $reference) {\n    id\n    state\n    paidAt\n    paidReference\n    viewerCan {\n      markPaid\n    }\n  }\n}": typeof types.GrantReviewPaymentMarkPaidDocument,
    "query GrantReviewRanking($roundId: ID!) {\n  grantRoundRanking(roundId: $roundId) {\n    score\n    reviews\n    application {\n      id\n      title\n      state\n      requestedTotal\n      organisation {\n        id\n        name\n      }\n      decision {\n        decision\n        grantedAmount\n      }\n    }\n  }\n}": typeof types.GrantReviewRankingDocument,
    "mutation GrantReviewRepaymentClaim($awardId: ID!, $amount: Int!, $reason: RepaymentReason!, $note: String!) {\n  grantRepaymentClaim(\n    awardId: $awardId\n    amount: $amount\n    reason: $reason\n    note: $note\n  ) {\n    id\n    state\n  }\n}": typeof types.GrantReviewRepaymentClaimDocument,
    "mutation GrantReviewRepaymentSettle($id: ID!, $state: RepaymentState!, $note: String) {\n  grantRepaymentSettle(id: $id, state: $state, note: $note) {\n    id\n    state\n    settlementNote\n    settledAt\n  }\n}": typeof types.GrantReviewRepaymentSettleDocument,
    "mutation GrantReviewReportApprove($id: ID!, $message: String) {\n  grantReportApprove(id: $id, message: $message) {\n    ...GrantReportFields\n  }\n}": typeof types.GrantReviewReportApproveDocument,
    "mutation GrantReviewReportReject($id: ID!, $reason: String!) {\n  grantReportReject(id: $id, reason: $reason) {\n    ...GrantReportFields\n  }\n}": typeof types.GrantReviewReportRejectDocument,
    "mutation GrantReviewReportRequestChanges($id: ID!, $message: String!) {\n  grantReportRequestChanges(id: $id, message: $message) {\n    ...GrantReportFields\n  }\n}": typeof types.GrantReviewReportRequestChangesDocument,
    "mutation GrantReviewRequestInfo($id: ID!, $message: String!) {\n  grantApplicationRequestInfo(id: $id, message: $message) {\n    ...ReviewApplicationFields\n  }\n}": typeof types.GrantReviewRequestInfoDocument,
    "query GrantReviewRound($id: ID!) {\n  grantRound(id: $id) {\n    ...ReviewRoundFields\n  }\n}": typeof types.GrantReviewRoundDocument,
    "mutation GrantReviewRoundClose($id: ID!) {\n  grantRoundClose(id: $id) {\n    ...ReviewRoundFields\n  }\n}": typeof types.GrantReviewRoundCloseDocument,
    "mutation GrantReviewRoundCreate($input: GrantRoundInput!) {\n  grantRoundCreate(input: $input) {\n    ...ReviewRoundFields\n  }\n}": typeof types.GrantReviewRoundCreateDocument,
    "mutation GrantReviewRoundOpen($id: ID!) {\n  grantRoundOpen(id: $id) {\n    ...ReviewRoundFields\n  }\n}": typeof types.GrantReviewRoundOpenDocument,
    "mutation GrantReviewRoundPublish($id: ID!) {\n  grantRoundPublishDecisions(id: $id) {\n    ...ReviewRoundFields\n  }\n}": typeof types.GrantReviewRoundPublishDocument,
    "mutation GrantReviewRoundUpdate($id: ID!, $input: GrantRoundInput!) {\n  grantRoundUpdate(id: $id, input: $input) {\n    ...ReviewRoundFields\n  }\n}": typeof types.GrantReviewRoundUpdateDocument,
    "subscription GrantReviewRoundUpdates($roundId: ID!, $after: String) {\n  grantRoundUpdates(roundId: $roundId, after: $after) {\n    cursor\n    type\n    applicationId\n  }\n}": typeof types.GrantReviewRoundUpdatesDocument,
    "query GrantReviewRounds {\n  grantRounds {\n    id\n    title\n    year\n    state\n    budget\n    opensAt\n    closesAt\n    viewerCan {\n      edit\n    }\n    scheme {\n      id\n      name\n    }\n  }\n}": typeof types.GrantReviewRoundsDocument,
    "mutation GrantReviewSchemeCreate($name: String!, $description: String!) {\n  grantSchemeCreate(name: $name, description: $description) {\n    id\n    name\n    description\n  }\n}": typeof types.GrantReviewSchemeCreateDocument,
    "query GrantReviewSchemes {\n  grantSchemes {\n    id\n    name\n    description\n  }\n}": typeof types.GrantReviewSchemesDocument,
    "query GrantRoundResults($roundId: ID!) {\n  grantRoundResults(roundId: $roundId) {\n    totalAwarded\n    reportsApproved\n    participants\n    csvUrl\n    summaryCsvUrl\n    round {\n      id\n      title\n      year\n      budget\n      decisionsPublishedAt\n      scheme {\n        id\n        name\n      }\n    }\n    awards {\n      organisationId\n      organisationName\n      title\n      summary\n      amount\n      accepted\n      participants\n      grantUsed\n    }\n    byMunicipality {\n      municipalityNumber\n      name\n      participants\n      spent\n    }\n    byTargetGroup {\n      targetGroup\n      participants\n    }\n  }\n}": typeof types.GrantRoundResultsDocument,
    "fragment ReviewApplicationFields on GrantApplication {\n  id\n  title\n  state\n  summary\n  projectPlan\n  requestedTotal\n  submittedAt\n  moreInfoRequest\n  guidelinesVersion\n  viewerCan {\n    assess\n    declareConflict\n    requestInfo\n    decide\n  }\n  organisation {\n    id\n    name\n    kind\n  }\n  partners {\n    id\n    name\n  }\n  budgetLines {\n    description\n    ownFunding\n    requested\n  }\n  round {\n    id\n    title\n    state\n    budget\n    criteria {\n      key\n      title\n      weight\n    }\n  }\n  decision {\n    decision\n    grantedAmount\n    reason\n    decidedAt\n  }\n  assessments {\n    id\n    reviewerName\n    comment\n    declaration\n    noConflictDeclaredAt\n    conflictDeclaredAt\n    updatedAt\n    scores {\n      key\n      score\n    }\n  }\n}": typeof types.ReviewApplicationFieldsFragmentDoc,
    "fragment ReviewRoundFields on GrantRound {\n  id\n  title\n  year\n  budget\n  state\n  opensAt\n  closesAt\n  contacts\n  minPartners\n  eligibleKinds\n  eligibleMunicipalities\n  guidelinesVersion\n  decisionsPublishedAt\n  acceptingApplications\n  viewerCan {\n    edit\n    open\n    close\n    publishDecisions\n  }\n  scheme {\n    id\n    name\n  }\n  guidelines {\n    version\n    body\n  }\n  criteria {\n    key\n    title\n    weight\n  }\n  infoEvent {\n    id\n    title\n    startsAt\n  }\n  acceptanceDays\n  reportRequirements {\n    key\n    kind\n    dueAt\n  }\n  paymentPlan {\n    percent\n    trigger\n  }\n}": typeof types.ReviewRoundFieldsFragmentDoc,
    "fragment FollowUpAppealFields on GrantAppeal {\n  id\n  state\n  grounds\n  filedAt\n  outcomeNote\n  decidedAt\n  viewerCan {\n    uphold\n    forward\n  }\n}": typeof types.FollowUpAppealFieldsFragmentDoc,
    "fragment FollowUpAwardFields on GrantAward {\n  id\n  state\n  amount\n  acceptDeadline\n  answeredAt\n  declineReason\n  createdAt\n  viewerCan {\n    accept\n    decline\n    requestChange\n    claimRepayment\n  }\n  reports {\n    id\n    kind\n    state\n    dueAt\n    overdue\n    submittedAt\n    viewerCan {\n      requestExtension\n    }\n  }\n  payments {\n    id\n    position\n    percent\n    amount\n    trigger\n    state\n    requestedAt\n    paidAt\n    paidReference\n    viewerCan {\n      markPaid\n    }\n  }\n  repaymentClaims {\n    id\n    amount\n    reason\n    note\n    state\n    settlementNote\n    settledAt\n    createdAt\n    viewerCan {\n      recordRepaid\n      waive\n    }\n  }\n  changeRequests {\n    id\n    kind\n    state\n    message\n    requestedDueAt\n    decisionReason\n    decidedAt\n    createdAt\n    report {\n      id\n      kind\n      dueAt\n    }\n    viewerCan {\n      approve\n      deny\n    }\n  }\n}": typeof types.FollowUpAwardFieldsFragmentDoc,
    "mutation GrantAppealFile($applicationId: ID!, $grounds: String!) {\n  grantAppealFile(applicationId: $applicationId, grounds: $grounds) {\n    ...FollowUpAppealFields\n  }\n}": typeof types.GrantAppealFileDocument,
    "query GrantApplication($id: ID!) {\n  grantApplication(id: $id) {\n    ...GrantApplicationFields\n  }\n}": typeof types.GrantApplicationDocument,
    "mutation GrantApplicationCreate($roundId: ID!, $organisationId: ID!, $title: String!) {\n  grantApplicationCreate(\n    roundId: $roundId\n    organisationId: $organisationId\n    title: $title\n  ) {\n    ...GrantApplicationFields\n  }\n}": typeof types.GrantApplicationCreateDocument,
    "fragment GrantApplicationFields on GrantApplication {\n  id\n  title\n  summary\n  projectPlan\n  version\n  state\n  missing\n  requestedTotal\n  guidelinesVersion\n  submittedAt\n  updatedAt\n  moreInfoRequest\n  viewerCan {\n    edit\n    submit\n    resubmit\n    withdraw\n  }\n  budgetLines {\n    description\n    ownFunding\n    requested\n  }\n  partners {\n    id\n    name\n    kind\n  }\n  organisation {\n    id\n    name\n    kind\n  }\n  round {\n    id\n    title\n    state\n    closesAt\n    acceptingApplications\n    minPartners\n    guidelinesVersion\n    scheme {\n      id\n      name\n    }\n  }\n}": typeof types.GrantApplicationFieldsFragmentDoc,
    "mutation GrantApplicationSave($id: ID!, $version: Int!, $input: GrantApplicationInput!) {\n  grantApplicationSave(id: $id, version: $version, input: $input) {\n    ...GrantApplicationFields\n  }\n}": typeof types.GrantApplicationSaveDocument,
    "mutation GrantApplicationSubmit($id: ID!) {\n  grantApplicationSubmit(id: $id) {\n    ...GrantApplicationFields\n  }\n}": typeof types.GrantApplicationSubmitDocument,
    "mutation GrantApplicationWithdraw($id: ID!) {\n  grantApplicationWithdraw(id: $id) {\n    ...GrantApplicationFields\n  }\n}": typeof types.GrantApplicationWithdrawDocument,
    "mutation GrantAttachmentDelete($id: ID!) {\n  grantAttachmentDelete(id: $id) {\n    id\n  }\n}": typeof types.GrantAttachmentDeleteDocument,
    "query GrantAttachments($id: ID!) {\n  grantApplication(id: $id) {\n    id\n    attachments {\n      id\n      filename\n      mimeType\n      size\n      createdAt\n      url\n    }\n  }\n}": typeof types.GrantAttachmentsDocument,
    "mutation GrantAwardAccept($id: ID!) {\n  grantAwardAccept(id: $id) {\n    ...FollowUpAwardFields\n  }\n}": typeof types.GrantAwardAcceptDocument,
    "mutation GrantAwardDecline($id: ID!, $reason: String!) {\n  grantAwardDecline(id: $id, reason: $reason) {\n    ...FollowUpAwardFields\n  }\n}": typeof types.GrantAwardDeclineDocument,
    "mutation GrantChangeRequestCreate($awardId: ID!, $kind: ChangeRequestKind!, $message: String!, $reportId: ID, $requestedDueAt: String) {\n  grantChangeRequestCreate(\n    awardId: $awardId\n    kind: $kind\n    message: $message\n    reportId: $reportId\n    requestedDueAt: $requestedDueAt\n  ) {\n    id\n    state\n  }\n}": typeof types.GrantChangeRequestCreateDocument,
    "query GrantDecisionLetter($id: ID!) {\n  grantApplication(id: $id) {\n    id\n    title\n    state\n    requestedTotal\n    submittedAt\n    organisation {\n      id\n      name\n      orgNumber\n    }\n    round {\n      id\n      title\n      year\n      contacts\n      decisionsPublishedAt\n      scheme {\n        id\n        name\n      }\n    }\n    decision {\n      decision\n      grantedAmount\n      reason\n      decidedAt\n    }\n    appealDeadline\n    award {\n      id\n      acceptDeadline\n    }\n  }\n}": typeof types.GrantDecisionLetterDocument,
    "query GrantFollowUp($id: ID!) {\n  grantApplication(id: $id) {\n    id\n    title\n    state\n    appealDeadline\n    viewerCan {\n      fileAppeal\n    }\n    organisation {\n      id\n      name\n    }\n    round {\n      id\n      title\n      decisionsPublishedAt\n      scheme {\n        id\n        name\n      }\n    }\n    decision {\n      decision\n      grantedAmount\n    }\n    appeal {\n      ...FollowUpAppealFields\n    }\n    award {\n      ...FollowUpAwardFields\n    }\n  }\n}": typeof types.GrantFollowUpDocument,
    "query GrantPartnerSearch($search: String!) {\n  organisations(filter: {search: $search}, first: 10) {\n    nodes {\n      id\n      name\n      kind\n    }\n  }\n}": typeof types.GrantPartnerSearchDocument,
    "query GrantReport($id: ID!) {\n  grantReport(id: $id) {\n    ...GrantReportFields\n    award {\n      id\n      amount\n      state\n      application {\n        id\n        title\n      }\n      organisation {\n        id\n        name\n      }\n      round {\n        id\n        title\n      }\n    }\n  }\n}": typeof types.GrantReportDocument,
    "mutation GrantReportAttachmentDelete($id: ID!) {\n  grantReportAttachmentDelete(id: $id) {\n    id\n  }\n}": typeof types.GrantReportAttachmentDeleteDocument,
    "query GrantReportAttachments($id: ID!) {\n  grantReport(id: $id) {\n    id\n    attachments {\n      id\n      filename\n      mimeType\n      size\n      createdAt\n      url\n    }\n  }\n}": typeof types.GrantReportAttachmentsDocument,
    "fragment GrantReportFields on GrantReport {\n  id\n  kind\n  state\n  dueAt\n  overdue\n  version\n  goals\n  activitiesHeld\n  totalSpent\n  grantUsed\n  submittedAt\n  reviewMessage\n  reviewedAt\n  missing\n  results {\n    municipality {\n      number\n      name\n    }\n    targetGroup\n    participants\n  }\n  accounts {\n    line\n    description\n    planned\n    actual\n  }\n  viewerCan {\n    edit\n    submit\n    resubmit\n    approve\n    requestChanges\n    reject\n    requestExtension\n  }\n}": typeof types.GrantReportFieldsFragmentDoc,
    "mutation GrantReportSave($id: ID!, $version: Int!, $input: GrantReportInput!) {\n  grantReportSave(id: $id, version: $version, input: $input) {\n    ...GrantReportFields\n  }\n}": typeof types.GrantReportSaveDocument,
    "mutation GrantReportSubmit($id: ID!) {\n  grantReportSubmit(id: $id) {\n    ...GrantReportFields\n  }\n}": typeof types.GrantReportSubmitDocument,
    "query GrantRound($id: ID!) {\n  grantRound(id: $id) {\n    ...GrantRoundSummary\n    guidelinesVersion\n    eligibleKinds\n    eligibleMunicipalities\n    minPartners\n    contacts\n    resultsPublished\n    scheme {\n      id\n      name\n      description\n    }\n    guidelines {\n      version\n      bodyHtml\n      createdAt\n    }\n    criteria {\n      key\n      title\n      weight\n    }\n    infoEvent {\n      id\n      title\n      startsAt\n      endsAt\n    }\n  }\n}": typeof types.GrantRoundDocument,
    "fragment GrantRoundSummary on GrantRound {\n  id\n  title\n  year\n  state\n  budget\n  opensAt\n  closesAt\n  acceptingApplications\n  decisionsPublishedAt\n  scheme {\n    id\n    name\n  }\n}": typeof types.GrantRoundSummaryFragmentDoc,
    "query GrantRounds {\n  grantRounds {\n    ...GrantRoundSummary\n  }\n}": typeof types.GrantRoundsDocument,
    "query MyGrantApplications {\n  myGrantApplications {\n    id\n    title\n    state\n    requestedTotal\n    updatedAt\n    submittedAt\n    organisation {\n      id\n      name\n    }\n    round {\n      ...GrantRoundSummary\n    }\n  }\n}": typeof types.MyGrantApplicationsDocument,
    "fragment AnnouncementFields on Announcement {\n  id\n  title\n  bodyHtml\n  createdAt\n}": typeof types.AnnouncementFieldsFragmentDoc,
    "mutation AnnouncementPost($input: AnnouncementInput!) {\n  announcementPost(input: $input) {\n    ...AnnouncementFields\n  }\n}": typeof types.AnnouncementPostDocument,
    "subscription AnnouncementPosted($after: String) {\n  announcementPosted(after: $after) {\n    cursor\n    announcement {\n      ...AnnouncementFields\n    }\n  }\n}": typeof types.AnnouncementPostedDocument,
    "query Announcements {\n  announcements {\n    ...AnnouncementFields\n  }\n}": typeof types.AnnouncementsDocument,
    "query Group($id: ID!) {\n  group(id: $id) {\n    ...GroupListItemFields\n    organisations {\n      id\n      name\n    }\n    members {\n      id\n      role\n      status\n      user {\n        id\n        name\n      }\n      viewerCan {\n        remove\n      }\n    }\n  }\n}": typeof types.GroupDocument,
    "mutation GroupCreate($input: GroupInput!) {\n  groupCreate(input: $input) {\n    ...GroupListItemFields\n  }\n}": typeof types.GroupCreateDocument,
    "subscription GroupEvents($groupId: ID!, $after: String) {\n  groupEvents(groupId: $groupId, after: $after) {\n    cursor\n    type\n    groupId\n    threadId\n    messageId\n    userId\n    message {\n      ...MessageFields\n    }\n    thread {\n      ...ThreadListItemFields\n    }\n  }\n}": typeof types.GroupEventsDocument,
    "mutation GroupJoin($groupId: ID!) {\n  groupJoin(groupId: $groupId) {\n    id\n    status\n    role\n  }\n}": typeof types.GroupJoinDocument,
    "mutation GroupLeave($groupId: ID!) {\n  groupLeave(groupId: $groupId)\n}": typeof types.GroupLeaveDocument,
    "fragment GroupListItemFields on NetworkGroup {\n  id\n  name\n  description\n  visibility\n  joinPolicy\n  memberCount\n  unreadCount\n  viewerCan {\n    read\n    post\n    moderate\n    manage\n    join\n    leave\n  }\n  viewerState {\n    active\n    role\n    status\n  }\n}": typeof types.GroupListItemFieldsFragmentDoc,
    "mutation GroupMemberApprove($memberId: ID!) {\n  groupMemberApprove(memberId: $memberId) {\n    id\n    status\n    role\n  }\n}": typeof types.GroupMemberApproveDocument,
    "mutation GroupMemberRemove($memberId: ID!) {\n  groupMemberRemove(memberId: $memberId)\n}": typeof types.GroupMemberRemoveDocument,
    "query GroupMembers($id: ID!) {\n  group(id: $id) {\n    id\n    members {\n      id\n      status\n      user {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.GroupMembersDocument,
    "subscription GroupPresence($groupId: ID!) {\n  groupPresence(groupId: $groupId) {\n    groupId\n    online {\n      id\n      name\n    }\n    typing {\n      id\n      name\n      threadId\n    }\n  }\n}": typeof types.GroupPresenceDocument,
    "query GroupThreads($id: ID!) {\n  group(id: $id) {\n    id\n    threads(first: 50) {\n      nodes {\n        ...ThreadListItemFields\n      }\n      totalCount\n    }\n  }\n}": typeof types.GroupThreadsDocument,
    "mutation GroupTyping($threadId: ID!) {\n  groupTyping(threadId: $threadId)\n}": typeof types.GroupTypingDocument,
    "query Groups {\n  groups {\n    ...GroupListItemFields\n  }\n}": typeof types.GroupsDocument,
    "fragment MessageFields on Message {\n  id\n  body\n  bodyHtml\n  createdAt\n  editedAt\n  deletedAt\n  removedByModerator\n  author {\n    id\n    name\n  }\n  hidden {\n    reason\n    hiddenAt\n  }\n  viewerCan {\n    edit\n    delete\n    report\n    moderate\n  }\n}": typeof types.MessageFieldsFragmentDoc,
    "mutation MessageDelete($id: ID!) {\n  messageDelete(id: $id) {\n    ...MessageFields\n  }\n}": typeof types.MessageDeleteDocument,
    "mutation MessageEdit($id: ID!, $body: String!) {\n  messageEdit(id: $id, body: $body) {\n    ...MessageFields\n  }\n}": typeof types.MessageEditDocument,
    "mutation MessagePost($threadId: ID!, $body: String!) {\n  messagePost(threadId: $threadId, body: $body) {\n    ...MessageFields\n  }\n}": typeof types.MessagePostDocument,
    "fragment NotificationFields on Notification {\n  id\n  type\n  readAt\n  createdAt\n  details {\n    actorName\n    groupId\n    groupName\n    threadId\n    threadTitle\n    messageId\n    excerpt\n    announcementId\n    title\n    eventId\n    startsAt\n    activityId\n    accepted\n    applicationId\n    roundId\n    organisationName\n    settlementYearId\n    municipalityNumber\n    milestoneId\n  }\n}": typeof types.NotificationFieldsFragmentDoc,
    "subscription NotificationEvents($after: String) {\n  notificationEvents(after: $after) {\n    cursor\n    unreadCount\n    notification {\n      ...NotificationFields\n    }\n  }\n}": typeof types.NotificationEventsDocument,
    "mutation NotificationMarkAllRead {\n  notificationMarkAllRead\n}": typeof types.NotificationMarkAllReadDocument,
    "mutation NotificationMarkRead($id: ID!) {\n  notificationMarkRead(id: $id) {\n    id\n    readAt\n  }\n}": typeof types.NotificationMarkReadDocument,
    "mutation NotificationPreferenceSet($type: NotificationType!, $channel: NotificationChannel!) {\n  notificationPreferenceSet(type: $type, channel: $channel) {\n    type\n    channel\n  }\n}": typeof types.NotificationPreferenceSetDocument,
    "query NotificationPreferences {\n  notificationPreferences {\n    type\n    channel\n  }\n}": typeof types.NotificationPreferencesDocument,
    "query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n    unreadCount\n    totalCount\n    nodes {\n      ...NotificationFields\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": typeof types.NotificationsDocument,
    "query Thread($id: ID!) {\n  thread(id: $id) {\n    id\n    title\n    group {\n      id\n      name\n      viewerCan {\n        read\n        post\n        moderate\n      }\n    }\n    messages(last: 50) {\n      id\n      body\n      bodyHtml\n      createdAt\n      editedAt\n      deletedAt\n      removedByModerator\n      hidden {\n        reason\n        hiddenAt\n      }\n      viewerCan {\n        edit\n        delete\n        report\n        moderate\n      }\n      author {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.ThreadDocument,
    "mutation ThreadCreate($groupId: ID!, $title: String!, $body: String!) {\n  threadCreate(groupId: $groupId, title: $title, body: $body) {\n    ...ThreadListItemFields\n  }\n}": typeof types.ThreadCreateDocument,
    "fragment ThreadListItemFields on Thread {\n  id\n  title\n  createdAt\n  lastMessageAt\n  messageCount\n  unreadCount\n}": typeof types.ThreadListItemFieldsFragmentDoc,
    "mutation ThreadMarkRead($threadId: ID!) {\n  threadMarkRead(threadId: $threadId) {\n    id\n    unreadCount\n  }\n}": typeof types.ThreadMarkReadDocument,
    "query UnreadNotifications {\n  notifications(first: 1, unreadOnly: true) {\n    unreadCount\n  }\n}": typeof types.UnreadNotificationsDocument,
    "query FrontPage($language: Language!) {\n  events(filter: {time: UPCOMING}, first: 4) {\n    nodes {\n      id\n      title\n      kind\n      mode\n      status\n      startsAt\n      endsAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n  grantRounds {\n    id\n    title\n    state\n    closesAt\n    acceptingApplications\n    scheme {\n      id\n      name\n    }\n  }\n  announcements {\n    id\n    title\n    bodyHtml\n    createdAt\n  }\n  newestActivities(first: 4) {\n    id\n    title\n    category\n    createdAt\n    scheduleText(language: $language)\n    municipality {\n      number\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n}": typeof types.FrontPageDocument,
    "subscription FrontPageGroupMessages($groupId: ID!, $after: String) {\n  groupEvents(groupId: $groupId, after: $after) {\n    cursor\n    type\n  }\n}": typeof types.FrontPageGroupMessagesDocument,
    "subscription FrontPageReading($after: String) {\n  notificationEvents(after: $after) {\n    cursor\n    threadId\n  }\n}": typeof types.FrontPageReadingDocument,
    "subscription FrontPageUpdates($after: String) {\n  frontPageUpdates(after: $after) {\n    cursor\n    what\n  }\n}": typeof types.FrontPageUpdatesDocument,
    "query MyFrontPage {\n  myTasks {\n    id\n    kind\n    title\n    organisationName\n    dueAt\n    path\n  }\n  groups {\n    id\n    name\n    unreadCount\n    viewerState {\n      active\n    }\n  }\n  viewer {\n    id\n    eventRegistrations(upcoming: true) {\n      id\n      status\n      waitlistPosition\n      event {\n        id\n        title\n        startsAt\n        endsAt\n      }\n    }\n  }\n}": typeof types.MyFrontPageDocument,
    "query AdminAuditLog($filter: AuditLogFilter) {\n  adminAuditLog(filter: $filter) {\n    id\n    at\n    actorId\n    actorName\n    action\n    entityType\n    entityId\n    details\n  }\n}": typeof types.AdminAuditLogDocument,
    "mutation ContentHide($type: ContentType!, $contentId: ID!, $reason: String!) {\n  contentHide(type: $type, contentId: $contentId, reason: $reason) {\n    ...ModeratedContentFields\n  }\n}": typeof types.ContentHideDocument,
    "mutation ContentReport($type: ContentType!, $contentId: ID!, $reason: String!) {\n  contentReport(type: $type, contentId: $contentId, reason: $reason) {\n    id\n    state\n  }\n}": typeof types.ContentReportDocument,
    "mutation ContentUnhide($type: ContentType!, $contentId: ID!) {\n  contentUnhide(type: $type, contentId: $contentId) {\n    ...ModeratedContentFields\n  }\n}": typeof types.ContentUnhideDocument,
    "fragment ModeratedContentFields on ModeratedContent {\n  type\n  id\n  excerpt\n  groupId\n  threadId\n  hidden {\n    reason\n    hiddenAt\n  }\n  author {\n    id\n    name\n    standing {\n      suspendedAt\n      suspensionReason\n    }\n  }\n}": typeof types.ModeratedContentFieldsFragmentDoc,
    "query ModerationAccess {\n  moderationAccess {\n    queue\n    accounts\n    auditLog\n  }\n}": typeof types.ModerationAccessDocument,
    "subscription ModerationEvents($after: String) {\n  moderationEvents(after: $after) {\n    cursor\n    type\n    reportId\n    contentId\n  }\n}": typeof types.ModerationEventsDocument,
    "query ModerationQueue {\n  moderationAccess {\n    queue\n    accounts\n  }\n  moderationQueue {\n    ...QueueReportFields\n  }\n  handled: moderationQueue(closed: true, first: 20) {\n    ...QueueReportFields\n  }\n}": typeof types.ModerationQueueDocument,
    "fragment QueueReportFields on ContentReport {\n  id\n  reason\n  state\n  createdAt\n  closedAt\n  content {\n    ...ModeratedContentFields\n  }\n}": typeof types.QueueReportFieldsFragmentDoc,
    "mutation ReportDismiss($id: ID!) {\n  reportDismiss(id: $id) {\n    id\n    state\n  }\n}": typeof types.ReportDismissDocument,
    "mutation UserSuspend($userId: ID!, $reason: String!) {\n  userSuspend(userId: $userId, reason: $reason) {\n    id\n    standing {\n      suspendedAt\n      suspensionReason\n    }\n  }\n}": typeof types.UserSuspendDocument,
    "mutation UserUnsuspend($userId: ID!) {\n  userUnsuspend(userId: $userId) {\n    id\n    standing {\n      suspendedAt\n      suspensionReason\n    }\n  }\n}": typeof types.UserUnsuspendDocument,
    "mutation UserWarn($userId: ID!, $reason: String!) {\n  userWarn(userId: $userId, reason: $reason) {\n    id\n  }\n}": typeof types.UserWarnDocument,
    "query InvitationPreview($token: String!) {\n  invitation(token: $token) {\n    email\n    role\n    expiresAt\n    status\n    viewerIsInvitee\n    viewerCan {\n      accept\n    }\n    organisation {\n      id\n      name\n      kind\n      verificationStatus\n    }\n  }\n}": typeof types.InvitationPreviewDocument,
    "mutation InvitationAccept($token: String!) {\n  invitationAccept(token: $token) {\n    id\n    role\n    organisation {\n      id\n      name\n    }\n  }\n}": typeof types.InvitationAcceptDocument,
    "mutation InvitationRevoke($id: ID!) {\n  invitationRevoke(id: $id) {\n    id\n  }\n}": typeof types.InvitationRevokeDocument,
    "mutation MembershipChangeRole($membershipId: ID!, $role: MembershipRole!) {\n  membershipChangeRole(membershipId: $membershipId, role: $role) {\n    id\n    role\n    viewerCan {\n      changeRole\n      remove\n    }\n  }\n}": typeof types.MembershipChangeRoleDocument,
    "mutation MembershipLeave($organisationId: ID!) {\n  membershipLeave(organisationId: $organisationId)\n}": typeof types.MembershipLeaveDocument,
    "mutation MembershipRemove($membershipId: ID!) {\n  membershipRemove(membershipId: $membershipId)\n}": typeof types.MembershipRemoveDocument,
    "query Organisation($id: ID!) {\n  organisation(id: $id) {\n    ...OrganisationDetailsFields\n    members {\n      id\n      role\n      createdAt\n      user {\n        id\n        name\n        title\n      }\n      viewerCan {\n        changeRole\n        remove\n      }\n    }\n    invitations {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n}": typeof types.OrganisationDocument,
    "fragment OrganisationCardFields on Organisation {\n  id\n  name\n  kind\n  description\n  verificationStatus\n  municipalities {\n    number\n    name\n  }\n}": typeof types.OrganisationCardFieldsFragmentDoc,
    "mutation OrganisationCreate($input: OrganisationInput!) {\n  organisationCreate(input: $input) {\n    ...OrganisationDetailsFields\n  }\n}": typeof types.OrganisationCreateDocument,
    "fragment OrganisationDetailsFields on Organisation {\n  id\n  name\n  kind\n  orgNumber\n  description\n  contactEmail\n  contactPhone\n  website\n  verificationStatus\n  rejectionReason\n  verifiedAt\n  createdAt\n  viewerRole\n  municipalities {\n    number\n    name\n    countyName\n  }\n  topics {\n    slug\n    nameNb\n    nameNn\n    nameEn\n  }\n  viewerCan {\n    edit\n    verify\n    manageMembers\n    viewMembers\n    leave\n    manageEvents\n    manageActivities\n  }\n}": typeof types.OrganisationDetailsFieldsFragmentDoc,
    "mutation OrganisationInvite($input: OrganisationInviteInput!) {\n  organisationInvite(input: $input) {\n    id\n    email\n    role\n    createdAt\n    expiresAt\n  }\n}": typeof types.OrganisationInviteDocument,
    "mutation OrganisationUpdate($id: ID!, $input: OrganisationInput!) {\n  organisationUpdate(id: $id, input: $input) {\n    ...OrganisationDetailsFields\n  }\n}": typeof types.OrganisationUpdateDocument,
    "query Organisations($filter: OrganisationFilter, $first: Int!, $after: String) {\n  organisations(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...OrganisationCardFields\n    }\n  }\n}": typeof types.OrganisationsDocument,
    "query ViewerMemberships {\n  viewer {\n    id\n    emailVerified\n    memberships {\n      id\n      role\n      createdAt\n      organisation {\n        id\n        name\n        kind\n        verificationStatus\n      }\n    }\n  }\n}": typeof types.ViewerMembershipsDocument,
    "query Municipalities($countyNumber: String) {\n  municipalities(countyNumber: $countyNumber) {\n    number\n    name\n    countyNumber\n    countyName\n  }\n}": typeof types.MunicipalitiesDocument,
    "query Topics {\n  topics {\n    slug\n    nameNb\n    nameNn\n    nameEn\n  }\n}": typeof types.TopicsDocument,
    "query Resource($id: ID!) {\n  resource(id: $id) {\n    ...ResourceDetailsFields\n  }\n}": typeof types.ResourceDocument,
    "fragment ResourceCardFields on Resource {\n  id\n  title\n  kind\n  summary\n  publisher\n  languages\n  access\n  createdAt\n  currentVersion\n  organisation {\n    id\n    name\n  }\n  group {\n    id\n    name\n  }\n  topics {\n    slug\n    nameNb\n    nameNn\n    nameEn\n  }\n}": typeof types.ResourceCardFieldsFragmentDoc,
    "mutation ResourceCreate($input: ResourceInput!) {\n  resourceCreate(input: $input) {\n    ...ResourceDetailsFields\n  }\n}": typeof types.ResourceCreateDocument,
    "mutation ResourceDelete($id: ID!) {\n  resourceDelete(id: $id)\n}": typeof types.ResourceDeleteDocument,
    "fragment ResourceDetailsFields on Resource {\n  ...ResourceCardFields\n  audience\n  url\n  fileUrl\n  versions {\n    version\n    filename\n    mimeType\n    size\n    url\n    createdAt\n  }\n  event {\n    id\n    title\n    startsAt\n  }\n  hidden {\n    reason\n  }\n  viewerCan {\n    manage\n    report\n    moderate\n  }\n}": typeof types.ResourceDetailsFieldsFragmentDoc,
    "query ResourceEventOptions($organisationId: ID!) {\n  events(\n    filter: {organisationId: $organisationId, includeDrafts: true}\n    first: 100\n  ) {\n    nodes {\n      id\n      title\n      startsAt\n    }\n  }\n}": typeof types.ResourceEventOptionsDocument,
    "query ResourceFormOptions {\n  viewer {\n    id\n    platformRole\n    memberships {\n      id\n      organisation {\n        id\n        name\n      }\n    }\n  }\n  groups {\n    id\n    name\n  }\n}": typeof types.ResourceFormOptionsDocument,
    "query ResourceStaffOrganisations {\n  organisations(first: 100) {\n    nodes {\n      id\n      name\n    }\n  }\n}": typeof types.ResourceStaffOrganisationsDocument,
    "mutation ResourceUpdate($id: ID!, $input: ResourceInput!) {\n  resourceUpdate(id: $id, input: $input) {\n    ...ResourceDetailsFields\n  }\n}": typeof types.ResourceUpdateDocument,
    "query Resources($filter: ResourceFilter, $first: Int!, $after: String) {\n  resources(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...ResourceCardFields\n    }\n  }\n}": typeof types.ResourcesDocument,
    "query Search($query: String!, $filter: SearchFilter, $first: Int!) {\n  search(query: $query, filter: $filter, first: $first) {\n    totalCount\n    totalCountCapped\n    didYouMean\n    showsDidYouMean\n    hits {\n      id\n      type\n      title\n      url\n      snippet\n      rank\n    }\n    typeFacet {\n      value\n      count\n    }\n    topicFacet {\n      value\n      count\n    }\n    municipalityFacet {\n      value\n      count\n    }\n    languageFacet {\n      value\n      count\n    }\n  }\n}": typeof types.SearchDocument,
    "query SearchSuggestions($query: String!, $first: Int!) {\n  search(query: $query, first: $first) {\n    totalCount\n    hits {\n      id\n      type\n      title\n      url\n    }\n  }\n}": typeof types.SearchSuggestionsDocument,
    "fragment SettlementBoardCell on BoardCell {\n  column\n  number\n  text\n  version\n  updatedByName\n  updatedAt\n}": typeof types.SettlementBoardCellFragmentDoc,
    "fragment SettlementMilestoneFields on SettlementMilestone {\n  id\n  title\n  description\n  month\n  date\n  responsible\n  participants\n  status\n  participantOrganisations {\n    id\n    name\n  }\n  events {\n    id\n    title\n    startsAt\n  }\n  resources {\n    id\n    title\n  }\n  viewerCan {\n    edit\n  }\n}": typeof types.SettlementMilestoneFieldsFragmentDoc,
    "query MunicipalityPage($number: ID!) {\n  municipality(number: $number) {\n    number\n    name\n    countyName\n    settlementYears {\n      year {\n        id\n        year\n        title\n        isExample\n      }\n      requested\n      recommended\n      decided\n      settled\n    }\n    contacts {\n      role\n      userId\n      name\n      title\n      organisation {\n        id\n        name\n      }\n    }\n    grantsAwarded {\n      applicationId\n      title\n      organisationId\n      organisationName\n      roundTitle\n      grantedAmount\n      year\n    }\n  }\n  organisations(filter: {municipality: $number}, first: 50) {\n    totalCount\n    nodes {\n      id\n      name\n      kind\n    }\n  }\n  activities(filter: {municipality: $number}, first: 20) {\n    totalCount\n    nodes {\n      id\n      title\n    }\n  }\n  events(filter: {municipality: $number}, first: 10) {\n    totalCount\n    nodes {\n      id\n      title\n      startsAt\n    }\n  }\n}": typeof types.MunicipalityPageDocument,
    "query MySettlementSurveys {\n  mySettlementSurveys {\n    id\n    state\n    trackerStatus\n    deadline\n    municipality {\n      number\n      name\n    }\n    year {\n      id\n      title\n    }\n  }\n}": typeof types.MySettlementSurveysDocument,
    "fragment SettlementNumbersFields on SettlementNumbers {\n  requested\n  requestedMinors\n  requestRecordedAt\n  decisionStatus\n  decided\n  decidedMinors\n  decidedOn\n  documentFilename\n  documentUrl\n  settled\n  settledMinors\n  settledUpdatedAt\n}": typeof types.SettlementNumbersFieldsFragmentDoc,
    "fragment PreviousYearNumbersFields on PreviousYearNumbers {\n  yearId\n  year\n  isExample\n  requested\n  decided\n  settled\n}": typeof types.PreviousYearNumbersFieldsFragmentDoc,
    "fragment SettlementRecommendationFields on Recommendation {\n  id\n  state\n  number\n  minors\n  reasoning\n  version\n  sentVersion\n  sentAt\n  viewerCan {\n    edit\n    revise\n  }\n  versions {\n    version\n    number\n    minors\n    reasoning\n    sentAt\n    sentByName\n  }\n}": typeof types.SettlementRecommendationFieldsFragmentDoc,
    "query SettlementBoard($id: ID!) {\n  settlementYear(id: $id) {\n    id\n    title\n    isExample\n    boardState\n    boardLockedAt\n    viewerCan {\n      readBoard\n      editBoard\n      lockBoard\n      unlockBoard\n    }\n    municipalities {\n      municipality {\n        number\n        name\n      }\n      response {\n        id\n        state\n        capacity\n        capacityMinors\n        extraIfNeeded\n      }\n      cells {\n        ...SettlementBoardCell\n      }\n      previous {\n        ...PreviousYearNumbersFields\n      }\n      viewerCan {\n        editBoard\n      }\n    }\n  }\n}": typeof types.SettlementBoardDocument,
    "mutation SettlementBoardCellSet($input: BoardCellInput!) {\n  settlementBoardCellSet(input: $input) {\n    ...SettlementBoardCell\n  }\n}": typeof types.SettlementBoardCellSetDocument,
    "mutation SettlementBoardFocus($yearId: ID!, $municipalityNumber: String) {\n  settlementBoardFocus(yearId: $yearId, municipalityNumber: $municipalityNumber)\n}": typeof types.SettlementBoardFocusDocument,
    "query SettlementBoardHistory($yearId: ID!, $municipalityNumber: String) {\n  settlementBoardHistory(\n    yearId: $yearId\n    municipalityNumber: $municipalityNumber\n    first: 100\n  ) {\n    id\n    municipalityNumber\n    column\n    fromValue\n    toValue\n    version\n    actorName\n    at\n  }\n}": typeof types.SettlementBoardHistoryDocument,
    "mutation SettlementBoardLock($yearId: ID!) {\n  settlementBoardLock(yearId: $yearId) {\n    id\n    boardState\n    boardLockedAt\n  }\n}": typeof types.SettlementBoardLockDocument,
    "subscription SettlementBoardPresence($yearId: ID!) {\n  settlementBoardPresence(yearId: $yearId) {\n    yearId\n    viewers {\n      id\n      name\n      municipalityNumber\n    }\n  }\n}": typeof types.SettlementBoardPresenceDocument,
    "mutation SettlementBoardUnlock($yearId: ID!) {\n  settlementBoardUnlock(yearId: $yearId) {\n    id\n    boardState\n  }\n}": typeof types.SettlementBoardUnlockDocument,
    "subscription SettlementBoardUpdates($yearId: ID!, $after: String) {\n  settlementBoardUpdates(yearId: $yearId, after: $after) {\n    cursor\n    type\n    municipalityNumber\n    cell {\n      municipalityNumber\n      column\n      number\n      text\n      version\n      updatedByName\n      updatedAt\n    }\n  }\n}": typeof types.SettlementBoardUpdatesDocument,
    "mutation SettlementDecisionSet($yearId: ID!, $municipalityNumber: String!, $input: SettlementDecisionInput!) {\n  settlementDecisionSet(\n    yearId: $yearId\n    municipalityNumber: $municipalityNumber\n    input: $input\n  ) {\n    ...SettlementNumbersFields\n  }\n}": typeof types.SettlementDecisionSetDocument,
    "mutation SettlementMilestoneDelete($id: ID!) {\n  settlementMilestoneDelete(id: $id) {\n    id\n  }\n}": typeof types.SettlementMilestoneDeleteDocument,
    "query SettlementMilestoneLinkSearch($query: String!, $types: [SearchType!]!) {\n  search(query: $query, filter: {types: $types}, first: 10) {\n    hits {\n      id\n      type\n      title\n    }\n  }\n}": typeof types.SettlementMilestoneLinkSearchDocument,
    "mutation SettlementMilestoneSave($id: ID, $yearId: ID, $input: SettlementMilestoneInput!) {\n  settlementMilestoneSave(id: $id, yearId: $yearId, input: $input) {\n    ...SettlementMilestoneFields\n  }\n}": typeof types.SettlementMilestoneSaveDocument,
    "query SettlementNumbers($id: ID!) {\n  settlementYear(id: $id) {\n    id\n    year\n    title\n    isExample\n    numbersPublished\n    viewerCan {\n      administer\n      recordRequests\n    }\n    progress {\n      requested\n      decided\n      settled\n      rows {\n        municipality {\n          number\n          name\n        }\n        requested\n        decided\n        settled\n      }\n    }\n    municipalities {\n      municipality {\n        number\n        name\n      }\n      numbers {\n        ...SettlementNumbersFields\n      }\n      viewerCan {\n        recordRequest\n        recordDecision\n        recordSettled\n      }\n    }\n  }\n}": typeof types.SettlementNumbersDocument,
    "subscription SettlementProgressUpdates($yearId: ID!, $after: String) {\n  settlementProgressUpdates(yearId: $yearId, after: $after) {\n    cursor\n    type\n    municipalityNumber\n  }\n}": typeof types.SettlementProgressUpdatesDocument,
    "query SettlementRecommendationLetter($yearId: ID!) {\n  settlementRecommendationLetter(yearId: $yearId) {\n    countyName\n    sentAt\n    total\n    totalMinors\n    year {\n      id\n      year\n      title\n      isExample\n    }\n    lines {\n      municipalityNumber\n      municipalityName\n      number\n      minors\n      reasoning\n      version\n      sentAt\n    }\n  }\n}": typeof types.SettlementRecommendationLetterDocument,
    "mutation SettlementRecommendationRevise($id: ID!) {\n  settlementRecommendationRevise(id: $id) {\n    ...SettlementRecommendationFields\n  }\n}": typeof types.SettlementRecommendationReviseDocument,
    "mutation SettlementRecommendationSave($id: ID!, $version: Int!, $input: RecommendationInput!) {\n  settlementRecommendationSave(id: $id, version: $version, input: $input) {\n    ...SettlementRecommendationFields\n  }\n}": typeof types.SettlementRecommendationSaveDocument,
    "query SettlementRecommendations($id: ID!) {\n  settlementYear(id: $id) {\n    id\n    title\n    isExample\n    boardState\n    viewerCan {\n      administer\n      sendRecommendations\n      readLetter\n      lockBoard\n    }\n    municipalities {\n      municipality {\n        number\n        name\n      }\n      response {\n        id\n        state\n        capacity\n        capacityMinors\n      }\n      previous {\n        ...PreviousYearNumbersFields\n      }\n      recommendation {\n        ...SettlementRecommendationFields\n      }\n    }\n  }\n}": typeof types.SettlementRecommendationsDocument,
    "mutation SettlementRecommendationsSend($yearId: ID!) {\n  settlementRecommendationsSend(yearId: $yearId) {\n    ...SettlementRecommendationFields\n  }\n}": typeof types.SettlementRecommendationsSendDocument,
    "mutation SettlementRequestSet($yearId: ID!, $municipalityNumber: String!, $input: SettlementRequestInput!) {\n  settlementRequestSet(\n    yearId: $yearId\n    municipalityNumber: $municipalityNumber\n    input: $input\n  ) {\n    ...SettlementNumbersFields\n  }\n}": typeof types.SettlementRequestSetDocument,
    "mutation SettlementRequestsImport($yearId: ID!, $csv: String!) {\n  settlementRequestsImport(yearId: $yearId, csv: $csv) {\n    requested\n  }\n}": typeof types.SettlementRequestsImportDocument,
    "mutation SettlementSettledSet($yearId: ID!, $municipalityNumber: String!, $input: SettledInput!) {\n  settlementSettledSet(\n    yearId: $yearId\n    municipalityNumber: $municipalityNumber\n    input: $input\n  ) {\n    ...SettlementNumbersFields\n  }\n}": typeof types.SettlementSettledSetDocument,
    "mutation SettlementSurveyClose($yearId: ID!) {\n  settlementSurveyClose(yearId: $yearId) {\n    id\n    surveyState\n  }\n}": typeof types.SettlementSurveyCloseDocument,
    "query SettlementSurveyResponse($yearId: ID!, $municipalityNumber: String!) {\n  settlementSurveyResponse(\n    yearId: $yearId\n    municipalityNumber: $municipalityNumber\n  ) {\n    ...SettlementSurveyAnswer\n    municipality {\n      number\n      name\n    }\n    year {\n      id\n      year\n      title\n      isExample\n      surveyState\n    }\n  }\n}": typeof types.SettlementSurveyResponseDocument,
    "mutation SettlementSurveyResponseExtend($id: ID!, $until: String!) {\n  settlementSurveyResponseExtend(id: $id, until: $until) {\n    ...SettlementTrackerResponse\n  }\n}": typeof types.SettlementSurveyResponseExtendDocument,
    "mutation SettlementSurveyResponseOpen($id: ID!) {\n  settlementSurveyResponseOpen(id: $id) {\n    ...SettlementSurveyAnswer\n  }\n}": typeof types.SettlementSurveyResponseOpenDocument,
    "mutation SettlementSurveyResponseRemind($id: ID!) {\n  settlementSurveyResponseRemind(id: $id) {\n    ...SettlementTrackerResponse\n  }\n}": typeof types.SettlementSurveyResponseRemindDocument,
    "mutation SettlementSurveyResponseReopen($id: ID!) {\n  settlementSurveyResponseReopen(id: $id) {\n    ...SettlementTrackerResponse\n  }\n}": typeof types.SettlementSurveyResponseReopenDocument,
    "mutation SettlementSurveyResponseSave($id: ID!, $version: Int!, $input: SurveyAnswerInput!) {\n  settlementSurveyResponseSave(id: $id, version: $version, input: $input) {\n    id\n    version\n    state\n    missing\n    viewerCan {\n      edit\n      submit\n      reopen\n      extend\n      remind\n    }\n  }\n}": typeof types.SettlementSurveyResponseSaveDocument,
    "mutation SettlementSurveyResponseSubmit($id: ID!) {\n  settlementSurveyResponseSubmit(id: $id) {\n    ...SettlementSurveyAnswer\n  }\n}": typeof types.SettlementSurveyResponseSubmitDocument,
    "mutation SettlementSurveySend($yearId: ID!) {\n  settlementSurveySend(yearId: $yearId) {\n    id\n    surveyState\n    surveySentAt\n  }\n}": typeof types.SettlementSurveySendDocument,
    "subscription SettlementSurveyUpdates($yearId: ID!, $after: String) {\n  settlementSurveyUpdates(yearId: $yearId, after: $after) {\n    cursor\n    type\n    municipalityNumber\n  }\n}": typeof types.SettlementSurveyUpdatesDocument,
    "query SettlementTracker($id: ID!) {\n  settlementYear(id: $id) {\n    id\n    title\n    isExample\n    surveyState\n    surveyDeadline\n    viewerCan {\n      track\n      sendSurvey\n      closeSurvey\n    }\n    municipalities {\n      municipality {\n        number\n        name\n      }\n      response {\n        ...SettlementTrackerResponse\n      }\n    }\n  }\n}": typeof types.SettlementTrackerDocument,
    "query SettlementYear($id: ID!) {\n  settlementYear(id: $id) {\n    id\n    year\n    title\n    countyName\n    isExample\n    surveyState\n    surveyDeadline\n    surveySentAt\n    surveyAcceptingAnswers\n    boardState\n    boardLockedAt\n    numbersPublished\n    criteriaVersion\n    criteria {\n      version\n      body\n      bodyHtml\n      authorName\n      createdAt\n    }\n    criteriaVersions {\n      version\n      authorName\n      createdAt\n    }\n    milestones {\n      ...SettlementMilestoneFields\n    }\n    viewerCan {\n      administer\n      track\n      sendSurvey\n      closeSurvey\n      readBoard\n      editBoard\n      lockBoard\n      unlockBoard\n      sendRecommendations\n      readLetter\n      recordRequests\n    }\n  }\n}": typeof types.SettlementYearDocument,
    "mutation SettlementYearCreate($input: SettlementYearInput!) {\n  settlementYearCreate(input: $input) {\n    id\n    title\n  }\n}": typeof types.SettlementYearCreateDocument,
    "mutation SettlementYearPublish($id: ID!, $published: Boolean!) {\n  settlementYearPublish(id: $id, published: $published) {\n    id\n    numbersPublished\n  }\n}": typeof types.SettlementYearPublishDocument,
    "mutation SettlementYearUpdate($id: ID!, $input: SettlementYearInput!) {\n  settlementYearUpdate(id: $id, input: $input) {\n    id\n    title\n    surveyDeadline\n    criteriaVersion\n  }\n}": typeof types.SettlementYearUpdateDocument,
    "query SettlementYears {\n  settlementYears {\n    id\n    year\n    title\n    countyName\n    isExample\n    surveyState\n    surveyDeadline\n    boardState\n    numbersPublished\n  }\n}": typeof types.SettlementYearsDocument,
    "fragment SettlementSurveyAnswer on SurveyResponse {\n  id\n  state\n  version\n  trackerStatus\n  deadline\n  acceptingAnswers\n  submittedAt\n  extendedUntil\n  remindedAt\n  missing\n  capacity\n  capacityMinors\n  extraIfNeeded\n  housing\n  kindergarten\n  school\n  health\n  labourDemand\n  introResults\n  keepCapacity\n  comments\n  viewerCan {\n    edit\n    submit\n    reopen\n    extend\n    remind\n  }\n}": typeof types.SettlementSurveyAnswerFragmentDoc,
    "fragment SettlementTrackerResponse on SurveyResponse {\n  id\n  state\n  trackerStatus\n  deadline\n  openedAt\n  submittedAt\n  remindedAt\n  extendedUntil\n  capacity\n  capacityMinors\n  viewerCan {\n    remind\n    extend\n    reopen\n  }\n}": typeof types.SettlementTrackerResponseFragmentDoc,
};
const documents: Documents = {
    "mutation AccountDelete($password: String!) {\n  accountDelete(password: $password)\n}": types.AccountDeleteDocument,
    "query AccountDeletion {\n  viewer {\n    id\n    accountDeletion {\n      allowed\n      organisations {\n        id\n        name\n      }\n      groups {\n        id\n        name\n      }\n      platformAdmin\n    }\n  }\n}": types.AccountDeletionDocument,
    "mutation AccountLogin($email: String!, $password: String!) {\n  accountLogin(email: $email, password: $password) {\n    ...ViewerFields\n  }\n}": types.AccountLoginDocument,
    "mutation AccountLogout {\n  accountLogout\n}": types.AccountLogoutDocument,
    "mutation AccountLogoutEverywhere {\n  accountLogoutEverywhere\n}": types.AccountLogoutEverywhereDocument,
    "mutation AccountRequestPasswordReset($email: String!) {\n  accountRequestPasswordReset(email: $email)\n}": types.AccountRequestPasswordResetDocument,
    "mutation AccountResendVerification {\n  accountResendVerification\n}": types.AccountResendVerificationDocument,
    "mutation AccountResetPassword($token: String!, $password: String!) {\n  accountResetPassword(token: $token, password: $password)\n}": types.AccountResetPasswordDocument,
    "mutation AccountSignUp($input: AccountSignUpInput!) {\n  accountSignUp(input: $input)\n}": types.AccountSignUpDocument,
    "mutation AccountUnlockLogin($token: String!) {\n  accountUnlockLogin(token: $token)\n}": types.AccountUnlockLoginDocument,
    "mutation AccountVerifyEmail($token: String!) {\n  accountVerifyEmail(token: $token) {\n    id\n    emailVerified\n  }\n}": types.AccountVerifyEmailDocument,
    "mutation ProfileUpdate($input: ProfileUpdateInput!) {\n  profileUpdate(input: $input) {\n    ...ViewerFields\n  }\n}": types.ProfileUpdateDocument,
    "fragment ViewerFields on User {\n  id\n  name\n  title\n  profileTags\n  preferredLanguage\n  platformRole\n  createdAt\n  email\n  emailVerified\n  viewerCan {\n    setPlatformRole\n    seePrivate\n  }\n}": types.ViewerFieldsFragmentDoc,
    "query Viewer {\n  viewer {\n    ...ViewerFields\n  }\n}": types.ViewerDocument,
    "query Activities($filter: ActivityFilter, $first: Int!, $after: String, $language: Language!) {\n  activities(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    facets {\n      municipality {\n        value\n        count\n      }\n      category {\n        value\n        count\n      }\n      language {\n        value\n        count\n      }\n      targetGroup {\n        value\n        count\n      }\n      weekday {\n        value\n        count\n      }\n      dropIn {\n        value\n        count\n      }\n    }\n    nodes {\n      ...ActivityCardFields\n    }\n  }\n}": types.ActivitiesDocument,
    "query Activity($id: ID!, $language: Language!) {\n  activity(id: $id) {\n    ...ActivityDetailsFields\n  }\n}": types.ActivityDocument,
    "fragment ActivityCardFields on Activity {\n  id\n  title\n  category\n  status\n  stale\n  dropIn\n  languages\n  nextOccurrenceAt\n  scheduleText(language: $language)\n  municipality {\n    number\n    name\n  }\n  organisation {\n    id\n    name\n  }\n}": types.ActivityCardFieldsFragmentDoc,
    "mutation ActivityConfirm($id: ID!) {\n  activityConfirm(id: $id) {\n    id\n    stale\n    lastConfirmedAt\n  }\n}": types.ActivityConfirmDocument,
    "mutation ActivityCreate($input: ActivityInput!, $language: Language!) {\n  activityCreate(input: $input) {\n    ...ActivityDetailsFields\n  }\n}": types.ActivityCreateDocument,
    "fragment ActivityDetailsFields on Activity {\n  id\n  title\n  description\n  descriptionHtml\n  category\n  municipality {\n    number\n    name\n  }\n  address\n  schedule {\n    frequency\n    interval\n    weekdays\n    setPos\n    startDate\n    until\n    startTime\n    endTime\n  }\n  scheduleText(language: $language)\n  nextOccurrences(count: 5) {\n    startsAt\n    endsAt\n  }\n  nextOccurrenceAt\n  dropIn\n  languages\n  targetGroups\n  ageMin\n  ageMax\n  free\n  cost\n  accessibility\n  contactName\n  contactEmail\n  contactPhone\n  status\n  lastConfirmedAt\n  stale\n  organisation {\n    id\n    name\n  }\n  hidden {\n    reason\n  }\n  viewerCan {\n    report\n    moderate\n    manage\n    volunteer\n    publish\n    pause\n    archive\n  }\n  viewerVolunteerInterest {\n    id\n    status\n  }\n  volunteerInterests {\n    id\n    message\n    status\n    createdAt\n    answeredAt\n    viewerCan {\n      answer\n    }\n    user {\n      id\n      name\n    }\n  }\n}": types.ActivityDetailsFieldsFragmentDoc,
    "mutation ActivitySetStatus($id: ID!, $status: ActivityStatus!) {\n  activitySetStatus(id: $id, status: $status) {\n    id\n    status\n    stale\n    lastConfirmedAt\n    viewerCan {\n      manage\n      volunteer\n      publish\n      pause\n      archive\n    }\n  }\n}": types.ActivitySetStatusDocument,
    "mutation ActivityUpdate($id: ID!, $input: ActivityInput!, $language: Language!) {\n  activityUpdate(id: $id, input: $input) {\n    ...ActivityDetailsFields\n  }\n}": types.ActivityUpdateDocument,
    "mutation ActivityVolunteer($activityId: ID!, $message: String!) {\n  activityVolunteer(activityId: $activityId, message: $message) {\n    id\n    status\n    activity {\n      id\n      viewerCan {\n        manage\n        volunteer\n        publish\n        pause\n        archive\n      }\n      viewerVolunteerInterest {\n        id\n        status\n      }\n    }\n  }\n}": types.ActivityVolunteerDocument,
    "query OrganisationActivities($organisationId: ID!, $first: Int!, $language: Language!) {\n  activities(filter: {organisationId: $organisationId}, first: $first) {\n    totalCount\n    nodes {\n      ...ActivityCardFields\n      lastConfirmedAt\n    }\n  }\n}": types.OrganisationActivitiesDocument,
    "query SchedulePreview($schedule: ScheduleInput!, $count: Int, $language: Language) {\n  schedulePreview(schedule: $schedule, count: $count, language: $language) {\n    problem {\n      field\n      message\n    }\n    occurrences {\n      startsAt\n      endsAt\n    }\n    text\n  }\n}": types.SchedulePreviewDocument,
    "mutation VolunteerInterestAnswer($id: ID!, $accepted: Boolean!) {\n  volunteerInterestAnswer(id: $id, accepted: $accepted) {\n    id\n    status\n    answeredAt\n    viewerCan {\n      answer\n    }\n  }\n}": types.VolunteerInterestAnswerDocument,
    "mutation OrganisationReject($id: ID!, $reason: String!) {\n  organisationReject(id: $id, reason: $reason) {\n    id\n    verificationStatus\n    verifiedAt\n    rejectionReason\n  }\n}": types.OrganisationRejectDocument,
    "mutation OrganisationVerify($id: ID!) {\n  organisationVerify(id: $id) {\n    id\n    verificationStatus\n    verifiedAt\n    rejectionReason\n  }\n}": types.OrganisationVerifyDocument,
    "query PendingOrganisations($first: Int!, $after: String) {\n  organisations(\n    filter: {verificationStatus: PENDING}\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      kind\n      orgNumber\n      createdAt\n      verificationStatus\n      municipalities {\n        number\n        name\n      }\n      viewerCan {\n        verify\n      }\n    }\n  }\n}": types.PendingOrganisationsDocument,
    "mutation UserSetPlatformRole($userId: ID!, $role: PlatformRole!) {\n  userSetPlatformRole(userId: $userId, role: $role) {\n    id\n    platformRole\n  }\n}": types.UserSetPlatformRoleDocument,
    "query Users($search: String, $first: Int!) {\n  users(search: $search, first: $first) {\n    id\n    name\n    title\n    email\n    platformRole\n    viewerCan {\n      setPlatformRole\n    }\n  }\n}": types.UsersDocument,
    "fragment AttendanceFiguresFields on AttendanceFigures {\n  events\n  total {\n    registered\n    attended\n    noShow\n    notMarked\n  }\n  byOrganisationKind {\n    kind\n    registered\n    attended\n    noShow\n  }\n  byMunicipality {\n    municipality {\n      number\n      name\n    }\n    registered\n    attended\n    noShow\n  }\n}": types.AttendanceFiguresFieldsFragmentDoc,
    "fragment CoHostInvitationFields on EventHost {\n  id\n  status\n  organisation {\n    id\n    name\n  }\n  viewerCan {\n    accept\n    decline\n    remove\n  }\n}": types.CoHostInvitationFieldsFragmentDoc,
    "query Event($id: ID!) {\n  event(id: $id) {\n    ...EventDetailsFields\n  }\n}": types.EventDocument,
    "mutation EventAnswersDelete($eventId: ID!) {\n  eventAnswersDelete(eventId: $eventId) {\n    id\n    answersDeletedAt\n    attendees {\n      id\n      answers {\n        questionId\n      }\n    }\n  }\n}": types.EventAnswersDeleteDocument,
    "mutation EventAttachMaterials($eventId: ID!, $recordingUrl: String, $materials: String) {\n  eventAttachMaterials(\n    eventId: $eventId\n    recordingUrl: $recordingUrl\n    materials: $materials\n  ) {\n    ...EventDetailsFields\n  }\n}": types.EventAttachMaterialsDocument,
    "query EventAttendanceFigures($from: String!, $to: String!) {\n  eventAttendanceFigures(from: $from, to: $to) {\n    ...AttendanceFiguresFields\n  }\n}": types.EventAttendanceFiguresDocument,
    "query EventAttendees($id: ID!) {\n  event(id: $id) {\n    id\n    title\n    status\n    mode\n    capacity\n    onlineCapacity\n    confirmedCount\n    waitlistCount\n    onlineConfirmedCount\n    onlineWaitlistCount\n    reservedConfirmedCount\n    answersDeleteAt\n    answersDeletedAt\n    questions {\n      id\n      kind\n      label\n      options\n      required\n    }\n    viewerCan {\n      manage\n      register\n      checkIn\n    }\n    attendanceFigures {\n      ...AttendanceFiguresFields\n    }\n    attendees {\n      id\n      status\n      attendance\n      createdAt\n      guestName\n      email\n      guestEmailConfirmed\n      waitlistPosition\n      reservedSeat\n      checkIn\n      answers {\n        questionId\n        text\n        choices\n        yes\n      }\n      organisation {\n        id\n        name\n      }\n      municipality {\n        number\n        name\n      }\n      user {\n        id\n        name\n      }\n    }\n  }\n}": types.EventAttendeesDocument,
    "mutation EventCancel($id: ID!, $reason: String) {\n  eventCancel(id: $id, reason: $reason) {\n    ...EventDetailsFields\n  }\n}": types.EventCancelDocument,
    "fragment EventCardFields on Event {\n  id\n  title\n  kind\n  status\n  startsAt\n  endsAt\n  startsAtLocal\n  endsAtLocal\n  mode\n  venueName\n  capacity\n  seatsLeft\n  confirmedCount\n  waitlistCount\n  onlineCapacity\n  onlineConfirmedCount\n  onlineWaitlistCount\n  registrationRequired\n  organisation {\n    id\n    name\n  }\n  topics {\n    slug\n    nameNb\n    nameNn\n    nameEn\n  }\n  viewerRegistration {\n    id\n    status\n    attendance\n    waitlistPosition\n  }\n}": types.EventCardFieldsFragmentDoc,
    "query EventCheckIn($id: ID!) {\n  event(id: $id) {\n    id\n    title\n    status\n    mode\n    startsAt\n    endsAt\n    viewerCan {\n      manage\n      checkIn\n    }\n    attendees {\n      id\n      status\n      attendance\n      guestName\n      checkIn\n      user {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n}": types.EventCheckInDocument,
    "subscription EventCheckIns($eventId: ID!, $after: String) {\n  eventCheckIns(eventId: $eventId, after: $after) {\n    cursor\n    registrationId\n    checkIn\n    attendedCount\n    noShowCount\n    registeredCount\n  }\n}": types.EventCheckInsDocument,
    "mutation EventCoHostAccept($id: ID!) {\n  eventCoHostAccept(id: $id) {\n    ...CoHostInvitationFields\n  }\n}": types.EventCoHostAcceptDocument,
    "mutation EventCoHostDecline($id: ID!) {\n  eventCoHostDecline(id: $id) {\n    ...CoHostInvitationFields\n  }\n}": types.EventCoHostDeclineDocument,
    "mutation EventCoHostInvite($eventId: ID!, $organisationId: ID!) {\n  eventCoHostInvite(eventId: $eventId, organisationId: $organisationId) {\n    ...CoHostInvitationFields\n  }\n}": types.EventCoHostInviteDocument,
    "mutation EventCoHostRemove($id: ID!) {\n  eventCoHostRemove(id: $id) {\n    ...CoHostInvitationFields\n  }\n}": types.EventCoHostRemoveDocument,
    "mutation EventCreate($input: EventInput!) {\n  eventCreate(input: $input) {\n    ...EventDetailsFields\n  }\n}": types.EventCreateDocument,
    "mutation EventCreateSeries($id: ID!, $frequency: SeriesFrequency!, $count: Int!) {\n  eventCreateSeries(id: $id, frequency: $frequency, count: $count) {\n    ...EventCardFields\n    seriesId\n  }\n}": types.EventCreateSeriesDocument,
    "fragment EventDetailsFields on Event {\n  ...EventCardFields\n  description\n  descriptionHtml\n  venueAddress\n  meetingUrl\n  audience\n  language\n  registrationOpensAt\n  registrationClosesAt\n  registrationWindow\n  seriesId\n  recordingUrl\n  materials\n  materialsHtml\n  cancelReason\n  municipalities {\n    number\n    name\n  }\n  ...EventSeatsFields\n  hosts {\n    id\n    name\n  }\n  externalRegistrationUrl\n  remindersEnabled\n  reservedSeats\n  reservedForKind\n  reservedUntil\n  questions {\n    id\n    kind\n    label\n    options\n    required\n  }\n  answersDeleteAt\n  answersDeletedAt\n  evaluationStatus\n  evaluationQuestions {\n    id\n    kind\n    label\n  }\n  coHostInvitations {\n    ...CoHostInvitationFields\n  }\n  hidden {\n    reason\n  }\n  viewerCan {\n    report\n    moderate\n    manage\n    publish\n    edit\n    cancel\n    addMaterials\n    register\n    checkIn\n    evaluate\n    editEvaluation\n    openEvaluation\n    closeEvaluation\n    viewEvaluation\n  }\n}": types.EventDetailsFieldsFragmentDoc,
    "mutation EventDuplicate($id: ID!) {\n  eventDuplicate(id: $id) {\n    ...EventDetailsFields\n  }\n}": types.EventDuplicateDocument,
    "mutation EventEvaluationClose($eventId: ID!) {\n  eventEvaluationClose(eventId: $eventId) {\n    ...EventDetailsFields\n  }\n}": types.EventEvaluationCloseDocument,
    "mutation EventEvaluationOpen($eventId: ID!) {\n  eventEvaluationOpen(eventId: $eventId) {\n    ...EventDetailsFields\n  }\n}": types.EventEvaluationOpenDocument,
    "mutation EventEvaluationRespond($eventId: ID!, $answers: [EvaluationAnswerInput!]!, $token: String) {\n  eventEvaluationRespond(eventId: $eventId, answers: $answers, token: $token)\n}": types.EventEvaluationRespondDocument,
    "query EventEvaluationResults($id: ID!) {\n  event(id: $id) {\n    id\n    evaluationStatus\n    evaluationResults {\n      responses\n      asked\n      questions {\n        question {\n          id\n          kind\n          label\n        }\n        answered\n        average\n        distribution\n        texts\n      }\n    }\n  }\n}": types.EventEvaluationResultsDocument,
    "mutation EventEvaluationSet($eventId: ID!, $questions: [EvaluationQuestionInput!]!) {\n  eventEvaluationSet(eventId: $eventId, questions: $questions) {\n    ...EventDetailsFields\n  }\n}": types.EventEvaluationSetDocument,
    "mutation EventMessageRegistrants($eventId: ID!, $subject: String!, $body: String!) {\n  eventMessageRegistrants(eventId: $eventId, subject: $subject, body: $body)\n}": types.EventMessageRegistrantsDocument,
    "mutation EventPublish($id: ID!) {\n  eventPublish(id: $id) {\n    ...EventDetailsFields\n  }\n}": types.EventPublishDocument,
    "mutation EventRegister($eventId: ID!, $attendance: AttendanceMode, $answers: [RegistrationAnswerInput!], $organisationId: ID, $municipalityNumber: ID) {\n  eventRegister(\n    eventId: $eventId\n    attendance: $attendance\n    answers: $answers\n    organisationId: $organisationId\n    municipalityNumber: $municipalityNumber\n  ) {\n    ...RegistrationFields\n  }\n}": types.EventRegisterDocument,
    "mutation EventRegisterGuest($eventId: ID!, $name: String!, $email: String!, $language: Language, $attendance: AttendanceMode, $answers: [RegistrationAnswerInput!], $municipalityNumber: ID) {\n  eventRegisterGuest(\n    eventId: $eventId\n    name: $name\n    email: $email\n    language: $language\n    attendance: $attendance\n    answers: $answers\n    municipalityNumber: $municipalityNumber\n  ) {\n    id\n    status\n    attendance\n    expiresAt\n  }\n}": types.EventRegisterGuestDocument,
    "fragment EventSeatsFields on Event {\n  confirmedCount\n  waitlistCount\n  onlineConfirmedCount\n  onlineWaitlistCount\n  seatsLeft\n  attendanceOptions {\n    attendance\n    seatsLeft\n    waitlist\n  }\n  reservedConfirmedCount\n  reservation {\n    seats\n    kind\n    until\n    seatsLeft\n    viewerQualifies\n  }\n}": types.EventSeatsFieldsFragmentDoc,
    "mutation EventUpdate($id: ID!, $input: EventInput!) {\n  eventUpdate(id: $id, input: $input) {\n    ...EventDetailsFields\n  }\n}": types.EventUpdateDocument,
    "subscription EventUpdates($eventId: ID!, $after: String) {\n  eventUpdates(eventId: $eventId, after: $after) {\n    cursor\n    type\n    confirmedCount\n    waitlistCount\n    onlineConfirmedCount\n    onlineWaitlistCount\n    reservedConfirmedCount\n    status\n  }\n}": types.EventUpdatesDocument,
    "query Events($filter: EventFilter, $first: Int!, $after: String) {\n  events(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...EventCardFields\n    }\n  }\n}": types.EventsDocument,
    "mutation FollowSet($topicSlugs: [ID!]!, $municipalityNumbers: [ID!]!) {\n  followSet(topicSlugs: $topicSlugs, municipalityNumbers: $municipalityNumbers)\n}": types.FollowSetDocument,
    "query GuestRegistration($token: String!) {\n  guestRegistration(token: $token) {\n    registration {\n      id\n      status\n      attendance\n      waitlistPosition\n      guestName\n      guestEmailConfirmed\n      expiresAt\n    }\n    meetingUrl\n    canEvaluate\n    event {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      mode\n      evaluationStatus\n      evaluationQuestions {\n        id\n        kind\n        label\n      }\n    }\n  }\n}": types.GuestRegistrationDocument,
    "mutation GuestRegistrationCancel($token: String!) {\n  guestRegistrationCancel(token: $token) {\n    id\n    status\n    waitlistPosition\n    guestEmailConfirmed\n  }\n}": types.GuestRegistrationCancelDocument,
    "mutation GuestRegistrationConfirm($token: String!) {\n  guestRegistrationConfirm(token: $token) {\n    id\n    status\n    waitlistPosition\n    guestEmailConfirmed\n  }\n}": types.GuestRegistrationConfirmDocument,
    "fragment RegistrationFields on Registration {\n  id\n  status\n  attendance\n  waitlistPosition\n  reservedSeat\n  event {\n    id\n    meetingUrl\n    ...EventSeatsFields\n    viewerCan {\n      manage\n      register\n      checkIn\n      evaluate\n      editEvaluation\n      openEvaluation\n      closeEvaluation\n      viewEvaluation\n    }\n  }\n}": types.RegistrationFieldsFragmentDoc,
    "mutation RegistrationCancel($id: ID!) {\n  registrationCancel(id: $id) {\n    ...RegistrationFields\n  }\n}": types.RegistrationCancelDocument,
    "mutation RegistrationCheckIn($id: ID!, $checkIn: CheckIn!) {\n  registrationCheckIn(id: $id, checkIn: $checkIn) {\n    id\n    checkIn\n    checkedInAt\n  }\n}": types.RegistrationCheckInDocument,
    "query ViewerCoHostInvitations {\n  viewer {\n    id\n    memberships {\n      id\n      role\n      organisation {\n        id\n        name\n        eventCoHostInvitations {\n          ...CoHostInvitationFields\n          event {\n            id\n            title\n            startsAt\n            endsAt\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.ViewerCoHostInvitationsDocument,
    "query ViewerEventSettings {\n  viewer {\n    id\n    calendarFeedUrl\n    memberships {\n      id\n      organisation {\n        id\n        name\n      }\n    }\n  }\n}": types.ViewerEventSettingsDocument,
    "mutation GrantReviewAppealDecide($id: ID!, $state: AppealState!, $note: String!) {\n  grantAppealDecide(id: $id, state: $state, note: $note) {\n    ...FollowUpAppealFields\n  }\n}": types.GrantReviewAppealDecideDocument,
    "query GrantReviewApplication($id: ID!) {\n  grantApplication(id: $id) {\n    ...ReviewApplicationFields\n  }\n}": types.GrantReviewApplicationDocument,
    "mutation GrantReviewAssessmentSave($applicationId: ID!, $scores: [ScoreInput!]!, $comment: String!) {\n  grantAssessmentSave(\n    applicationId: $applicationId\n    scores: $scores\n    comment: $comment\n  ) {\n    id\n    comment\n    updatedAt\n    scores {\n      key\n      score\n    }\n  }\n}": types.GrantReviewAssessmentSaveDocument,
    "query GrantReviewAuditLog($entityId: ID!) {\n  auditLog(entityId: $entityId) {\n    id\n    action\n    actorName\n    at\n    details\n    entityType\n  }\n}": types.GrantReviewAuditLogDocument,
    "query GrantReviewAward($id: ID!) {\n  grantAward(id: $id) {\n    ...FollowUpAwardFields\n    organisation {\n      id\n      name\n      orgNumber\n    }\n    round {\n      id\n      title\n    }\n    application {\n      id\n      title\n      appealDeadline\n      appeal {\n        ...FollowUpAppealFields\n      }\n    }\n  }\n}": types.GrantReviewAwardDocument,
    "query GrantReviewAwardLog($id: ID!) {\n  grantAwardAuditLog(id: $id) {\n    id\n    entityType\n    action\n    actorName\n    at\n    details\n  }\n}": types.GrantReviewAwardLogDocument,
    "mutation GrantReviewChangeRequestDecide($id: ID!, $state: ChangeRequestState!, $reason: String!) {\n  grantChangeRequestDecide(id: $id, state: $state, reason: $reason) {\n    id\n    state\n    decisionReason\n    decidedAt\n  }\n}": types.GrantReviewChangeRequestDecideDocument,
    "query GrantReviewDashboard($roundId: ID!) {\n  grantRoundDashboard(roundId: $roundId) {\n    budget\n    requested\n    granted\n    byState {\n      value\n      count\n      requested\n    }\n    byMunicipality {\n      value\n      count\n      requested\n    }\n    byOrganisationKind {\n      value\n      count\n      requested\n    }\n    conflicts {\n      application {\n        id\n        title\n      }\n      reviewerName\n      declaredAt\n    }\n  }\n}": types.GrantReviewDashboardDocument,
    "mutation GrantReviewDecide($id: ID!, $decision: Decision!, $grantedAmount: Int!, $reason: String!, $overrideNote: String) {\n  grantApplicationDecide(\n    id: $id\n    decision: $decision\n    grantedAmount: $grantedAmount\n    reason: $reason\n    overrideNote: $overrideNote\n  ) {\n    ...ReviewApplicationFields\n  }\n}": types.GrantReviewDecideDocument,
    "mutation GrantReviewDeclare($applicationId: ID!, $declaration: ConflictDeclaration! = NO_CONFLICT) {\n  grantAssessmentDeclare(applicationId: $applicationId, declaration: $declaration) {\n    id\n    declaration\n    noConflictDeclaredAt\n    conflictDeclaredAt\n  }\n}": types.GrantReviewDeclareDocument,
    "query GrantReviewEvents($filter: EventFilter) {\n  events(filter: $filter, first: 50) {\n    nodes {\n      id\n      title\n      startsAt\n    }\n  }\n}": types.GrantReviewEventsDocument,
    "query GrantReviewFollowUp($roundId: ID!) {\n  grantRoundFollowUp(roundId: $roundId) {\n    awarded\n    returned\n    requested\n    paid\n    awards {\n      id\n      state\n      amount\n      acceptDeadline\n      organisation {\n        id\n        name\n      }\n      application {\n        id\n        title\n      }\n    }\n    notAnswered {\n      id\n    }\n    overdueReports {\n      ...FollowUpReportRow\n    }\n    reportsToReview {\n      ...FollowUpReportRow\n    }\n    pendingChanges {\n      id\n      kind\n      createdAt\n      award {\n        id\n        organisation {\n          id\n          name\n        }\n        application {\n          id\n          title\n        }\n      }\n    }\n    openAppeals {\n      ...FollowUpAppealFields\n      application {\n        id\n        title\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n}\n\nfragment FollowUpReportRow on GrantReport {\n  id\n  kind\n  dueAt\n  submittedAt\n  award {\n    id\n    organisation {\n      id\n      name\n    }\n    application {\n      id\n      title\n    }\n  }\n}": types.GrantReviewFollowUpDocument,
    "mutation GrantReviewPaymentMarkPaid($id: ID!, $reference: String!) {\n  grantPaymentMarkPaid(id: $id, reference: $reference) {\n    id\n    state\n    paidAt\n    paidReference\n    viewerCan {\n      markPaid\n    }\n  }\n}": types.GrantReviewPaymentMarkPaidDocument,
    "query GrantReviewRanking($roundId: ID!) {\n  grantRoundRanking(roundId: $roundId) {\n    score\n    reviews\n    application {\n      id\n      title\n      state\n      requestedTotal\n      organisation {\n        id\n        name\n      }\n      decision {\n        decision\n        grantedAmount\n      }\n    }\n  }\n}": types.GrantReviewRankingDocument,
    "mutation GrantReviewRepaymentClaim($awardId: ID!, $amount: Int!, $reason: RepaymentReason!, $note: String!) {\n  grantRepaymentClaim(\n    awardId: $awardId\n    amount: $amount\n    reason: $reason\n    note: $note\n  ) {\n    id\n    state\n  }\n}": types.GrantReviewRepaymentClaimDocument,
    "mutation GrantReviewRepaymentSettle($id: ID!, $state: RepaymentState!, $note: String) {\n  grantRepaymentSettle(id: $id, state: $state, note: $note) {\n    id\n    state\n    settlementNote\n    settledAt\n  }\n}": types.GrantReviewRepaymentSettleDocument,
    "mutation GrantReviewReportApprove($id: ID!, $message: String) {\n  grantReportApprove(id: $id, message: $message) {\n    ...GrantReportFields\n  }\n}": types.GrantReviewReportApproveDocument,
    "mutation GrantReviewReportReject($id: ID!, $reason: String!) {\n  grantReportReject(id: $id, reason: $reason) {\n    ...GrantReportFields\n  }\n}": types.GrantReviewReportRejectDocument,
    "mutation GrantReviewReportRequestChanges($id: ID!, $message: String!) {\n  grantReportRequestChanges(id: $id, message: $message) {\n    ...GrantReportFields\n  }\n}": types.GrantReviewReportRequestChangesDocument,
    "mutation GrantReviewRequestInfo($id: ID!, $message: String!) {\n  grantApplicationRequestInfo(id: $id, message: $message) {\n    ...ReviewApplicationFields\n  }\n}": types.GrantReviewRequestInfoDocument,
    "query GrantReviewRound($id: ID!) {\n  grantRound(id: $id) {\n    ...ReviewRoundFields\n  }\n}": types.GrantReviewRoundDocument,
    "mutation GrantReviewRoundClose($id: ID!) {\n  grantRoundClose(id: $id) {\n    ...ReviewRoundFields\n  }\n}": types.GrantReviewRoundCloseDocument,
    "mutation GrantReviewRoundCreate($input: GrantRoundInput!) {\n  grantRoundCreate(input: $input) {\n    ...ReviewRoundFields\n  }\n}": types.GrantReviewRoundCreateDocument,
    "mutation GrantReviewRoundOpen($id: ID!) {\n  grantRoundOpen(id: $id) {\n    ...ReviewRoundFields\n  }\n}": types.GrantReviewRoundOpenDocument,
    "mutation GrantReviewRoundPublish($id: ID!) {\n  grantRoundPublishDecisions(id: $id) {\n    ...ReviewRoundFields\n  }\n}": types.GrantReviewRoundPublishDocument,
    "mutation GrantReviewRoundUpdate($id: ID!, $input: GrantRoundInput!) {\n  grantRoundUpdate(id: $id, input: $input) {\n    ...ReviewRoundFields\n  }\n}": types.GrantReviewRoundUpdateDocument,
    "subscription GrantReviewRoundUpdates($roundId: ID!, $after: String) {\n  grantRoundUpdates(roundId: $roundId, after: $after) {\n    cursor\n    type\n    applicationId\n  }\n}": types.GrantReviewRoundUpdatesDocument,
    "query GrantReviewRounds {\n  grantRounds {\n    id\n    title\n    year\n    state\n    budget\n    opensAt\n    closesAt\n    viewerCan {\n      edit\n    }\n    scheme {\n      id\n      name\n    }\n  }\n}": types.GrantReviewRoundsDocument,
    "mutation GrantReviewSchemeCreate($name: String!, $description: String!) {\n  grantSchemeCreate(name: $name, description: $description) {\n    id\n    name\n    description\n  }\n}": types.GrantReviewSchemeCreateDocument,
    "query GrantReviewSchemes {\n  grantSchemes {\n    id\n    name\n    description\n  }\n}": types.GrantReviewSchemesDocument,
    "query GrantRoundResults($roundId: ID!) {\n  grantRoundResults(roundId: $roundId) {\n    totalAwarded\n    reportsApproved\n    participants\n    csvUrl\n    summaryCsvUrl\n    round {\n      id\n      title\n      year\n      budget\n      decisionsPublishedAt\n      scheme {\n        id\n        name\n      }\n    }\n    awards {\n      organisationId\n      organisationName\n      title\n      summary\n      amount\n      accepted\n      participants\n      grantUsed\n    }\n    byMunicipality {\n      municipalityNumber\n      name\n      participants\n      spent\n    }\n    byTargetGroup {\n      targetGroup\n      participants\n    }\n  }\n}": types.GrantRoundResultsDocument,
    "fragment ReviewApplicationFields on GrantApplication {\n  id\n  title\n  state\n  summary\n  projectPlan\n  requestedTotal\n  submittedAt\n  moreInfoRequest\n  guidelinesVersion\n  viewerCan {\n    assess\n    declareConflict\n    requestInfo\n    decide\n  }\n  organisation {\n    id\n    name\n    kind\n  }\n  partners {\n    id\n    name\n  }\n  budgetLines {\n    description\n    ownFunding\n    requested\n  }\n  round {\n    id\n    title\n    state\n    budget\n    criteria {\n      key\n      title\n      weight\n    }\n  }\n  decision {\n    decision\n    grantedAmount\n    reason\n    decidedAt\n  }\n  assessments {\n    id\n    reviewerName\n    comment\n    declaration\n    noConflictDeclaredAt\n    conflictDeclaredAt\n    updatedAt\n    scores {\n      key\n      score\n    }\n  }\n}": types.ReviewApplicationFieldsFragmentDoc,
    "fragment ReviewRoundFields on GrantRound {\n  id\n  title\n  year\n  budget\n  state\n  opensAt\n  closesAt\n  contacts\n  minPartners\n  eligibleKinds\n  eligibleMunicipalities\n  guidelinesVersion\n  decisionsPublishedAt\n  acceptingApplications\n  viewerCan {\n    edit\n    open\n    close\n    publishDecisions\n  }\n  scheme {\n    id\n    name\n  }\n  guidelines {\n    version\n    body\n  }\n  criteria {\n    key\n    title\n    weight\n  }\n  infoEvent {\n    id\n    title\n    startsAt\n  }\n  acceptanceDays\n  reportRequirements {\n    key\n    kind\n    dueAt\n  }\n  paymentPlan {\n    percent\n    trigger\n  }\n}": types.ReviewRoundFieldsFragmentDoc,
    "fragment FollowUpAppealFields on GrantAppeal {\n  id\n  state\n  grounds\n  filedAt\n  outcomeNote\n  decidedAt\n  viewerCan {\n    uphold\n    forward\n  }\n}": types.FollowUpAppealFieldsFragmentDoc,
    "fragment FollowUpAwardFields on GrantAward {\n  id\n  state\n  amount\n  acceptDeadline\n  answeredAt\n  declineReason\n  createdAt\n  viewerCan {\n    accept\n    decline\n    requestChange\n    claimRepayment\n  }\n  reports {\n    id\n    kind\n    state\n    dueAt\n    overdue\n    submittedAt\n    viewerCan {\n      requestExtension\n    }\n  }\n  payments {\n    id\n    position\n    percent\n    amount\n    trigger\n    state\n    requestedAt\n    paidAt\n    paidReference\n    viewerCan {\n      markPaid\n    }\n  }\n  repaymentClaims {\n    id\n    amount\n    reason\n    note\n    state\n    settlementNote\n    settledAt\n    createdAt\n    viewerCan {\n      recordRepaid\n      waive\n    }\n  }\n  changeRequests {\n    id\n    kind\n    state\n    message\n    requestedDueAt\n    decisionReason\n    decidedAt\n    createdAt\n    report {\n      id\n      kind\n      dueAt\n    }\n    viewerCan {\n      approve\n      deny\n    }\n  }\n}": types.FollowUpAwardFieldsFragmentDoc,
    "mutation GrantAppealFile($applicationId: ID!, $grounds: String!) {\n  grantAppealFile(applicationId: $applicationId, grounds: $grounds) {\n    ...FollowUpAppealFields\n  }\n}": types.GrantAppealFileDocument,
    "query GrantApplication($id: ID!) {\n  grantApplication(id: $id) {\n    ...GrantApplicationFields\n  }\n}": types.GrantApplicationDocument,
    "mutation GrantApplicationCreate($roundId: ID!, $organisationId: ID!, $title: String!) {\n  grantApplicationCreate(\n    roundId: $roundId\n    organisationId: $organisationId\n    title: $title\n  ) {\n    ...GrantApplicationFields\n  }\n}": types.GrantApplicationCreateDocument,
    "fragment GrantApplicationFields on GrantApplication {\n  id\n  title\n  summary\n  projectPlan\n  version\n  state\n  missing\n  requestedTotal\n  guidelinesVersion\n  submittedAt\n  updatedAt\n  moreInfoRequest\n  viewerCan {\n    edit\n    submit\n    resubmit\n    withdraw\n  }\n  budgetLines {\n    description\n    ownFunding\n    requested\n  }\n  partners {\n    id\n    name\n    kind\n  }\n  organisation {\n    id\n    name\n    kind\n  }\n  round {\n    id\n    title\n    state\n    closesAt\n    acceptingApplications\n    minPartners\n    guidelinesVersion\n    scheme {\n      id\n      name\n    }\n  }\n}": types.GrantApplicationFieldsFragmentDoc,
    "mutation GrantApplicationSave($id: ID!, $version: Int!, $input: GrantApplicationInput!) {\n  grantApplicationSave(id: $id, version: $version, input: $input) {\n    ...GrantApplicationFields\n  }\n}": types.GrantApplicationSaveDocument,
    "mutation GrantApplicationSubmit($id: ID!) {\n  grantApplicationSubmit(id: $id) {\n    ...GrantApplicationFields\n  }\n}": types.GrantApplicationSubmitDocument,
    "mutation GrantApplicationWithdraw($id: ID!) {\n  grantApplicationWithdraw(id: $id) {\n    ...GrantApplicationFields\n  }\n}": types.GrantApplicationWithdrawDocument,
    "mutation GrantAttachmentDelete($id: ID!) {\n  grantAttachmentDelete(id: $id) {\n    id\n  }\n}": types.GrantAttachmentDeleteDocument,
    "query GrantAttachments($id: ID!) {\n  grantApplication(id: $id) {\n    id\n    attachments {\n      id\n      filename\n      mimeType\n      size\n      createdAt\n      url\n    }\n  }\n}": types.GrantAttachmentsDocument,
    "mutation GrantAwardAccept($id: ID!) {\n  grantAwardAccept(id: $id) {\n    ...FollowUpAwardFields\n  }\n}": types.GrantAwardAcceptDocument,
    "mutation GrantAwardDecline($id: ID!, $reason: String!) {\n  grantAwardDecline(id: $id, reason: $reason) {\n    ...FollowUpAwardFields\n  }\n}": types.GrantAwardDeclineDocument,
    "mutation GrantChangeRequestCreate($awardId: ID!, $kind: ChangeRequestKind!, $message: String!, $reportId: ID, $requestedDueAt: String) {\n  grantChangeRequestCreate(\n    awardId: $awardId\n    kind: $kind\n    message: $message\n    reportId: $reportId\n    requestedDueAt: $requestedDueAt\n  ) {\n    id\n    state\n  }\n}": types.GrantChangeRequestCreateDocument,
    "query GrantDecisionLetter($id: ID!) {\n  grantApplication(id: $id) {\n    id\n    title\n    state\n    requestedTotal\n    submittedAt\n    organisation {\n      id\n      name\n      orgNumber\n    }\n    round {\n      id\n      title\n      year\n      contacts\n      decisionsPublishedAt\n      scheme {\n        id\n        name\n      }\n    }\n    decision {\n      decision\n      grantedAmount\n      reason\n      decidedAt\n    }\n    appealDeadline\n    award {\n      id\n      acceptDeadline\n    }\n  }\n}": types.GrantDecisionLetterDocument,
    "query GrantFollowUp($id: ID!) {\n  grantApplication(id: $id) {\n    id\n    title\n    state\n    appealDeadline\n    viewerCan {\n      fileAppeal\n    }\n    organisation {\n      id\n      name\n    }\n    round {\n      id\n      title\n      decisionsPublishedAt\n      scheme {\n        id\n        name\n      }\n    }\n    decision {\n      decision\n      grantedAmount\n    }\n    appeal {\n      ...FollowUpAppealFields\n    }\n    award {\n      ...FollowUpAwardFields\n    }\n  }\n}": types.GrantFollowUpDocument,
    "query GrantPartnerSearch($search: String!) {\n  organisations(filter: {search: $search}, first: 10) {\n    nodes {\n      id\n      name\n      kind\n    }\n  }\n}": types.GrantPartnerSearchDocument,
    "query GrantReport($id: ID!) {\n  grantReport(id: $id) {\n    ...GrantReportFields\n    award {\n      id\n      amount\n      state\n      application {\n        id\n        title\n      }\n      organisation {\n        id\n        name\n      }\n      round {\n        id\n        title\n      }\n    }\n  }\n}": types.GrantReportDocument,
    "mutation GrantReportAttachmentDelete($id: ID!) {\n  grantReportAttachmentDelete(id: $id) {\n    id\n  }\n}": types.GrantReportAttachmentDeleteDocument,
    "query GrantReportAttachments($id: ID!) {\n  grantReport(id: $id) {\n    id\n    attachments {\n      id\n      filename\n      mimeType\n      size\n      createdAt\n      url\n    }\n  }\n}": types.GrantReportAttachmentsDocument,
    "fragment GrantReportFields on GrantReport {\n  id\n  kind\n  state\n  dueAt\n  overdue\n  version\n  goals\n  activitiesHeld\n  totalSpent\n  grantUsed\n  submittedAt\n  reviewMessage\n  reviewedAt\n  missing\n  results {\n    municipality {\n      number\n      name\n    }\n    targetGroup\n    participants\n  }\n  accounts {\n    line\n    description\n    planned\n    actual\n  }\n  viewerCan {\n    edit\n    submit\n    resubmit\n    approve\n    requestChanges\n    reject\n    requestExtension\n  }\n}": types.GrantReportFieldsFragmentDoc,
    "mutation GrantReportSave($id: ID!, $version: Int!, $input: GrantReportInput!) {\n  grantReportSave(id: $id, version: $version, input: $input) {\n    ...GrantReportFields\n  }\n}": types.GrantReportSaveDocument,
    "mutation GrantReportSubmit($id: ID!) {\n  grantReportSubmit(id: $id) {\n    ...GrantReportFields\n  }\n}": types.GrantReportSubmitDocument,
    "query GrantRound($id: ID!) {\n  grantRound(id: $id) {\n    ...GrantRoundSummary\n    guidelinesVersion\n    eligibleKinds\n    eligibleMunicipalities\n    minPartners\n    contacts\n    resultsPublished\n    scheme {\n      id\n      name\n      description\n    }\n    guidelines {\n      version\n      bodyHtml\n      createdAt\n    }\n    criteria {\n      key\n      title\n      weight\n    }\n    infoEvent {\n      id\n      title\n      startsAt\n      endsAt\n    }\n  }\n}": types.GrantRoundDocument,
    "fragment GrantRoundSummary on GrantRound {\n  id\n  title\n  year\n  state\n  budget\n  opensAt\n  closesAt\n  acceptingApplications\n  decisionsPublishedAt\n  scheme {\n    id\n    name\n  }\n}": types.GrantRoundSummaryFragmentDoc,
    "query GrantRounds {\n  grantRounds {\n    ...GrantRoundSummary\n  }\n}": types.GrantRoundsDocument,
    "query MyGrantApplications {\n  myGrantApplications {\n    id\n    title\n    state\n    requestedTotal\n    updatedAt\n    submittedAt\n    organisation {\n      id\n      name\n    }\n    round {\n      ...GrantRoundSummary\n    }\n  }\n}": types.MyGrantApplicationsDocument,
    "fragment AnnouncementFields on Announcement {\n  id\n  title\n  bodyHtml\n  createdAt\n}": types.AnnouncementFieldsFragmentDoc,
    "mutation AnnouncementPost($input: AnnouncementInput!) {\n  announcementPost(input: $input) {\n    ...AnnouncementFields\n  }\n}": types.AnnouncementPostDocument,
    "subscription AnnouncementPosted($after: String) {\n  announcementPosted(after: $after) {\n    cursor\n    announcement {\n      ...AnnouncementFields\n    }\n  }\n}": types.AnnouncementPostedDocument,
    "query Announcements {\n  announcements {\n    ...AnnouncementFields\n  }\n}": types.AnnouncementsDocument,
    "query Group($id: ID!) {\n  group(id: $id) {\n    ...GroupListItemFields\n    organisations {\n      id\n      name\n    }\n    members {\n      id\n      role\n      status\n      user {\n        id\n        name\n      }\n      viewerCan {\n        remove\n      }\n    }\n  }\n}": types.GroupDocument,
    "mutation GroupCreate($input: GroupInput!) {\n  groupCreate(input: $input) {\n    ...GroupListItemFields\n  }\n}": types.GroupCreateDocument,
    "subscription GroupEvents($groupId: ID!, $after: String) {\n  groupEvents(groupId: $groupId, after: $after) {\n    cursor\n    type\n    groupId\n    threadId\n    messageId\n    userId\n    message {\n      ...MessageFields\n    }\n    thread {\n      ...ThreadListItemFields\n    }\n  }\n}": types.GroupEventsDocument,
    "mutation GroupJoin($groupId: ID!) {\n  groupJoin(groupId: $groupId) {\n    id\n    status\n    role\n  }\n}": types.GroupJoinDocument,
    "mutation GroupLeave($groupId: ID!) {\n  groupLeave(groupId: $groupId)\n}": types.GroupLeaveDocument,
    "fragment GroupListItemFields on NetworkGroup {\n  id\n  name\n  description\n  visibility\n  joinPolicy\n  memberCount\n  unreadCount\n  viewerCan {\n    read\n    post\n    moderate\n    manage\n    join\n    leave\n  }\n  viewerState {\n    active\n    role\n    status\n  }\n}": types.GroupListItemFieldsFragmentDoc,
    "mutation GroupMemberApprove($memberId: ID!) {\n  groupMemberApprove(memberId: $memberId) {\n    id\n    status\n    role\n  }\n}": types.GroupMemberApproveDocument,
    "mutation GroupMemberRemove($memberId: ID!) {\n  groupMemberRemove(memberId: $memberId)\n}": types.GroupMemberRemoveDocument,
    "query GroupMembers($id: ID!) {\n  group(id: $id) {\n    id\n    members {\n      id\n      status\n      user {\n        id\n        name\n      }\n    }\n  }\n}": types.GroupMembersDocument,
    "subscription GroupPresence($groupId: ID!) {\n  groupPresence(groupId: $groupId) {\n    groupId\n    online {\n      id\n      name\n    }\n    typing {\n      id\n      name\n      threadId\n    }\n  }\n}": types.GroupPresenceDocument,
    "query GroupThreads($id: ID!) {\n  group(id: $id) {\n    id\n    threads(first: 50) {\n      nodes {\n        ...ThreadListItemFields\n      }\n      totalCount\n    }\n  }\n}": types.GroupThreadsDocument,
    "mutation GroupTyping($threadId: ID!) {\n  groupTyping(threadId: $threadId)\n}": types.GroupTypingDocument,
    "query Groups {\n  groups {\n    ...GroupListItemFields\n  }\n}": types.GroupsDocument,
    "fragment MessageFields on Message {\n  id\n  body\n  bodyHtml\n  createdAt\n  editedAt\n  deletedAt\n  removedByModerator\n  author {\n    id\n    name\n  }\n  hidden {\n    reason\n    hiddenAt\n  }\n  viewerCan {\n    edit\n    delete\n    report\n    moderate\n  }\n}": types.MessageFieldsFragmentDoc,
    "mutation MessageDelete($id: ID!) {\n  messageDelete(id: $id) {\n    ...MessageFields\n  }\n}": types.MessageDeleteDocument,
    "mutation MessageEdit($id: ID!, $body: String!) {\n  messageEdit(id: $id, body: $body) {\n    ...MessageFields\n  }\n}": types.MessageEditDocument,
    "mutation MessagePost($threadId: ID!, $body: String!) {\n  messagePost(threadId: $threadId, body: $body) {\n    ...MessageFields\n  }\n}": types.MessagePostDocument,
    "fragment NotificationFields on Notification {\n  id\n  type\n  readAt\n  createdAt\n  details {\n    actorName\n    groupId\n    groupName\n    threadId\n    threadTitle\n    messageId\n    excerpt\n    announcementId\n    title\n    eventId\n    startsAt\n    activityId\n    accepted\n    applicationId\n    roundId\n    organisationName\n    settlementYearId\n    municipalityNumber\n    milestoneId\n  }\n}": types.NotificationFieldsFragmentDoc,
    "subscription NotificationEvents($after: String) {\n  notificationEvents(after: $after) {\n    cursor\n    unreadCount\n    notification {\n      ...NotificationFields\n    }\n  }\n}": types.NotificationEventsDocument,
    "mutation NotificationMarkAllRead {\n  notificationMarkAllRead\n}": types.NotificationMarkAllReadDocument,
    "mutation NotificationMarkRead($id: ID!) {\n  notificationMarkRead(id: $id) {\n    id\n    readAt\n  }\n}": types.NotificationMarkReadDocument,
    "mutation NotificationPreferenceSet($type: NotificationType!, $channel: NotificationChannel!) {\n  notificationPreferenceSet(type: $type, channel: $channel) {\n    type\n    channel\n  }\n}": types.NotificationPreferenceSetDocument,
    "query NotificationPreferences {\n  notificationPreferences {\n    type\n    channel\n  }\n}": types.NotificationPreferencesDocument,
    "query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n    unreadCount\n    totalCount\n    nodes {\n      ...NotificationFields\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}": types.NotificationsDocument,
    "query Thread($id: ID!) {\n  thread(id: $id) {\n    id\n    title\n    group {\n      id\n      name\n      viewerCan {\n        read\n        post\n        moderate\n      }\n    }\n    messages(last: 50) {\n      id\n      body\n      bodyHtml\n      createdAt\n      editedAt\n      deletedAt\n      removedByModerator\n      hidden {\n        reason\n        hiddenAt\n      }\n      viewerCan {\n        edit\n        delete\n        report\n        moderate\n      }\n      author {\n        id\n        name\n      }\n    }\n  }\n}": types.ThreadDocument,
    "mutation ThreadCreate($groupId: ID!, $title: String!, $body: String!) {\n  threadCreate(groupId: $groupId, title: $title, body: $body) {\n    ...ThreadListItemFields\n  }\n}": types.ThreadCreateDocument,
    "fragment ThreadListItemFields on Thread {\n  id\n  title\n  createdAt\n  lastMessageAt\n  messageCount\n  unreadCount\n}": types.ThreadListItemFieldsFragmentDoc,
    "mutation ThreadMarkRead($threadId: ID!) {\n  threadMarkRead(threadId: $threadId) {\n    id\n    unreadCount\n  }\n}": types.ThreadMarkReadDocument,
    "query UnreadNotifications {\n  notifications(first: 1, unreadOnly: true) {\n    unreadCount\n  }\n}": types.UnreadNotificationsDocument,
    "query FrontPage($language: Language!) {\n  events(filter: {time: UPCOMING}, first: 4) {\n    nodes {\n      id\n      title\n      kind\n      mode\n      status\n      startsAt\n      endsAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n  grantRounds {\n    id\n    title\n    state\n    closesAt\n    acceptingApplications\n    scheme {\n      id\n      name\n    }\n  }\n  announcements {\n    id\n    title\n    bodyHtml\n    createdAt\n  }\n  newestActivities(first: 4) {\n    id\n    title\n    category\n    createdAt\n    scheduleText(language: $language)\n    municipality {\n      number\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n}": types.FrontPageDocument,
    "subscription FrontPageGroupMessages($groupId: ID!, $after: String) {\n  groupEvents(groupId: $groupId, after: $after) {\n    cursor\n    type\n  }\n}": types.FrontPageGroupMessagesDocument,
    "subscription FrontPageReading($after: String) {\n  notificationEvents(after: $after) {\n    cursor\n    threadId\n  }\n}": types.FrontPageReadingDocument,
    "subscription FrontPageUpdates($after: String) {\n  frontPageUpdates(after: $after) {\n    cursor\n    what\n  }\n}": types.FrontPageUpdatesDocument,
    "query MyFrontPage {\n  myTasks {\n    id\n    kind\n    title\n    organisationName\n    dueAt\n    path\n  }\n  groups {\n    id\n    name\n    unreadCount\n    viewerState {\n      active\n    }\n  }\n  viewer {\n    id\n    eventRegistrations(upcoming: true) {\n      id\n      status\n      waitlistPosition\n      event {\n        id\n        title\n        startsAt\n        endsAt\n      }\n    }\n  }\n}": types.MyFrontPageDocument,
    "query AdminAuditLog($filter: AuditLogFilter) {\n  adminAuditLog(filter: $filter) {\n    id\n    at\n    actorId\n    actorName\n    action\n    entityType\n    entityId\n    details\n  }\n}": types.AdminAuditLogDocument,
    "mutation ContentHide($type: ContentType!, $contentId: ID!, $reason: String!) {\n  contentHide(type: $type, contentId: $contentId, reason: $reason) {\n    ...ModeratedContentFields\n  }\n}": types.ContentHideDocument,
    "mutation ContentReport($type: ContentType!, $contentId: ID!, $reason: String!) {\n  contentReport(type: $type, contentId: $contentId, reason: $reason) {\n    id\n    state\n  }\n}": types.ContentReportDocument,
    "mutation ContentUnhide($type: ContentType!, $contentId: ID!) {\n  contentUnhide(type: $type, contentId: $contentId) {\n    ...ModeratedContentFields\n  }\n}": types.ContentUnhideDocument,
    "fragment ModeratedContentFields on ModeratedContent {\n  type\n  id\n  excerpt\n  groupId\n  threadId\n  hidden {\n    reason\n    hiddenAt\n  }\n  author {\n    id\n    name\n    standing {\n      suspendedAt\n      suspensionReason\n    }\n  }\n}": types.ModeratedContentFieldsFragmentDoc,
    "query ModerationAccess {\n  moderationAccess {\n    queue\n    accounts\n    auditLog\n  }\n}": types.ModerationAccessDocument,
    "subscription ModerationEvents($after: String) {\n  moderationEvents(after: $after) {\n    cursor\n    type\n    reportId\n    contentId\n  }\n}": types.ModerationEventsDocument,
    "query ModerationQueue {\n  moderationAccess {\n    queue\n    accounts\n  }\n  moderationQueue {\n    ...QueueReportFields\n  }\n  handled: moderationQueue(closed: true, first: 20) {\n    ...QueueReportFields\n  }\n}": types.ModerationQueueDocument,
    "fragment QueueReportFields on ContentReport {\n  id\n  reason\n  state\n  createdAt\n  closedAt\n  content {\n    ...ModeratedContentFields\n  }\n}": types.QueueReportFieldsFragmentDoc,
    "mutation ReportDismiss($id: ID!) {\n  reportDismiss(id: $id) {\n    id\n    state\n  }\n}": types.ReportDismissDocument,
    "mutation UserSuspend($userId: ID!, $reason: String!) {\n  userSuspend(userId: $userId, reason: $reason) {\n    id\n    standing {\n      suspendedAt\n      suspensionReason\n    }\n  }\n}": types.UserSuspendDocument,
    "mutation UserUnsuspend($userId: ID!) {\n  userUnsuspend(userId: $userId) {\n    id\n    standing {\n      suspendedAt\n      suspensionReason\n    }\n  }\n}": types.UserUnsuspendDocument,
    "mutation UserWarn($userId: ID!, $reason: String!) {\n  userWarn(userId: $userId, reason: $reason) {\n    id\n  }\n}": types.UserWarnDocument,
    "query InvitationPreview($token: String!) {\n  invitation(token: $token) {\n    email\n    role\n    expiresAt\n    status\n    viewerIsInvitee\n    viewerCan {\n      accept\n    }\n    organisation {\n      id\n      name\n      kind\n      verificationStatus\n    }\n  }\n}": types.InvitationPreviewDocument,
    "mutation InvitationAccept($token: String!) {\n  invitationAccept(token: $token) {\n    id\n    role\n    organisation {\n      id\n      name\n    }\n  }\n}": types.InvitationAcceptDocument,
    "mutation InvitationRevoke($id: ID!) {\n  invitationRevoke(id: $id) {\n    id\n  }\n}": types.InvitationRevokeDocument,
    "mutation MembershipChangeRole($membershipId: ID!, $role: MembershipRole!) {\n  membershipChangeRole(membershipId: $membershipId, role: $role) {\n    id\n    role\n    viewerCan {\n      changeRole\n      remove\n    }\n  }\n}": types.MembershipChangeRoleDocument,
    "mutation MembershipLeave($organisationId: ID!) {\n  membershipLeave(organisationId: $organisationId)\n}": types.MembershipLeaveDocument,
    "mutation MembershipRemove($membershipId: ID!) {\n  membershipRemove(membershipId: $membershipId)\n}": types.MembershipRemoveDocument,
    "query Organisation($id: ID!) {\n  organisation(id: $id) {\n    ...OrganisationDetailsFields\n    members {\n      id\n      role\n      createdAt\n      user {\n        id\n        name\n        title\n      }\n      viewerCan {\n        changeRole\n        remove\n      }\n    }\n    invitations {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n}": types.OrganisationDocument,
    "fragment OrganisationCardFields on Organisation {\n  id\n  name\n  kind\n  description\n  verificationStatus\n  municipalities {\n    number\n    name\n  }\n}": types.OrganisationCardFieldsFragmentDoc,
    "mutation OrganisationCreate($input: OrganisationInput!) {\n  organisationCreate(input: $input) {\n    ...OrganisationDetailsFields\n  }\n}": types.OrganisationCreateDocument,
    "fragment OrganisationDetailsFields on Organisation {\n  id\n  name\n  kind\n  orgNumber\n  description\n  contactEmail\n  contactPhone\n  website\n  verificationStatus\n  rejectionReason\n  verifiedAt\n  createdAt\n  viewerRole\n  municipalities {\n    number\n    name\n    countyName\n  }\n  topics {\n    slug\n    nameNb\n    nameNn\n    nameEn\n  }\n  viewerCan {\n    edit\n    verify\n    manageMembers\n    viewMembers\n    leave\n    manageEvents\n    manageActivities\n  }\n}": types.OrganisationDetailsFieldsFragmentDoc,
    "mutation OrganisationInvite($input: OrganisationInviteInput!) {\n  organisationInvite(input: $input) {\n    id\n    email\n    role\n    createdAt\n    expiresAt\n  }\n}": types.OrganisationInviteDocument,
    "mutation OrganisationUpdate($id: ID!, $input: OrganisationInput!) {\n  organisationUpdate(id: $id, input: $input) {\n    ...OrganisationDetailsFields\n  }\n}": types.OrganisationUpdateDocument,
    "query Organisations($filter: OrganisationFilter, $first: Int!, $after: String) {\n  organisations(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...OrganisationCardFields\n    }\n  }\n}": types.OrganisationsDocument,
    "query ViewerMemberships {\n  viewer {\n    id\n    emailVerified\n    memberships {\n      id\n      role\n      createdAt\n      organisation {\n        id\n        name\n        kind\n        verificationStatus\n      }\n    }\n  }\n}": types.ViewerMembershipsDocument,
    "query Municipalities($countyNumber: String) {\n  municipalities(countyNumber: $countyNumber) {\n    number\n    name\n    countyNumber\n    countyName\n  }\n}": types.MunicipalitiesDocument,
    "query Topics {\n  topics {\n    slug\n    nameNb\n    nameNn\n    nameEn\n  }\n}": types.TopicsDocument,
    "query Resource($id: ID!) {\n  resource(id: $id) {\n    ...ResourceDetailsFields\n  }\n}": types.ResourceDocument,
    "fragment ResourceCardFields on Resource {\n  id\n  title\n  kind\n  summary\n  publisher\n  languages\n  access\n  createdAt\n  currentVersion\n  organisation {\n    id\n    name\n  }\n  group {\n    id\n    name\n  }\n  topics {\n    slug\n    nameNb\n    nameNn\n    nameEn\n  }\n}": types.ResourceCardFieldsFragmentDoc,
    "mutation ResourceCreate($input: ResourceInput!) {\n  resourceCreate(input: $input) {\n    ...ResourceDetailsFields\n  }\n}": types.ResourceCreateDocument,
    "mutation ResourceDelete($id: ID!) {\n  resourceDelete(id: $id)\n}": types.ResourceDeleteDocument,
    "fragment ResourceDetailsFields on Resource {\n  ...ResourceCardFields\n  audience\n  url\n  fileUrl\n  versions {\n    version\n    filename\n    mimeType\n    size\n    url\n    createdAt\n  }\n  event {\n    id\n    title\n    startsAt\n  }\n  hidden {\n    reason\n  }\n  viewerCan {\n    manage\n    report\n    moderate\n  }\n}": types.ResourceDetailsFieldsFragmentDoc,
    "query ResourceEventOptions($organisationId: ID!) {\n  events(\n    filter: {organisationId: $organisationId, includeDrafts: true}\n    first: 100\n  ) {\n    nodes {\n      id\n      title\n      startsAt\n    }\n  }\n}": types.ResourceEventOptionsDocument,
    "query ResourceFormOptions {\n  viewer {\n    id\n    platformRole\n    memberships {\n      id\n      organisation {\n        id\n        name\n      }\n    }\n  }\n  groups {\n    id\n    name\n  }\n}": types.ResourceFormOptionsDocument,
    "query ResourceStaffOrganisations {\n  organisations(first: 100) {\n    nodes {\n      id\n      name\n    }\n  }\n}": types.ResourceStaffOrganisationsDocument,
    "mutation ResourceUpdate($id: ID!, $input: ResourceInput!) {\n  resourceUpdate(id: $id, input: $input) {\n    ...ResourceDetailsFields\n  }\n}": types.ResourceUpdateDocument,
    "query Resources($filter: ResourceFilter, $first: Int!, $after: String) {\n  resources(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...ResourceCardFields\n    }\n  }\n}": types.ResourcesDocument,
    "query Search($query: String!, $filter: SearchFilter, $first: Int!) {\n  search(query: $query, filter: $filter, first: $first) {\n    totalCount\n    totalCountCapped\n    didYouMean\n    showsDidYouMean\n    hits {\n      id\n      type\n      title\n      url\n      snippet\n      rank\n    }\n    typeFacet {\n      value\n      count\n    }\n    topicFacet {\n      value\n      count\n    }\n    municipalityFacet {\n      value\n      count\n    }\n    languageFacet {\n      value\n      count\n    }\n  }\n}": types.SearchDocument,
    "query SearchSuggestions($query: String!, $first: Int!) {\n  search(query: $query, first: $first) {\n    totalCount\n    hits {\n      id\n      type\n      title\n      url\n    }\n  }\n}": types.SearchSuggestionsDocument,
    "fragment SettlementBoardCell on BoardCell {\n  column\n  number\n  text\n  version\n  updatedByName\n  updatedAt\n}": types.SettlementBoardCellFragmentDoc,
    "fragment SettlementMilestoneFields on SettlementMilestone {\n  id\n  title\n  description\n  month\n  date\n  responsible\n  participants\n  status\n  participantOrganisations {\n    id\n    name\n  }\n  events {\n    id\n    title\n    startsAt\n  }\n  resources {\n    id\n    title\n  }\n  viewerCan {\n    edit\n  }\n}": types.SettlementMilestoneFieldsFragmentDoc,
    "query MunicipalityPage($number: ID!) {\n  municipality(number: $number) {\n    number\n    name\n    countyName\n    settlementYears {\n      year {\n        id\n        year\n        title\n        isExample\n      }\n      requested\n      recommended\n      decided\n      settled\n    }\n    contacts {\n      role\n      userId\n      name\n      title\n      organisation {\n        id\n        name\n      }\n    }\n    grantsAwarded {\n      applicationId\n      title\n      organisationId\n      organisationName\n      roundTitle\n      grantedAmount\n      year\n    }\n  }\n  organisations(filter: {municipality: $number}, first: 50) {\n    totalCount\n    nodes {\n      id\n      name\n      kind\n    }\n  }\n  activities(filter: {municipality: $number}, first: 20) {\n    totalCount\n    nodes {\n      id\n      title\n    }\n  }\n  events(filter: {municipality: $number}, first: 10) {\n    totalCount\n    nodes {\n      id\n      title\n      startsAt\n    }\n  }\n}": types.MunicipalityPageDocument,
    "query MySettlementSurveys {\n  mySettlementSurveys {\n    id\n    state\n    trackerStatus\n    deadline\n    municipality {\n      number\n      name\n    }\n    year {\n      id\n      title\n    }\n  }\n}": types.MySettlementSurveysDocument,
    "fragment SettlementNumbersFields on SettlementNumbers {\n  requested\n  requestedMinors\n  requestRecordedAt\n  decisionStatus\n  decided\n  decidedMinors\n  decidedOn\n  documentFilename\n  documentUrl\n  settled\n  settledMinors\n  settledUpdatedAt\n}": types.SettlementNumbersFieldsFragmentDoc,
    "fragment PreviousYearNumbersFields on PreviousYearNumbers {\n  yearId\n  year\n  isExample\n  requested\n  decided\n  settled\n}": types.PreviousYearNumbersFieldsFragmentDoc,
    "fragment SettlementRecommendationFields on Recommendation {\n  id\n  state\n  number\n  minors\n  reasoning\n  version\n  sentVersion\n  sentAt\n  viewerCan {\n    edit\n    revise\n  }\n  versions {\n    version\n    number\n    minors\n    reasoning\n    sentAt\n    sentByName\n  }\n}": types.SettlementRecommendationFieldsFragmentDoc,
    "query SettlementBoard($id: ID!) {\n  settlementYear(id: $id) {\n    id\n    title\n    isExample\n    boardState\n    boardLockedAt\n    viewerCan {\n      readBoard\n      editBoard\n      lockBoard\n      unlockBoard\n    }\n    municipalities {\n      municipality {\n        number\n        name\n      }\n      response {\n        id\n        state\n        capacity\n        capacityMinors\n        extraIfNeeded\n      }\n      cells {\n        ...SettlementBoardCell\n      }\n      previous {\n        ...PreviousYearNumbersFields\n      }\n      viewerCan {\n        editBoard\n      }\n    }\n  }\n}": types.SettlementBoardDocument,
    "mutation SettlementBoardCellSet($input: BoardCellInput!) {\n  settlementBoardCellSet(input: $input) {\n    ...SettlementBoardCell\n  }\n}": types.SettlementBoardCellSetDocument,
    "mutation SettlementBoardFocus($yearId: ID!, $municipalityNumber: String) {\n  settlementBoardFocus(yearId: $yearId, municipalityNumber: $municipalityNumber)\n}": types.SettlementBoardFocusDocument,
    "query SettlementBoardHistory($yearId: ID!, $municipalityNumber: String) {\n  settlementBoardHistory(\n    yearId: $yearId\n    municipalityNumber: $municipalityNumber\n    first: 100\n  ) {\n    id\n    municipalityNumber\n    column\n    fromValue\n    toValue\n    version\n    actorName\n    at\n  }\n}": types.SettlementBoardHistoryDocument,
    "mutation SettlementBoardLock($yearId: ID!) {\n  settlementBoardLock(yearId: $yearId) {\n    id\n    boardState\n    boardLockedAt\n  }\n}": types.SettlementBoardLockDocument,
    "subscription SettlementBoardPresence($yearId: ID!) {\n  settlementBoardPresence(yearId: $yearId) {\n    yearId\n    viewers {\n      id\n      name\n      municipalityNumber\n    }\n  }\n}": types.SettlementBoardPresenceDocument,
    "mutation SettlementBoardUnlock($yearId: ID!) {\n  settlementBoardUnlock(yearId: $yearId) {\n    id\n    boardState\n  }\n}": types.SettlementBoardUnlockDocument,
    "subscription SettlementBoardUpdates($yearId: ID!, $after: String) {\n  settlementBoardUpdates(yearId: $yearId, after: $after) {\n    cursor\n    type\n    municipalityNumber\n    cell {\n      municipalityNumber\n      column\n      number\n      text\n      version\n      updatedByName\n      updatedAt\n    }\n  }\n}": types.SettlementBoardUpdatesDocument,
    "mutation SettlementDecisionSet($yearId: ID!, $municipalityNumber: String!, $input: SettlementDecisionInput!) {\n  settlementDecisionSet(\n    yearId: $yearId\n    municipalityNumber: $municipalityNumber\n    input: $input\n  ) {\n    ...SettlementNumbersFields\n  }\n}": types.SettlementDecisionSetDocument,
    "mutation SettlementMilestoneDelete($id: ID!) {\n  settlementMilestoneDelete(id: $id) {\n    id\n  }\n}": types.SettlementMilestoneDeleteDocument,
    "query SettlementMilestoneLinkSearch($query: String!, $types: [SearchType!]!) {\n  search(query: $query, filter: {types: $types}, first: 10) {\n    hits {\n      id\n      type\n      title\n    }\n  }\n}": types.SettlementMilestoneLinkSearchDocument,
    "mutation SettlementMilestoneSave($id: ID, $yearId: ID, $input: SettlementMilestoneInput!) {\n  settlementMilestoneSave(id: $id, yearId: $yearId, input: $input) {\n    ...SettlementMilestoneFields\n  }\n}": types.SettlementMilestoneSaveDocument,
    "query SettlementNumbers($id: ID!) {\n  settlementYear(id: $id) {\n    id\n    year\n    title\n    isExample\n    numbersPublished\n    viewerCan {\n      administer\n      recordRequests\n    }\n    progress {\n      requested\n      decided\n      settled\n      rows {\n        municipality {\n          number\n          name\n        }\n        requested\n        decided\n        settled\n      }\n    }\n    municipalities {\n      municipality {\n        number\n        name\n      }\n      numbers {\n        ...SettlementNumbersFields\n      }\n      viewerCan {\n        recordRequest\n        recordDecision\n        recordSettled\n      }\n    }\n  }\n}": types.SettlementNumbersDocument,
    "subscription SettlementProgressUpdates($yearId: ID!, $after: String) {\n  settlementProgressUpdates(yearId: $yearId, after: $after) {\n    cursor\n    type\n    municipalityNumber\n  }\n}": types.SettlementProgressUpdatesDocument,
    "query SettlementRecommendationLetter($yearId: ID!) {\n  settlementRecommendationLetter(yearId: $yearId) {\n    countyName\n    sentAt\n    total\n    totalMinors\n    year {\n      id\n      year\n      title\n      isExample\n    }\n    lines {\n      municipalityNumber\n      municipalityName\n      number\n      minors\n      reasoning\n      version\n      sentAt\n    }\n  }\n}": types.SettlementRecommendationLetterDocument,
    "mutation SettlementRecommendationRevise($id: ID!) {\n  settlementRecommendationRevise(id: $id) {\n    ...SettlementRecommendationFields\n  }\n}": types.SettlementRecommendationReviseDocument,
    "mutation SettlementRecommendationSave($id: ID!, $version: Int!, $input: RecommendationInput!) {\n  settlementRecommendationSave(id: $id, version: $version, input: $input) {\n    ...SettlementRecommendationFields\n  }\n}": types.SettlementRecommendationSaveDocument,
    "query SettlementRecommendations($id: ID!) {\n  settlementYear(id: $id) {\n    id\n    title\n    isExample\n    boardState\n    viewerCan {\n      administer\n      sendRecommendations\n      readLetter\n      lockBoard\n    }\n    municipalities {\n      municipality {\n        number\n        name\n      }\n      response {\n        id\n        state\n        capacity\n        capacityMinors\n      }\n      previous {\n        ...PreviousYearNumbersFields\n      }\n      recommendation {\n        ...SettlementRecommendationFields\n      }\n    }\n  }\n}": types.SettlementRecommendationsDocument,
    "mutation SettlementRecommendationsSend($yearId: ID!) {\n  settlementRecommendationsSend(yearId: $yearId) {\n    ...SettlementRecommendationFields\n  }\n}": types.SettlementRecommendationsSendDocument,
    "mutation SettlementRequestSet($yearId: ID!, $municipalityNumber: String!, $input: SettlementRequestInput!) {\n  settlementRequestSet(\n    yearId: $yearId\n    municipalityNumber: $municipalityNumber\n    input: $input\n  ) {\n    ...SettlementNumbersFields\n  }\n}": types.SettlementRequestSetDocument,
    "mutation SettlementRequestsImport($yearId: ID!, $csv: String!) {\n  settlementRequestsImport(yearId: $yearId, csv: $csv) {\n    requested\n  }\n}": types.SettlementRequestsImportDocument,
    "mutation SettlementSettledSet($yearId: ID!, $municipalityNumber: String!, $input: SettledInput!) {\n  settlementSettledSet(\n    yearId: $yearId\n    municipalityNumber: $municipalityNumber\n    input: $input\n  ) {\n    ...SettlementNumbersFields\n  }\n}": types.SettlementSettledSetDocument,
    "mutation SettlementSurveyClose($yearId: ID!) {\n  settlementSurveyClose(yearId: $yearId) {\n    id\n    surveyState\n  }\n}": types.SettlementSurveyCloseDocument,
    "query SettlementSurveyResponse($yearId: ID!, $municipalityNumber: String!) {\n  settlementSurveyResponse(\n    yearId: $yearId\n    municipalityNumber: $municipalityNumber\n  ) {\n    ...SettlementSurveyAnswer\n    municipality {\n      number\n      name\n    }\n    year {\n      id\n      year\n      title\n      isExample\n      surveyState\n    }\n  }\n}": types.SettlementSurveyResponseDocument,
    "mutation SettlementSurveyResponseExtend($id: ID!, $until: String!) {\n  settlementSurveyResponseExtend(id: $id, until: $until) {\n    ...SettlementTrackerResponse\n  }\n}": types.SettlementSurveyResponseExtendDocument,
    "mutation SettlementSurveyResponseOpen($id: ID!) {\n  settlementSurveyResponseOpen(id: $id) {\n    ...SettlementSurveyAnswer\n  }\n}": types.SettlementSurveyResponseOpenDocument,
    "mutation SettlementSurveyResponseRemind($id: ID!) {\n  settlementSurveyResponseRemind(id: $id) {\n    ...SettlementTrackerResponse\n  }\n}": types.SettlementSurveyResponseRemindDocument,
    "mutation SettlementSurveyResponseReopen($id: ID!) {\n  settlementSurveyResponseReopen(id: $id) {\n    ...SettlementTrackerResponse\n  }\n}": types.SettlementSurveyResponseReopenDocument,
    "mutation SettlementSurveyResponseSave($id: ID!, $version: Int!, $input: SurveyAnswerInput!) {\n  settlementSurveyResponseSave(id: $id, version: $version, input: $input) {\n    id\n    version\n    state\n    missing\n    viewerCan {\n      edit\n      submit\n      reopen\n      extend\n      remind\n    }\n  }\n}": types.SettlementSurveyResponseSaveDocument,
    "mutation SettlementSurveyResponseSubmit($id: ID!) {\n  settlementSurveyResponseSubmit(id: $id) {\n    ...SettlementSurveyAnswer\n  }\n}": types.SettlementSurveyResponseSubmitDocument,
    "mutation SettlementSurveySend($yearId: ID!) {\n  settlementSurveySend(yearId: $yearId) {\n    id\n    surveyState\n    surveySentAt\n  }\n}": types.SettlementSurveySendDocument,
    "subscription SettlementSurveyUpdates($yearId: ID!, $after: String) {\n  settlementSurveyUpdates(yearId: $yearId, after: $after) {\n    cursor\n    type\n    municipalityNumber\n  }\n}": types.SettlementSurveyUpdatesDocument,
    "query SettlementTracker($id: ID!) {\n  settlementYear(id: $id) {\n    id\n    title\n    isExample\n    surveyState\n    surveyDeadline\n    viewerCan {\n      track\n      sendSurvey\n      closeSurvey\n    }\n    municipalities {\n      municipality {\n        number\n        name\n      }\n      response {\n        ...SettlementTrackerResponse\n      }\n    }\n  }\n}": types.SettlementTrackerDocument,
    "query SettlementYear($id: ID!) {\n  settlementYear(id: $id) {\n    id\n    year\n    title\n    countyName\n    isExample\n    surveyState\n    surveyDeadline\n    surveySentAt\n    surveyAcceptingAnswers\n    boardState\n    boardLockedAt\n    numbersPublished\n    criteriaVersion\n    criteria {\n      version\n      body\n      bodyHtml\n      authorName\n      createdAt\n    }\n    criteriaVersions {\n      version\n      authorName\n      createdAt\n    }\n    milestones {\n      ...SettlementMilestoneFields\n    }\n    viewerCan {\n      administer\n      track\n      sendSurvey\n      closeSurvey\n      readBoard\n      editBoard\n      lockBoard\n      unlockBoard\n      sendRecommendations\n      readLetter\n      recordRequests\n    }\n  }\n}": types.SettlementYearDocument,
    "mutation SettlementYearCreate($input: SettlementYearInput!) {\n  settlementYearCreate(input: $input) {\n    id\n    title\n  }\n}": types.SettlementYearCreateDocument,
    "mutation SettlementYearPublish($id: ID!, $published: Boolean!) {\n  settlementYearPublish(id: $id, published: $published) {\n    id\n    numbersPublished\n  }\n}": types.SettlementYearPublishDocument,
    "mutation SettlementYearUpdate($id: ID!, $input: SettlementYearInput!) {\n  settlementYearUpdate(id: $id, input: $input) {\n    id\n    title\n    surveyDeadline\n    criteriaVersion\n  }\n}": types.SettlementYearUpdateDocument,
    "query SettlementYears {\n  settlementYears {\n    id\n    year\n    title\n    countyName\n    isExample\n    surveyState\n    surveyDeadline\n    boardState\n    numbersPublished\n  }\n}": types.SettlementYearsDocument,
    "fragment SettlementSurveyAnswer on SurveyResponse {\n  id\n  state\n  version\n  trackerStatus\n  deadline\n  acceptingAnswers\n  submittedAt\n  extendedUntil\n  remindedAt\n  missing\n  capacity\n  capacityMinors\n  extraIfNeeded\n  housing\n  kindergarten\n  school\n  health\n  labourDemand\n  introResults\n  keepCapacity\n  comments\n  viewerCan {\n    edit\n    submit\n    reopen\n    extend\n    remind\n  }\n}": types.SettlementSurveyAnswerFragmentDoc,
    "fragment SettlementTrackerResponse on SurveyResponse {\n  id\n  state\n  trackerStatus\n  deadline\n  openedAt\n  submittedAt\n  remindedAt\n  extendedUntil\n  capacity\n  capacityMinors\n  viewerCan {\n    remind\n    extend\n    reopen\n  }\n}": types.SettlementTrackerResponseFragmentDoc,
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
export function graphql(source: "query AccountDeletion {\n  viewer {\n    id\n    accountDeletion {\n      allowed\n      organisations {\n        id\n        name\n      }\n      groups {\n        id\n        name\n      }\n      platformAdmin\n    }\n  }\n}"): (typeof documents)["query AccountDeletion {\n  viewer {\n    id\n    accountDeletion {\n      allowed\n      organisations {\n        id\n        name\n      }\n      groups {\n        id\n        name\n      }\n      platformAdmin\n    }\n  }\n}"];
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
export function graphql(source: "mutation AccountSignUp($input: AccountSignUpInput!) {\n  accountSignUp(input: $input)\n}"): (typeof documents)["mutation AccountSignUp($input: AccountSignUpInput!) {\n  accountSignUp(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountUnlockLogin($token: String!) {\n  accountUnlockLogin(token: $token)\n}"): (typeof documents)["mutation AccountUnlockLogin($token: String!) {\n  accountUnlockLogin(token: $token)\n}"];
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
export function graphql(source: "query Activities($filter: ActivityFilter, $first: Int!, $after: String, $language: Language!) {\n  activities(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    facets {\n      municipality {\n        value\n        count\n      }\n      category {\n        value\n        count\n      }\n      language {\n        value\n        count\n      }\n      targetGroup {\n        value\n        count\n      }\n      weekday {\n        value\n        count\n      }\n      dropIn {\n        value\n        count\n      }\n    }\n    nodes {\n      ...ActivityCardFields\n    }\n  }\n}"): (typeof documents)["query Activities($filter: ActivityFilter, $first: Int!, $after: String, $language: Language!) {\n  activities(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    facets {\n      municipality {\n        value\n        count\n      }\n      category {\n        value\n        count\n      }\n      language {\n        value\n        count\n      }\n      targetGroup {\n        value\n        count\n      }\n      weekday {\n        value\n        count\n      }\n      dropIn {\n        value\n        count\n      }\n    }\n    nodes {\n      ...ActivityCardFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Activity($id: ID!, $language: Language!) {\n  activity(id: $id) {\n    ...ActivityDetailsFields\n  }\n}"): (typeof documents)["query Activity($id: ID!, $language: Language!) {\n  activity(id: $id) {\n    ...ActivityDetailsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ActivityCardFields on Activity {\n  id\n  title\n  category\n  status\n  stale\n  dropIn\n  languages\n  nextOccurrenceAt\n  scheduleText(language: $language)\n  municipality {\n    number\n    name\n  }\n  organisation {\n    id\n    name\n  }\n}"): (typeof documents)["fragment ActivityCardFields on Activity {\n  id\n  title\n  category\n  status\n  stale\n  dropIn\n  languages\n  nextOccurrenceAt\n  scheduleText(language: $language)\n  municipality {\n    number\n    name\n  }\n  organisation {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivityConfirm($id: ID!) {\n  activityConfirm(id: $id) {\n    id\n    stale\n    lastConfirmedAt\n  }\n}"): (typeof documents)["mutation ActivityConfirm($id: ID!) {\n  activityConfirm(id: $id) {\n    id\n    stale\n    lastConfirmedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivityCreate($input: ActivityInput!, $language: Language!) {\n  activityCreate(input: $input) {\n    ...ActivityDetailsFields\n  }\n}"): (typeof documents)["mutation ActivityCreate($input: ActivityInput!, $language: Language!) {\n  activityCreate(input: $input) {\n    ...ActivityDetailsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ActivityDetailsFields on Activity {\n  id\n  title\n  description\n  descriptionHtml\n  category\n  municipality {\n    number\n    name\n  }\n  address\n  schedule {\n    frequency\n    interval\n    weekdays\n    setPos\n    startDate\n    until\n    startTime\n    endTime\n  }\n  scheduleText(language: $language)\n  nextOccurrences(count: 5) {\n    startsAt\n    endsAt\n  }\n  nextOccurrenceAt\n  dropIn\n  languages\n  targetGroups\n  ageMin\n  ageMax\n  free\n  cost\n  accessibility\n  contactName\n  contactEmail\n  contactPhone\n  status\n  lastConfirmedAt\n  stale\n  organisation {\n    id\n    name\n  }\n  hidden {\n    reason\n  }\n  viewerCan {\n    report\n    moderate\n    manage\n    volunteer\n    publish\n    pause\n    archive\n  }\n  viewerVolunteerInterest {\n    id\n    status\n  }\n  volunteerInterests {\n    id\n    message\n    status\n    createdAt\n    answeredAt\n    viewerCan {\n      answer\n    }\n    user {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["fragment ActivityDetailsFields on Activity {\n  id\n  title\n  description\n  descriptionHtml\n  category\n  municipality {\n    number\n    name\n  }\n  address\n  schedule {\n    frequency\n    interval\n    weekdays\n    setPos\n    startDate\n    until\n    startTime\n    endTime\n  }\n  scheduleText(language: $language)\n  nextOccurrences(count: 5) {\n    startsAt\n    endsAt\n  }\n  nextOccurrenceAt\n  dropIn\n  languages\n  targetGroups\n  ageMin\n  ageMax\n  free\n  cost\n  accessibility\n  contactName\n  contactEmail\n  contactPhone\n  status\n  lastConfirmedAt\n  stale\n  organisation {\n    id\n    name\n  }\n  hidden {\n    reason\n  }\n  viewerCan {\n    report\n    moderate\n    manage\n    volunteer\n    publish\n    pause\n    archive\n  }\n  viewerVolunteerInterest {\n    id\n    status\n  }\n  volunteerInterests {\n    id\n    message\n    status\n    createdAt\n    answeredAt\n    viewerCan {\n      answer\n    }\n    user {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivitySetStatus($id: ID!, $status: ActivityStatus!) {\n  activitySetStatus(id: $id, status: $status) {\n    id\n    status\n    stale\n    lastConfirmedAt\n    viewerCan {\n      manage\n      volunteer\n      publish\n      pause\n      archive\n    }\n  }\n}"): (typeof documents)["mutation ActivitySetStatus($id: ID!, $status: ActivityStatus!) {\n  activitySetStatus(id: $id, status: $status) {\n    id\n    status\n    stale\n    lastConfirmedAt\n    viewerCan {\n      manage\n      volunteer\n      publish\n      pause\n      archive\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivityUpdate($id: ID!, $input: ActivityInput!, $language: Language!) {\n  activityUpdate(id: $id, input: $input) {\n    ...ActivityDetailsFields\n  }\n}"): (typeof documents)["mutation ActivityUpdate($id: ID!, $input: ActivityInput!, $language: Language!) {\n  activityUpdate(id: $id, input: $input) {\n    ...ActivityDetailsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ActivityVolunteer($activityId: ID!, $message: String!) {\n  activityVolunteer(activityId: $activityId, message: $message) {\n    id\n    status\n    activity {\n      id\n      viewerCan {\n        manage\n        volunteer\n        publish\n        pause\n        archive\n      }\n      viewerVolunteerInterest {\n        id\n        status\n      }\n    }\n  }\n}"): (typeof documents)["mutation ActivityVolunteer($activityId: ID!, $message: String!) {\n  activityVolunteer(activityId: $activityId, message: $message) {\n    id\n    status\n    activity {\n      id\n      viewerCan {\n        manage\n        volunteer\n        publish\n        pause\n        archive\n      }\n      viewerVolunteerInterest {\n        id\n        status\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganisationActivities($organisationId: ID!, $first: Int!, $language: Language!) {\n  activities(filter: {organisationId: $organisationId}, first: $first) {\n    totalCount\n    nodes {\n      ...ActivityCardFields\n      lastConfirmedAt\n    }\n  }\n}"): (typeof documents)["query OrganisationActivities($organisationId: ID!, $first: Int!, $language: Language!) {\n  activities(filter: {organisationId: $organisationId}, first: $first) {\n    totalCount\n    nodes {\n      ...ActivityCardFields\n      lastConfirmedAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchedulePreview($schedule: ScheduleInput!, $count: Int, $language: Language) {\n  schedulePreview(schedule: $schedule, count: $count, language: $language) {\n    problem {\n      field\n      message\n    }\n    occurrences {\n      startsAt\n      endsAt\n    }\n    text\n  }\n}"): (typeof documents)["query SchedulePreview($schedule: ScheduleInput!, $count: Int, $language: Language) {\n  schedulePreview(schedule: $schedule, count: $count, language: $language) {\n    problem {\n      field\n      message\n    }\n    occurrences {\n      startsAt\n      endsAt\n    }\n    text\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolunteerInterestAnswer($id: ID!, $accepted: Boolean!) {\n  volunteerInterestAnswer(id: $id, accepted: $accepted) {\n    id\n    status\n    answeredAt\n    viewerCan {\n      answer\n    }\n  }\n}"): (typeof documents)["mutation VolunteerInterestAnswer($id: ID!, $accepted: Boolean!) {\n  volunteerInterestAnswer(id: $id, accepted: $accepted) {\n    id\n    status\n    answeredAt\n    viewerCan {\n      answer\n    }\n  }\n}"];
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
export function graphql(source: "fragment AttendanceFiguresFields on AttendanceFigures {\n  events\n  total {\n    registered\n    attended\n    noShow\n    notMarked\n  }\n  byOrganisationKind {\n    kind\n    registered\n    attended\n    noShow\n  }\n  byMunicipality {\n    municipality {\n      number\n      name\n    }\n    registered\n    attended\n    noShow\n  }\n}"): (typeof documents)["fragment AttendanceFiguresFields on AttendanceFigures {\n  events\n  total {\n    registered\n    attended\n    noShow\n    notMarked\n  }\n  byOrganisationKind {\n    kind\n    registered\n    attended\n    noShow\n  }\n  byMunicipality {\n    municipality {\n      number\n      name\n    }\n    registered\n    attended\n    noShow\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CoHostInvitationFields on EventHost {\n  id\n  status\n  organisation {\n    id\n    name\n  }\n  viewerCan {\n    accept\n    decline\n    remove\n  }\n}"): (typeof documents)["fragment CoHostInvitationFields on EventHost {\n  id\n  status\n  organisation {\n    id\n    name\n  }\n  viewerCan {\n    accept\n    decline\n    remove\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Event($id: ID!) {\n  event(id: $id) {\n    ...EventDetailsFields\n  }\n}"): (typeof documents)["query Event($id: ID!) {\n  event(id: $id) {\n    ...EventDetailsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventAnswersDelete($eventId: ID!) {\n  eventAnswersDelete(eventId: $eventId) {\n    id\n    answersDeletedAt\n    attendees {\n      id\n      answers {\n        questionId\n      }\n    }\n  }\n}"): (typeof documents)["mutation EventAnswersDelete($eventId: ID!) {\n  eventAnswersDelete(eventId: $eventId) {\n    id\n    answersDeletedAt\n    attendees {\n      id\n      answers {\n        questionId\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventAttachMaterials($eventId: ID!, $recordingUrl: String, $materials: String) {\n  eventAttachMaterials(\n    eventId: $eventId\n    recordingUrl: $recordingUrl\n    materials: $materials\n  ) {\n    ...EventDetailsFields\n  }\n}"): (typeof documents)["mutation EventAttachMaterials($eventId: ID!, $recordingUrl: String, $materials: String) {\n  eventAttachMaterials(\n    eventId: $eventId\n    recordingUrl: $recordingUrl\n    materials: $materials\n  ) {\n    ...EventDetailsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventAttendanceFigures($from: String!, $to: String!) {\n  eventAttendanceFigures(from: $from, to: $to) {\n    ...AttendanceFiguresFields\n  }\n}"): (typeof documents)["query EventAttendanceFigures($from: String!, $to: String!) {\n  eventAttendanceFigures(from: $from, to: $to) {\n    ...AttendanceFiguresFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventAttendees($id: ID!) {\n  event(id: $id) {\n    id\n    title\n    status\n    mode\n    capacity\n    onlineCapacity\n    confirmedCount\n    waitlistCount\n    onlineConfirmedCount\n    onlineWaitlistCount\n    reservedConfirmedCount\n    answersDeleteAt\n    answersDeletedAt\n    questions {\n      id\n      kind\n      label\n      options\n      required\n    }\n    viewerCan {\n      manage\n      register\n      checkIn\n    }\n    attendanceFigures {\n      ...AttendanceFiguresFields\n    }\n    attendees {\n      id\n      status\n      attendance\n      createdAt\n      guestName\n      email\n      guestEmailConfirmed\n      waitlistPosition\n      reservedSeat\n      checkIn\n      answers {\n        questionId\n        text\n        choices\n        yes\n      }\n      organisation {\n        id\n        name\n      }\n      municipality {\n        number\n        name\n      }\n      user {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query EventAttendees($id: ID!) {\n  event(id: $id) {\n    id\n    title\n    status\n    mode\n    capacity\n    onlineCapacity\n    confirmedCount\n    waitlistCount\n    onlineConfirmedCount\n    onlineWaitlistCount\n    reservedConfirmedCount\n    answersDeleteAt\n    answersDeletedAt\n    questions {\n      id\n      kind\n      label\n      options\n      required\n    }\n    viewerCan {\n      manage\n      register\n      checkIn\n    }\n    attendanceFigures {\n      ...AttendanceFiguresFields\n    }\n    attendees {\n      id\n      status\n      attendance\n      createdAt\n      guestName\n      email\n      guestEmailConfirmed\n      waitlistPosition\n      reservedSeat\n      checkIn\n      answers {\n        questionId\n        text\n        choices\n        yes\n      }\n      organisation {\n        id\n        name\n      }\n      municipality {\n        number\n        name\n      }\n      user {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventCancel($id: ID!, $reason: String) {\n  eventCancel(id: $id, reason: $reason) {\n    ...EventDetailsFields\n  }\n}"): (typeof documents)["mutation EventCancel($id: ID!, $reason: String) {\n  eventCancel(id: $id, reason: $reason) {\n    ...EventDetailsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EventCardFields on Event {\n  id\n  title\n  kind\n  status\n  startsAt\n  endsAt\n  startsAtLocal\n  endsAtLocal\n  mode\n  venueName\n  capacity\n  seatsLeft\n  confirmedCount\n  waitlistCount\n  onlineCapacity\n  onlineConfirmedCount\n  onlineWaitlistCount\n  registrationRequired\n  organisation {\n    id\n    name\n  }\n  topics {\n    slug\n    nameNb\n    nameNn\n    nameEn\n  }\n  viewerRegistration {\n    id\n    status\n    attendance\n    waitlistPosition\n  }\n}"): (typeof documents)["fragment EventCardFields on Event {\n  id\n  title\n  kind\n  status\n  startsAt\n  endsAt\n  startsAtLocal\n  endsAtLocal\n  mode\n  venueName\n  capacity\n  seatsLeft\n  confirmedCount\n  waitlistCount\n  onlineCapacity\n  onlineConfirmedCount\n  onlineWaitlistCount\n  registrationRequired\n  organisation {\n    id\n    name\n  }\n  topics {\n    slug\n    nameNb\n    nameNn\n    nameEn\n  }\n  viewerRegistration {\n    id\n    status\n    attendance\n    waitlistPosition\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventCheckIn($id: ID!) {\n  event(id: $id) {\n    id\n    title\n    status\n    mode\n    startsAt\n    endsAt\n    viewerCan {\n      manage\n      checkIn\n    }\n    attendees {\n      id\n      status\n      attendance\n      guestName\n      checkIn\n      user {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query EventCheckIn($id: ID!) {\n  event(id: $id) {\n    id\n    title\n    status\n    mode\n    startsAt\n    endsAt\n    viewerCan {\n      manage\n      checkIn\n    }\n    attendees {\n      id\n      status\n      attendance\n      guestName\n      checkIn\n      user {\n        id\n        name\n      }\n      organisation {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription EventCheckIns($eventId: ID!, $after: String) {\n  eventCheckIns(eventId: $eventId, after: $after) {\n    cursor\n    registrationId\n    checkIn\n    attendedCount\n    noShowCount\n    registeredCount\n  }\n}"): (typeof documents)["subscription EventCheckIns($eventId: ID!, $after: String) {\n  eventCheckIns(eventId: $eventId, after: $after) {\n    cursor\n    registrationId\n    checkIn\n    attendedCount\n    noShowCount\n    registeredCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventCoHostAccept($id: ID!) {\n  eventCoHostAccept(id: $id) {\n    ...CoHostInvitationFields\n  }\n}"): (typeof documents)["mutation EventCoHostAccept($id: ID!) {\n  eventCoHostAccept(id: $id) {\n    ...CoHostInvitationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventCoHostDecline($id: ID!) {\n  eventCoHostDecline(id: $id) {\n    ...CoHostInvitationFields\n  }\n}"): (typeof documents)["mutation EventCoHostDecline($id: ID!) {\n  eventCoHostDecline(id: $id) {\n    ...CoHostInvitationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventCoHostInvite($eventId: ID!, $organisationId: ID!) {\n  eventCoHostInvite(eventId: $eventId, organisationId: $organisationId) {\n    ...CoHostInvitationFields\n  }\n}"): (typeof documents)["mutation EventCoHostInvite($eventId: ID!, $organisationId: ID!) {\n  eventCoHostInvite(eventId: $eventId, organisationId: $organisationId) {\n    ...CoHostInvitationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventCoHostRemove($id: ID!) {\n  eventCoHostRemove(id: $id) {\n    ...CoHostInvitationFields\n  }\n}"): (typeof documents)["mutation EventCoHostRemove($id: ID!) {\n  eventCoHostRemove(id: $id) {\n    ...CoHostInvitationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventCreate($input: EventInput!) {\n  eventCreate(input: $input) {\n    ...EventDetailsFields\n  }\n}"): (typeof documents)["mutation EventCreate($input: EventInput!) {\n  eventCreate(input: $input) {\n    ...EventDetailsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventCreateSeries($id: ID!, $frequency: SeriesFrequency!, $count: Int!) {\n  eventCreateSeries(id: $id, frequency: $frequency, count: $count) {\n    ...EventCardFields\n    seriesId\n  }\n}"): (typeof documents)["mutation EventCreateSeries($id: ID!, $frequency: SeriesFrequency!, $count: Int!) {\n  eventCreateSeries(id: $id, frequency: $frequency, count: $count) {\n    ...EventCardFields\n    seriesId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EventDetailsFields on Event {\n  ...EventCardFields\n  description\n  descriptionHtml\n  venueAddress\n  meetingUrl\n  audience\n  language\n  registrationOpensAt\n  registrationClosesAt\n  registrationWindow\n  seriesId\n  recordingUrl\n  materials\n  materialsHtml\n  cancelReason\n  municipalities {\n    number\n    name\n  }\n  ...EventSeatsFields\n  hosts {\n    id\n    name\n  }\n  externalRegistrationUrl\n  remindersEnabled\n  reservedSeats\n  reservedForKind\n  reservedUntil\n  questions {\n    id\n    kind\n    label\n    options\n    required\n  }\n  answersDeleteAt\n  answersDeletedAt\n  evaluationStatus\n  evaluationQuestions {\n    id\n    kind\n    label\n  }\n  coHostInvitations {\n    ...CoHostInvitationFields\n  }\n  hidden {\n    reason\n  }\n  viewerCan {\n    report\n    moderate\n    manage\n    publish\n    edit\n    cancel\n    addMaterials\n    register\n    checkIn\n    evaluate\n    editEvaluation\n    openEvaluation\n    closeEvaluation\n    viewEvaluation\n  }\n}"): (typeof documents)["fragment EventDetailsFields on Event {\n  ...EventCardFields\n  description\n  descriptionHtml\n  venueAddress\n  meetingUrl\n  audience\n  language\n  registrationOpensAt\n  registrationClosesAt\n  registrationWindow\n  seriesId\n  recordingUrl\n  materials\n  materialsHtml\n  cancelReason\n  municipalities {\n    number\n    name\n  }\n  ...EventSeatsFields\n  hosts {\n    id\n    name\n  }\n  externalRegistrationUrl\n  remindersEnabled\n  reservedSeats\n  reservedForKind\n  reservedUntil\n  questions {\n    id\n    kind\n    label\n    options\n    required\n  }\n  answersDeleteAt\n  answersDeletedAt\n  evaluationStatus\n  evaluationQuestions {\n    id\n    kind\n    label\n  }\n  coHostInvitations {\n    ...CoHostInvitationFields\n  }\n  hidden {\n    reason\n  }\n  viewerCan {\n    report\n    moderate\n    manage\n    publish\n    edit\n    cancel\n    addMaterials\n    register\n    checkIn\n    evaluate\n    editEvaluation\n    openEvaluation\n    closeEvaluation\n    viewEvaluation\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventDuplicate($id: ID!) {\n  eventDuplicate(id: $id) {\n    ...EventDetailsFields\n  }\n}"): (typeof documents)["mutation EventDuplicate($id: ID!) {\n  eventDuplicate(id: $id) {\n    ...EventDetailsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventEvaluationClose($eventId: ID!) {\n  eventEvaluationClose(eventId: $eventId) {\n    ...EventDetailsFields\n  }\n}"): (typeof documents)["mutation EventEvaluationClose($eventId: ID!) {\n  eventEvaluationClose(eventId: $eventId) {\n    ...EventDetailsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventEvaluationOpen($eventId: ID!) {\n  eventEvaluationOpen(eventId: $eventId) {\n    ...EventDetailsFields\n  }\n}"): (typeof documents)["mutation EventEvaluationOpen($eventId: ID!) {\n  eventEvaluationOpen(eventId: $eventId) {\n    ...EventDetailsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventEvaluationRespond($eventId: ID!, $answers: [EvaluationAnswerInput!]!, $token: String) {\n  eventEvaluationRespond(eventId: $eventId, answers: $answers, token: $token)\n}"): (typeof documents)["mutation EventEvaluationRespond($eventId: ID!, $answers: [EvaluationAnswerInput!]!, $token: String) {\n  eventEvaluationRespond(eventId: $eventId, answers: $answers, token: $token)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EventEvaluationResults($id: ID!) {\n  event(id: $id) {\n    id\n    evaluationStatus\n    evaluationResults {\n      responses\n      asked\n      questions {\n        question {\n          id\n          kind\n          label\n        }\n        answered\n        average\n        distribution\n        texts\n      }\n    }\n  }\n}"): (typeof documents)["query EventEvaluationResults($id: ID!) {\n  event(id: $id) {\n    id\n    evaluationStatus\n    evaluationResults {\n      responses\n      asked\n      questions {\n        question {\n          id\n          kind\n          label\n        }\n        answered\n        average\n        distribution\n        texts\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventEvaluationSet($eventId: ID!, $questions: [EvaluationQuestionInput!]!) {\n  eventEvaluationSet(eventId: $eventId, questions: $questions) {\n    ...EventDetailsFields\n  }\n}"): (typeof documents)["mutation EventEvaluationSet($eventId: ID!, $questions: [EvaluationQuestionInput!]!) {\n  eventEvaluationSet(eventId: $eventId, questions: $questions) {\n    ...EventDetailsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventMessageRegistrants($eventId: ID!, $subject: String!, $body: String!) {\n  eventMessageRegistrants(eventId: $eventId, subject: $subject, body: $body)\n}"): (typeof documents)["mutation EventMessageRegistrants($eventId: ID!, $subject: String!, $body: String!) {\n  eventMessageRegistrants(eventId: $eventId, subject: $subject, body: $body)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventPublish($id: ID!) {\n  eventPublish(id: $id) {\n    ...EventDetailsFields\n  }\n}"): (typeof documents)["mutation EventPublish($id: ID!) {\n  eventPublish(id: $id) {\n    ...EventDetailsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventRegister($eventId: ID!, $attendance: AttendanceMode, $answers: [RegistrationAnswerInput!], $organisationId: ID, $municipalityNumber: ID) {\n  eventRegister(\n    eventId: $eventId\n    attendance: $attendance\n    answers: $answers\n    organisationId: $organisationId\n    municipalityNumber: $municipalityNumber\n  ) {\n    ...RegistrationFields\n  }\n}"): (typeof documents)["mutation EventRegister($eventId: ID!, $attendance: AttendanceMode, $answers: [RegistrationAnswerInput!], $organisationId: ID, $municipalityNumber: ID) {\n  eventRegister(\n    eventId: $eventId\n    attendance: $attendance\n    answers: $answers\n    organisationId: $organisationId\n    municipalityNumber: $municipalityNumber\n  ) {\n    ...RegistrationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventRegisterGuest($eventId: ID!, $name: String!, $email: String!, $language: Language, $attendance: AttendanceMode, $answers: [RegistrationAnswerInput!], $municipalityNumber: ID) {\n  eventRegisterGuest(\n    eventId: $eventId\n    name: $name\n    email: $email\n    language: $language\n    attendance: $attendance\n    answers: $answers\n    municipalityNumber: $municipalityNumber\n  ) {\n    id\n    status\n    attendance\n    expiresAt\n  }\n}"): (typeof documents)["mutation EventRegisterGuest($eventId: ID!, $name: String!, $email: String!, $language: Language, $attendance: AttendanceMode, $answers: [RegistrationAnswerInput!], $municipalityNumber: ID) {\n  eventRegisterGuest(\n    eventId: $eventId\n    name: $name\n    email: $email\n    language: $language\n    attendance: $attendance\n    answers: $answers\n    municipalityNumber: $municipalityNumber\n  ) {\n    id\n    status\n    attendance\n    expiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EventSeatsFields on Event {\n  confirmedCount\n  waitlistCount\n  onlineConfirmedCount\n  onlineWaitlistCount\n  seatsLeft\n  attendanceOptions {\n    attendance\n    seatsLeft\n    waitlist\n  }\n  reservedConfirmedCount\n  reservation {\n    seats\n    kind\n    until\n    seatsLeft\n    viewerQualifies\n  }\n}"): (typeof documents)["fragment EventSeatsFields on Event {\n  confirmedCount\n  waitlistCount\n  onlineConfirmedCount\n  onlineWaitlistCount\n  seatsLeft\n  attendanceOptions {\n    attendance\n    seatsLeft\n    waitlist\n  }\n  reservedConfirmedCount\n  reservation {\n    seats\n    kind\n    until\n    seatsLeft\n    viewerQualifies\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EventUpdate($id: ID!, $input: EventInput!) {\n  eventUpdate(id: $id, input: $input) {\n    ...EventDetailsFields\n  }\n}"): (typeof documents)["mutation EventUpdate($id: ID!, $input: EventInput!) {\n  eventUpdate(id: $id, input: $input) {\n    ...EventDetailsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription EventUpdates($eventId: ID!, $after: String) {\n  eventUpdates(eventId: $eventId, after: $after) {\n    cursor\n    type\n    confirmedCount\n    waitlistCount\n    onlineConfirmedCount\n    onlineWaitlistCount\n    reservedConfirmedCount\n    status\n  }\n}"): (typeof documents)["subscription EventUpdates($eventId: ID!, $after: String) {\n  eventUpdates(eventId: $eventId, after: $after) {\n    cursor\n    type\n    confirmedCount\n    waitlistCount\n    onlineConfirmedCount\n    onlineWaitlistCount\n    reservedConfirmedCount\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Events($filter: EventFilter, $first: Int!, $after: String) {\n  events(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...EventCardFields\n    }\n  }\n}"): (typeof documents)["query Events($filter: EventFilter, $first: Int!, $after: String) {\n  events(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...EventCardFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowSet($topicSlugs: [ID!]!, $municipalityNumbers: [ID!]!) {\n  followSet(topicSlugs: $topicSlugs, municipalityNumbers: $municipalityNumbers)\n}"): (typeof documents)["mutation FollowSet($topicSlugs: [ID!]!, $municipalityNumbers: [ID!]!) {\n  followSet(topicSlugs: $topicSlugs, municipalityNumbers: $municipalityNumbers)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GuestRegistration($token: String!) {\n  guestRegistration(token: $token) {\n    registration {\n      id\n      status\n      attendance\n      waitlistPosition\n      guestName\n      guestEmailConfirmed\n      expiresAt\n    }\n    meetingUrl\n    canEvaluate\n    event {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      mode\n      evaluationStatus\n      evaluationQuestions {\n        id\n        kind\n        label\n      }\n    }\n  }\n}"): (typeof documents)["query GuestRegistration($token: String!) {\n  guestRegistration(token: $token) {\n    registration {\n      id\n      status\n      attendance\n      waitlistPosition\n      guestName\n      guestEmailConfirmed\n      expiresAt\n    }\n    meetingUrl\n    canEvaluate\n    event {\n      id\n      title\n      status\n      startsAt\n      endsAt\n      mode\n      evaluationStatus\n      evaluationQuestions {\n        id\n        kind\n        label\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GuestRegistrationCancel($token: String!) {\n  guestRegistrationCancel(token: $token) {\n    id\n    status\n    waitlistPosition\n    guestEmailConfirmed\n  }\n}"): (typeof documents)["mutation GuestRegistrationCancel($token: String!) {\n  guestRegistrationCancel(token: $token) {\n    id\n    status\n    waitlistPosition\n    guestEmailConfirmed\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GuestRegistrationConfirm($token: String!) {\n  guestRegistrationConfirm(token: $token) {\n    id\n    status\n    waitlistPosition\n    guestEmailConfirmed\n  }\n}"): (typeof documents)["mutation GuestRegistrationConfirm($token: String!) {\n  guestRegistrationConfirm(token: $token) {\n    id\n    status\n    waitlistPosition\n    guestEmailConfirmed\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RegistrationFields on Registration {\n  id\n  status\n  attendance\n  waitlistPosition\n  reservedSeat\n  event {\n    id\n    meetingUrl\n    ...EventSeatsFields\n    viewerCan {\n      manage\n      register\n      checkIn\n      evaluate\n      editEvaluation\n      openEvaluation\n      closeEvaluation\n      viewEvaluation\n    }\n  }\n}"): (typeof documents)["fragment RegistrationFields on Registration {\n  id\n  status\n  attendance\n  waitlistPosition\n  reservedSeat\n  event {\n    id\n    meetingUrl\n    ...EventSeatsFields\n    viewerCan {\n      manage\n      register\n      checkIn\n      evaluate\n      editEvaluation\n      openEvaluation\n      closeEvaluation\n      viewEvaluation\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistrationCancel($id: ID!) {\n  registrationCancel(id: $id) {\n    ...RegistrationFields\n  }\n}"): (typeof documents)["mutation RegistrationCancel($id: ID!) {\n  registrationCancel(id: $id) {\n    ...RegistrationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegistrationCheckIn($id: ID!, $checkIn: CheckIn!) {\n  registrationCheckIn(id: $id, checkIn: $checkIn) {\n    id\n    checkIn\n    checkedInAt\n  }\n}"): (typeof documents)["mutation RegistrationCheckIn($id: ID!, $checkIn: CheckIn!) {\n  registrationCheckIn(id: $id, checkIn: $checkIn) {\n    id\n    checkIn\n    checkedInAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ViewerCoHostInvitations {\n  viewer {\n    id\n    memberships {\n      id\n      role\n      organisation {\n        id\n        name\n        eventCoHostInvitations {\n          ...CoHostInvitationFields\n          event {\n            id\n            title\n            startsAt\n            endsAt\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query ViewerCoHostInvitations {\n  viewer {\n    id\n    memberships {\n      id\n      role\n      organisation {\n        id\n        name\n        eventCoHostInvitations {\n          ...CoHostInvitationFields\n          event {\n            id\n            title\n            startsAt\n            endsAt\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ViewerEventSettings {\n  viewer {\n    id\n    calendarFeedUrl\n    memberships {\n      id\n      organisation {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query ViewerEventSettings {\n  viewer {\n    id\n    calendarFeedUrl\n    memberships {\n      id\n      organisation {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantReviewAppealDecide($id: ID!, $state: AppealState!, $note: String!) {\n  grantAppealDecide(id: $id, state: $state, note: $note) {\n    ...FollowUpAppealFields\n  }\n}"): (typeof documents)["mutation GrantReviewAppealDecide($id: ID!, $state: AppealState!, $note: String!) {\n  grantAppealDecide(id: $id, state: $state, note: $note) {\n    ...FollowUpAppealFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantReviewApplication($id: ID!) {\n  grantApplication(id: $id) {\n    ...ReviewApplicationFields\n  }\n}"): (typeof documents)["query GrantReviewApplication($id: ID!) {\n  grantApplication(id: $id) {\n    ...ReviewApplicationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantReviewAssessmentSave($applicationId: ID!, $scores: [ScoreInput!]!, $comment: String!) {\n  grantAssessmentSave(\n    applicationId: $applicationId\n    scores: $scores\n    comment: $comment\n  ) {\n    id\n    comment\n    updatedAt\n    scores {\n      key\n      score\n    }\n  }\n}"): (typeof documents)["mutation GrantReviewAssessmentSave($applicationId: ID!, $scores: [ScoreInput!]!, $comment: String!) {\n  grantAssessmentSave(\n    applicationId: $applicationId\n    scores: $scores\n    comment: $comment\n  ) {\n    id\n    comment\n    updatedAt\n    scores {\n      key\n      score\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantReviewAuditLog($entityId: ID!) {\n  auditLog(entityId: $entityId) {\n    id\n    action\n    actorName\n    at\n    details\n    entityType\n  }\n}"): (typeof documents)["query GrantReviewAuditLog($entityId: ID!) {\n  auditLog(entityId: $entityId) {\n    id\n    action\n    actorName\n    at\n    details\n    entityType\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantReviewAward($id: ID!) {\n  grantAward(id: $id) {\n    ...FollowUpAwardFields\n    organisation {\n      id\n      name\n      orgNumber\n    }\n    round {\n      id\n      title\n    }\n    application {\n      id\n      title\n      appealDeadline\n      appeal {\n        ...FollowUpAppealFields\n      }\n    }\n  }\n}"): (typeof documents)["query GrantReviewAward($id: ID!) {\n  grantAward(id: $id) {\n    ...FollowUpAwardFields\n    organisation {\n      id\n      name\n      orgNumber\n    }\n    round {\n      id\n      title\n    }\n    application {\n      id\n      title\n      appealDeadline\n      appeal {\n        ...FollowUpAppealFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantReviewAwardLog($id: ID!) {\n  grantAwardAuditLog(id: $id) {\n    id\n    entityType\n    action\n    actorName\n    at\n    details\n  }\n}"): (typeof documents)["query GrantReviewAwardLog($id: ID!) {\n  grantAwardAuditLog(id: $id) {\n    id\n    entityType\n    action\n    actorName\n    at\n    details\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantReviewChangeRequestDecide($id: ID!, $state: ChangeRequestState!, $reason: String!) {\n  grantChangeRequestDecide(id: $id, state: $state, reason: $reason) {\n    id\n    state\n    decisionReason\n    decidedAt\n  }\n}"): (typeof documents)["mutation GrantReviewChangeRequestDecide($id: ID!, $state: ChangeRequestState!, $reason: String!) {\n  grantChangeRequestDecide(id: $id, state: $state, reason: $reason) {\n    id\n    state\n    decisionReason\n    decidedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantReviewDashboard($roundId: ID!) {\n  grantRoundDashboard(roundId: $roundId) {\n    budget\n    requested\n    granted\n    byState {\n      value\n      count\n      requested\n    }\n    byMunicipality {\n      value\n      count\n      requested\n    }\n    byOrganisationKind {\n      value\n      count\n      requested\n    }\n    conflicts {\n      application {\n        id\n        title\n      }\n      reviewerName\n      declaredAt\n    }\n  }\n}"): (typeof documents)["query GrantReviewDashboard($roundId: ID!) {\n  grantRoundDashboard(roundId: $roundId) {\n    budget\n    requested\n    granted\n    byState {\n      value\n      count\n      requested\n    }\n    byMunicipality {\n      value\n      count\n      requested\n    }\n    byOrganisationKind {\n      value\n      count\n      requested\n    }\n    conflicts {\n      application {\n        id\n        title\n      }\n      reviewerName\n      declaredAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantReviewDecide($id: ID!, $decision: Decision!, $grantedAmount: Int!, $reason: String!, $overrideNote: String) {\n  grantApplicationDecide(\n    id: $id\n    decision: $decision\n    grantedAmount: $grantedAmount\n    reason: $reason\n    overrideNote: $overrideNote\n  ) {\n    ...ReviewApplicationFields\n  }\n}"): (typeof documents)["mutation GrantReviewDecide($id: ID!, $decision: Decision!, $grantedAmount: Int!, $reason: String!, $overrideNote: String) {\n  grantApplicationDecide(\n    id: $id\n    decision: $decision\n    grantedAmount: $grantedAmount\n    reason: $reason\n    overrideNote: $overrideNote\n  ) {\n    ...ReviewApplicationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantReviewDeclare($applicationId: ID!, $declaration: ConflictDeclaration! = NO_CONFLICT) {\n  grantAssessmentDeclare(applicationId: $applicationId, declaration: $declaration) {\n    id\n    declaration\n    noConflictDeclaredAt\n    conflictDeclaredAt\n  }\n}"): (typeof documents)["mutation GrantReviewDeclare($applicationId: ID!, $declaration: ConflictDeclaration! = NO_CONFLICT) {\n  grantAssessmentDeclare(applicationId: $applicationId, declaration: $declaration) {\n    id\n    declaration\n    noConflictDeclaredAt\n    conflictDeclaredAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantReviewEvents($filter: EventFilter) {\n  events(filter: $filter, first: 50) {\n    nodes {\n      id\n      title\n      startsAt\n    }\n  }\n}"): (typeof documents)["query GrantReviewEvents($filter: EventFilter) {\n  events(filter: $filter, first: 50) {\n    nodes {\n      id\n      title\n      startsAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantReviewFollowUp($roundId: ID!) {\n  grantRoundFollowUp(roundId: $roundId) {\n    awarded\n    returned\n    requested\n    paid\n    awards {\n      id\n      state\n      amount\n      acceptDeadline\n      organisation {\n        id\n        name\n      }\n      application {\n        id\n        title\n      }\n    }\n    notAnswered {\n      id\n    }\n    overdueReports {\n      ...FollowUpReportRow\n    }\n    reportsToReview {\n      ...FollowUpReportRow\n    }\n    pendingChanges {\n      id\n      kind\n      createdAt\n      award {\n        id\n        organisation {\n          id\n          name\n        }\n        application {\n          id\n          title\n        }\n      }\n    }\n    openAppeals {\n      ...FollowUpAppealFields\n      application {\n        id\n        title\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n}\n\nfragment FollowUpReportRow on GrantReport {\n  id\n  kind\n  dueAt\n  submittedAt\n  award {\n    id\n    organisation {\n      id\n      name\n    }\n    application {\n      id\n      title\n    }\n  }\n}"): (typeof documents)["query GrantReviewFollowUp($roundId: ID!) {\n  grantRoundFollowUp(roundId: $roundId) {\n    awarded\n    returned\n    requested\n    paid\n    awards {\n      id\n      state\n      amount\n      acceptDeadline\n      organisation {\n        id\n        name\n      }\n      application {\n        id\n        title\n      }\n    }\n    notAnswered {\n      id\n    }\n    overdueReports {\n      ...FollowUpReportRow\n    }\n    reportsToReview {\n      ...FollowUpReportRow\n    }\n    pendingChanges {\n      id\n      kind\n      createdAt\n      award {\n        id\n        organisation {\n          id\n          name\n        }\n        application {\n          id\n          title\n        }\n      }\n    }\n    openAppeals {\n      ...FollowUpAppealFields\n      application {\n        id\n        title\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n}\n\nfragment FollowUpReportRow on GrantReport {\n  id\n  kind\n  dueAt\n  submittedAt\n  award {\n    id\n    organisation {\n      id\n      name\n    }\n    application {\n      id\n      title\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantReviewPaymentMarkPaid($id: ID!, $reference: String!) {\n  grantPaymentMarkPaid(id: $id, reference: $reference) {\n    id\n    state\n    paidAt\n    paidReference\n    viewerCan {\n      markPaid\n    }\n  }\n}"): (typeof documents)["mutation GrantReviewPaymentMarkPaid($id: ID!, $reference: String!) {\n  grantPaymentMarkPaid(id: $id, reference: $reference) {\n    id\n    state\n    paidAt\n    paidReference\n    viewerCan {\n      markPaid\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantReviewRanking($roundId: ID!) {\n  grantRoundRanking(roundId: $roundId) {\n    score\n    reviews\n    application {\n      id\n      title\n      state\n      requestedTotal\n      organisation {\n        id\n        name\n      }\n      decision {\n        decision\n        grantedAmount\n      }\n    }\n  }\n}"): (typeof documents)["query GrantReviewRanking($roundId: ID!) {\n  grantRoundRanking(roundId: $roundId) {\n    score\n    reviews\n    application {\n      id\n      title\n      state\n      requestedTotal\n      organisation {\n        id\n        name\n      }\n      decision {\n        decision\n        grantedAmount\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantReviewRepaymentClaim($awardId: ID!, $amount: Int!, $reason: RepaymentReason!, $note: String!) {\n  grantRepaymentClaim(\n    awardId: $awardId\n    amount: $amount\n    reason: $reason\n    note: $note\n  ) {\n    id\n    state\n  }\n}"): (typeof documents)["mutation GrantReviewRepaymentClaim($awardId: ID!, $amount: Int!, $reason: RepaymentReason!, $note: String!) {\n  grantRepaymentClaim(\n    awardId: $awardId\n    amount: $amount\n    reason: $reason\n    note: $note\n  ) {\n    id\n    state\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantReviewRepaymentSettle($id: ID!, $state: RepaymentState!, $note: String) {\n  grantRepaymentSettle(id: $id, state: $state, note: $note) {\n    id\n    state\n    settlementNote\n    settledAt\n  }\n}"): (typeof documents)["mutation GrantReviewRepaymentSettle($id: ID!, $state: RepaymentState!, $note: String) {\n  grantRepaymentSettle(id: $id, state: $state, note: $note) {\n    id\n    state\n    settlementNote\n    settledAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantReviewReportApprove($id: ID!, $message: String) {\n  grantReportApprove(id: $id, message: $message) {\n    ...GrantReportFields\n  }\n}"): (typeof documents)["mutation GrantReviewReportApprove($id: ID!, $message: String) {\n  grantReportApprove(id: $id, message: $message) {\n    ...GrantReportFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantReviewReportReject($id: ID!, $reason: String!) {\n  grantReportReject(id: $id, reason: $reason) {\n    ...GrantReportFields\n  }\n}"): (typeof documents)["mutation GrantReviewReportReject($id: ID!, $reason: String!) {\n  grantReportReject(id: $id, reason: $reason) {\n    ...GrantReportFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantReviewReportRequestChanges($id: ID!, $message: String!) {\n  grantReportRequestChanges(id: $id, message: $message) {\n    ...GrantReportFields\n  }\n}"): (typeof documents)["mutation GrantReviewReportRequestChanges($id: ID!, $message: String!) {\n  grantReportRequestChanges(id: $id, message: $message) {\n    ...GrantReportFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantReviewRequestInfo($id: ID!, $message: String!) {\n  grantApplicationRequestInfo(id: $id, message: $message) {\n    ...ReviewApplicationFields\n  }\n}"): (typeof documents)["mutation GrantReviewRequestInfo($id: ID!, $message: String!) {\n  grantApplicationRequestInfo(id: $id, message: $message) {\n    ...ReviewApplicationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantReviewRound($id: ID!) {\n  grantRound(id: $id) {\n    ...ReviewRoundFields\n  }\n}"): (typeof documents)["query GrantReviewRound($id: ID!) {\n  grantRound(id: $id) {\n    ...ReviewRoundFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantReviewRoundClose($id: ID!) {\n  grantRoundClose(id: $id) {\n    ...ReviewRoundFields\n  }\n}"): (typeof documents)["mutation GrantReviewRoundClose($id: ID!) {\n  grantRoundClose(id: $id) {\n    ...ReviewRoundFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantReviewRoundCreate($input: GrantRoundInput!) {\n  grantRoundCreate(input: $input) {\n    ...ReviewRoundFields\n  }\n}"): (typeof documents)["mutation GrantReviewRoundCreate($input: GrantRoundInput!) {\n  grantRoundCreate(input: $input) {\n    ...ReviewRoundFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantReviewRoundOpen($id: ID!) {\n  grantRoundOpen(id: $id) {\n    ...ReviewRoundFields\n  }\n}"): (typeof documents)["mutation GrantReviewRoundOpen($id: ID!) {\n  grantRoundOpen(id: $id) {\n    ...ReviewRoundFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantReviewRoundPublish($id: ID!) {\n  grantRoundPublishDecisions(id: $id) {\n    ...ReviewRoundFields\n  }\n}"): (typeof documents)["mutation GrantReviewRoundPublish($id: ID!) {\n  grantRoundPublishDecisions(id: $id) {\n    ...ReviewRoundFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantReviewRoundUpdate($id: ID!, $input: GrantRoundInput!) {\n  grantRoundUpdate(id: $id, input: $input) {\n    ...ReviewRoundFields\n  }\n}"): (typeof documents)["mutation GrantReviewRoundUpdate($id: ID!, $input: GrantRoundInput!) {\n  grantRoundUpdate(id: $id, input: $input) {\n    ...ReviewRoundFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription GrantReviewRoundUpdates($roundId: ID!, $after: String) {\n  grantRoundUpdates(roundId: $roundId, after: $after) {\n    cursor\n    type\n    applicationId\n  }\n}"): (typeof documents)["subscription GrantReviewRoundUpdates($roundId: ID!, $after: String) {\n  grantRoundUpdates(roundId: $roundId, after: $after) {\n    cursor\n    type\n    applicationId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantReviewRounds {\n  grantRounds {\n    id\n    title\n    year\n    state\n    budget\n    opensAt\n    closesAt\n    viewerCan {\n      edit\n    }\n    scheme {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query GrantReviewRounds {\n  grantRounds {\n    id\n    title\n    year\n    state\n    budget\n    opensAt\n    closesAt\n    viewerCan {\n      edit\n    }\n    scheme {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantReviewSchemeCreate($name: String!, $description: String!) {\n  grantSchemeCreate(name: $name, description: $description) {\n    id\n    name\n    description\n  }\n}"): (typeof documents)["mutation GrantReviewSchemeCreate($name: String!, $description: String!) {\n  grantSchemeCreate(name: $name, description: $description) {\n    id\n    name\n    description\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantReviewSchemes {\n  grantSchemes {\n    id\n    name\n    description\n  }\n}"): (typeof documents)["query GrantReviewSchemes {\n  grantSchemes {\n    id\n    name\n    description\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantRoundResults($roundId: ID!) {\n  grantRoundResults(roundId: $roundId) {\n    totalAwarded\n    reportsApproved\n    participants\n    csvUrl\n    summaryCsvUrl\n    round {\n      id\n      title\n      year\n      budget\n      decisionsPublishedAt\n      scheme {\n        id\n        name\n      }\n    }\n    awards {\n      organisationId\n      organisationName\n      title\n      summary\n      amount\n      accepted\n      participants\n      grantUsed\n    }\n    byMunicipality {\n      municipalityNumber\n      name\n      participants\n      spent\n    }\n    byTargetGroup {\n      targetGroup\n      participants\n    }\n  }\n}"): (typeof documents)["query GrantRoundResults($roundId: ID!) {\n  grantRoundResults(roundId: $roundId) {\n    totalAwarded\n    reportsApproved\n    participants\n    csvUrl\n    summaryCsvUrl\n    round {\n      id\n      title\n      year\n      budget\n      decisionsPublishedAt\n      scheme {\n        id\n        name\n      }\n    }\n    awards {\n      organisationId\n      organisationName\n      title\n      summary\n      amount\n      accepted\n      participants\n      grantUsed\n    }\n    byMunicipality {\n      municipalityNumber\n      name\n      participants\n      spent\n    }\n    byTargetGroup {\n      targetGroup\n      participants\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReviewApplicationFields on GrantApplication {\n  id\n  title\n  state\n  summary\n  projectPlan\n  requestedTotal\n  submittedAt\n  moreInfoRequest\n  guidelinesVersion\n  viewerCan {\n    assess\n    declareConflict\n    requestInfo\n    decide\n  }\n  organisation {\n    id\n    name\n    kind\n  }\n  partners {\n    id\n    name\n  }\n  budgetLines {\n    description\n    ownFunding\n    requested\n  }\n  round {\n    id\n    title\n    state\n    budget\n    criteria {\n      key\n      title\n      weight\n    }\n  }\n  decision {\n    decision\n    grantedAmount\n    reason\n    decidedAt\n  }\n  assessments {\n    id\n    reviewerName\n    comment\n    declaration\n    noConflictDeclaredAt\n    conflictDeclaredAt\n    updatedAt\n    scores {\n      key\n      score\n    }\n  }\n}"): (typeof documents)["fragment ReviewApplicationFields on GrantApplication {\n  id\n  title\n  state\n  summary\n  projectPlan\n  requestedTotal\n  submittedAt\n  moreInfoRequest\n  guidelinesVersion\n  viewerCan {\n    assess\n    declareConflict\n    requestInfo\n    decide\n  }\n  organisation {\n    id\n    name\n    kind\n  }\n  partners {\n    id\n    name\n  }\n  budgetLines {\n    description\n    ownFunding\n    requested\n  }\n  round {\n    id\n    title\n    state\n    budget\n    criteria {\n      key\n      title\n      weight\n    }\n  }\n  decision {\n    decision\n    grantedAmount\n    reason\n    decidedAt\n  }\n  assessments {\n    id\n    reviewerName\n    comment\n    declaration\n    noConflictDeclaredAt\n    conflictDeclaredAt\n    updatedAt\n    scores {\n      key\n      score\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReviewRoundFields on GrantRound {\n  id\n  title\n  year\n  budget\n  state\n  opensAt\n  closesAt\n  contacts\n  minPartners\n  eligibleKinds\n  eligibleMunicipalities\n  guidelinesVersion\n  decisionsPublishedAt\n  acceptingApplications\n  viewerCan {\n    edit\n    open\n    close\n    publishDecisions\n  }\n  scheme {\n    id\n    name\n  }\n  guidelines {\n    version\n    body\n  }\n  criteria {\n    key\n    title\n    weight\n  }\n  infoEvent {\n    id\n    title\n    startsAt\n  }\n  acceptanceDays\n  reportRequirements {\n    key\n    kind\n    dueAt\n  }\n  paymentPlan {\n    percent\n    trigger\n  }\n}"): (typeof documents)["fragment ReviewRoundFields on GrantRound {\n  id\n  title\n  year\n  budget\n  state\n  opensAt\n  closesAt\n  contacts\n  minPartners\n  eligibleKinds\n  eligibleMunicipalities\n  guidelinesVersion\n  decisionsPublishedAt\n  acceptingApplications\n  viewerCan {\n    edit\n    open\n    close\n    publishDecisions\n  }\n  scheme {\n    id\n    name\n  }\n  guidelines {\n    version\n    body\n  }\n  criteria {\n    key\n    title\n    weight\n  }\n  infoEvent {\n    id\n    title\n    startsAt\n  }\n  acceptanceDays\n  reportRequirements {\n    key\n    kind\n    dueAt\n  }\n  paymentPlan {\n    percent\n    trigger\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FollowUpAppealFields on GrantAppeal {\n  id\n  state\n  grounds\n  filedAt\n  outcomeNote\n  decidedAt\n  viewerCan {\n    uphold\n    forward\n  }\n}"): (typeof documents)["fragment FollowUpAppealFields on GrantAppeal {\n  id\n  state\n  grounds\n  filedAt\n  outcomeNote\n  decidedAt\n  viewerCan {\n    uphold\n    forward\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FollowUpAwardFields on GrantAward {\n  id\n  state\n  amount\n  acceptDeadline\n  answeredAt\n  declineReason\n  createdAt\n  viewerCan {\n    accept\n    decline\n    requestChange\n    claimRepayment\n  }\n  reports {\n    id\n    kind\n    state\n    dueAt\n    overdue\n    submittedAt\n    viewerCan {\n      requestExtension\n    }\n  }\n  payments {\n    id\n    position\n    percent\n    amount\n    trigger\n    state\n    requestedAt\n    paidAt\n    paidReference\n    viewerCan {\n      markPaid\n    }\n  }\n  repaymentClaims {\n    id\n    amount\n    reason\n    note\n    state\n    settlementNote\n    settledAt\n    createdAt\n    viewerCan {\n      recordRepaid\n      waive\n    }\n  }\n  changeRequests {\n    id\n    kind\n    state\n    message\n    requestedDueAt\n    decisionReason\n    decidedAt\n    createdAt\n    report {\n      id\n      kind\n      dueAt\n    }\n    viewerCan {\n      approve\n      deny\n    }\n  }\n}"): (typeof documents)["fragment FollowUpAwardFields on GrantAward {\n  id\n  state\n  amount\n  acceptDeadline\n  answeredAt\n  declineReason\n  createdAt\n  viewerCan {\n    accept\n    decline\n    requestChange\n    claimRepayment\n  }\n  reports {\n    id\n    kind\n    state\n    dueAt\n    overdue\n    submittedAt\n    viewerCan {\n      requestExtension\n    }\n  }\n  payments {\n    id\n    position\n    percent\n    amount\n    trigger\n    state\n    requestedAt\n    paidAt\n    paidReference\n    viewerCan {\n      markPaid\n    }\n  }\n  repaymentClaims {\n    id\n    amount\n    reason\n    note\n    state\n    settlementNote\n    settledAt\n    createdAt\n    viewerCan {\n      recordRepaid\n      waive\n    }\n  }\n  changeRequests {\n    id\n    kind\n    state\n    message\n    requestedDueAt\n    decisionReason\n    decidedAt\n    createdAt\n    report {\n      id\n      kind\n      dueAt\n    }\n    viewerCan {\n      approve\n      deny\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantAppealFile($applicationId: ID!, $grounds: String!) {\n  grantAppealFile(applicationId: $applicationId, grounds: $grounds) {\n    ...FollowUpAppealFields\n  }\n}"): (typeof documents)["mutation GrantAppealFile($applicationId: ID!, $grounds: String!) {\n  grantAppealFile(applicationId: $applicationId, grounds: $grounds) {\n    ...FollowUpAppealFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantApplication($id: ID!) {\n  grantApplication(id: $id) {\n    ...GrantApplicationFields\n  }\n}"): (typeof documents)["query GrantApplication($id: ID!) {\n  grantApplication(id: $id) {\n    ...GrantApplicationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantApplicationCreate($roundId: ID!, $organisationId: ID!, $title: String!) {\n  grantApplicationCreate(\n    roundId: $roundId\n    organisationId: $organisationId\n    title: $title\n  ) {\n    ...GrantApplicationFields\n  }\n}"): (typeof documents)["mutation GrantApplicationCreate($roundId: ID!, $organisationId: ID!, $title: String!) {\n  grantApplicationCreate(\n    roundId: $roundId\n    organisationId: $organisationId\n    title: $title\n  ) {\n    ...GrantApplicationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GrantApplicationFields on GrantApplication {\n  id\n  title\n  summary\n  projectPlan\n  version\n  state\n  missing\n  requestedTotal\n  guidelinesVersion\n  submittedAt\n  updatedAt\n  moreInfoRequest\n  viewerCan {\n    edit\n    submit\n    resubmit\n    withdraw\n  }\n  budgetLines {\n    description\n    ownFunding\n    requested\n  }\n  partners {\n    id\n    name\n    kind\n  }\n  organisation {\n    id\n    name\n    kind\n  }\n  round {\n    id\n    title\n    state\n    closesAt\n    acceptingApplications\n    minPartners\n    guidelinesVersion\n    scheme {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["fragment GrantApplicationFields on GrantApplication {\n  id\n  title\n  summary\n  projectPlan\n  version\n  state\n  missing\n  requestedTotal\n  guidelinesVersion\n  submittedAt\n  updatedAt\n  moreInfoRequest\n  viewerCan {\n    edit\n    submit\n    resubmit\n    withdraw\n  }\n  budgetLines {\n    description\n    ownFunding\n    requested\n  }\n  partners {\n    id\n    name\n    kind\n  }\n  organisation {\n    id\n    name\n    kind\n  }\n  round {\n    id\n    title\n    state\n    closesAt\n    acceptingApplications\n    minPartners\n    guidelinesVersion\n    scheme {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantApplicationSave($id: ID!, $version: Int!, $input: GrantApplicationInput!) {\n  grantApplicationSave(id: $id, version: $version, input: $input) {\n    ...GrantApplicationFields\n  }\n}"): (typeof documents)["mutation GrantApplicationSave($id: ID!, $version: Int!, $input: GrantApplicationInput!) {\n  grantApplicationSave(id: $id, version: $version, input: $input) {\n    ...GrantApplicationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantApplicationSubmit($id: ID!) {\n  grantApplicationSubmit(id: $id) {\n    ...GrantApplicationFields\n  }\n}"): (typeof documents)["mutation GrantApplicationSubmit($id: ID!) {\n  grantApplicationSubmit(id: $id) {\n    ...GrantApplicationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantApplicationWithdraw($id: ID!) {\n  grantApplicationWithdraw(id: $id) {\n    ...GrantApplicationFields\n  }\n}"): (typeof documents)["mutation GrantApplicationWithdraw($id: ID!) {\n  grantApplicationWithdraw(id: $id) {\n    ...GrantApplicationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantAttachmentDelete($id: ID!) {\n  grantAttachmentDelete(id: $id) {\n    id\n  }\n}"): (typeof documents)["mutation GrantAttachmentDelete($id: ID!) {\n  grantAttachmentDelete(id: $id) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantAttachments($id: ID!) {\n  grantApplication(id: $id) {\n    id\n    attachments {\n      id\n      filename\n      mimeType\n      size\n      createdAt\n      url\n    }\n  }\n}"): (typeof documents)["query GrantAttachments($id: ID!) {\n  grantApplication(id: $id) {\n    id\n    attachments {\n      id\n      filename\n      mimeType\n      size\n      createdAt\n      url\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantAwardAccept($id: ID!) {\n  grantAwardAccept(id: $id) {\n    ...FollowUpAwardFields\n  }\n}"): (typeof documents)["mutation GrantAwardAccept($id: ID!) {\n  grantAwardAccept(id: $id) {\n    ...FollowUpAwardFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantAwardDecline($id: ID!, $reason: String!) {\n  grantAwardDecline(id: $id, reason: $reason) {\n    ...FollowUpAwardFields\n  }\n}"): (typeof documents)["mutation GrantAwardDecline($id: ID!, $reason: String!) {\n  grantAwardDecline(id: $id, reason: $reason) {\n    ...FollowUpAwardFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantChangeRequestCreate($awardId: ID!, $kind: ChangeRequestKind!, $message: String!, $reportId: ID, $requestedDueAt: String) {\n  grantChangeRequestCreate(\n    awardId: $awardId\n    kind: $kind\n    message: $message\n    reportId: $reportId\n    requestedDueAt: $requestedDueAt\n  ) {\n    id\n    state\n  }\n}"): (typeof documents)["mutation GrantChangeRequestCreate($awardId: ID!, $kind: ChangeRequestKind!, $message: String!, $reportId: ID, $requestedDueAt: String) {\n  grantChangeRequestCreate(\n    awardId: $awardId\n    kind: $kind\n    message: $message\n    reportId: $reportId\n    requestedDueAt: $requestedDueAt\n  ) {\n    id\n    state\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantDecisionLetter($id: ID!) {\n  grantApplication(id: $id) {\n    id\n    title\n    state\n    requestedTotal\n    submittedAt\n    organisation {\n      id\n      name\n      orgNumber\n    }\n    round {\n      id\n      title\n      year\n      contacts\n      decisionsPublishedAt\n      scheme {\n        id\n        name\n      }\n    }\n    decision {\n      decision\n      grantedAmount\n      reason\n      decidedAt\n    }\n    appealDeadline\n    award {\n      id\n      acceptDeadline\n    }\n  }\n}"): (typeof documents)["query GrantDecisionLetter($id: ID!) {\n  grantApplication(id: $id) {\n    id\n    title\n    state\n    requestedTotal\n    submittedAt\n    organisation {\n      id\n      name\n      orgNumber\n    }\n    round {\n      id\n      title\n      year\n      contacts\n      decisionsPublishedAt\n      scheme {\n        id\n        name\n      }\n    }\n    decision {\n      decision\n      grantedAmount\n      reason\n      decidedAt\n    }\n    appealDeadline\n    award {\n      id\n      acceptDeadline\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantFollowUp($id: ID!) {\n  grantApplication(id: $id) {\n    id\n    title\n    state\n    appealDeadline\n    viewerCan {\n      fileAppeal\n    }\n    organisation {\n      id\n      name\n    }\n    round {\n      id\n      title\n      decisionsPublishedAt\n      scheme {\n        id\n        name\n      }\n    }\n    decision {\n      decision\n      grantedAmount\n    }\n    appeal {\n      ...FollowUpAppealFields\n    }\n    award {\n      ...FollowUpAwardFields\n    }\n  }\n}"): (typeof documents)["query GrantFollowUp($id: ID!) {\n  grantApplication(id: $id) {\n    id\n    title\n    state\n    appealDeadline\n    viewerCan {\n      fileAppeal\n    }\n    organisation {\n      id\n      name\n    }\n    round {\n      id\n      title\n      decisionsPublishedAt\n      scheme {\n        id\n        name\n      }\n    }\n    decision {\n      decision\n      grantedAmount\n    }\n    appeal {\n      ...FollowUpAppealFields\n    }\n    award {\n      ...FollowUpAwardFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantPartnerSearch($search: String!) {\n  organisations(filter: {search: $search}, first: 10) {\n    nodes {\n      id\n      name\n      kind\n    }\n  }\n}"): (typeof documents)["query GrantPartnerSearch($search: String!) {\n  organisations(filter: {search: $search}, first: 10) {\n    nodes {\n      id\n      name\n      kind\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantReport($id: ID!) {\n  grantReport(id: $id) {\n    ...GrantReportFields\n    award {\n      id\n      amount\n      state\n      application {\n        id\n        title\n      }\n      organisation {\n        id\n        name\n      }\n      round {\n        id\n        title\n      }\n    }\n  }\n}"): (typeof documents)["query GrantReport($id: ID!) {\n  grantReport(id: $id) {\n    ...GrantReportFields\n    award {\n      id\n      amount\n      state\n      application {\n        id\n        title\n      }\n      organisation {\n        id\n        name\n      }\n      round {\n        id\n        title\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantReportAttachmentDelete($id: ID!) {\n  grantReportAttachmentDelete(id: $id) {\n    id\n  }\n}"): (typeof documents)["mutation GrantReportAttachmentDelete($id: ID!) {\n  grantReportAttachmentDelete(id: $id) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantReportAttachments($id: ID!) {\n  grantReport(id: $id) {\n    id\n    attachments {\n      id\n      filename\n      mimeType\n      size\n      createdAt\n      url\n    }\n  }\n}"): (typeof documents)["query GrantReportAttachments($id: ID!) {\n  grantReport(id: $id) {\n    id\n    attachments {\n      id\n      filename\n      mimeType\n      size\n      createdAt\n      url\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GrantReportFields on GrantReport {\n  id\n  kind\n  state\n  dueAt\n  overdue\n  version\n  goals\n  activitiesHeld\n  totalSpent\n  grantUsed\n  submittedAt\n  reviewMessage\n  reviewedAt\n  missing\n  results {\n    municipality {\n      number\n      name\n    }\n    targetGroup\n    participants\n  }\n  accounts {\n    line\n    description\n    planned\n    actual\n  }\n  viewerCan {\n    edit\n    submit\n    resubmit\n    approve\n    requestChanges\n    reject\n    requestExtension\n  }\n}"): (typeof documents)["fragment GrantReportFields on GrantReport {\n  id\n  kind\n  state\n  dueAt\n  overdue\n  version\n  goals\n  activitiesHeld\n  totalSpent\n  grantUsed\n  submittedAt\n  reviewMessage\n  reviewedAt\n  missing\n  results {\n    municipality {\n      number\n      name\n    }\n    targetGroup\n    participants\n  }\n  accounts {\n    line\n    description\n    planned\n    actual\n  }\n  viewerCan {\n    edit\n    submit\n    resubmit\n    approve\n    requestChanges\n    reject\n    requestExtension\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantReportSave($id: ID!, $version: Int!, $input: GrantReportInput!) {\n  grantReportSave(id: $id, version: $version, input: $input) {\n    ...GrantReportFields\n  }\n}"): (typeof documents)["mutation GrantReportSave($id: ID!, $version: Int!, $input: GrantReportInput!) {\n  grantReportSave(id: $id, version: $version, input: $input) {\n    ...GrantReportFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantReportSubmit($id: ID!) {\n  grantReportSubmit(id: $id) {\n    ...GrantReportFields\n  }\n}"): (typeof documents)["mutation GrantReportSubmit($id: ID!) {\n  grantReportSubmit(id: $id) {\n    ...GrantReportFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantRound($id: ID!) {\n  grantRound(id: $id) {\n    ...GrantRoundSummary\n    guidelinesVersion\n    eligibleKinds\n    eligibleMunicipalities\n    minPartners\n    contacts\n    resultsPublished\n    scheme {\n      id\n      name\n      description\n    }\n    guidelines {\n      version\n      bodyHtml\n      createdAt\n    }\n    criteria {\n      key\n      title\n      weight\n    }\n    infoEvent {\n      id\n      title\n      startsAt\n      endsAt\n    }\n  }\n}"): (typeof documents)["query GrantRound($id: ID!) {\n  grantRound(id: $id) {\n    ...GrantRoundSummary\n    guidelinesVersion\n    eligibleKinds\n    eligibleMunicipalities\n    minPartners\n    contacts\n    resultsPublished\n    scheme {\n      id\n      name\n      description\n    }\n    guidelines {\n      version\n      bodyHtml\n      createdAt\n    }\n    criteria {\n      key\n      title\n      weight\n    }\n    infoEvent {\n      id\n      title\n      startsAt\n      endsAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GrantRoundSummary on GrantRound {\n  id\n  title\n  year\n  state\n  budget\n  opensAt\n  closesAt\n  acceptingApplications\n  decisionsPublishedAt\n  scheme {\n    id\n    name\n  }\n}"): (typeof documents)["fragment GrantRoundSummary on GrantRound {\n  id\n  title\n  year\n  state\n  budget\n  opensAt\n  closesAt\n  acceptingApplications\n  decisionsPublishedAt\n  scheme {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GrantRounds {\n  grantRounds {\n    ...GrantRoundSummary\n  }\n}"): (typeof documents)["query GrantRounds {\n  grantRounds {\n    ...GrantRoundSummary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyGrantApplications {\n  myGrantApplications {\n    id\n    title\n    state\n    requestedTotal\n    updatedAt\n    submittedAt\n    organisation {\n      id\n      name\n    }\n    round {\n      ...GrantRoundSummary\n    }\n  }\n}"): (typeof documents)["query MyGrantApplications {\n  myGrantApplications {\n    id\n    title\n    state\n    requestedTotal\n    updatedAt\n    submittedAt\n    organisation {\n      id\n      name\n    }\n    round {\n      ...GrantRoundSummary\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AnnouncementFields on Announcement {\n  id\n  title\n  bodyHtml\n  createdAt\n}"): (typeof documents)["fragment AnnouncementFields on Announcement {\n  id\n  title\n  bodyHtml\n  createdAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnnouncementPost($input: AnnouncementInput!) {\n  announcementPost(input: $input) {\n    ...AnnouncementFields\n  }\n}"): (typeof documents)["mutation AnnouncementPost($input: AnnouncementInput!) {\n  announcementPost(input: $input) {\n    ...AnnouncementFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AnnouncementPosted($after: String) {\n  announcementPosted(after: $after) {\n    cursor\n    announcement {\n      ...AnnouncementFields\n    }\n  }\n}"): (typeof documents)["subscription AnnouncementPosted($after: String) {\n  announcementPosted(after: $after) {\n    cursor\n    announcement {\n      ...AnnouncementFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Announcements {\n  announcements {\n    ...AnnouncementFields\n  }\n}"): (typeof documents)["query Announcements {\n  announcements {\n    ...AnnouncementFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Group($id: ID!) {\n  group(id: $id) {\n    ...GroupListItemFields\n    organisations {\n      id\n      name\n    }\n    members {\n      id\n      role\n      status\n      user {\n        id\n        name\n      }\n      viewerCan {\n        remove\n      }\n    }\n  }\n}"): (typeof documents)["query Group($id: ID!) {\n  group(id: $id) {\n    ...GroupListItemFields\n    organisations {\n      id\n      name\n    }\n    members {\n      id\n      role\n      status\n      user {\n        id\n        name\n      }\n      viewerCan {\n        remove\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GroupCreate($input: GroupInput!) {\n  groupCreate(input: $input) {\n    ...GroupListItemFields\n  }\n}"): (typeof documents)["mutation GroupCreate($input: GroupInput!) {\n  groupCreate(input: $input) {\n    ...GroupListItemFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription GroupEvents($groupId: ID!, $after: String) {\n  groupEvents(groupId: $groupId, after: $after) {\n    cursor\n    type\n    groupId\n    threadId\n    messageId\n    userId\n    message {\n      ...MessageFields\n    }\n    thread {\n      ...ThreadListItemFields\n    }\n  }\n}"): (typeof documents)["subscription GroupEvents($groupId: ID!, $after: String) {\n  groupEvents(groupId: $groupId, after: $after) {\n    cursor\n    type\n    groupId\n    threadId\n    messageId\n    userId\n    message {\n      ...MessageFields\n    }\n    thread {\n      ...ThreadListItemFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GroupJoin($groupId: ID!) {\n  groupJoin(groupId: $groupId) {\n    id\n    status\n    role\n  }\n}"): (typeof documents)["mutation GroupJoin($groupId: ID!) {\n  groupJoin(groupId: $groupId) {\n    id\n    status\n    role\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GroupLeave($groupId: ID!) {\n  groupLeave(groupId: $groupId)\n}"): (typeof documents)["mutation GroupLeave($groupId: ID!) {\n  groupLeave(groupId: $groupId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GroupListItemFields on NetworkGroup {\n  id\n  name\n  description\n  visibility\n  joinPolicy\n  memberCount\n  unreadCount\n  viewerCan {\n    read\n    post\n    moderate\n    manage\n    join\n    leave\n  }\n  viewerState {\n    active\n    role\n    status\n  }\n}"): (typeof documents)["fragment GroupListItemFields on NetworkGroup {\n  id\n  name\n  description\n  visibility\n  joinPolicy\n  memberCount\n  unreadCount\n  viewerCan {\n    read\n    post\n    moderate\n    manage\n    join\n    leave\n  }\n  viewerState {\n    active\n    role\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GroupMemberApprove($memberId: ID!) {\n  groupMemberApprove(memberId: $memberId) {\n    id\n    status\n    role\n  }\n}"): (typeof documents)["mutation GroupMemberApprove($memberId: ID!) {\n  groupMemberApprove(memberId: $memberId) {\n    id\n    status\n    role\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GroupMemberRemove($memberId: ID!) {\n  groupMemberRemove(memberId: $memberId)\n}"): (typeof documents)["mutation GroupMemberRemove($memberId: ID!) {\n  groupMemberRemove(memberId: $memberId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GroupMembers($id: ID!) {\n  group(id: $id) {\n    id\n    members {\n      id\n      status\n      user {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query GroupMembers($id: ID!) {\n  group(id: $id) {\n    id\n    members {\n      id\n      status\n      user {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription GroupPresence($groupId: ID!) {\n  groupPresence(groupId: $groupId) {\n    groupId\n    online {\n      id\n      name\n    }\n    typing {\n      id\n      name\n      threadId\n    }\n  }\n}"): (typeof documents)["subscription GroupPresence($groupId: ID!) {\n  groupPresence(groupId: $groupId) {\n    groupId\n    online {\n      id\n      name\n    }\n    typing {\n      id\n      name\n      threadId\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GroupThreads($id: ID!) {\n  group(id: $id) {\n    id\n    threads(first: 50) {\n      nodes {\n        ...ThreadListItemFields\n      }\n      totalCount\n    }\n  }\n}"): (typeof documents)["query GroupThreads($id: ID!) {\n  group(id: $id) {\n    id\n    threads(first: 50) {\n      nodes {\n        ...ThreadListItemFields\n      }\n      totalCount\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GroupTyping($threadId: ID!) {\n  groupTyping(threadId: $threadId)\n}"): (typeof documents)["mutation GroupTyping($threadId: ID!) {\n  groupTyping(threadId: $threadId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Groups {\n  groups {\n    ...GroupListItemFields\n  }\n}"): (typeof documents)["query Groups {\n  groups {\n    ...GroupListItemFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MessageFields on Message {\n  id\n  body\n  bodyHtml\n  createdAt\n  editedAt\n  deletedAt\n  removedByModerator\n  author {\n    id\n    name\n  }\n  hidden {\n    reason\n    hiddenAt\n  }\n  viewerCan {\n    edit\n    delete\n    report\n    moderate\n  }\n}"): (typeof documents)["fragment MessageFields on Message {\n  id\n  body\n  bodyHtml\n  createdAt\n  editedAt\n  deletedAt\n  removedByModerator\n  author {\n    id\n    name\n  }\n  hidden {\n    reason\n    hiddenAt\n  }\n  viewerCan {\n    edit\n    delete\n    report\n    moderate\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MessageDelete($id: ID!) {\n  messageDelete(id: $id) {\n    ...MessageFields\n  }\n}"): (typeof documents)["mutation MessageDelete($id: ID!) {\n  messageDelete(id: $id) {\n    ...MessageFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MessageEdit($id: ID!, $body: String!) {\n  messageEdit(id: $id, body: $body) {\n    ...MessageFields\n  }\n}"): (typeof documents)["mutation MessageEdit($id: ID!, $body: String!) {\n  messageEdit(id: $id, body: $body) {\n    ...MessageFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MessagePost($threadId: ID!, $body: String!) {\n  messagePost(threadId: $threadId, body: $body) {\n    ...MessageFields\n  }\n}"): (typeof documents)["mutation MessagePost($threadId: ID!, $body: String!) {\n  messagePost(threadId: $threadId, body: $body) {\n    ...MessageFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NotificationFields on Notification {\n  id\n  type\n  readAt\n  createdAt\n  details {\n    actorName\n    groupId\n    groupName\n    threadId\n    threadTitle\n    messageId\n    excerpt\n    announcementId\n    title\n    eventId\n    startsAt\n    activityId\n    accepted\n    applicationId\n    roundId\n    organisationName\n    settlementYearId\n    municipalityNumber\n    milestoneId\n  }\n}"): (typeof documents)["fragment NotificationFields on Notification {\n  id\n  type\n  readAt\n  createdAt\n  details {\n    actorName\n    groupId\n    groupName\n    threadId\n    threadTitle\n    messageId\n    excerpt\n    announcementId\n    title\n    eventId\n    startsAt\n    activityId\n    accepted\n    applicationId\n    roundId\n    organisationName\n    settlementYearId\n    municipalityNumber\n    milestoneId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription NotificationEvents($after: String) {\n  notificationEvents(after: $after) {\n    cursor\n    unreadCount\n    notification {\n      ...NotificationFields\n    }\n  }\n}"): (typeof documents)["subscription NotificationEvents($after: String) {\n  notificationEvents(after: $after) {\n    cursor\n    unreadCount\n    notification {\n      ...NotificationFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationMarkAllRead {\n  notificationMarkAllRead\n}"): (typeof documents)["mutation NotificationMarkAllRead {\n  notificationMarkAllRead\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationMarkRead($id: ID!) {\n  notificationMarkRead(id: $id) {\n    id\n    readAt\n  }\n}"): (typeof documents)["mutation NotificationMarkRead($id: ID!) {\n  notificationMarkRead(id: $id) {\n    id\n    readAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NotificationPreferenceSet($type: NotificationType!, $channel: NotificationChannel!) {\n  notificationPreferenceSet(type: $type, channel: $channel) {\n    type\n    channel\n  }\n}"): (typeof documents)["mutation NotificationPreferenceSet($type: NotificationType!, $channel: NotificationChannel!) {\n  notificationPreferenceSet(type: $type, channel: $channel) {\n    type\n    channel\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationPreferences {\n  notificationPreferences {\n    type\n    channel\n  }\n}"): (typeof documents)["query NotificationPreferences {\n  notificationPreferences {\n    type\n    channel\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n    unreadCount\n    totalCount\n    nodes {\n      ...NotificationFields\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"): (typeof documents)["query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {\n  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n    unreadCount\n    totalCount\n    nodes {\n      ...NotificationFields\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Thread($id: ID!) {\n  thread(id: $id) {\n    id\n    title\n    group {\n      id\n      name\n      viewerCan {\n        read\n        post\n        moderate\n      }\n    }\n    messages(last: 50) {\n      id\n      body\n      bodyHtml\n      createdAt\n      editedAt\n      deletedAt\n      removedByModerator\n      hidden {\n        reason\n        hiddenAt\n      }\n      viewerCan {\n        edit\n        delete\n        report\n        moderate\n      }\n      author {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query Thread($id: ID!) {\n  thread(id: $id) {\n    id\n    title\n    group {\n      id\n      name\n      viewerCan {\n        read\n        post\n        moderate\n      }\n    }\n    messages(last: 50) {\n      id\n      body\n      bodyHtml\n      createdAt\n      editedAt\n      deletedAt\n      removedByModerator\n      hidden {\n        reason\n        hiddenAt\n      }\n      viewerCan {\n        edit\n        delete\n        report\n        moderate\n      }\n      author {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ThreadCreate($groupId: ID!, $title: String!, $body: String!) {\n  threadCreate(groupId: $groupId, title: $title, body: $body) {\n    ...ThreadListItemFields\n  }\n}"): (typeof documents)["mutation ThreadCreate($groupId: ID!, $title: String!, $body: String!) {\n  threadCreate(groupId: $groupId, title: $title, body: $body) {\n    ...ThreadListItemFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ThreadListItemFields on Thread {\n  id\n  title\n  createdAt\n  lastMessageAt\n  messageCount\n  unreadCount\n}"): (typeof documents)["fragment ThreadListItemFields on Thread {\n  id\n  title\n  createdAt\n  lastMessageAt\n  messageCount\n  unreadCount\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ThreadMarkRead($threadId: ID!) {\n  threadMarkRead(threadId: $threadId) {\n    id\n    unreadCount\n  }\n}"): (typeof documents)["mutation ThreadMarkRead($threadId: ID!) {\n  threadMarkRead(threadId: $threadId) {\n    id\n    unreadCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnreadNotifications {\n  notifications(first: 1, unreadOnly: true) {\n    unreadCount\n  }\n}"): (typeof documents)["query UnreadNotifications {\n  notifications(first: 1, unreadOnly: true) {\n    unreadCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FrontPage($language: Language!) {\n  events(filter: {time: UPCOMING}, first: 4) {\n    nodes {\n      id\n      title\n      kind\n      mode\n      status\n      startsAt\n      endsAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n  grantRounds {\n    id\n    title\n    state\n    closesAt\n    acceptingApplications\n    scheme {\n      id\n      name\n    }\n  }\n  announcements {\n    id\n    title\n    bodyHtml\n    createdAt\n  }\n  newestActivities(first: 4) {\n    id\n    title\n    category\n    createdAt\n    scheduleText(language: $language)\n    municipality {\n      number\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query FrontPage($language: Language!) {\n  events(filter: {time: UPCOMING}, first: 4) {\n    nodes {\n      id\n      title\n      kind\n      mode\n      status\n      startsAt\n      endsAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n  grantRounds {\n    id\n    title\n    state\n    closesAt\n    acceptingApplications\n    scheme {\n      id\n      name\n    }\n  }\n  announcements {\n    id\n    title\n    bodyHtml\n    createdAt\n  }\n  newestActivities(first: 4) {\n    id\n    title\n    category\n    createdAt\n    scheduleText(language: $language)\n    municipality {\n      number\n      name\n    }\n    organisation {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription FrontPageGroupMessages($groupId: ID!, $after: String) {\n  groupEvents(groupId: $groupId, after: $after) {\n    cursor\n    type\n  }\n}"): (typeof documents)["subscription FrontPageGroupMessages($groupId: ID!, $after: String) {\n  groupEvents(groupId: $groupId, after: $after) {\n    cursor\n    type\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription FrontPageReading($after: String) {\n  notificationEvents(after: $after) {\n    cursor\n    threadId\n  }\n}"): (typeof documents)["subscription FrontPageReading($after: String) {\n  notificationEvents(after: $after) {\n    cursor\n    threadId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription FrontPageUpdates($after: String) {\n  frontPageUpdates(after: $after) {\n    cursor\n    what\n  }\n}"): (typeof documents)["subscription FrontPageUpdates($after: String) {\n  frontPageUpdates(after: $after) {\n    cursor\n    what\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyFrontPage {\n  myTasks {\n    id\n    kind\n    title\n    organisationName\n    dueAt\n    path\n  }\n  groups {\n    id\n    name\n    unreadCount\n    viewerState {\n      active\n    }\n  }\n  viewer {\n    id\n    eventRegistrations(upcoming: true) {\n      id\n      status\n      waitlistPosition\n      event {\n        id\n        title\n        startsAt\n        endsAt\n      }\n    }\n  }\n}"): (typeof documents)["query MyFrontPage {\n  myTasks {\n    id\n    kind\n    title\n    organisationName\n    dueAt\n    path\n  }\n  groups {\n    id\n    name\n    unreadCount\n    viewerState {\n      active\n    }\n  }\n  viewer {\n    id\n    eventRegistrations(upcoming: true) {\n      id\n      status\n      waitlistPosition\n      event {\n        id\n        title\n        startsAt\n        endsAt\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AdminAuditLog($filter: AuditLogFilter) {\n  adminAuditLog(filter: $filter) {\n    id\n    at\n    actorId\n    actorName\n    action\n    entityType\n    entityId\n    details\n  }\n}"): (typeof documents)["query AdminAuditLog($filter: AuditLogFilter) {\n  adminAuditLog(filter: $filter) {\n    id\n    at\n    actorId\n    actorName\n    action\n    entityType\n    entityId\n    details\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContentHide($type: ContentType!, $contentId: ID!, $reason: String!) {\n  contentHide(type: $type, contentId: $contentId, reason: $reason) {\n    ...ModeratedContentFields\n  }\n}"): (typeof documents)["mutation ContentHide($type: ContentType!, $contentId: ID!, $reason: String!) {\n  contentHide(type: $type, contentId: $contentId, reason: $reason) {\n    ...ModeratedContentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContentReport($type: ContentType!, $contentId: ID!, $reason: String!) {\n  contentReport(type: $type, contentId: $contentId, reason: $reason) {\n    id\n    state\n  }\n}"): (typeof documents)["mutation ContentReport($type: ContentType!, $contentId: ID!, $reason: String!) {\n  contentReport(type: $type, contentId: $contentId, reason: $reason) {\n    id\n    state\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContentUnhide($type: ContentType!, $contentId: ID!) {\n  contentUnhide(type: $type, contentId: $contentId) {\n    ...ModeratedContentFields\n  }\n}"): (typeof documents)["mutation ContentUnhide($type: ContentType!, $contentId: ID!) {\n  contentUnhide(type: $type, contentId: $contentId) {\n    ...ModeratedContentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ModeratedContentFields on ModeratedContent {\n  type\n  id\n  excerpt\n  groupId\n  threadId\n  hidden {\n    reason\n    hiddenAt\n  }\n  author {\n    id\n    name\n    standing {\n      suspendedAt\n      suspensionReason\n    }\n  }\n}"): (typeof documents)["fragment ModeratedContentFields on ModeratedContent {\n  type\n  id\n  excerpt\n  groupId\n  threadId\n  hidden {\n    reason\n    hiddenAt\n  }\n  author {\n    id\n    name\n    standing {\n      suspendedAt\n      suspensionReason\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationAccess {\n  moderationAccess {\n    queue\n    accounts\n    auditLog\n  }\n}"): (typeof documents)["query ModerationAccess {\n  moderationAccess {\n    queue\n    accounts\n    auditLog\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ModerationEvents($after: String) {\n  moderationEvents(after: $after) {\n    cursor\n    type\n    reportId\n    contentId\n  }\n}"): (typeof documents)["subscription ModerationEvents($after: String) {\n  moderationEvents(after: $after) {\n    cursor\n    type\n    reportId\n    contentId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ModerationQueue {\n  moderationAccess {\n    queue\n    accounts\n  }\n  moderationQueue {\n    ...QueueReportFields\n  }\n  handled: moderationQueue(closed: true, first: 20) {\n    ...QueueReportFields\n  }\n}"): (typeof documents)["query ModerationQueue {\n  moderationAccess {\n    queue\n    accounts\n  }\n  moderationQueue {\n    ...QueueReportFields\n  }\n  handled: moderationQueue(closed: true, first: 20) {\n    ...QueueReportFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment QueueReportFields on ContentReport {\n  id\n  reason\n  state\n  createdAt\n  closedAt\n  content {\n    ...ModeratedContentFields\n  }\n}"): (typeof documents)["fragment QueueReportFields on ContentReport {\n  id\n  reason\n  state\n  createdAt\n  closedAt\n  content {\n    ...ModeratedContentFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportDismiss($id: ID!) {\n  reportDismiss(id: $id) {\n    id\n    state\n  }\n}"): (typeof documents)["mutation ReportDismiss($id: ID!) {\n  reportDismiss(id: $id) {\n    id\n    state\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UserSuspend($userId: ID!, $reason: String!) {\n  userSuspend(userId: $userId, reason: $reason) {\n    id\n    standing {\n      suspendedAt\n      suspensionReason\n    }\n  }\n}"): (typeof documents)["mutation UserSuspend($userId: ID!, $reason: String!) {\n  userSuspend(userId: $userId, reason: $reason) {\n    id\n    standing {\n      suspendedAt\n      suspensionReason\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UserUnsuspend($userId: ID!) {\n  userUnsuspend(userId: $userId) {\n    id\n    standing {\n      suspendedAt\n      suspensionReason\n    }\n  }\n}"): (typeof documents)["mutation UserUnsuspend($userId: ID!) {\n  userUnsuspend(userId: $userId) {\n    id\n    standing {\n      suspendedAt\n      suspensionReason\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UserWarn($userId: ID!, $reason: String!) {\n  userWarn(userId: $userId, reason: $reason) {\n    id\n  }\n}"): (typeof documents)["mutation UserWarn($userId: ID!, $reason: String!) {\n  userWarn(userId: $userId, reason: $reason) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvitationPreview($token: String!) {\n  invitation(token: $token) {\n    email\n    role\n    expiresAt\n    status\n    viewerIsInvitee\n    viewerCan {\n      accept\n    }\n    organisation {\n      id\n      name\n      kind\n      verificationStatus\n    }\n  }\n}"): (typeof documents)["query InvitationPreview($token: String!) {\n  invitation(token: $token) {\n    email\n    role\n    expiresAt\n    status\n    viewerIsInvitee\n    viewerCan {\n      accept\n    }\n    organisation {\n      id\n      name\n      kind\n      verificationStatus\n    }\n  }\n}"];
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
export function graphql(source: "fragment OrganisationDetailsFields on Organisation {\n  id\n  name\n  kind\n  orgNumber\n  description\n  contactEmail\n  contactPhone\n  website\n  verificationStatus\n  rejectionReason\n  verifiedAt\n  createdAt\n  viewerRole\n  municipalities {\n    number\n    name\n    countyName\n  }\n  topics {\n    slug\n    nameNb\n    nameNn\n    nameEn\n  }\n  viewerCan {\n    edit\n    verify\n    manageMembers\n    viewMembers\n    leave\n    manageEvents\n    manageActivities\n  }\n}"): (typeof documents)["fragment OrganisationDetailsFields on Organisation {\n  id\n  name\n  kind\n  orgNumber\n  description\n  contactEmail\n  contactPhone\n  website\n  verificationStatus\n  rejectionReason\n  verifiedAt\n  createdAt\n  viewerRole\n  municipalities {\n    number\n    name\n    countyName\n  }\n  topics {\n    slug\n    nameNb\n    nameNn\n    nameEn\n  }\n  viewerCan {\n    edit\n    verify\n    manageMembers\n    viewMembers\n    leave\n    manageEvents\n    manageActivities\n  }\n}"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Resource($id: ID!) {\n  resource(id: $id) {\n    ...ResourceDetailsFields\n  }\n}"): (typeof documents)["query Resource($id: ID!) {\n  resource(id: $id) {\n    ...ResourceDetailsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ResourceCardFields on Resource {\n  id\n  title\n  kind\n  summary\n  publisher\n  languages\n  access\n  createdAt\n  currentVersion\n  organisation {\n    id\n    name\n  }\n  group {\n    id\n    name\n  }\n  topics {\n    slug\n    nameNb\n    nameNn\n    nameEn\n  }\n}"): (typeof documents)["fragment ResourceCardFields on Resource {\n  id\n  title\n  kind\n  summary\n  publisher\n  languages\n  access\n  createdAt\n  currentVersion\n  organisation {\n    id\n    name\n  }\n  group {\n    id\n    name\n  }\n  topics {\n    slug\n    nameNb\n    nameNn\n    nameEn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResourceCreate($input: ResourceInput!) {\n  resourceCreate(input: $input) {\n    ...ResourceDetailsFields\n  }\n}"): (typeof documents)["mutation ResourceCreate($input: ResourceInput!) {\n  resourceCreate(input: $input) {\n    ...ResourceDetailsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResourceDelete($id: ID!) {\n  resourceDelete(id: $id)\n}"): (typeof documents)["mutation ResourceDelete($id: ID!) {\n  resourceDelete(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ResourceDetailsFields on Resource {\n  ...ResourceCardFields\n  audience\n  url\n  fileUrl\n  versions {\n    version\n    filename\n    mimeType\n    size\n    url\n    createdAt\n  }\n  event {\n    id\n    title\n    startsAt\n  }\n  hidden {\n    reason\n  }\n  viewerCan {\n    manage\n    report\n    moderate\n  }\n}"): (typeof documents)["fragment ResourceDetailsFields on Resource {\n  ...ResourceCardFields\n  audience\n  url\n  fileUrl\n  versions {\n    version\n    filename\n    mimeType\n    size\n    url\n    createdAt\n  }\n  event {\n    id\n    title\n    startsAt\n  }\n  hidden {\n    reason\n  }\n  viewerCan {\n    manage\n    report\n    moderate\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResourceEventOptions($organisationId: ID!) {\n  events(\n    filter: {organisationId: $organisationId, includeDrafts: true}\n    first: 100\n  ) {\n    nodes {\n      id\n      title\n      startsAt\n    }\n  }\n}"): (typeof documents)["query ResourceEventOptions($organisationId: ID!) {\n  events(\n    filter: {organisationId: $organisationId, includeDrafts: true}\n    first: 100\n  ) {\n    nodes {\n      id\n      title\n      startsAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResourceFormOptions {\n  viewer {\n    id\n    platformRole\n    memberships {\n      id\n      organisation {\n        id\n        name\n      }\n    }\n  }\n  groups {\n    id\n    name\n  }\n}"): (typeof documents)["query ResourceFormOptions {\n  viewer {\n    id\n    platformRole\n    memberships {\n      id\n      organisation {\n        id\n        name\n      }\n    }\n  }\n  groups {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResourceStaffOrganisations {\n  organisations(first: 100) {\n    nodes {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query ResourceStaffOrganisations {\n  organisations(first: 100) {\n    nodes {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResourceUpdate($id: ID!, $input: ResourceInput!) {\n  resourceUpdate(id: $id, input: $input) {\n    ...ResourceDetailsFields\n  }\n}"): (typeof documents)["mutation ResourceUpdate($id: ID!, $input: ResourceInput!) {\n  resourceUpdate(id: $id, input: $input) {\n    ...ResourceDetailsFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Resources($filter: ResourceFilter, $first: Int!, $after: String) {\n  resources(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...ResourceCardFields\n    }\n  }\n}"): (typeof documents)["query Resources($filter: ResourceFilter, $first: Int!, $after: String) {\n  resources(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...ResourceCardFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Search($query: String!, $filter: SearchFilter, $first: Int!) {\n  search(query: $query, filter: $filter, first: $first) {\n    totalCount\n    totalCountCapped\n    didYouMean\n    showsDidYouMean\n    hits {\n      id\n      type\n      title\n      url\n      snippet\n      rank\n    }\n    typeFacet {\n      value\n      count\n    }\n    topicFacet {\n      value\n      count\n    }\n    municipalityFacet {\n      value\n      count\n    }\n    languageFacet {\n      value\n      count\n    }\n  }\n}"): (typeof documents)["query Search($query: String!, $filter: SearchFilter, $first: Int!) {\n  search(query: $query, filter: $filter, first: $first) {\n    totalCount\n    totalCountCapped\n    didYouMean\n    showsDidYouMean\n    hits {\n      id\n      type\n      title\n      url\n      snippet\n      rank\n    }\n    typeFacet {\n      value\n      count\n    }\n    topicFacet {\n      value\n      count\n    }\n    municipalityFacet {\n      value\n      count\n    }\n    languageFacet {\n      value\n      count\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchSuggestions($query: String!, $first: Int!) {\n  search(query: $query, first: $first) {\n    totalCount\n    hits {\n      id\n      type\n      title\n      url\n    }\n  }\n}"): (typeof documents)["query SearchSuggestions($query: String!, $first: Int!) {\n  search(query: $query, first: $first) {\n    totalCount\n    hits {\n      id\n      type\n      title\n      url\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SettlementBoardCell on BoardCell {\n  column\n  number\n  text\n  version\n  updatedByName\n  updatedAt\n}"): (typeof documents)["fragment SettlementBoardCell on BoardCell {\n  column\n  number\n  text\n  version\n  updatedByName\n  updatedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SettlementMilestoneFields on SettlementMilestone {\n  id\n  title\n  description\n  month\n  date\n  responsible\n  participants\n  status\n  participantOrganisations {\n    id\n    name\n  }\n  events {\n    id\n    title\n    startsAt\n  }\n  resources {\n    id\n    title\n  }\n  viewerCan {\n    edit\n  }\n}"): (typeof documents)["fragment SettlementMilestoneFields on SettlementMilestone {\n  id\n  title\n  description\n  month\n  date\n  responsible\n  participants\n  status\n  participantOrganisations {\n    id\n    name\n  }\n  events {\n    id\n    title\n    startsAt\n  }\n  resources {\n    id\n    title\n  }\n  viewerCan {\n    edit\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MunicipalityPage($number: ID!) {\n  municipality(number: $number) {\n    number\n    name\n    countyName\n    settlementYears {\n      year {\n        id\n        year\n        title\n        isExample\n      }\n      requested\n      recommended\n      decided\n      settled\n    }\n    contacts {\n      role\n      userId\n      name\n      title\n      organisation {\n        id\n        name\n      }\n    }\n    grantsAwarded {\n      applicationId\n      title\n      organisationId\n      organisationName\n      roundTitle\n      grantedAmount\n      year\n    }\n  }\n  organisations(filter: {municipality: $number}, first: 50) {\n    totalCount\n    nodes {\n      id\n      name\n      kind\n    }\n  }\n  activities(filter: {municipality: $number}, first: 20) {\n    totalCount\n    nodes {\n      id\n      title\n    }\n  }\n  events(filter: {municipality: $number}, first: 10) {\n    totalCount\n    nodes {\n      id\n      title\n      startsAt\n    }\n  }\n}"): (typeof documents)["query MunicipalityPage($number: ID!) {\n  municipality(number: $number) {\n    number\n    name\n    countyName\n    settlementYears {\n      year {\n        id\n        year\n        title\n        isExample\n      }\n      requested\n      recommended\n      decided\n      settled\n    }\n    contacts {\n      role\n      userId\n      name\n      title\n      organisation {\n        id\n        name\n      }\n    }\n    grantsAwarded {\n      applicationId\n      title\n      organisationId\n      organisationName\n      roundTitle\n      grantedAmount\n      year\n    }\n  }\n  organisations(filter: {municipality: $number}, first: 50) {\n    totalCount\n    nodes {\n      id\n      name\n      kind\n    }\n  }\n  activities(filter: {municipality: $number}, first: 20) {\n    totalCount\n    nodes {\n      id\n      title\n    }\n  }\n  events(filter: {municipality: $number}, first: 10) {\n    totalCount\n    nodes {\n      id\n      title\n      startsAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MySettlementSurveys {\n  mySettlementSurveys {\n    id\n    state\n    trackerStatus\n    deadline\n    municipality {\n      number\n      name\n    }\n    year {\n      id\n      title\n    }\n  }\n}"): (typeof documents)["query MySettlementSurveys {\n  mySettlementSurveys {\n    id\n    state\n    trackerStatus\n    deadline\n    municipality {\n      number\n      name\n    }\n    year {\n      id\n      title\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SettlementNumbersFields on SettlementNumbers {\n  requested\n  requestedMinors\n  requestRecordedAt\n  decisionStatus\n  decided\n  decidedMinors\n  decidedOn\n  documentFilename\n  documentUrl\n  settled\n  settledMinors\n  settledUpdatedAt\n}"): (typeof documents)["fragment SettlementNumbersFields on SettlementNumbers {\n  requested\n  requestedMinors\n  requestRecordedAt\n  decisionStatus\n  decided\n  decidedMinors\n  decidedOn\n  documentFilename\n  documentUrl\n  settled\n  settledMinors\n  settledUpdatedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PreviousYearNumbersFields on PreviousYearNumbers {\n  yearId\n  year\n  isExample\n  requested\n  decided\n  settled\n}"): (typeof documents)["fragment PreviousYearNumbersFields on PreviousYearNumbers {\n  yearId\n  year\n  isExample\n  requested\n  decided\n  settled\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SettlementRecommendationFields on Recommendation {\n  id\n  state\n  number\n  minors\n  reasoning\n  version\n  sentVersion\n  sentAt\n  viewerCan {\n    edit\n    revise\n  }\n  versions {\n    version\n    number\n    minors\n    reasoning\n    sentAt\n    sentByName\n  }\n}"): (typeof documents)["fragment SettlementRecommendationFields on Recommendation {\n  id\n  state\n  number\n  minors\n  reasoning\n  version\n  sentVersion\n  sentAt\n  viewerCan {\n    edit\n    revise\n  }\n  versions {\n    version\n    number\n    minors\n    reasoning\n    sentAt\n    sentByName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SettlementBoard($id: ID!) {\n  settlementYear(id: $id) {\n    id\n    title\n    isExample\n    boardState\n    boardLockedAt\n    viewerCan {\n      readBoard\n      editBoard\n      lockBoard\n      unlockBoard\n    }\n    municipalities {\n      municipality {\n        number\n        name\n      }\n      response {\n        id\n        state\n        capacity\n        capacityMinors\n        extraIfNeeded\n      }\n      cells {\n        ...SettlementBoardCell\n      }\n      previous {\n        ...PreviousYearNumbersFields\n      }\n      viewerCan {\n        editBoard\n      }\n    }\n  }\n}"): (typeof documents)["query SettlementBoard($id: ID!) {\n  settlementYear(id: $id) {\n    id\n    title\n    isExample\n    boardState\n    boardLockedAt\n    viewerCan {\n      readBoard\n      editBoard\n      lockBoard\n      unlockBoard\n    }\n    municipalities {\n      municipality {\n        number\n        name\n      }\n      response {\n        id\n        state\n        capacity\n        capacityMinors\n        extraIfNeeded\n      }\n      cells {\n        ...SettlementBoardCell\n      }\n      previous {\n        ...PreviousYearNumbersFields\n      }\n      viewerCan {\n        editBoard\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettlementBoardCellSet($input: BoardCellInput!) {\n  settlementBoardCellSet(input: $input) {\n    ...SettlementBoardCell\n  }\n}"): (typeof documents)["mutation SettlementBoardCellSet($input: BoardCellInput!) {\n  settlementBoardCellSet(input: $input) {\n    ...SettlementBoardCell\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettlementBoardFocus($yearId: ID!, $municipalityNumber: String) {\n  settlementBoardFocus(yearId: $yearId, municipalityNumber: $municipalityNumber)\n}"): (typeof documents)["mutation SettlementBoardFocus($yearId: ID!, $municipalityNumber: String) {\n  settlementBoardFocus(yearId: $yearId, municipalityNumber: $municipalityNumber)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SettlementBoardHistory($yearId: ID!, $municipalityNumber: String) {\n  settlementBoardHistory(\n    yearId: $yearId\n    municipalityNumber: $municipalityNumber\n    first: 100\n  ) {\n    id\n    municipalityNumber\n    column\n    fromValue\n    toValue\n    version\n    actorName\n    at\n  }\n}"): (typeof documents)["query SettlementBoardHistory($yearId: ID!, $municipalityNumber: String) {\n  settlementBoardHistory(\n    yearId: $yearId\n    municipalityNumber: $municipalityNumber\n    first: 100\n  ) {\n    id\n    municipalityNumber\n    column\n    fromValue\n    toValue\n    version\n    actorName\n    at\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettlementBoardLock($yearId: ID!) {\n  settlementBoardLock(yearId: $yearId) {\n    id\n    boardState\n    boardLockedAt\n  }\n}"): (typeof documents)["mutation SettlementBoardLock($yearId: ID!) {\n  settlementBoardLock(yearId: $yearId) {\n    id\n    boardState\n    boardLockedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SettlementBoardPresence($yearId: ID!) {\n  settlementBoardPresence(yearId: $yearId) {\n    yearId\n    viewers {\n      id\n      name\n      municipalityNumber\n    }\n  }\n}"): (typeof documents)["subscription SettlementBoardPresence($yearId: ID!) {\n  settlementBoardPresence(yearId: $yearId) {\n    yearId\n    viewers {\n      id\n      name\n      municipalityNumber\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettlementBoardUnlock($yearId: ID!) {\n  settlementBoardUnlock(yearId: $yearId) {\n    id\n    boardState\n  }\n}"): (typeof documents)["mutation SettlementBoardUnlock($yearId: ID!) {\n  settlementBoardUnlock(yearId: $yearId) {\n    id\n    boardState\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SettlementBoardUpdates($yearId: ID!, $after: String) {\n  settlementBoardUpdates(yearId: $yearId, after: $after) {\n    cursor\n    type\n    municipalityNumber\n    cell {\n      municipalityNumber\n      column\n      number\n      text\n      version\n      updatedByName\n      updatedAt\n    }\n  }\n}"): (typeof documents)["subscription SettlementBoardUpdates($yearId: ID!, $after: String) {\n  settlementBoardUpdates(yearId: $yearId, after: $after) {\n    cursor\n    type\n    municipalityNumber\n    cell {\n      municipalityNumber\n      column\n      number\n      text\n      version\n      updatedByName\n      updatedAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettlementDecisionSet($yearId: ID!, $municipalityNumber: String!, $input: SettlementDecisionInput!) {\n  settlementDecisionSet(\n    yearId: $yearId\n    municipalityNumber: $municipalityNumber\n    input: $input\n  ) {\n    ...SettlementNumbersFields\n  }\n}"): (typeof documents)["mutation SettlementDecisionSet($yearId: ID!, $municipalityNumber: String!, $input: SettlementDecisionInput!) {\n  settlementDecisionSet(\n    yearId: $yearId\n    municipalityNumber: $municipalityNumber\n    input: $input\n  ) {\n    ...SettlementNumbersFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettlementMilestoneDelete($id: ID!) {\n  settlementMilestoneDelete(id: $id) {\n    id\n  }\n}"): (typeof documents)["mutation SettlementMilestoneDelete($id: ID!) {\n  settlementMilestoneDelete(id: $id) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SettlementMilestoneLinkSearch($query: String!, $types: [SearchType!]!) {\n  search(query: $query, filter: {types: $types}, first: 10) {\n    hits {\n      id\n      type\n      title\n    }\n  }\n}"): (typeof documents)["query SettlementMilestoneLinkSearch($query: String!, $types: [SearchType!]!) {\n  search(query: $query, filter: {types: $types}, first: 10) {\n    hits {\n      id\n      type\n      title\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettlementMilestoneSave($id: ID, $yearId: ID, $input: SettlementMilestoneInput!) {\n  settlementMilestoneSave(id: $id, yearId: $yearId, input: $input) {\n    ...SettlementMilestoneFields\n  }\n}"): (typeof documents)["mutation SettlementMilestoneSave($id: ID, $yearId: ID, $input: SettlementMilestoneInput!) {\n  settlementMilestoneSave(id: $id, yearId: $yearId, input: $input) {\n    ...SettlementMilestoneFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SettlementNumbers($id: ID!) {\n  settlementYear(id: $id) {\n    id\n    year\n    title\n    isExample\n    numbersPublished\n    viewerCan {\n      administer\n      recordRequests\n    }\n    progress {\n      requested\n      decided\n      settled\n      rows {\n        municipality {\n          number\n          name\n        }\n        requested\n        decided\n        settled\n      }\n    }\n    municipalities {\n      municipality {\n        number\n        name\n      }\n      numbers {\n        ...SettlementNumbersFields\n      }\n      viewerCan {\n        recordRequest\n        recordDecision\n        recordSettled\n      }\n    }\n  }\n}"): (typeof documents)["query SettlementNumbers($id: ID!) {\n  settlementYear(id: $id) {\n    id\n    year\n    title\n    isExample\n    numbersPublished\n    viewerCan {\n      administer\n      recordRequests\n    }\n    progress {\n      requested\n      decided\n      settled\n      rows {\n        municipality {\n          number\n          name\n        }\n        requested\n        decided\n        settled\n      }\n    }\n    municipalities {\n      municipality {\n        number\n        name\n      }\n      numbers {\n        ...SettlementNumbersFields\n      }\n      viewerCan {\n        recordRequest\n        recordDecision\n        recordSettled\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SettlementProgressUpdates($yearId: ID!, $after: String) {\n  settlementProgressUpdates(yearId: $yearId, after: $after) {\n    cursor\n    type\n    municipalityNumber\n  }\n}"): (typeof documents)["subscription SettlementProgressUpdates($yearId: ID!, $after: String) {\n  settlementProgressUpdates(yearId: $yearId, after: $after) {\n    cursor\n    type\n    municipalityNumber\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SettlementRecommendationLetter($yearId: ID!) {\n  settlementRecommendationLetter(yearId: $yearId) {\n    countyName\n    sentAt\n    total\n    totalMinors\n    year {\n      id\n      year\n      title\n      isExample\n    }\n    lines {\n      municipalityNumber\n      municipalityName\n      number\n      minors\n      reasoning\n      version\n      sentAt\n    }\n  }\n}"): (typeof documents)["query SettlementRecommendationLetter($yearId: ID!) {\n  settlementRecommendationLetter(yearId: $yearId) {\n    countyName\n    sentAt\n    total\n    totalMinors\n    year {\n      id\n      year\n      title\n      isExample\n    }\n    lines {\n      municipalityNumber\n      municipalityName\n      number\n      minors\n      reasoning\n      version\n      sentAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettlementRecommendationRevise($id: ID!) {\n  settlementRecommendationRevise(id: $id) {\n    ...SettlementRecommendationFields\n  }\n}"): (typeof documents)["mutation SettlementRecommendationRevise($id: ID!) {\n  settlementRecommendationRevise(id: $id) {\n    ...SettlementRecommendationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettlementRecommendationSave($id: ID!, $version: Int!, $input: RecommendationInput!) {\n  settlementRecommendationSave(id: $id, version: $version, input: $input) {\n    ...SettlementRecommendationFields\n  }\n}"): (typeof documents)["mutation SettlementRecommendationSave($id: ID!, $version: Int!, $input: RecommendationInput!) {\n  settlementRecommendationSave(id: $id, version: $version, input: $input) {\n    ...SettlementRecommendationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SettlementRecommendations($id: ID!) {\n  settlementYear(id: $id) {\n    id\n    title\n    isExample\n    boardState\n    viewerCan {\n      administer\n      sendRecommendations\n      readLetter\n      lockBoard\n    }\n    municipalities {\n      municipality {\n        number\n        name\n      }\n      response {\n        id\n        state\n        capacity\n        capacityMinors\n      }\n      previous {\n        ...PreviousYearNumbersFields\n      }\n      recommendation {\n        ...SettlementRecommendationFields\n      }\n    }\n  }\n}"): (typeof documents)["query SettlementRecommendations($id: ID!) {\n  settlementYear(id: $id) {\n    id\n    title\n    isExample\n    boardState\n    viewerCan {\n      administer\n      sendRecommendations\n      readLetter\n      lockBoard\n    }\n    municipalities {\n      municipality {\n        number\n        name\n      }\n      response {\n        id\n        state\n        capacity\n        capacityMinors\n      }\n      previous {\n        ...PreviousYearNumbersFields\n      }\n      recommendation {\n        ...SettlementRecommendationFields\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettlementRecommendationsSend($yearId: ID!) {\n  settlementRecommendationsSend(yearId: $yearId) {\n    ...SettlementRecommendationFields\n  }\n}"): (typeof documents)["mutation SettlementRecommendationsSend($yearId: ID!) {\n  settlementRecommendationsSend(yearId: $yearId) {\n    ...SettlementRecommendationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettlementRequestSet($yearId: ID!, $municipalityNumber: String!, $input: SettlementRequestInput!) {\n  settlementRequestSet(\n    yearId: $yearId\n    municipalityNumber: $municipalityNumber\n    input: $input\n  ) {\n    ...SettlementNumbersFields\n  }\n}"): (typeof documents)["mutation SettlementRequestSet($yearId: ID!, $municipalityNumber: String!, $input: SettlementRequestInput!) {\n  settlementRequestSet(\n    yearId: $yearId\n    municipalityNumber: $municipalityNumber\n    input: $input\n  ) {\n    ...SettlementNumbersFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettlementRequestsImport($yearId: ID!, $csv: String!) {\n  settlementRequestsImport(yearId: $yearId, csv: $csv) {\n    requested\n  }\n}"): (typeof documents)["mutation SettlementRequestsImport($yearId: ID!, $csv: String!) {\n  settlementRequestsImport(yearId: $yearId, csv: $csv) {\n    requested\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettlementSettledSet($yearId: ID!, $municipalityNumber: String!, $input: SettledInput!) {\n  settlementSettledSet(\n    yearId: $yearId\n    municipalityNumber: $municipalityNumber\n    input: $input\n  ) {\n    ...SettlementNumbersFields\n  }\n}"): (typeof documents)["mutation SettlementSettledSet($yearId: ID!, $municipalityNumber: String!, $input: SettledInput!) {\n  settlementSettledSet(\n    yearId: $yearId\n    municipalityNumber: $municipalityNumber\n    input: $input\n  ) {\n    ...SettlementNumbersFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettlementSurveyClose($yearId: ID!) {\n  settlementSurveyClose(yearId: $yearId) {\n    id\n    surveyState\n  }\n}"): (typeof documents)["mutation SettlementSurveyClose($yearId: ID!) {\n  settlementSurveyClose(yearId: $yearId) {\n    id\n    surveyState\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SettlementSurveyResponse($yearId: ID!, $municipalityNumber: String!) {\n  settlementSurveyResponse(\n    yearId: $yearId\n    municipalityNumber: $municipalityNumber\n  ) {\n    ...SettlementSurveyAnswer\n    municipality {\n      number\n      name\n    }\n    year {\n      id\n      year\n      title\n      isExample\n      surveyState\n    }\n  }\n}"): (typeof documents)["query SettlementSurveyResponse($yearId: ID!, $municipalityNumber: String!) {\n  settlementSurveyResponse(\n    yearId: $yearId\n    municipalityNumber: $municipalityNumber\n  ) {\n    ...SettlementSurveyAnswer\n    municipality {\n      number\n      name\n    }\n    year {\n      id\n      year\n      title\n      isExample\n      surveyState\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettlementSurveyResponseExtend($id: ID!, $until: String!) {\n  settlementSurveyResponseExtend(id: $id, until: $until) {\n    ...SettlementTrackerResponse\n  }\n}"): (typeof documents)["mutation SettlementSurveyResponseExtend($id: ID!, $until: String!) {\n  settlementSurveyResponseExtend(id: $id, until: $until) {\n    ...SettlementTrackerResponse\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettlementSurveyResponseOpen($id: ID!) {\n  settlementSurveyResponseOpen(id: $id) {\n    ...SettlementSurveyAnswer\n  }\n}"): (typeof documents)["mutation SettlementSurveyResponseOpen($id: ID!) {\n  settlementSurveyResponseOpen(id: $id) {\n    ...SettlementSurveyAnswer\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettlementSurveyResponseRemind($id: ID!) {\n  settlementSurveyResponseRemind(id: $id) {\n    ...SettlementTrackerResponse\n  }\n}"): (typeof documents)["mutation SettlementSurveyResponseRemind($id: ID!) {\n  settlementSurveyResponseRemind(id: $id) {\n    ...SettlementTrackerResponse\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettlementSurveyResponseReopen($id: ID!) {\n  settlementSurveyResponseReopen(id: $id) {\n    ...SettlementTrackerResponse\n  }\n}"): (typeof documents)["mutation SettlementSurveyResponseReopen($id: ID!) {\n  settlementSurveyResponseReopen(id: $id) {\n    ...SettlementTrackerResponse\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettlementSurveyResponseSave($id: ID!, $version: Int!, $input: SurveyAnswerInput!) {\n  settlementSurveyResponseSave(id: $id, version: $version, input: $input) {\n    id\n    version\n    state\n    missing\n    viewerCan {\n      edit\n      submit\n      reopen\n      extend\n      remind\n    }\n  }\n}"): (typeof documents)["mutation SettlementSurveyResponseSave($id: ID!, $version: Int!, $input: SurveyAnswerInput!) {\n  settlementSurveyResponseSave(id: $id, version: $version, input: $input) {\n    id\n    version\n    state\n    missing\n    viewerCan {\n      edit\n      submit\n      reopen\n      extend\n      remind\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettlementSurveyResponseSubmit($id: ID!) {\n  settlementSurveyResponseSubmit(id: $id) {\n    ...SettlementSurveyAnswer\n  }\n}"): (typeof documents)["mutation SettlementSurveyResponseSubmit($id: ID!) {\n  settlementSurveyResponseSubmit(id: $id) {\n    ...SettlementSurveyAnswer\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettlementSurveySend($yearId: ID!) {\n  settlementSurveySend(yearId: $yearId) {\n    id\n    surveyState\n    surveySentAt\n  }\n}"): (typeof documents)["mutation SettlementSurveySend($yearId: ID!) {\n  settlementSurveySend(yearId: $yearId) {\n    id\n    surveyState\n    surveySentAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SettlementSurveyUpdates($yearId: ID!, $after: String) {\n  settlementSurveyUpdates(yearId: $yearId, after: $after) {\n    cursor\n    type\n    municipalityNumber\n  }\n}"): (typeof documents)["subscription SettlementSurveyUpdates($yearId: ID!, $after: String) {\n  settlementSurveyUpdates(yearId: $yearId, after: $after) {\n    cursor\n    type\n    municipalityNumber\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SettlementTracker($id: ID!) {\n  settlementYear(id: $id) {\n    id\n    title\n    isExample\n    surveyState\n    surveyDeadline\n    viewerCan {\n      track\n      sendSurvey\n      closeSurvey\n    }\n    municipalities {\n      municipality {\n        number\n        name\n      }\n      response {\n        ...SettlementTrackerResponse\n      }\n    }\n  }\n}"): (typeof documents)["query SettlementTracker($id: ID!) {\n  settlementYear(id: $id) {\n    id\n    title\n    isExample\n    surveyState\n    surveyDeadline\n    viewerCan {\n      track\n      sendSurvey\n      closeSurvey\n    }\n    municipalities {\n      municipality {\n        number\n        name\n      }\n      response {\n        ...SettlementTrackerResponse\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SettlementYear($id: ID!) {\n  settlementYear(id: $id) {\n    id\n    year\n    title\n    countyName\n    isExample\n    surveyState\n    surveyDeadline\n    surveySentAt\n    surveyAcceptingAnswers\n    boardState\n    boardLockedAt\n    numbersPublished\n    criteriaVersion\n    criteria {\n      version\n      body\n      bodyHtml\n      authorName\n      createdAt\n    }\n    criteriaVersions {\n      version\n      authorName\n      createdAt\n    }\n    milestones {\n      ...SettlementMilestoneFields\n    }\n    viewerCan {\n      administer\n      track\n      sendSurvey\n      closeSurvey\n      readBoard\n      editBoard\n      lockBoard\n      unlockBoard\n      sendRecommendations\n      readLetter\n      recordRequests\n    }\n  }\n}"): (typeof documents)["query SettlementYear($id: ID!) {\n  settlementYear(id: $id) {\n    id\n    year\n    title\n    countyName\n    isExample\n    surveyState\n    surveyDeadline\n    surveySentAt\n    surveyAcceptingAnswers\n    boardState\n    boardLockedAt\n    numbersPublished\n    criteriaVersion\n    criteria {\n      version\n      body\n      bodyHtml\n      authorName\n      createdAt\n    }\n    criteriaVersions {\n      version\n      authorName\n      createdAt\n    }\n    milestones {\n      ...SettlementMilestoneFields\n    }\n    viewerCan {\n      administer\n      track\n      sendSurvey\n      closeSurvey\n      readBoard\n      editBoard\n      lockBoard\n      unlockBoard\n      sendRecommendations\n      readLetter\n      recordRequests\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettlementYearCreate($input: SettlementYearInput!) {\n  settlementYearCreate(input: $input) {\n    id\n    title\n  }\n}"): (typeof documents)["mutation SettlementYearCreate($input: SettlementYearInput!) {\n  settlementYearCreate(input: $input) {\n    id\n    title\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettlementYearPublish($id: ID!, $published: Boolean!) {\n  settlementYearPublish(id: $id, published: $published) {\n    id\n    numbersPublished\n  }\n}"): (typeof documents)["mutation SettlementYearPublish($id: ID!, $published: Boolean!) {\n  settlementYearPublish(id: $id, published: $published) {\n    id\n    numbersPublished\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SettlementYearUpdate($id: ID!, $input: SettlementYearInput!) {\n  settlementYearUpdate(id: $id, input: $input) {\n    id\n    title\n    surveyDeadline\n    criteriaVersion\n  }\n}"): (typeof documents)["mutation SettlementYearUpdate($id: ID!, $input: SettlementYearInput!) {\n  settlementYearUpdate(id: $id, input: $input) {\n    id\n    title\n    surveyDeadline\n    criteriaVersion\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SettlementYears {\n  settlementYears {\n    id\n    year\n    title\n    countyName\n    isExample\n    surveyState\n    surveyDeadline\n    boardState\n    numbersPublished\n  }\n}"): (typeof documents)["query SettlementYears {\n  settlementYears {\n    id\n    year\n    title\n    countyName\n    isExample\n    surveyState\n    surveyDeadline\n    boardState\n    numbersPublished\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SettlementSurveyAnswer on SurveyResponse {\n  id\n  state\n  version\n  trackerStatus\n  deadline\n  acceptingAnswers\n  submittedAt\n  extendedUntil\n  remindedAt\n  missing\n  capacity\n  capacityMinors\n  extraIfNeeded\n  housing\n  kindergarten\n  school\n  health\n  labourDemand\n  introResults\n  keepCapacity\n  comments\n  viewerCan {\n    edit\n    submit\n    reopen\n    extend\n    remind\n  }\n}"): (typeof documents)["fragment SettlementSurveyAnswer on SurveyResponse {\n  id\n  state\n  version\n  trackerStatus\n  deadline\n  acceptingAnswers\n  submittedAt\n  extendedUntil\n  remindedAt\n  missing\n  capacity\n  capacityMinors\n  extraIfNeeded\n  housing\n  kindergarten\n  school\n  health\n  labourDemand\n  introResults\n  keepCapacity\n  comments\n  viewerCan {\n    edit\n    submit\n    reopen\n    extend\n    remind\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SettlementTrackerResponse on SurveyResponse {\n  id\n  state\n  trackerStatus\n  deadline\n  openedAt\n  submittedAt\n  remindedAt\n  extendedUntil\n  capacity\n  capacityMinors\n  viewerCan {\n    remind\n    extend\n    reopen\n  }\n}"): (typeof documents)["fragment SettlementTrackerResponse on SurveyResponse {\n  id\n  state\n  trackerStatus\n  deadline\n  openedAt\n  submittedAt\n  remindedAt\n  extendedUntil\n  capacity\n  capacityMinors\n  viewerCan {\n    remind\n    extend\n    reopen\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;