import { describe, expect, it } from 'vitest';
import { movesOf, type TransitionTable } from '../../../common/transitions.js';
import { APPEAL_MOVES, APPEAL_TRANSITIONS, type AppealMove } from './appeal.states.js';
import { AWARD_MOVES, AWARD_TRANSITIONS, awardMay, type AwardMove } from './award.states.js';
import { CHANGE_REQUEST_MOVES, CHANGE_REQUEST_TRANSITIONS, type ChangeRequestMove } from './change-request.states.js';
import { acceptanceDeadline, addDays, appealDeadline, beforeDeadline, easterSunday, endOfOsloDay, isWorkingDay } from './deadlines.js';
import { AppealState as Ap, AwardState as Aw, ChangeRequestState as C, PaymentState as P, PaymentTrigger as T, RepaymentState as Rp, ReportKind, ReportState as R } from './follow-up.entity.js';
import { PAYMENT_MOVES, PAYMENT_TRANSITIONS, type PaymentMove } from './payment.states.js';
import { planFor } from './payments.js';
import { reportReminderDue } from './reminders.js';
import { REPAYMENT_MOVES, REPAYMENT_TRANSITIONS, type RepaymentMove } from './repayment.states.js';
import { REPORT_MOVES, REPORT_TRANSITIONS, reportEditable, reportOverdue, reportSendInMove, type ReportMove } from './report.states.js';

// Written out by hand (not read from the tables): a change to a table has to change these lists too.
const AWARD: [Aw, AwardMove, Aw][] = [
  [Aw.OFFERED, 'accept', Aw.ACCEPTED],
  [Aw.OFFERED, 'decline', Aw.DECLINED],
  [Aw.OFFERED, 'lapse', Aw.LAPSED],
];
const REPORT: [R, ReportMove, R][] = [
  [R.DRAFT, 'submit', R.SUBMITTED],
  [R.SUBMITTED, 'approve', R.APPROVED],
  [R.SUBMITTED, 'requestChanges', R.CHANGES_REQUESTED],
  [R.SUBMITTED, 'reject', R.REJECTED],
  [R.CHANGES_REQUESTED, 'resubmit', R.SUBMITTED],
];
const PAYMENT: [P, PaymentMove, P][] = [
  [P.PLANNED, 'request', P.REQUESTED],
  [P.PLANNED, 'cancel', P.CANCELLED],
  [P.REQUESTED, 'markPaid', P.PAID],
  [P.REQUESTED, 'cancel', P.CANCELLED],
];
const REPAYMENT: [Rp, RepaymentMove, Rp][] = [
  [Rp.CLAIMED, 'recordRepaid', Rp.REPAID],
  [Rp.CLAIMED, 'waive', Rp.WAIVED],
];
const CHANGE: [C, ChangeRequestMove, C][] = [
  [C.PENDING, 'approve', C.APPROVED],
  [C.PENDING, 'deny', C.DENIED],
];
const APPEAL: [Ap, AppealMove, Ap][] = [
  [Ap.FILED, 'uphold', Ap.UPHELD],
  [Ap.FILED, 'forward', Ap.FORWARDED],
];

/** Every (from, to) pair: allowed exactly when listed, and then by the listed move; every move described. */
function checkMachine<S extends string, M extends string>(name: string, table: TransitionTable<S, M>, states: S[], moves: Record<M, string>, allowed: [S, M, S][]) {
  it(`${name}: exactly the listed moves between every pair of states, each described`, () => {
    for (const from of states) {
      for (const to of states) {
        const listed = allowed.find(([f, , t]) => f === from && t === to);
        expect((table[from] as Record<string, M | undefined>)[to], `${from} → ${to}`).toBe(listed?.[1]);
      }
    }
    expect(Object.keys(table).sort()).toEqual([...states].sort());
    expect(movesOf(table).sort()).toEqual(Object.keys(moves).sort());
  });
}

