import { stringify } from 'csv-stringify/sync';
import { toOsloLocal } from '../../common/time.js';
import { Language } from '../accounts/user.entity.js';
import { AttendanceMode, CheckIn, RegistrationStatus, type Registration } from './event.entity.js';
import { answerText, type QuestionData } from './questions.js';

interface Words {
  header: [name: string, email: string, type: string, status: string, attendance: string, reservedSeat: string, checkIn: string, registeredAt: string];
  user: string;
  guest: string;
  yes: string;
  no: string;
  /** Every status, so a new one does not compile until it is translated here. */
  status: Record<RegistrationStatus, string>;
  attendance: Record<AttendanceMode, string>;
  /** Written for confirmed registrants only, as on the attendee page. */
  checkIn: Record<CheckIn, string>;
}

/** The attendee list's words, in the organiser's language (the same words as the attendee page). */
export const ATTENDEE_CSV_WORDS: Record<Language, Words> = {
  nb: {
    header: ['navn', 'e-post', 'type', 'status', 'deltar', 'reservert plass', 'oppmøte', 'påmeldt'],
    user: 'bruker',
    guest: 'gjest',
    yes: 'ja',
    no: 'nei',
    status: { [RegistrationStatus.CONFIRMED]: 'har plass', [RegistrationStatus.WAITLISTED]: 'venteliste', [RegistrationStatus.CANCELLED]: 'avmeldt', [RegistrationStatus.PENDING]: 'ikke bekreftet', [RegistrationStatus.EXPIRED]: 'utløpt' },
    attendance: { [AttendanceMode.IN_ROOM]: 'i salen', [AttendanceMode.ONLINE]: 'digitalt' },
    checkIn: { [CheckIn.ATTENDED]: 'møtt', [CheckIn.NO_SHOW]: 'ikke møtt', [CheckIn.NOT_MARKED]: 'ikke merket' },
  },
  nn: {
    header: ['namn', 'e-post', 'type', 'status', 'deltek', 'reservert plass', 'oppmøte', 'påmeld'],
    user: 'brukar',
    guest: 'gjest',
    yes: 'ja',
    no: 'nei',
    status: { [RegistrationStatus.CONFIRMED]: 'har plass', [RegistrationStatus.WAITLISTED]: 'venteliste', [RegistrationStatus.CANCELLED]: 'avmeld', [RegistrationStatus.PENDING]: 'ikkje stadfesta', [RegistrationStatus.EXPIRED]: 'gått ut' },
    attendance: { [AttendanceMode.IN_ROOM]: 'i salen', [AttendanceMode.ONLINE]: 'digitalt' },
    checkIn: { [CheckIn.ATTENDED]: 'møtt', [CheckIn.NO_SHOW]: 'ikkje møtt', [CheckIn.NOT_MARKED]: 'ikkje merkt' },
  },
  en: {
    header: ['name', 'e-mail', 'type', 'status', 'taking part', 'reserved seat', 'attendance', 'registered'],
    user: 'account',
    guest: 'guest',
    yes: 'yes',
    no: 'no',
    status: { [RegistrationStatus.CONFIRMED]: 'has a seat', [RegistrationStatus.WAITLISTED]: 'waiting list', [RegistrationStatus.CANCELLED]: 'cancelled', [RegistrationStatus.PENDING]: 'not confirmed', [RegistrationStatus.EXPIRED]: 'expired' },
    attendance: { [AttendanceMode.IN_ROOM]: 'in the room', [AttendanceMode.ONLINE]: 'online' },
    checkIn: { [CheckIn.ATTENDED]: 'came', [CheckIn.NO_SHOW]: 'did not come', [CheckIn.NOT_MARKED]: 'not marked' },
  },
};

/** The organisers' attendee list as CSV (registrations with their users populated), in `language`: who, how they
 * take part (room/online), whether they hold a reserved seat, whether they came (confirmed only), and a column for
 * each of the event's registration questions (empty once the answers are deleted). */
export function attendeeCsv(regs: Registration[], language: Language = Language.nb, questions: readonly QuestionData[] = []): string {
  const w = ATTENDEE_CSV_WORDS[language] ?? ATTENDEE_CSV_WORDS.nb;
  const rows = regs.map((r) => [
    r.user?.name ?? r.guestName ?? '',
    r.user?.email ?? r.guestEmail ?? '',
    r.user ? w.user : w.guest,
    w.status[r.status] ?? r.status,
    w.attendance[r.attendance] ?? r.attendance,
    r.reservedSeat ? w.yes : w.no,
    r.status === RegistrationStatus.CONFIRMED ? (w.checkIn[r.checkIn] ?? r.checkIn) : '',
    toOsloLocal(r.createdAt).replace('T', ' '),
    ...questions.map((q) => answerText(q, r.answers?.find((a) => a.questionId === q.id), w)),
  ]);
  // A leading BOM makes Excel read UTF-8 (æøå) correctly.
  return '\ufeff' + stringify([[...w.header, ...questions.map((q) => q.label)], ...rows.map(safeRow)]);
}

/** Cells starting with = + - @ would run as formulas in a spreadsheet: quote them. */
function safeRow(row: string[]): string[] {
  return row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell));
}
