import { targetOf, type TransitionTable } from '../../../common/transitions.js';
import { ReportState as S, type GrantReport } from './follow-up.entity.js';
import { mover } from './moves.js';

/** The moves of a report. A report starts as a DRAFT when its award is accepted. */
export type ReportMove = 'submit' | 'resubmit' | 'approve' | 'requestChanges' | 'reject';

export const REPORT_MOVES: Readonly<Record<ReportMove, string>> = {
  submit: 'the organisation sends it in, complete and with accounts that add up (see `missing`); after the due date too, late',
  resubmit: 'the organisation sends it in again with the changes asked for',
  approve: 'county staff approve it; an approved report makes the payments waiting for it due',
  requestChanges: 'county staff send it back with a message (the loop repeats until approved or rejected)',
  reject: 'county staff reject it; the payments waiting for it are cancelled',
};

/** Every move a report can make: the one place these rules live. */
export const REPORT_TRANSITIONS: TransitionTable<S, ReportMove> = {
  [S.DRAFT]: { [S.SUBMITTED]: 'submit' },
  [S.SUBMITTED]: { [S.APPROVED]: 'approve', [S.CHANGES_REQUESTED]: 'requestChanges', [S.REJECTED]: 'reject' },
  [S.CHANGES_REQUESTED]: { [S.SUBMITTED]: 'resubmit' },
  [S.APPROVED]: {},
  [S.REJECTED]: {},
};

/** Where the organisation may change the content and attachments. */
export const REPORT_EDITABLE_STATES: readonly S[] = [S.DRAFT, S.CHANGES_REQUESTED];

type Facts = Pick<GrantReport, 'state' | 'dueAt'>;

export const reportMay = (report: Pick<GrantReport, 'state'>, move: ReportMove): boolean => targetOf(REPORT_TRANSITIONS, report.state, move) !== null;

export const reportEditable = (report: Pick<GrantReport, 'state'>): boolean => REPORT_EDITABLE_STATES.includes(report.state);

/** Sending it in: again after changes were asked for, else the first time. */
export const reportSendInMove = (report: Pick<GrantReport, 'state'>): ReportMove => (reportMay(report, 'resubmit') ? 'resubmit' : 'submit');

/** Not sent in by its due date (to the second): never sent, and the due date has passed. */
export const reportOverdue = (report: Facts, now = new Date()): boolean => report.state === S.DRAFT && now.getTime() > report.dueAt.getTime();

/** A deadline extension makes sense while the report has not been sent in. */
export const reportExtendable = (report: Pick<GrantReport, 'state'>): boolean => report.state === S.DRAFT;

const REFUSAL: Partial<Record<ReportMove, string>> = { submit: 'grant/report_not_editable', resubmit: 'grant/report_not_editable' };

export const moveReport = mover(REPORT_TRANSITIONS, 'grant_report', (move) => REFUSAL[move] ?? 'grant/report_not_submitted');
