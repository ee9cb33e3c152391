import { describe, expect, it } from 'vitest';
import { eventHostTestFile } from '../../../test/event-host.js';
import { deleteExpiredAnswers } from './questions.service.js';

const t = eventHostTestFile();

const year = new Date().getFullYear() + 1;
const fieldsOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => (res.errors?.[0]?.extensions?.fields as { field: string; message: string }[] | undefined) ?? [];
const QUESTIONS = [
  { kind: 'TEXT', label: 'Trenger du tolk? Hvilket språk?' },
  { kind: 'ONE_CHOICE', label: 'Hvilken dag?', options: ['18. november', '19. november'], required: true },
  { kind: 'SEVERAL_CHOICES', label: 'Hensyn til mat', options: ['Vegetar', 'Halal', 'Glutenfri'] },
  { kind: 'YES_NO', label: 'Kan vi ta bilder av deg?', required: true },
];
type Q = { id: string; kind: string; label: string; options: string[]; required: boolean };

async function eventWithQuestions(): Promise<{ id: string; questions: Q[] }> {
  const created = await t.server.gql<{ eventCreate: { id: string; questions: Q[] } }>(
    `mutation($i: EventInput!) { eventCreate(input: $i) { id questions { id kind label options required } } }`,
    { i: { organisationId: t.org.id, title: 'Seminar med tolk', kind: 'SEMINAR', mode: 'ONLINE', startsAt: `${year}-11-18T09:00`, endsAt: `${year}-11-18T15:00`, questions: QUESTIONS } },
    { cookie: t.hostCookie },
  );
  expect(created.errors).toBeUndefined();
  const { id, questions } = created.data!.eventCreate;
  await t.server.gql(`mutation($id: ID!) { eventPublish(id: $id) { id } }`, { id }, { cookie: t.hostCookie });
  return { id, questions };
}

const REGISTER = `mutation($id: ID!, $answers: [RegistrationAnswerInput!]) { eventRegister(eventId: $id, answers: $answers) { id status answers { questionId text choices yes } } }`;

