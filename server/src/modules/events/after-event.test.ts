import { describe, expect, it } from 'vitest';
import { tokenFromMail } from '../../../test/factories.js';
import { eventHostTestFile } from '../../../test/event-host.js';
import { toOsloLocal } from '../../common/time.js';
import { Language, User } from '../accounts/user.entity.js';

const t = eventHostTestFile();

let ip = 0;
/** A published webinar starting in an hour with a confirmed user, a confirmed guest and a waitlisted user. */
async function webinar(title: string) {
  const start = new Date(Date.now() + 3_600_000);
  const created = await t.server.gql<{ eventCreate: { id: string } }>(
    `mutation($i: EventInput!) { eventCreate(input: $i) { id } }`,
    { i: { organisationId: t.org.id, title, kind: 'WEBINAR', mode: 'ONLINE', capacity: 2, startsAt: toOsloLocal(start), endsAt: toOsloLocal(new Date(start.getTime() + 3_600_000)) } },
    { cookie: t.hostCookie },
  );
  const id = created.data!.eventCreate.id;
  await t.server.gql(`mutation($id: ID!) { eventPublish(id: $id) { id } }`, { id }, { cookie: t.hostCookie });
  const slug = title.toLowerCase().replace(/\W+/g, '-');
  const participant = await t.make.user({ email: `deltaker-${slug}@example.no` });
  const cookie = await t.make.cookieFor(participant);
  await t.server.gql(`mutation($id: ID!) { eventRegister(eventId: $id) { id } }`, { id }, { cookie });
  const guestEmail = `gjest-${slug}@example.no`;
  await t.server.gql(`mutation($id: ID!, $e: String!) { eventRegisterGuest(eventId: $id, name: "Gjest", email: $e) { id } }`, { id, e: guestEmail }, { headers: { 'x-forwarded-for': `198.51.100.${++ip}` } });
  await t.server.gql(`mutation($t: String!) { guestRegistrationConfirm(token: $t) { status } }`, { t: tokenFromMail((await t.server.mails(guestEmail))[0]!.text) });
  const waitingEmail = `venter-${slug}@example.no`;
  const waiting = await t.make.cookieFor(await t.make.user({ email: waitingEmail }));
  await t.server.gql(`mutation($id: ID!) { eventRegister(eventId: $id) { status } }`, { id }, { cookie: waiting });
  return { id, cookie, participantEmail: participant.email, guestEmail, waiting, waitingEmail };
}

describe('after the event: recording and materials', () => {
  it('tells the registrants with a seat in the inbox and by e-mail the first time, and never again', async () => {
    const w = await webinar('Webinar om bosetting');
    const attach = (recordingUrl: string) => t.server.gql(`mutation($id: ID!, $u: String) { eventAttachMaterials(eventId: $id, recordingUrl: $u, materials: "Lysbildene er vedlagt.") { recordingUrl materialsHtml } }`, { id: w.id, u: recordingUrl }, { cookie: t.hostCookie });
    expect((await attach('https://video.example.no/opptak')).data).toEqual({ eventAttachMaterials: { recordingUrl: 'https://video.example.no/opptak', materialsHtml: '<p>Lysbildene er vedlagt.</p>' } });
    const inbox = await t.server.gql<{ notifications: { nodes: { type: string; details: { eventId: string } }[] } }>(`{ notifications { nodes { type details { eventId } } } }`, {}, { cookie: w.cookie });
    expect(inbox.data!.notifications.nodes).toEqual([{ type: 'EVENT_MATERIALS', details: { eventId: w.id } }]);
    const mail = (await t.server.mails(w.participantEmail))[0]!;
    expect(mail.subject).toBe('Opptak og materiell: Webinar om bosetting');
    // The mail links to the event page, not to whatever link the organiser typed.
    expect(mail.text).toContain(`${t.server.config.publicUrl}/arrangementer/${w.id}`);
    expect(mail.text).not.toContain('video.example.no');
    expect((await t.server.mails(w.guestEmail))[0]!.subject).toBe('Opptak og materiell: Webinar om bosetting');
    expect(await t.server.mails(w.waitingEmail)).toEqual([]);

    await attach('https://video.example.no/nytt-opptak');
    expect(await t.server.mails(w.participantEmail)).toHaveLength(1);
  });
});