describe('the follow-up transition tables', () => {
  checkMachine('award', AWARD_TRANSITIONS, Object.values(Aw), AWARD_MOVES, AWARD);
  checkMachine('report', REPORT_TRANSITIONS, Object.values(R), REPORT_MOVES, REPORT);
  checkMachine('payment', PAYMENT_TRANSITIONS, Object.values(P), PAYMENT_MOVES, PAYMENT);
  checkMachine('repayment', REPAYMENT_TRANSITIONS, Object.values(Rp), REPAYMENT_MOVES, REPAYMENT);
  checkMachine('change request', CHANGE_REQUEST_TRANSITIONS, Object.values(C), CHANGE_REQUEST_MOVES, CHANGE);
  checkMachine('appeal', APPEAL_TRANSITIONS, Object.values(Ap), APPEAL_MOVES, APPEAL);

  it('an award is answered until its deadline, to the millisecond, and lapses only after it', () => {
    const deadline = new Date('2027-03-01T22:59:59.999Z');
    const offered = { state: Aw.OFFERED, acceptDeadline: deadline };
    expect(awardMay(offered, 'accept', deadline)).toBe(true);
    expect(awardMay(offered, 'decline', new Date(deadline.getTime() - 1000))).toBe(true);
    expect(awardMay(offered, 'lapse', deadline)).toBe(false);
    const after = new Date(deadline.getTime() + 1);
    expect(awardMay(offered, 'accept', after)).toBe(false);
    expect(awardMay(offered, 'decline', after)).toBe(false);
    expect(awardMay(offered, 'lapse', after)).toBe(true);
    for (const state of [Aw.ACCEPTED, Aw.DECLINED, Aw.LAPSED]) for (const move of Object.keys(AWARD_MOVES) as AwardMove[]) expect(awardMay({ state, acceptDeadline: deadline }, move, new Date(0)), `${state} ${move}`).toBe(false);
  });

  it('a report: editable as a draft or when changes are asked for, sent in again by resubmit, overdue only as an unsent draft after its due second', () => {
    expect(Object.values(R).filter((state) => reportEditable({ state }))).toEqual([R.DRAFT, R.CHANGES_REQUESTED]);
    expect(reportSendInMove({ state: R.DRAFT })).toBe('submit');
    expect(reportSendInMove({ state: R.CHANGES_REQUESTED })).toBe('resubmit');
    const dueAt = new Date('2027-11-30T22:59:00.000Z');
    expect(reportOverdue({ state: R.DRAFT, dueAt }, dueAt)).toBe(false);
    expect(reportOverdue({ state: R.DRAFT, dueAt }, new Date(dueAt.getTime() + 1000))).toBe(true);
    for (const state of [R.SUBMITTED, R.CHANGES_REQUESTED, R.APPROVED, R.REJECTED]) expect(reportOverdue({ state, dueAt }, new Date(dueAt.getTime() + 86_400_000))).toBe(false);
  });
});

describe('deadlines in Oslo time', () => {
  it('ends a day at 23:59:59.999 Oslo time, in winter (CET) and summer (CEST)', () => {
    expect(endOfOsloDay('2027-01-15').toISOString()).toBe('2027-01-15T22:59:59.999Z');
    expect(endOfOsloDay('2027-06-15').toISOString()).toBe('2027-06-15T21:59:59.999Z');
  });

  it('gives the acceptance deadline in Oslo days from the publication, across a change of clocks', () => {
    // Published 28 March 2027 at 00:30 Oslo (27 March 23:30 UTC): day 0 is the 28th, 21 days later is 18 April (CEST).
    expect(acceptanceDeadline(new Date('2027-03-27T23:30:00Z'), 21).toISOString()).toBe('2027-04-18T21:59:59.999Z');
    expect(acceptanceDeadline(new Date('2027-10-20T10:00:00Z'), 14).toISOString()).toBe('2027-11-03T22:59:59.999Z');
  });

  it('knows Easter and the Norwegian public holidays', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2028)).toBe('2028-04-16');
    for (const holiday of ['2027-01-01', '2027-03-25', '2027-03-26', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-17', '2027-12-25', '2027-12-26']) expect(isWorkingDay(holiday), holiday).toBe(false);
    expect(isWorkingDay('2028-06-05')).toBe(false); // 2. pinsedag 2028 (in 2027 it falls on 17 May)
    expect(isWorkingDay('2027-05-18')).toBe(true);
    expect(isWorkingDay('2027-06-05')).toBe(false); // Saturday
    expect(addDays('2027-02-27', 2)).toBe('2027-03-01');
  });

  it('gives the appeal deadline three weeks from the notice (forvaltningsloven § 29), past weekends and holidays', () => {
    // Notice on Monday 1 March 2027 → Monday 22 March, end of day (CET).
    expect(appealDeadline(new Date('2027-03-01T09:00:00Z')).toISOString()).toBe('2027-03-22T22:59:59.999Z');
    // Notice on Thursday 4 March 2027 → Thursday 25 March is skjærtorsdag; then langfredag, the weekend and 2. påskedag: Tuesday 30 March (CEST).
    expect(appealDeadline(new Date('2027-03-04T09:00:00Z')).toISOString()).toBe('2027-03-30T21:59:59.999Z');
    // Notice late on a Saturday evening in Oslo (still Saturday in UTC) → three weeks is a Saturday → Monday.
    expect(appealDeadline(new Date('2027-01-09T22:30:00Z')).toISOString()).toBe('2027-02-01T22:59:59.999Z');
    // Notice just after midnight Oslo time counts from that (Oslo) day: Sunday 10 Jan → Sunday 31 Jan → Monday 1 Feb.
    expect(appealDeadline(new Date('2027-01-09T23:30:00Z')).toISOString()).toBe('2027-02-01T22:59:59.999Z');
  });

  it('holds a deadline through its last second, and not a millisecond after', () => {
    const deadline = appealDeadline(new Date('2027-03-01T09:00:00Z'));
    expect(beforeDeadline(deadline, new Date('2027-03-22T22:59:59.000Z'))).toBe(true);
    expect(beforeDeadline(deadline, deadline)).toBe(true);
    expect(beforeDeadline(deadline, new Date('2027-03-22T23:00:00.000Z'))).toBe(false);
  });
});

