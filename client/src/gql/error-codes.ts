// Generated from server/src/common/error-codes.ts by `npm run codegen`. Do not edit by hand.

/** The codes the server promises in `extensions.code`. */
export const ERROR_CODES = [
  /** The input was wrong; `extensions.fields` lists the fields and why (a message key each). */
  'BAD_USER_INPUT',
  /** Not signed in, or the session has ended. */
  'UNAUTHENTICATED',
  /** Signed in, but not allowed to do this (the message key says why, e.g. `auth/email_not_verified`). */
  'FORBIDDEN',
  /** No such thing, or not one the viewer may see (`<what>/not_found`). */
  'NOT_FOUND',
  /** The state of things does not allow it (already done, changed meanwhile, full, the last admin). */
  'CONFLICT',
  /** Too many attempts; `extensions.retryAfterSeconds` says when to try again. */
  'RATE_LIMITED',
  /** Anything unexpected: logged on the server, shown with no detail. */
  'INTERNAL_SERVER_ERROR',
] as const;
export type ServerErrorCode = (typeof ERROR_CODES)[number];

/** Every message key (`domain/snake_case`) the server can answer with: each has a text in nb, nn and en under errors.messages. */
export const ERROR_MESSAGE_KEYS = [
  /** You have downloaded your data many times in the last hour. */
  'account/export_too_often',
  /** You are the only one who can manage something that would otherwise be left without anyone. Let someone else take over first. */
  'account/last_admin',
  /** The password is wrong. */
  'account/wrong_password',
  /** The text can have at most 2,000 characters. */
  'activity/accessibility_length',
  /** The address can have at most 300 characters. */
  'activity/address_length',
  /** Enter an age from 0 to 120. */
  'activity/age_invalid',
  /** “To age” cannot be lower than “From age”. */
  'activity/age_range_invalid',
  /** The offer has already been answered. */
  'activity/already_answered',
  /** You have already offered to help with this activity. */
  'activity/already_offered',
  /** Choose the kind of activity. */
  'activity/category_required',
  /** The price can have at most 200 characters. */
  'activity/cost_length',
  /** The description can have at most 10,000 characters. */
  'activity/description_length',
  /** The end time must be after the start time. */
  'activity/ends_before_start',
  /** Choose every week, every other, every third or every fourth week. */
  'activity/interval_invalid',
  /** One of the languages is not valid. */
  'activity/language_invalid',
  /** The message can have at most 2,000 characters. */
  'activity/message_length',
  /** Choose one day of the week and which one in the month. */
  'activity/monthly_invalid',
  /** Choose the municipality where the activity takes place. */
  'activity/municipality_required',
  /** There are no dates between the first and the last date. Change the dates or the days. */
  'activity/never_occurs',
  /** We could not find the activity. */
  'activity/not_found',
  /** The activity is not published, so it takes no offers to help now. */
  'activity/not_published',
  /** Fill in when the activity takes place. */
  'activity/schedule_required',
  /** The name must have 3 to 200 characters. */
  'activity/title_length',
  /** The activity cannot move there from its current status. Reload the page. */
  'activity/transition_invalid',
  /** The last date cannot be before the first date. */
  'activity/until_before_start',
  /** Choose at least one day of the week. */
  'activity/weekdays_required',
  /** The text can have at most 10,000 characters. */
  'announcement/body_length',
  /** Write a text. */
  'announcement/body_required',
  /** The date must be in the future. */
  'announcement/expires_in_past',
  /** The title must have between 3 and 200 characters. */
  'announcement/title_length',
  /** You need to confirm your e-mail address first. */
  'auth/email_not_verified',
  /** Your account has been suspended. Contact the county if you think this is a mistake. */
  'auth/account_suspended',
  /** You do not have access to this. */
  'auth/forbidden',
  /** This can only be done in the browser. */
  'auth/http_only',
  /** Wrong e-mail address or password. */
  'auth/invalid_credentials',
  /** You need to log in to do this. */
  'auth/not_signed_in',
  /** The link has expired. Ask for a new one. */
  'auth/token_expired',
  /** The link is not valid. Check that you copied all of it, or ask for a new one. */
  'auth/token_invalid',
  /** The link has already been used. */
  'auth/token_used',
  /** Too many login attempts. */
  'auth/too_many_attempts',
  /** You have already answered. Thank you! */
  'evaluation/already_answered',
  /** The answer does not fit the question. */
  'evaluation/answer_invalid',
  /** The answer can have at most 1000 characters. */
  'evaluation/answer_length',
  /** Write the question (at most 200 characters). */
  'evaluation/label_length',
  /** The evaluation is not open. */
  'evaluation/not_open',
  /** Only those who had a seat can answer the evaluation. */
  'evaluation/not_participant',
  /** Participants can be asked to evaluate once the event has started. */
  'evaluation/not_started',
  /** An evaluation has two or three questions. */
  'evaluation/question_count',
  /** Choose a number from 1 to 5. */
  'evaluation/rating_required',
  /** The evaluation cannot be changed that way now. */
  'evaluation/transition_invalid',
  /** You are already registered for this event. */
  'event/already_registered',
  /** Each audience can have at most 80 characters. */
  'event/audience_length',
  /** The message is too long. */
  'event/body_length',
  /** The event is cancelled. */
  'event/cancelled',
  /** The number of seats must be a whole number from 0 to 100,000. */
  'event/capacity_invalid',
  /** The description is too long. */
  'event/description_length',
  /** The end must be after the start. */
  'event/ends_before_start',
  /** Choose the kind of event. */
  'event/kind_required',
  /** Choose a valid language. */
  'event/language_invalid',
  /** The materials are too long. */
  'event/materials_length',
  /** Enter a valid link starting with https:// */
  'event/meeting_url_invalid',
  /** Choose whether the event is online, in person or hybrid. */
  'event/mode_required',
  /** This event needs no registration. */
  'event/no_registration',
  /** The event is already published. */
  'event/not_draft',
  /** The event is not published. */
  'event/not_published',
  /** We could not find the event. It may have been removed or not be published yet. */
  'event/not_found',
  /** The reason is too long. */
  'event/reason_length',
  /** Registration is closed. */
  'event/registration_closed',
  /** Registration for this event happens elsewhere. Follow the link on the event page. */
  'event/registration_external',
  /** Registration has not opened yet. */
  'event/registration_not_open',
  /** The number of reserved seats must be a whole number and no more than the number of seats. */
  'event/reserved_invalid',
  /** Choose whom the seats are reserved for. */
  'event/reserved_kind_required',
  /** Reserved seats must be released before the event starts. */
  'event/reserved_until_after_start',
  /** Choose when reserved seats are released. */
  'event/reserved_until_required',
  /** Choose between 1 and 12 new events. */
  'event/series_count',
  /** The subject must have between 1 and 200 characters. */
  'event/subject_length',
  /** Fill in when the event starts and ends. */
  'event/time_required',
  /** The title must have between 3 and 200 characters. */
  'event/title_length',
  /** Fill in the title. */
  'event/title_required',
  /** The venue is too long. */
  'event/venue_length',
  /** Give the name of the venue or the address. */
  'event/venue_required',
  /** The registration deadline must be before the event ends. */
  'event/window_after_end',
  /** The registration deadline must be after registration opens. */
  'event/window_invalid',
  /** The organisation is already a host or invited. */
  'event_host/already',
  /** We could not find the invitation to co-host. */
  'event_host/not_found',
  /** An event can have at most 10 co-hosts. */
  'event_host/too_many',
  /** The invitation cannot be changed that way now. */
  'event_host/transition_invalid',
  /** The time to answer must be between 1 and 90 days. */
  'grant/acceptance_days_invalid',
  /** The deadline to answer the award has passed. */
  'grant/acceptance_deadline_passed',
  /** The budget line is not in the application. */
  'grant/account_line_unknown',
  /** The number of activities must be a whole number. */
  'grant/activities_invalid',
  /** The amount must be a whole number of kroner. */
  'grant/amount_invalid',
  /** The appeal deadline has passed. */
  'grant/appeal_deadline_passed',
  /** The appeal has already been decided. */
  'grant/appeal_decided',
  /** The decision has already been appealed. */
  'grant/appeal_exists',
  /** When approved, the amount must be the amount requested. Choose “Partially approved” for less. */
  'grant/approved_amount_mismatch',
  /** The award has not been accepted. */
  'grant/award_not_accepted',
  /** The award has already been answered. */
  'grant/award_not_open',
  /** Write the budget as a whole amount in kroner. */
  'grant/budget_invalid',
  /** Every budget line needs a description of at most 300 characters. */
  'grant/budget_line_invalid',
  /** Enter the budget. */
  'grant/budget_required',
  /** The request has already been decided. */
  'grant/change_request_decided',
  /** A change is already being considered. */
  'grant/change_request_pending',
  /** Choose the deadline. */
  'grant/closes_at_required',
  /** The deadline must be after the opening time. */
  'grant/closes_before_opens',
  /** The comment can have at most 10,000 characters. */
  'grant/comment_length',
  /** You have declared a conflict of interest in this application and take no part in its assessment. */
  'grant/conflict_declared',
  /** The contact information can have at most 2,000 characters. */
  'grant/contacts_length',
  /** Add at least one assessment criterion before opening the round. */
  'grant/criteria_required',
  /** Two criteria have the same key. */
  'grant/criterion_duplicate',
  /** Every criterion needs a key (at most 40 characters) and a name. */
  'grant/criterion_invalid',
  /** One of the criteria does not exist in the round. */
  'grant/criterion_unknown',
  /** The deadline has passed. The application cannot be submitted. */
  'grant/deadline_passed',
  /** You must declare that you have no conflict of interest before opening the application. */
  'grant/declaration_required',
  /** Choose a new due date. */
  'grant/due_date_required',
  /** The new due date must be later than the current one, and within two years. */
  'grant/extension_invalid',
  /** Choose a file to upload. */
  'grant/file_missing',
  /** The file is too large. It can be at most 20 MB. */
  'grant/file_too_large',
  /** This file type is not allowed. Upload a PDF, Word, Excel, PowerPoint or OpenDocument file, or an image (PNG, JPG, WebP, GIF). */
  'grant/file_type_not_allowed',
  /** The description can be at most 20,000 characters. */
  'grant/goals_length',
  /** The grant used cannot be more than the grant. */
  'grant/grant_used_over_award',
  /** Write the appeal. */
  'grant/grounds_required',
  /** The guidelines can have at most 50,000 characters. */
  'grant/guidelines_length',
  /** Write guidelines before opening the round. */
  'grant/guidelines_required',
  /** The application has changed meanwhile. Reload the page. */
  'grant/invalid_transition',
  /** Write a message of at most 5,000 characters. */
  'grant/message_length',
  /** Fill in the budget, with at least one line with a requested amount */
  'grant/missing_budget_lines',
  /** The deadline has passed */
  'grant/missing_deadline',
  /** The organisation does not work in any of the municipalities the call covers */
  'grant/missing_municipality',
  /** The round is not open for applications */
  'grant/missing_not_open',
  /** This kind of organisation cannot apply in this round */
  'grant/missing_organisation_kind',
  /** Add partners */
  'grant/missing_partners',
  /** Write a project plan */
  'grant/missing_project_plan',
  /** Write a summary */
  'grant/missing_summary',
  /** Write a title */
  'grant/missing_title',
  /** The name must have 2 to 200 characters. */
  'grant/name_length',
  /** There is already a grant scheme with this name. */
  'grant/name_taken',
  /** A decision cannot be made on the application in its current state. */
  'grant/not_decidable',
  /** The application has no decision yet. */
  'grant/not_decided',
  /** The application has been submitted and cannot be changed. */
  'grant/not_editable',
  /** The application cannot be submitted yet: something is missing. */
  'grant/not_eligible',
  /** You can only apply on behalf of organisations you are a member of. */
  'grant/not_member',
  /** The application cannot be withdrawn once a decision has been made. */
  'grant/not_withdrawable',
  /** Choose when the round opens. */
  'grant/opens_at_required',
  /** Choose a valid outcome. */
  'grant/outcome_invalid',
  /** The decision goes over the round's budget. */
  'grant/over_budget',
  /** When partially approved, the amount must be more than 0 and less than requested. */
  'grant/partial_amount_invalid',
  /** The number of participants must be a whole number. */
  'grant/participants_invalid',
  /** Write a number from 0 to 20. */
  'grant/partners_invalid',
  /** The payment is not due, or has already been recorded. */
  'grant/payment_not_requested',
  /** The payment plan must be whole percentages adding up to 100. */
  'grant/payment_plan_invalid',
  /** Write the reference from the finance system (at most 100 characters). */
  'grant/payment_reference_invalid',
  /** The project plan is too long. */
  'grant/plan_length',
  /** Write the reasoning. */
  'grant/reason_required',
  /** The claim cannot be more than what was paid and not already claimed back. */
  'grant/repayment_over_paid',
  /** The claim is already settled. */
  'grant/repayment_settled',
  /** A report's due date must be after the application deadline. */
  'grant/report_due_before_deadline',
  /** The report is not complete. */
  'grant/report_incomplete',
  /** Fill in the accounts for every budget line. */
  'grant/report_missing_accounts',
  /** Describe what was done. */
  'grant/report_missing_goals',
  /** Fill in how much of the grant was used. */
  'grant/report_missing_grant_used',
  /** Fill in the participants. */
  'grant/report_missing_results',
  /** The total costs do not match the sum of the account lines. */
  'grant/report_missing_total_mismatch',
  /** Fill in the total costs. */
  'grant/report_missing_total_spent',
  /** The report has been sent in and cannot be changed now. */
  'grant/report_not_editable',
  /** The report has been sent in, so its due date cannot be moved. */
  'grant/report_not_extendable',
  /** The report is not waiting for review (someone may have reviewed it meanwhile). */
  'grant/report_not_submitted',
  /** Choose the report the due date is for. */
  'grant/report_required',
  /** There can be only one mid-term and one final report. */
  'grant/report_requirement_duplicate',
  /** Each combination of municipality and target group can appear only once. */
  'grant/result_duplicate',
  /** The round's decisions have been published, so it cannot be changed. */
  'grant/round_decided',
  /** The round must be closed first. */
  'grant/round_not_closed',
  /** The round is not open for applications. */
  'grant/round_not_open',
  /** Choose a grant scheme. */
  'grant/scheme_not_found',
  /** Points must be a whole number from 0 to 5. */
  'grant/score_invalid',
  /** The file could not be stored just now. Try again in a moment. */
  'grant/storage_unavailable',
  /** The summary can have at most 5000 characters. */
  'grant/summary_length',
  /** The title must have between 1 and 200 characters. */
  'grant/title_length',
  /** Enter a title. */
  'grant/title_required',
  /** The application already has the most attachments allowed (20). */
  'grant/too_many_attachments',
  /** These applications have no decision yet: */
  'grant/undecided_applications',
  /** The upload was refused. Reload the page and try again. */
  'grant/upload_header_missing',
  /** The upload failed. Try again. */
  'grant/upload_invalid',
  /** Someone else has saved a newer version of the application. */
  'grant/version_conflict',
  /** The weight must be from 1 to 100. */
  'grant/weight_invalid',
  /** Write a year between 2000 and 2100. */
  'grant/year_invalid',
  /** Enter the year. */
  'grant/year_required',
  /** Appeal not found. */
  'grant_appeal/not_found',
  /** We could not find the application, or you do not have access to it. Applications can only be seen by members of the applying organisation. */
  'grant_application/not_found',
  /** We could not find the attachment. It may have been deleted. */
  'grant_attachment/not_found',
  /** Award not found. */
  'grant_award/not_found',
  /** Request not found. */
  'grant_change_request/not_found',
  /** Payment not found. */
  'grant_payment/not_found',
  /** Repayment claim not found. */
  'grant_repayment_claim/not_found',
  /** Report not found. */
  'grant_report/not_found',
  /** We could not find the call. It may have been removed, or the link may be wrong. */
  'grant_round/not_found',
  /** You are already a member of the group. */
  'group/already_member',
  /** You have already asked to join. */
  'group/already_requested',
  /** The description can have at most 5000 characters. */
  'group/description_length',
  /** You must be invited to join this group. */
  'group/invitation_only',
  /** Choose who can join. */
  'group/join_policy_required',
  /** The group must have at least one owner. Make another member an owner first. */
  'group/last_owner',
  /** Only members have access to this. */
  'group/members_only',
  /** The name must have between 3 and 120 characters. */
  'group/name_length',
  /** There is already a group with this name. */
  'group/name_taken',
  /** You must be a member of the group to do this. */
  'group/not_active',
  /** We could not find the group. */
  'group/not_found',
  /** This person has not asked to join. */
  'group/not_requested',
  /** Only the group's owners can do this. */
  'group/owner_only',
  /** You cannot remove yourself: leave the group instead. */
  'group/remove_self',
  /** Choose who can read. */
  'group/visibility_required',
  /** We could not find the membership. */
  'group_member/not_found',
  /** The person is already a member of the organisation. */
  'invitation/already_member',
  /** The invitation has expired. Ask the organisation for a new one. */
  'invitation/expired',
  /** The invitation link is not valid. */
  'invitation/invalid',
  /** We could not find the invitation. */
  'invitation/not_found',
  /** The invitation has been revoked. */
  'invitation/revoked',
  /** The invitation has already been accepted. */
  'invitation/used',
  /** The invitation is for another e-mail address than the one you are logged in with. */
  'invitation/wrong_account',
  /** Too many requests have come from here in a short time. */
  'limit/too_many_requests',
  /** The organisation needs at least one administrator. Make another member an administrator first. */
  'membership/last_admin',
  /** We could not find the membership. */
  'membership/not_found',
  /** Only the author can change the message. */
  'message/author_only',
  /** The message is too long. */
  'message/body_length',
  /** Write a message. */
  'message/body_required',
  /** The message has been deleted. */
  'message/deleted',
  /** We could not find the message. */
  'message/not_found',
  /** The content is already hidden. */
  'moderation/already_hidden',
  /** You have already reported this. A moderator will look at it. */
  'moderation/already_reported',
  /** The account is already suspended. */
  'moderation/already_suspended',
  /** A moderator has hidden this content. */
  'moderation/content_hidden',
  /** We could not find the content. */
  'moderation/content_not_found',
  /** The content is not hidden. */
  'moderation/not_hidden',
  /** The account is not suspended. */
  'moderation/not_suspended',
  /** You cannot report your own content. */
  'moderation/own_content',
  /** The reason is too long. */
  'moderation/reason_length',
  /** Write a reason (at least 3 characters). */
  'moderation/reason_required',
  /** The report has already been handled. */
  'moderation/report_closed',
  /** We could not find the report. */
  'moderation/report_not_found',
  /** You have sent many reports in the last hour. Try again later. */
  'moderation/report_too_often',
  /** You cannot suspend your own account. */
  'moderation/suspend_self',
  /** We could not find the municipality. */
  'municipality/not_found',
  /** Unknown municipality. */
  'municipality/unknown',
  /** We could not find the notification. */
  'notification/not_found',
  /** The description can be at most 5000 characters. */
  'organisation/description_length',
  /** Choose the type of organisation. */
  'organisation/kind_required',
  /** The name must be between 2 and 200 characters. */
  'organisation/name_length',
  /** We could not find the organisation. */
  'organisation/not_found',
  /** The organisation must be verified by the county before it can send e-mail to others. */
  'organisation/not_verified',
  /** The organisation number is not valid. It has nine digits. */
  'organisation/org_number_invalid',
  /** Another organisation is already registered with this organisation number. */
  'organisation/org_number_taken',
  /** The phone number is not valid. */
  'organisation/phone_invalid',
  /** The reason can be at most 2000 characters. */
  'organisation/reason_length',
  /** Write a reason. */
  'organisation/reason_required',
  /** Enter the full website address, with https://. */
  'organisation/website_invalid',
  /** Write the question (at most 200 characters). */
  'question/label_length',
  /** Each option can have at most 100 characters. */
  'question/option_length',
  /** Give 2–20 different options. */
  'question/options_count',
  /** An event can have at most 10 questions. */
  'question/too_many',
  /** The registration is already cancelled. */
  'registration/already_cancelled',
  /** Choose among the options. */
  'registration/answer_invalid',
  /** The answer can have at most 500 characters. */
  'registration/answer_length',
  /** Answer the question. */
  'registration/answer_required',
  /** Check-in opens the day before the event. */
  'registration/check_in_closed',
  /** Only participants with a seat can be checked in. */
  'registration/check_in_not_confirmed',
  /** The registration was not confirmed within 24 hours and has expired. Register again from the event page. */
  'registration/expired',
  /** We could not find the registration. */
  'registration/not_found',
  /** Choose one of your organisations. */
  'registration/organisation_invalid',
  /** The link is not valid. Check that you copied the whole link from the e-mail. */
  'registration/token_invalid',
  /** Too many registrations without an account from here or for this event. Try again in an hour, or log in. */
  'registration/too_many_attempts',
  /** The registration cannot be changed that way. */
  'registration/transition_invalid',
  /** Choose who can see the resource. */
  'resource/access_required',
  /** Choose a file to upload. */
  'resource/file_missing',
  /** The file is too large. It can be at most 20 MB. */
  'resource/file_too_large',
  /** This file type is not allowed. Upload a PDF, Word, Excel, PowerPoint or OpenDocument file, or an image (PNG, JPG, WebP, GIF). */
  'resource/file_type_not_allowed',
  /** Choose the group that gets access. */
  'resource/group_required',
  /** Choose a kind of resource. */
  'resource/kind_required',
  /** The resource was not found. */
  'resource/not_found',
  /** The file could not be stored just now. Try again in a moment. */
  'resource/storage_unavailable',
  /** The publisher can have at most 200 characters. */
  'resource/publisher_length',
  /** The summary can have at most 5000 characters. */
  'resource/summary_length',
  /** The title must have 3 to 200 characters. */
  'resource/title_length',
  /** The upload was refused. Reload the page and try again. */
  'resource/upload_header_missing',
  /** The upload failed. Try again. */
  'resource/upload_invalid',
  /** A link needs a web address. */
  'resource/url_required',
  /** Type what you want to search for. */
  'search/query_required',
  /** The answer cannot be submitted yet: something is missing. */
  'settlement/answer_incomplete',
  /** Fill in the field. */
  'settlement/answer_required',
  /** The board is locked. */
  'settlement/board_locked',
  /** Someone else changed the cell meanwhile. */
  'settlement/cell_version_conflict',
  /** The comment can have at most 2000 characters. */
  'settlement/comment_length',
  /** Unknown county. */
  'settlement/county_unknown',
  /** This can only be set when the year is created. */
  'settlement/create_only',
  /** The criteria are too long. */
  'settlement/criteria_length',
  /** The municipality is listed twice. */
  'settlement/csv_duplicate',
  /** The file has no requests. */
  'settlement/csv_empty',
  /** The file has errors. Nothing has been saved. */
  'settlement/csv_invalid',
  /** The file is too large (at most 100 000 characters). */
  'settlement/csv_too_large',
  /** The file has too many lines (at most 500). */
  'settlement/csv_too_many_rows',
  /** The deadline has passed. */
  'settlement/deadline_passed',
  /** Set a deadline first. */
  'settlement/deadline_required',
  /** Enter the date of the decision. */
  'settlement/decision_date_required',
  /** Say whether the municipality takes unaccompanied minors. */
  'settlement/decision_minors_required',
  /** Enter the number decided. */
  'settlement/decision_number_required',
  /** Record the decision before uploading its document. */
  'settlement/decision_required',
  /** Choose a file. */
  'settlement/file_missing',
  /** The file is too large (at most 20 MB). */
  'settlement/file_too_large',
  /** This type of file cannot be uploaded. */
  'settlement/file_type_not_allowed',
  /** This has changed meanwhile. Reload the page. */
  'settlement/invalid_transition',
  /** The milestone must have 3 to 200 characters. */
  'settlement/milestone_title_length',
  /** Unaccompanied minors cannot be more than the total. */
  'settlement/minors_exceed_total',
  /** Choose a month. */
  'settlement/month_invalid',
  /** Only the municipality itself can answer the survey. */
  'settlement/municipality_only',
  /** Nobody from the municipality is on the platform. */
  'settlement/nobody_to_remind',
  /** There are no drafts to send. */
  'settlement/nothing_to_send',
  /** This column takes numbers only. */
  'settlement/number_column',
  /** Enter a whole number (0 or more). */
  'settlement/number_invalid',
  /** Each participant can have at most 120 characters. */
  'settlement/participant_length',
  /** Some recommendations have no number. */
  'settlement/recommendation_incomplete',
  /** The recommendation has been sent and is locked. */
  'settlement/recommendation_sent',
  /** The board cannot be unlocked once recommendations have been sent. */
  'settlement/recommendations_sent',
  /** The municipality was reminded less than an hour ago. */
  'settlement/reminded_recently',
  /** The answer has been submitted. */
  'settlement/response_submitted',
  /** Responsible can have at most 200 characters. */
  'settlement/responsible_length',
  /** The file could not be stored just now. Try again in a moment. */
  'settlement/storage_unavailable',
  /** The survey is not open. */
  'settlement/survey_not_open',
  /** This column takes text only. */
  'settlement/text_column',
  /** The text can have at most 5000 characters. */
  'settlement/text_length',
  /** The title must have 3 to 200 characters. */
  'settlement/title_length',
  /** The upload lacked a required header. */
  'settlement/upload_header_missing',
  /** The upload could not be read. */
  'settlement/upload_invalid',
  /** Someone else has saved a newer version. */
  'settlement/version_conflict',
  /** Invalid version. */
  'settlement/version_invalid',
  /** There is already a settlement year for this county and year. */
  'settlement/year_exists',
  /** Enter a year between 2000 and 2100. */
  'settlement/year_invalid',
  /** Milestone not found. */
  'settlement_milestone/not_found',
  /** Recommendation not found. */
  'settlement_recommendation/not_found',
  /** Answer not found. */
  'settlement_survey_response/not_found',
  /** Settlement year not found. */
  'settlement_year/not_found',
  /** We could not find the conversation. */
  'thread/not_found',
  /** The subject must have between 2 and 200 characters. */
  'thread/title_length',
  /** Unknown topic. */
  'topic/unknown',
  /** There must be at least one administrator. */
  'user/last_admin',
  /** We could not find the user. */
  'user/not_found',
  /** The list is out of date. Reload the page. */
  'validation/cursor_invalid',
  /** Enter a valid date. */
  'validation/date_invalid',
  /** Enter a valid date and time. */
  'validation/datetime_invalid',
  /** Choose a time between the years 2000 and 2100. */
  'validation/datetime_out_of_range',
  /** Enter a valid e-mail address, for example name{'@'}example.com. */
  'validation/email_invalid',
  /** Invalid number. */
  'validation/first_out_of_range',
  /** The text contains invisible or control characters (such as zero-width spaces or direction marks). Remove them and try again. */
  'validation/invalid_characters',
  /** Some of the information is not valid. Please check and try again. */
  'validation/invalid_input',
  /** The name must be between 1 and 120 characters. */
  'validation/name_length',
  /** The password is too common and easy to guess. Choose another. */
  'validation/password_common',
  /** The password can be at most 128 characters. */
  'validation/password_too_long',
  /** The password must be at least 8 characters. */
  'validation/password_too_short',
  /** The search is too long. */
  'validation/search_too_long',
  /** Each tag can be at most 40 characters. */
  'validation/tag_length',
  /** Enter a valid time, for example 17:00. */
  'validation/time_invalid',
  /** The title can be at most 120 characters. */
  'validation/title_length',
  /** You have chosen too many. */
  'validation/too_many_items',
  /** You can have at most 20 tags. */
  'validation/too_many_tags',
  /** Enter a valid link starting with https:// */
  'validation/url_invalid',
  /** We could not find the offer. */
  'volunteer_interest/not_found',
] as const;
export type ServerErrorMessage = (typeof ERROR_MESSAGE_KEYS)[number];