describe('registration questions', () => {
  it('are kept as the organiser wrote them, and refused when malformed', async () => {
    const { questions } = await eventWithQuestions();
    expect(questions.map(({ id: _, ...q }) => q)).toEqual([
      { kind: 'TEXT', label: 'Trenger du tolk? Hvilket språk?', options: [], required: false },
      { kind: 'ONE_CHOICE', label: 'Hvilken dag?', options: ['18. november', '19. november'], required: true },
      { kind: 'SEVERAL_CHOICES', label: 'Hensyn til mat', options: ['Vegetar', 'Halal', 'Glutenfri'], required: false },
      { kind: 'YES_NO', label: 'Kan vi ta bilder av deg?', options: [], required: true },
    ]);
    const create = (qs: unknown[]) =>
      t.server.gql(`mutation($i: EventInput!) { eventCreate(input: $i) { id } }`, { i: { organisationId: t.org.id, title: 'Feil', kind: 'SEMINAR', mode: 'ONLINE', startsAt: `${year}-11-18T09:00`, endsAt: `${year}-11-18T10:00`, questions: qs } }, { cookie: t.hostCookie });
    expect(fieldsOf(await create([{ kind: 'TEXT', label: 'OK' }, { kind: 'ONE_CHOICE', label: 'Bare ett valg', options: ['A'] }]))).toEqual([{ field: 'questions.1.options', message: 'question/options_count' }]);
    expect(fieldsOf(await create([{ kind: 'SEVERAL_CHOICES', label: 'Like', options: ['A', 'A'] }]))).toEqual([{ field: 'questions.0.options', message: 'question/options_count' }]);
    expect(fieldsOf(await create([{ kind: 'TEXT', label: '   ' }]))).toEqual([{ field: 'questions.0.label', message: 'question/label_length' }]);
    expect(fieldsOf(await create(Array.from({ length: 11 }, (_, i) => ({ kind: 'TEXT', label: `Spørsmål ${i}` }))))).toEqual([{ field: 'questions', message: 'question/too_many' }]);
  });

  it('needs the required answers and valid choices, and shows the answers to the registrant and the organisers only', async () => {
    const { id, questions } = await eventWithQuestions();
    const [text, day, food, photo] = questions as [Q, Q, Q, Q];
    const cookie = await t.make.cookieFor(await t.make.user({ name: 'Amina' }));
    const missing = await t.server.gql(REGISTER, { id, answers: [{ questionId: text.id, text: 'Arabisk' }, { questionId: photo.id, yes: false }] }, { cookie });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: `answers.${day.id}`, message: 'registration/answer_required' }] });
    const wrong = await t.server.gql(REGISTER, { id, answers: [{ questionId: day.id, choices: ['18. november', '19. november'] }, { questionId: photo.id, yes: true }] }, { cookie });
    expect(fieldsOf(wrong)).toEqual([{ field: `answers.${day.id}`, message: 'registration/answer_invalid' }]);
    const unknown = await t.server.gql(REGISTER, { id, answers: [{ questionId: day.id, choices: ['18. november'] }, { questionId: food.id, choices: ['Kosher'] }, { questionId: photo.id, yes: true }] }, { cookie });
    expect(fieldsOf(unknown)).toEqual([{ field: `answers.${food.id}`, message: 'registration/answer_invalid' }]);
    expect((await t.server.gql(`query($id: ID!) { event(id: $id) { confirmedCount } }`, { id })).data).toEqual({ event: { confirmedCount: 0 } });

    const answers = [
      { questionId: text.id, text: ' Arabisk ' },
      { questionId: day.id, choices: ['19. november'] },
      { questionId: food.id, choices: ['Halal', 'Glutenfri'] },
      { questionId: photo.id, yes: false },
    ];
    const ok = await t.server.gql<{ eventRegister: { answers: unknown } }>(REGISTER, { id, answers }, { cookie });
    const stored = [
      { questionId: text.id, text: 'Arabisk', choices: null, yes: null },
      { questionId: day.id, text: null, choices: ['19. november'], yes: null },
      { questionId: food.id, text: null, choices: ['Halal', 'Glutenfri'], yes: null },
      { questionId: photo.id, text: null, choices: null, yes: false },
    ];
    expect(ok.data!.eventRegister.answers).toEqual(stored);
    expect((await t.server.gql(`query($id: ID!) { event(id: $id) { viewerRegistration { answers { questionId } } } }`, { id }, { cookie })).data).toMatchObject({ event: { viewerRegistration: { answers: stored.map(({ questionId }) => ({ questionId })) } } });
    expect((await t.server.gql(`query($id: ID!) { event(id: $id) { attendees { answers { questionId text choices yes } } } }`, { id }, { cookie: t.hostCookie })).data).toEqual({ event: { attendees: [{ answers: stored }] } });

    // A guest answers too; the CSV has a column per question with the answers in words.
    await t.server.gql(
      `mutation($id: ID!, $answers: [RegistrationAnswerInput!]) { eventRegisterGuest(eventId: $id, name: "Gjest", email: "svar@example.no", answers: $answers) { id } }`,
      { id, answers: [{ questionId: day.id, choices: ['18. november'] }, { questionId: photo.id, yes: true }] },
      { headers: { 'x-forwarded-for': '198.51.100.77' } },
    );
    const csv = await (await fetch(`${t.server.url}/arrangementer/${id}/deltakere.csv`, { headers: { cookie: t.hostCookie } })).text();
    expect(csv).toContain('navn,e-post,type,status,deltar,reservert plass,oppmøte,påmeldt,Trenger du tolk? Hvilket språk?,Hvilken dag?,Hensyn til mat,Kan vi ta bilder av deg?');
    expect(csv).toContain(',Arabisk,19. november,Halal; Glutenfri,nei');
    expect(csv).toMatch(/Gjest,svar@example\.no,gjest,ikke bekreftet,[^,]+,nei,,[^,]+,,18\. november,,ja/);
  });

  it('keeps answers with their question when the questions are edited', async () => {
    const { id, questions } = await eventWithQuestions();
    const [text, day, , photo] = questions as [Q, Q, Q, Q];
    const cookie = await t.make.cookieFor(await t.make.user());
    await t.server.gql(REGISTER, { id, answers: [{ questionId: text.id, text: 'Tigrinja' }, { questionId: day.id, choices: ['18. november'] }, { questionId: photo.id, yes: true }] }, { cookie });
    // The text question is kept (by id), the others replaced by a new one.
    const edited = await t.server.gql<{ eventUpdate: { questions: Q[] } }>(
      `mutation($id: ID!, $i: EventInput!) { eventUpdate(id: $id, input: $i) { questions { id label } } }`,
      { id, i: { questions: [{ id: text.id, kind: 'TEXT', label: 'Tolk: hvilket språk?' }, { kind: 'YES_NO', label: 'Kommer du på middagen?' }] } },
      { cookie: t.hostCookie },
    );
    const [kept, added] = edited.data!.eventUpdate.questions as [Q, Q];
    expect(kept).toEqual({ id: text.id, label: 'Tolk: hvilket språk?' });
    expect(added.id).not.toBe(text.id);
    const csv = await (await fetch(`${t.server.url}/arrangementer/${id}/deltakere.csv`, { headers: { cookie: t.hostCookie } })).text();
    expect(csv).toContain('Tolk: hvilket språk?,Kommer du på middagen?');
    expect(csv).toContain(',Tigrinja,');
  });

  it('deletes the answers when the organiser asks, and 90 days after the event at the latest', async () => {
    const { id, questions } = await eventWithQuestions();
    const [, day, , photo] = questions as [Q, Q, Q, Q];
    const user = await t.make.user();
    const cookie = await t.make.cookieFor(user);
    await t.server.gql(REGISTER, { id, answers: [{ questionId: day.id, choices: ['18. november'] }, { questionId: photo.id, yes: true }] }, { cookie });
    const when = await t.server.gql<{ event: { endsAt: string; answersDeleteAt: string } }>(`query($id: ID!) { event(id: $id) { endsAt answersDeleteAt } }`, { id });
    expect(Date.parse(when.data!.event.answersDeleteAt) - Date.parse(when.data!.event.endsAt)).toBe(90 * 86_400_000);

    expect((await t.server.gql(`mutation($id: ID!) { eventAnswersDelete(eventId: $id) { id } }`, { id }, { cookie })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const deleted = await t.server.gql<{ eventAnswersDelete: { answersDeletedAt: string | null; attendees: { answers: unknown }[] } }>(`mutation($id: ID!) { eventAnswersDelete(eventId: $id) { answersDeletedAt attendees { answers { questionId } } } }`, { id }, { cookie: t.hostCookie });
    expect(deleted.data!.eventAnswersDelete.attendees).toEqual([{ answers: null }]);
    expect(deleted.data!.eventAnswersDelete.answersDeletedAt).not.toBeNull();

    // Two past events with answers: one ended 91 days ago, one 89 days ago. The hourly job empties the first only.
    const conn = t.server.orm.em.getConnection();
    const ids: string[] = [];
    for (const days of [91, 89]) {
      const past = await eventWithQuestions();
      await t.server.gql(REGISTER, { id: past.id, answers: [{ questionId: past.questions[1]!.id, choices: ['19. november'] }, { questionId: past.questions[3]!.id, yes: false }] }, { cookie });
      await conn.execute(`update event set starts_at = now() - make_interval(days => ?, hours => 2), ends_at = now() - make_interval(days => ?) where id = ?`, [days, days, past.id]);
      ids.push(past.id);
    }
    expect(await deleteExpiredAnswers(t.server.orm.em.fork())).toBe(1);
    const rows = await conn.execute<{ event_id: string; answers: unknown }[]>('select event_id, answers from registration where event_id in (?, ?)', ids);
    expect(rows.find((r) => r.event_id === ids[0])!.answers).toBeNull();
    expect(rows.find((r) => r.event_id === ids[1])!.answers).not.toBeNull();
    expect(await deleteExpiredAnswers(t.server.orm.em.fork())).toBe(0);
  });
});

describe('answers by guests', () => {
  it('are checked the same way', async () => {
    const { id } = await eventWithQuestions();
    const res = await t.server.gql(`mutation($id: ID!) { eventRegisterGuest(eventId: $id, name: "G", email: "uten-svar@example.no") { id } }`, { id }, { headers: { 'x-forwarded-for': '198.51.100.78' } });
    expect(res.errors?.[0]?.message).toBe('registration/answer_required');
    expect(await t.server.mails('uten-svar@example.no')).toEqual([]);
  });
});