describe('the meeting link that comes later', () => {
  const UPDATE = `mutation($id: ID!, $i: EventInput!) { eventUpdate(id: $id, input: $i) { id } }`;
  const linkMails = async (to: string) => (await t.server.mails(to)).filter((m) => /lenke|lenkje|link/i.test(m.subject));

  it('tells those with a seat, in the inbox and by e-mail in their language, once per change of the link', async () => {
    const w = await webinar('Webinar om introduksjonsprogrammet');
    await t.server.orm.em.fork().nativeUpdate(User, { email: w.participantEmail }, { preferredLanguage: Language.nn });
    const setLink = async (i: Record<string, unknown>) => expect((await t.server.gql(UPDATE, { id: w.id, i }, { cookie: t.hostCookie })).errors).toBeUndefined();

    await setLink({ meetingUrl: 'https://teams.example.no/webinar-1' });
    const inbox = await t.server.gql<{ notifications: { nodes: { type: string; details: { eventId: string } }[] } }>(`{ notifications { nodes { type details { eventId } } } }`, {}, { cookie: w.cookie });
    expect(inbox.data!.notifications.nodes).toEqual([{ type: 'EVENT_MEETING_LINK', details: { eventId: w.id } }]);
    const [mail] = await linkMails(w.participantEmail);
    expect(mail!.subject).toBe('Lenkje til Webinar om introduksjonsprogrammet');
    expect(mail!.text).toContain('https://teams.example.no/webinar-1');
    expect(mail!.text).toContain(`${t.server.config.publicUrl}/arrangementer/${w.id}`);
    // The guest gets the link and their own registration's page (the event page does not show them the link).
    const [guestMail] = await linkMails(w.guestEmail);
    expect(guestMail!.subject).toBe('Lenke til Webinar om introduksjonsprogrammet');
    expect(guestMail!.text).toContain('https://teams.example.no/webinar-1');
    expect(guestMail!.text).toContain(`${t.server.config.publicUrl}/pamelding?token=`);
    // No seat, no link.
    expect(await linkMails(w.waitingEmail)).toEqual([]);
    expect((await t.server.gql<{ notifications: { nodes: unknown[] } }>(`{ notifications { nodes { type } } }`, {}, { cookie: w.waiting })).data!.notifications.nodes).toEqual([]);

    // Other edits, or the same link again, tell nobody; a new link is told once more.
    await setLink({ title: 'Webinar om introduksjonsprogrammet', meetingUrl: 'https://teams.example.no/webinar-1' });
    expect(await linkMails(w.participantEmail)).toHaveLength(1);
    await setLink({ meetingUrl: 'https://teams.example.no/webinar-2' });
    const after = await linkMails(w.participantEmail);
    expect(after).toHaveLength(2);
    expect(after.map((m) => m.subject)).toContain('Ny lenkje til Webinar om introduksjonsprogrammet');
    expect(after.find((m) => m.subject.startsWith('Ny'))!.text).toContain('https://teams.example.no/webinar-2');
    expect(await linkMails(w.guestEmail)).toHaveLength(2);
    expect(await linkMails(w.waitingEmail)).toEqual([]);
  });

  it('goes to the online participants of a hybrid event only, as the link does', async () => {
    const start = new Date(Date.now() + 48 * 3_600_000);
    const created = await t.server.gql<{ eventCreate: { id: string } }>(
      `mutation($i: EventInput!) { eventCreate(input: $i) { id } }`,
      { i: { organisationId: t.org.id, title: 'Hybrid fagdag', kind: 'SEMINAR', mode: 'HYBRID', venueName: 'Fylkeshuset', capacity: 5, onlineCapacity: 5, startsAt: toOsloLocal(start), endsAt: toOsloLocal(new Date(start.getTime() + 3_600_000)) } },
      { cookie: t.hostCookie },
    );
    const id = created.data!.eventCreate.id;
    await t.server.gql(`mutation($id: ID!) { eventPublish(id: $id) { id } }`, { id }, { cookie: t.hostCookie });
    const REGISTER = `mutation($id: ID!, $a: AttendanceMode) { eventRegister(eventId: $id, attendance: $a) { status } }`;
    const room = await t.make.user({ email: 'salen-hybrid@example.no' });
    const online = await t.make.user({ email: 'digital-hybrid@example.no' });
    await t.server.orm.em.fork().nativeUpdate(User, { id: online.id }, { preferredLanguage: Language.en });
    await t.server.gql(REGISTER, { id, a: 'IN_ROOM' }, { cookie: await t.make.cookieFor(room) });
    await t.server.gql(REGISTER, { id, a: 'ONLINE' }, { cookie: await t.make.cookieFor(online) });

    expect((await t.server.gql(UPDATE, { id, i: { meetingUrl: 'https://teams.example.no/fagdag' } }, { cookie: t.hostCookie })).errors).toBeUndefined();
    const [mail] = await linkMails(online.email);
    expect(mail!.subject).toBe('Link for Hybrid fagdag');
    expect(mail!.text).toContain('https://teams.example.no/fagdag');
    expect(await linkMails(room.email)).toEqual([]);
  });
});