describe('payment plans and reminders', () => {
  const round = (kinds: ReportKind[]) => ({
    paymentPlan: [
      { percent: 75, trigger: 'ACCEPTANCE' as const },
      { percent: 25, trigger: 'FINAL_REPORT' as const },
    ],
    reportRequirements: kinds.map((kind) => ({ key: kind.toLowerCase(), kind, dueAt: '2027-12-01T11:00:00.000Z' })),
  });

  it('splits an award by the plan, the last payment taking the rounding', () => {
    expect(planFor(round([ReportKind.FINAL]), 100_001)).toEqual([
      { percent: 75, amount: 75_000, trigger: T.ACCEPTANCE },
      { percent: 25, amount: 25_001, trigger: T.FINAL_REPORT },
    ]);
  });

  it('pays at acceptance what waits for a report the round does not ask for', () => {
    expect(planFor(round([]), 200_000)).toEqual([{ percent: 100, amount: 200_000, trigger: T.ACCEPTANCE }]);
  });

  it('reminds 60, 14 and 1 days before the due date (each once, to the second) and once when overdue', () => {
    const dueAt = new Date('2027-12-01T11:00:00.000Z');
    const base = { state: R.DRAFT, dueAt, reminded60At: null, reminded14At: null, reminded1At: null, remindedOverdueAt: null };
    const at = (ms: number) => new Date(dueAt.getTime() - ms);
    const day = 86_400_000;
    expect(reportReminderDue(base, at(60 * day + 1000))).toBeNull();
    expect(reportReminderDue(base, at(60 * day))).toEqual({ days: 60, stamp: 'reminded60At' });
    expect(reportReminderDue({ ...base, reminded60At: new Date() }, at(20 * day))).toBeNull();
    expect(reportReminderDue({ ...base, reminded60At: new Date() }, at(14 * day))).toEqual({ days: 14, stamp: 'reminded14At' });
    expect(reportReminderDue({ ...base, reminded60At: new Date(), reminded14At: new Date() }, at(day))).toEqual({ days: 1, stamp: 'reminded1At' });
    expect(reportReminderDue(base, dueAt)).toEqual({ days: 1, stamp: 'reminded1At' });
    expect(reportReminderDue(base, new Date(dueAt.getTime() + 1000))).toBe('overdue');
    expect(reportReminderDue({ ...base, remindedOverdueAt: new Date() }, new Date(dueAt.getTime() + 1000))).toBeNull();
    expect(reportReminderDue({ ...base, state: R.SUBMITTED }, new Date(dueAt.getTime() + 1000))).toBeNull();
  });
});