describe('after the event: evaluation', () => {
  const RESPOND = `mutation($id: ID!, $a: [EvaluationAnswerInput!]!, $t: String) { eventEvaluationRespond(eventId: $id, answers: $a, token: $t) }`;
  const CAN = `query($id: ID!) { event(id: $id) { evaluationStatus viewerCan { evaluate editEvaluation openEvaluation closeEvaluation } } }`;

  it('the organisers write 2–3 questions, ask once the event has started, participants answer once, results come without names', async () => {
    const w = await webinar('Nettverkssamling for mangfoldsrådgivere');
    const set = (questions: unknown[]) => t.server.gql<{ eventEvaluationSet: { evaluationQuestions: { id: string; kind: string; label: string }[] } }>(`mutation($id: ID!, $q: [EvaluationQuestionInput!]!) { eventEvaluationSet(eventId: $id, questions: $q) { evaluationStatus evaluationQuestions { id kind label } } }`, { id: w.id, q: questions }, { cookie: t.hostCookie });
    expect((await set([{ kind: 'RATING', label: 'Hvor nyttig var det?' }])).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'questions', message: 'evaluation/question_count' }] });
    const written = await set([{ kind: 'RATING', label: 'Hvor nyttig var det?' }, { kind: 'RATING', label: 'Hvordan var tolkingen?' }, { kind: 'TEXT', label: 'Hva kan vi gjøre bedre?' }]);
    const qs = written.data!.eventEvaluationSet.evaluationQuestions;
    const [useful, interpreting, better] = [qs[0]!, qs[1]!, qs[2]!];
    expect((await t.server.gql(CAN, { id: w.id }, { cookie: t.hostCookie })).data).toEqual({ event: { evaluationStatus: 'READY', viewerCan: { evaluate: false, editEvaluation: true, openEvaluation: false, closeEvaluation: false } } });

    // Not before the start.
    expect((await t.server.gql(`mutation($id: ID!) { eventEvaluationOpen(eventId: $id) { id } }`, { id: w.id }, { cookie: t.hostCookie })).errors?.[0]?.message).toBe('evaluation/not_started');
    await t.server.orm.em.getConnection().execute(`update event set starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' where id = ?`, [w.id]);
    expect((await t.server.gql(`mutation($id: ID!) { eventEvaluationOpen(eventId: $id) { evaluationStatus } }`, { id: w.id }, { cookie: w.cookie })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.server.gql(`mutation($id: ID!) { eventEvaluationOpen(eventId: $id) { evaluationStatus } }`, { id: w.id }, { cookie: t.hostCookie })).data).toEqual({ eventEvaluationOpen: { evaluationStatus: 'OPEN' } });
    expect((await set([{ kind: 'RATING', label: 'For sent' }, { kind: 'TEXT', label: 'For sent' }])).errors?.[0]?.message).toBe('evaluation/transition_invalid');

    // The participants are asked; the one on the waitlist is not.
    expect((await t.server.mails(w.participantEmail))[0]!.subject).toBe('Hva syntes du om Nettverkssamling for mangfoldsrådgivere?');
    expect(await t.server.mails(w.waitingEmail)).toEqual([]);
    expect((await t.server.gql(CAN, { id: w.id }, { cookie: w.cookie })).data).toMatchObject({ event: { viewerCan: { evaluate: true, editEvaluation: false } } });
    expect((await t.server.gql(CAN, { id: w.id }, { cookie: w.waiting })).data).toMatchObject({ event: { viewerCan: { evaluate: false } } });

    const missing = await t.server.gql(RESPOND, { id: w.id, a: [{ questionId: useful.id, rating: 4 }] }, { cookie: w.cookie });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ fields: [{ field: `answers.${interpreting.id}`, message: 'evaluation/rating_required' }] });
    expect((await t.server.gql(RESPOND, { id: w.id, a: [{ questionId: useful.id, rating: 6 }, { questionId: interpreting.id, rating: 3 }] }, { cookie: w.cookie })).errors?.[0]?.message).toBe('evaluation/answer_invalid');
    const answers = [{ questionId: useful.id, rating: 4 }, { questionId: interpreting.id, rating: 5 }, { questionId: better.id, text: 'Mer tid til spørsmål' }];
    expect((await t.server.gql(RESPOND, { id: w.id, a: answers }, { cookie: w.cookie })).data).toEqual({ eventEvaluationRespond: true });
    expect((await t.server.gql(RESPOND, { id: w.id, a: answers }, { cookie: w.cookie })).errors?.[0]).toMatchObject({ message: 'evaluation/already_answered', extensions: { code: 'CONFLICT' } });
    expect((await t.server.gql(CAN, { id: w.id }, { cookie: w.cookie })).data).toMatchObject({ event: { viewerCan: { evaluate: false } } });
    expect((await t.server.gql(RESPOND, { id: w.id, a: answers }, { cookie: w.waiting })).errors?.[0]).toMatchObject({ message: 'evaluation/not_participant', extensions: { code: 'FORBIDDEN' } });

    // The guest answers from the link in the mail.
    const guestToken = tokenFromMail((await t.server.mails(w.guestEmail))[0]!.text);
    expect((await t.server.gql(`query($t: String!) { guestRegistration(token: $t) { canEvaluate event { evaluationQuestions { label } } } }`, { t: guestToken })).data).toEqual({
      guestRegistration: { canEvaluate: true, event: { evaluationQuestions: [{ label: 'Hvor nyttig var det?' }, { label: 'Hvordan var tolkingen?' }, { label: 'Hva kan vi gjøre bedre?' }] } },
    });
    expect((await t.server.gql(RESPOND, { id: w.id, a: [{ questionId: useful.id, rating: 2 }, { questionId: interpreting.id, rating: 5 }], t: guestToken })).data).toEqual({ eventEvaluationRespond: true });

    const RESULTS = `query($id: ID!) { event(id: $id) { evaluationResults { responses asked questions { question { label } answered average distribution texts } } } }`;
    expect((await t.server.gql(RESULTS, { id: w.id }, { cookie: t.hostCookie })).data).toEqual({
      event: {
        evaluationResults: {
          responses: 2,
          asked: 2,
          questions: [
            { question: { label: 'Hvor nyttig var det?' }, answered: 2, average: 3, distribution: [0, 1, 0, 1, 0], texts: [] },
            { question: { label: 'Hvordan var tolkingen?' }, answered: 2, average: 5, distribution: [0, 0, 0, 0, 2], texts: [] },
            { question: { label: 'Hva kan vi gjøre bedre?' }, answered: 1, average: null, distribution: [], texts: ['Mer tid til spørsmål'] },
          ],
        },
      },
    });
    expect((await t.server.gql(RESULTS, { id: w.id }, { cookie: w.cookie })).data).toEqual({ event: { evaluationResults: null } });

    // Closed: no more answers.
    await t.server.gql(`mutation($id: ID!) { eventEvaluationClose(eventId: $id) { id } }`, { id: w.id }, { cookie: t.hostCookie });
    expect((await t.server.gql(`query($t: String!) { guestRegistration(token: $t) { canEvaluate } }`, { t: guestToken })).data).toEqual({ guestRegistration: { canEvaluate: false } });
  });

  it('is shown to the organisers of a published event (viewerCan.viewEvaluation): not to participants, not for a draft or a cancelled event', async () => {
    const w = await webinar('Evaluering bare for arrangørene');
    const view = async (id: string, cookie: string) => (await t.server.gql<{ event: { viewerCan: { viewEvaluation: boolean } } }>(`query($id: ID!) { event(id: $id) { viewerCan { viewEvaluation } } }`, { id }, { cookie })).data!.event.viewerCan.viewEvaluation;
    expect(await view(w.id, t.hostCookie)).toBe(true);
    expect(await view(w.id, w.cookie)).toBe(false);
    const start = new Date(Date.now() + 86_400_000);
    const draft = await t.server.gql<{ eventCreate: { id: string } }>(
      `mutation($i: EventInput!) { eventCreate(input: $i) { id } }`,
      { i: { organisationId: t.org.id, title: 'Utkast uten evaluering', kind: 'WEBINAR', mode: 'ONLINE', startsAt: toOsloLocal(start), endsAt: toOsloLocal(new Date(start.getTime() + 3_600_000)) } },
      { cookie: t.hostCookie },
    );
    expect(await view(draft.data!.eventCreate.id, t.hostCookie)).toBe(false);
    await t.server.gql(`mutation($id: ID!) { eventCancel(id: $id) { id } }`, { id: w.id }, { cookie: t.hostCookie });
    expect(await view(w.id, t.hostCookie)).toBe(false);
  });

  it('writes the moves as one table', async () => {
    const { EVALUATION_TRANSITIONS } = await import('./evaluation.states.js');
    expect(Object.fromEntries(Object.entries(EVALUATION_TRANSITIONS).map(([from, to]) => [from, Object.keys(to).sort()]))).toEqual({
      NONE: ['READY'],
      READY: ['NONE', 'OPEN', 'READY'],
      OPEN: ['CLOSED'],
      CLOSED: ['OPEN'],
    });
  });
});
