import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { code, ok, settlementTestFile, toOsloLocal } from '../../../test/settlement-world.js';
import { collect, settled, wsClient } from '../../../test/ws.js';
import { SettlementYear, SurveyResponse } from './settlement.entity.js';
import { settlementSurveyReminders } from './survey.service.js';
import { settlementMilestoneReminders } from './year.service.js';

const { w, g, em, takeYear } = settlementTestFile(2040);
const inDays = (days: number) => toOsloLocal(new Date(Date.now() + days * 86_400_000));

const CREATE = `mutation($i: SettlementYearInput!) { settlementYearCreate(input: $i) { id title criteriaVersion surveyState milestones { id month title responsible participants status } } }`;
type Created = { settlementYearCreate: { id: string; title: string; criteriaVersion: number; surveyState: string; milestones: { id: string; month: number; title: string; status: string }[] } };

async function newYear(deadlineDays = 20): Promise<string> {
  const year = takeYear();
  const created = ok(await g<Created>(CREATE, { i: { countyNumber: '40', year, criteria: '- Styrt og spredt bosetting', surveyDeadline: inDays(deadlineDays) } }, w.staff.cookie));
  return created.settlementYearCreate.id;
}

async function sentYear(deadlineDays = 20): Promise<string> {
  const id = await newYear(deadlineDays);
  ok(await g(`mutation($y: ID!) { settlementSurveySend(yearId: $y) { surveyState } }`, { y: id }, w.staff.cookie));
  return id;
}

const RESPONSE = `query($y: ID!, $m: String!) { settlementSurveyResponse(yearId: $y, municipalityNumber: $m) { id state version trackerStatus missing viewerCan { edit submit reopen extend remind } } }`;
type Response = { settlementSurveyResponse: { id: string; state: string; version: number; trackerStatus: string; missing: string[]; viewerCan: Record<string, boolean> } };
const SAVE = `mutation($id: ID!, $v: Int!, $i: SurveyAnswerInput!) { settlementSurveyResponseSave(id: $id, version: $v, input: $i) { version state capacity capacityMinors housing } }`;
const SUBMIT = `mutation($id: ID!) { settlementSurveyResponseSubmit(id: $id) { state submittedAt } }`;

async function responseId(yearId: string, municipality: string, cookie = w.staff.cookie): Promise<string> {
  return ok(await g<Response>(RESPONSE, { y: yearId, m: municipality }, cookie)).settlementSurveyResponse.id;
}

describe('settlement years, criteria and the annual wheel', () => {
  it('county staff create a year with the KS wheel’s milestones and versioned criteria; nobody else may', async () => {
    const created = ok(await g<Created>(CREATE, { i: { countyNumber: '40', year: 2039, criteria: 'Versjon 1' } }, w.staff.cookie)).settlementYearCreate;
    expect(created).toMatchObject({ title: 'Bosetting 2039', criteriaVersion: 1, surveyState: 'DRAFT' });
    expect(created.milestones.map((m) => m.month)).toEqual([3, 5, 7, 8, 8, 9, 9, 10, 12]);
    expect(created.milestones.find((m) => m.month === 9)).toMatchObject({ title: 'Samarbeidsmøter om fordeling', responsible: 'IMDi, KS', participants: ['IMDi', 'KS', 'Fylkeskommunen', 'Bufetat'] });
    expect(code(await g(CREATE, { i: { countyNumber: '40', year: 2039 } }, w.staff.cookie))).toBe('CONFLICT');
    for (const cookie of [w.skien.cookie, w.imdi.cookie, w.outsider.cookie]) expect(code(await g(CREATE, { i: { countyNumber: '40', year: 2038 } }, cookie))).toBe('FORBIDDEN');
    expect(code(await g(CREATE, { i: { countyNumber: '40', year: 2038 } }))).toBe('UNAUTHENTICATED');
    expect(code(await g(CREATE, { i: { countyNumber: '99', year: 2038 } }, w.staff.cookie))).toBe('BAD_USER_INPUT');

    const UPDATE = `mutation($id: ID!, $i: SettlementYearInput!) { settlementYearUpdate(id: $id, input: $i) { criteriaVersion criteria { version body } criteriaVersions { version } } }`;
    // The same text again makes no new version; a new text does.
    expect(ok(await g<{ settlementYearUpdate: { criteriaVersion: number } }>(UPDATE, { id: created.id, i: { criteria: 'Versjon 1' } }, w.staff.cookie)).settlementYearUpdate.criteriaVersion).toBe(1);
    const updated = ok(await g<{ settlementYearUpdate: { criteriaVersion: number; criteria: { body: string }; criteriaVersions: { version: number }[] } }>(UPDATE, { id: created.id, i: { criteria: 'Versjon 2' } }, w.staff.cookie)).settlementYearUpdate;
    expect(updated).toMatchObject({ criteriaVersion: 2, criteria: { body: 'Versjon 2' }, criteriaVersions: [{ version: 2 }, { version: 1 }] });

    // Milestones move as MILESTONE_TRANSITIONS allow: PLANNED → DONE → IN_PROGRESS, never DONE → PLANNED.
    const SAVE_MILESTONE = `mutation($id: ID, $y: ID, $i: SettlementMilestoneInput!) { settlementMilestoneSave(id: $id, yearId: $y, input: $i) { id status month date participantOrganisations { name } viewerCan { edit } } }`;
    const march = created.milestones[0]!.id;
    ok(await g(SAVE_MILESTONE, { id: march, i: { status: 'DONE' } }, w.staff.cookie));
    const back = await g(SAVE_MILESTONE, { id: march, i: { status: 'PLANNED' } }, w.staff.cookie);
    expect(back.errors?.[0]).toMatchObject({ message: 'settlement/invalid_transition', extensions: { code: 'CONFLICT', from: 'DONE', to: 'PLANNED' } });
    const added = ok(await g<{ settlementMilestoneSave: { id: string; month: number; date: string; participantOrganisations: { name: string }[]; viewerCan: { edit: boolean } } }>(SAVE_MILESTONE, { y: created.id, i: { title: 'Dialogmøte med kommunene', date: '2038-11-04', participantOrganisationIds: [w.skienOrg.id] } }, w.staff.cookie)).settlementMilestoneSave;
    expect(added).toMatchObject({ month: 11, date: '2038-11-04', participantOrganisations: [{ name: 'Skien kommune' }], viewerCan: { edit: true } });
    expect(code(await g(SAVE_MILESTONE, { id: march, i: { date: '2038-02-30' } }, w.staff.cookie))).toBe('BAD_USER_INPUT');
    expect(code(await g(SAVE_MILESTONE, { id: march, i: { title: 'Nei' } }, w.imdi.cookie))).toBe('FORBIDDEN');
    ok(await g(`mutation($id: ID!) { settlementMilestoneDelete(id: $id) { id } }`, { id: added.id }, w.staff.cookie));
  });

  it('shows a year to those taking part, and to everyone else only once its numbers are published', async () => {
    const id = await newYear();
    const Q = `query($id: ID!) { settlementYear(id: $id) { title viewerCan { administer track readBoard editBoard recordRequests } } }`;
    expect(ok(await g<{ settlementYear: { viewerCan: Record<string, boolean> } }>(Q, { id }, w.staff.cookie)).settlementYear.viewerCan).toEqual({ administer: true, track: true, readBoard: true, editBoard: true, recordRequests: true });
    expect(ok(await g<{ settlementYear: { viewerCan: Record<string, boolean> } }>(Q, { id }, w.imdi.cookie)).settlementYear.viewerCan).toEqual({ administer: false, track: false, readBoard: true, editBoard: true, recordRequests: true });
    expect(ok(await g<{ settlementYear: { viewerCan: Record<string, boolean> } }>(Q, { id }, w.skien.cookie)).settlementYear.viewerCan).toEqual({ administer: false, track: false, readBoard: false, editBoard: false, recordRequests: false });
    for (const cookie of [w.outsider.cookie, w.fake.cookie, undefined]) expect(code(await g(Q, { id }, cookie))).toBe('NOT_FOUND');
    expect((await g<{ settlementYears: { id: string }[] }>(`{ settlementYears { id } }`)).data!.settlementYears.map((y) => y.id)).not.toContain(id);
    ok(await g(`mutation($id: ID!) { settlementYearPublish(id: $id, published: true) { numbersPublished } }`, { id }, w.staff.cookie));
    expect(ok(await g<{ settlementYear: { title: string } }>(Q, { id })).settlementYear.title).toMatch(/^Bosetting/);
    expect(ok(await g<{ settlementYears: { id: string }[] }>(`{ settlementYears { id } }`)).settlementYears.map((y) => y.id)).toContain(id);
  });

  it('links events, resources and documents to a milestone, each shown only to those who may see it', async () => {
    const id = await newYear();
    const staff = w.staff.cookie;
    const host = await w.make.organisation({ name: 'Vestfold og Telemark fylkeskommune', verified: true });
    const when = new Date().getFullYear() + 1;
    const event = async (title: string) =>
      ok(await g<{ eventCreate: { id: string } }>(`mutation($i: EventInput!) { eventCreate(input: $i) { id } }`, { i: { organisationId: host.id, title, kind: 'NETWORK_MEETING', mode: 'ONLINE', startsAt: `${when}-09-10T09:00`, endsAt: `${when}-09-10T11:00`, meetingUrl: 'https://teams.example.no/m' } }, staff)).eventCreate.id;
    const meeting = await event('Samarbeidsmøte om fordeling');
    ok(await g(`mutation($id: ID!) { eventPublish(id: $id) { status } }`, { id: meeting }, staff));
    const draft = await event('Forberedende møte (utkast)');
    const group = ok(await g<{ groupCreate: { id: string } }>(`mutation($i: GroupInput!) { groupCreate(input: $i) { id } }`, { i: { name: `Fordelingsgruppen ${id.slice(0, 8)}`, visibility: 'MEMBERS', joinPolicy: 'INVITATION' } }, staff)).groupCreate.id;
    const resource = async (title: string, access: string, groupId?: string) =>
      ok(await g<{ resourceCreate: { id: string } }>(`mutation($i: ResourceInput!) { resourceCreate(input: $i) { id } }`, { i: { organisationId: host.id, title, kind: 'DOCUMENT', access, groupId } }, staff)).resourceCreate.id;
    const resourceIds = [await resource('Kriterier for bosetting', 'PUBLIC'), await resource('Kapasitetsoversikt', 'MEMBERS'), await resource('Interne notater', 'GROUP', group)];
    ok(await g(`mutation($y: ID!, $i: SettlementMilestoneInput!) { settlementMilestoneSave(yearId: $y, input: $i) { id } }`, { y: id, i: { title: 'Samarbeidsmøte', month: 9, eventIds: [meeting, draft], resourceIds } }, staff));
    expect(code(await g(`mutation($y: ID!, $i: SettlementMilestoneInput!) { settlementMilestoneSave(yearId: $y, input: $i) { id } }`, { y: id, i: { title: 'Feil', month: 9, eventIds: [randomUUID()] } }, staff))).toBe('BAD_USER_INPUT');

    const Q = `query($id: ID!) { settlementYear(id: $id) { milestones { title events { title } resources { title } } } }`;
    type Q = { settlementYear: { milestones: { title: string; events: { title: string }[]; resources: { title: string }[] }[] } };
    const linked = async (cookie?: string) => {
      const m = ok(await g<Q>(Q, { id }, cookie)).settlementYear.milestones.find((x) => x.title === 'Samarbeidsmøte')!;
      return { events: m.events.map((e) => e.title).sort(), resources: m.resources.map((r) => r.title).sort() };
    };
    expect(await linked(staff)).toEqual({ events: ['Samarbeidsmøte om fordeling', 'Forberedende møte (utkast)'].sort(), resources: ['Interne notater', 'Kapasitetsoversikt', 'Kriterier for bosetting'] });
    // IMDi is neither the host nor in the group: no draft event, no group-only document.
    expect(await linked(w.imdi.cookie)).toEqual({ events: ['Samarbeidsmøte om fordeling'], resources: ['Kapasitetsoversikt', 'Kriterier for bosetting'] });
    ok(await g(`mutation($id: ID!) { settlementYearPublish(id: $id, published: true) { numbersPublished } }`, { id }, staff));
    expect(await linked()).toEqual({ events: ['Samarbeidsmøte om fordeling'], resources: ['Kriterier for bosetting'] });
  });

  it('reminds the members of a milestone’s organisations 7 days and 1 day before its date, once each', async () => {
    const id = await newYear();
    const date = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    ok(await g(`mutation($y: ID!, $i: SettlementMilestoneInput!) { settlementMilestoneSave(yearId: $y, input: $i) { id } }`, { y: id, i: { title: 'Samarbeidsmøte', date, participantOrganisationIds: [w.imdiOrg.id] } }, w.staff.cookie));
    const job = { em: em(), mailer: w.server.app.services.mailer, logger: w.server.app.services.logger, publicUrl: w.server.config.publicUrl };
    const starts = new Date(`${date}T00:00:00+01:00`).getTime();
    expect(await settlementMilestoneReminders({ ...job, now: new Date(starts - 9 * 86_400_000) })).toBe(0);
    expect(await settlementMilestoneReminders({ ...job, now: new Date(starts - 6.5 * 86_400_000) })).toBe(1);
    expect(await settlementMilestoneReminders({ ...job, now: new Date(starts - 6 * 86_400_000) })).toBe(0);
    expect(await settlementMilestoneReminders({ ...job, now: new Date(starts - 0.5 * 86_400_000) })).toBe(1);
    const mails = await w.server.mails(w.imdi.user.email);
    expect(mails.filter((m) => m.subject.includes('Samarbeidsmøte'))).toHaveLength(2);
  });

  it('reminds a month-only milestone’s organisations 7 days and 1 day before the first day of its month in Oslo, once each', async () => {
    const year = takeYear();
    const id = ok(await g<Created>(CREATE, { i: { countyNumber: '40', year } }, w.staff.cookie)).settlementYearCreate.id;
    const SAVE_MILESTONE = `mutation($id: ID, $y: ID, $i: SettlementMilestoneInput!) { settlementMilestoneSave(id: $id, yearId: $y, input: $i) { id } }`;
    const milestone = ok(await g<{ settlementMilestoneSave: { id: string } }>(SAVE_MILESTONE, { y: id, i: { title: 'Dialogmøte i oktober', month: 10, participantOrganisationIds: [w.porsgrunnOrg.id] } }, w.staff.cookie)).settlementMilestoneSave.id;
    const job = { em: em(), mailer: w.server.app.services.mailer, logger: w.server.app.services.logger, publicUrl: w.server.config.publicUrl };
    const at = (starts: number, days: number) => settlementMilestoneReminders({ ...job, now: new Date(starts - days * 86_400_000) });
    // The wheel's months are in the calendar year before the settlement year; 1 October is still summer time in Oslo.
    const october = new Date(`${year - 1}-10-01T00:00:00+02:00`).getTime();
    expect(await at(october, 9)).toBe(0);
    expect(await at(october, 7 + 1 / 24)).toBe(0);
    expect(await at(october, 6.9)).toBe(1);
    expect(await at(october, 6)).toBe(0);
    expect(await at(october, 0.9)).toBe(1);
    expect(await at(october, 0.5)).toBe(0);
    expect(await at(october, -1 / 24)).toBe(0);
    const mails = (await w.server.mails(w.porsgrunn.user.email)).filter((m) => m.subject.includes('Dialogmøte i oktober'));
    expect(mails).toHaveLength(2);
    expect(mails[0]!.text).toContain(`oktober ${year - 1}`);

    // Saved again in the same month (the form sends every field): no second round.
    ok(await g(SAVE_MILESTONE, { id: milestone, i: { month: 10, date: '', status: 'IN_PROGRESS' } }, w.staff.cookie));
    expect(await at(october, 0.4)).toBe(0);
    // Moved to November: reminded before 1 November (winter time) instead.
    ok(await g(SAVE_MILESTONE, { id: milestone, i: { month: 11 } }, w.staff.cookie));
    const november = new Date(`${year - 1}-11-01T00:00:00+01:00`).getTime();
    expect(await at(november, 6.9)).toBe(1);
    expect(await at(november, 6.5)).toBe(0);
  });
});

describe('the capacity survey', () => {
  it('goes to every municipality of the county; their verified organisations’ people are told in the inbox and by e-mail', async () => {
    const id = await newYear();
    const noDeadline = ok(await g<Created>(CREATE, { i: { countyNumber: '40', year: takeYear() } }, w.staff.cookie)).settlementYearCreate.id;
    expect((await g(`mutation($y: ID!) { settlementSurveySend(yearId: $y) { id } }`, { y: noDeadline }, w.staff.cookie)).errors?.[0]?.message).toBe('settlement/deadline_required');
    expect(code(await g(`mutation($y: ID!) { settlementSurveySend(yearId: $y) { id } }`, { y: id }, w.skien.cookie))).toBe('FORBIDDEN');
    ok(await g(`mutation($y: ID!) { settlementSurveySend(yearId: $y) { surveyState } }`, { y: id }, w.staff.cookie));
    expect(await em().count(SurveyResponse, { year: id })).toBe(17);
    const inbox = ok(await g<{ notifications: { nodes: { type: string; details: { settlementYearId: string; municipalityNumber: string } }[] } }>(`{ notifications { nodes { type details { settlementYearId municipalityNumber } } } }`, {}, w.skien.cookie));
    expect(inbox.notifications.nodes[0]).toEqual({ type: 'SETTLEMENT_SURVEY_SENT', details: { settlementYearId: id, municipalityNumber: '4003' } });
    const mail = (await w.server.mails(w.skien.user.email))[0]!;
    expect(mail.subject).toContain('Kartlegging av bosettingskapasitet');
    expect(mail.text).toContain(`/bosetting/${id}/kartlegging/4003`);
    // The unverified "Skien kommune" hears nothing.
    expect((await w.server.mails(w.fake.user.email)).length).toBe(0);
    expect(code(await g(`mutation($y: ID!) { settlementSurveySend(yearId: $y) { id } }`, { y: id }, w.staff.cookie))).toBe('CONFLICT');
  });

  it('is answered only by the municipality itself; others read it as their role allows', async () => {
    const id = await sentYear();
    const rid = await responseId(id, '4003', w.skien.cookie);
    expect(code(await g(RESPONSE, { y: id, m: '4003' }, w.imdi.cookie))).toBeUndefined();
    for (const cookie of [w.porsgrunn.cookie, w.fake.cookie, w.outsider.cookie, undefined]) expect(code(await g(RESPONSE, { y: id, m: '4003' }, cookie))).toBe('NOT_FOUND');
    // Not even county staff answer for a municipality, nor IMDi.
    for (const cookie of [w.staff.cookie, w.imdi.cookie]) expect(code(await g(SAVE, { id: rid, v: 1, i: { capacity: 10 } }, cookie))).toBe('FORBIDDEN');
    expect(code(await g(SAVE, { id: rid, v: 1, i: { capacity: 10 } }, w.porsgrunn.cookie))).toBe('NOT_FOUND');
    expect(ok(await g<Response>(RESPONSE, { y: id, m: '4003' }, w.staff.cookie)).settlementSurveyResponse.viewerCan).toEqual({ edit: false, submit: false, reopen: false, extend: true, remind: true });
    expect(ok(await g<Response>(RESPONSE, { y: id, m: '4003' }, w.skien.cookie)).settlementSurveyResponse.viewerCan).toEqual({ edit: true, submit: false, reopen: false, extend: false, remind: false });
  });

  it('autosaves with a version check, lists what is missing, and submits', async () => {
    const id = await sentYear();
    const rid = await responseId(id, '4003', w.skien.cookie);
    const opened = ok(await g<{ settlementSurveyResponseOpen: { state: string } }>(`mutation($id: ID!) { settlementSurveyResponseOpen(id: $id) { state } }`, { id: rid }, w.skien.cookie));
    expect(opened.settlementSurveyResponseOpen.state).toBe('DRAFT');
    expect(ok(await g<Response>(RESPONSE, { y: id, m: '4003' }, w.skien.cookie)).settlementSurveyResponse).toMatchObject({ version: 1, trackerStatus: 'DRAFT', missing: ['capacity', 'capacityMinors'] });
    const notYet = await g(SUBMIT, { id: rid }, w.skien.cookie);
    expect(notYet.errors?.[0]).toMatchObject({ message: 'settlement/answer_incomplete', extensions: { code: 'BAD_USER_INPUT', missing: ['capacity', 'capacityMinors'] } });

    const saved = ok(await g<{ settlementSurveyResponseSave: { version: number } }>(SAVE, { id: rid, v: 1, i: { capacity: 30, capacityMinors: 4, housing: 'Kommunale boliger i sentrum' } }, w.skien.cookie));
    expect(saved.settlementSurveyResponseSave.version).toBe(2);
    // A colleague who loaded version 1 is refused and told the current version; nothing of theirs is written.
    const stale = await g(SAVE, { id: rid, v: 1, i: { housing: 'Overskriver' } }, w.skien2.cookie);
    expect(stale.errors?.[0]).toMatchObject({ message: 'settlement/version_conflict', extensions: { code: 'CONFLICT', currentVersion: 2 } });
    expect((await em().findOneOrFail(SurveyResponse, { id: rid })).housing).toBe('Kommunale boliger i sentrum');
    expect(code(await g(SAVE, { id: rid, v: 2, i: { capacityMinors: 40 } }, w.skien.cookie))).toBe('BAD_USER_INPUT');

    expect(ok(await g<{ settlementSurveyResponseSubmit: { state: string } }>(SUBMIT, { id: rid }, w.skien2.cookie)).settlementSurveyResponseSubmit.state).toBe('SUBMITTED');
    expect((await g(SAVE, { id: rid, v: 2, i: { comments: 'Etterpå' } }, w.skien.cookie)).errors?.[0]?.message).toBe('settlement/response_submitted');
    // County staff reopen it for a correction; the municipality edits and submits again.
    expect(code(await g(`mutation($id: ID!) { settlementSurveyResponseReopen(id: $id) { state } }`, { id: rid }, w.skien.cookie))).toBe('FORBIDDEN');
    ok(await g(`mutation($id: ID!) { settlementSurveyResponseReopen(id: $id) { state } }`, { id: rid }, w.staff.cookie));
    ok(await g(SAVE, { id: rid, v: 3, i: { capacity: 32 } }, w.skien.cookie));
    ok(await g(SUBMIT, { id: rid }, w.skien.cookie));
  });

  it('enforces the deadline to the second, and a later deadline granted to one municipality', async () => {
    const id = await sentYear();
    const skien = await responseId(id, '4003');
    const porsgrunn = await responseId(id, '4001');
    ok(await g(SAVE, { id: skien, v: 1, i: { capacity: 10, capacityMinors: 0 } }, w.skien.cookie));
    ok(await g(SAVE, { id: porsgrunn, v: 1, i: { capacity: 12, capacityMinors: 2 } }, w.porsgrunn.cookie));
    // One second before the deadline: taken.
    await em().nativeUpdate(SettlementYear, { id }, { surveyDeadline: new Date(Date.now() + 1000) });
    ok(await g(SUBMIT, { id: skien }, w.skien.cookie));
    // One second after: refused, saving too, and the tracker says LATE.
    await em().nativeUpdate(SettlementYear, { id }, { surveyDeadline: new Date(Date.now() - 1000) });
    expect((await g(SUBMIT, { id: porsgrunn }, w.porsgrunn.cookie)).errors?.[0]).toMatchObject({ message: 'settlement/deadline_passed', extensions: { code: 'CONFLICT' } });
    expect((await g(SAVE, { id: porsgrunn, v: 2, i: { comments: 'For sent' } }, w.porsgrunn.cookie)).errors?.[0]?.message).toBe('settlement/deadline_passed');
    const late = ok(await g<Response>(RESPONSE, { y: id, m: '4001' }, w.porsgrunn.cookie)).settlementSurveyResponse;
    expect(late).toMatchObject({ trackerStatus: 'LATE', missing: ['deadline'], viewerCan: { edit: false, submit: false } });
    // County staff give Porsgrunn until tomorrow: it can answer, others still cannot.
    expect(code(await g(`mutation($id: ID!, $u: String!) { settlementSurveyResponseExtend(id: $id, until: $u) { deadline } }`, { id: porsgrunn, u: inDays(-1) }, w.staff.cookie))).toBe('BAD_USER_INPUT');
    ok(await g(`mutation($id: ID!, $u: String!) { settlementSurveyResponseExtend(id: $id, until: $u) { deadline } }`, { id: porsgrunn, u: inDays(1) }, w.staff.cookie));
    ok(await g(SUBMIT, { id: porsgrunn }, w.porsgrunn.cookie));
    const bamble = await em().findOneOrFail(SurveyResponse, { year: id, municipality: '4012' });
    expect(ok(await g<Response>(RESPONSE, { y: id, m: '4012' }, w.staff.cookie)).settlementSurveyResponse.trackerStatus).toBe('LATE');
    expect(bamble.state).toBe('NOT_OPENED');
  });

  it('shows county staff a live tracker, replaying what a reconnecting client missed', async () => {
    const id = await sentYear();
    const TRACKER = `query($id: ID!) { settlementYear(id: $id) { municipalities { municipality { number } response { trackerStatus } } } }`;
    const rows = () => g<{ settlementYear: { municipalities: { municipality: { number: string }; response: { trackerStatus: string } | null }[] } }>(TRACKER, { id }, w.staff.cookie);
    expect(ok(await rows()).settlementYear.municipalities.every((r) => r.response?.trackerStatus === 'NOT_OPENED')).toBe(true);
    // Municipality people and IMDi do not get the tracker.
    for (const cookie of [w.skien.cookie, w.imdi.cookie]) {
      const client = wsClient(w.server.port, cookie);
      const denied = collect(client, `subscription($y: ID!) { settlementSurveyUpdates(yearId: $y) { cursor } }`, { y: id });
      await new Promise((r) => setTimeout(r, 300));
      expect(JSON.stringify(denied.errors)).toContain('FORBIDDEN');
      await client.dispose();
    }

    const client = wsClient(w.server.port, w.staff.cookie);
    const live = collect<{ settlementSurveyUpdates: { cursor: string; type: string; municipalityNumber: string } }>(client, `subscription($y: ID!, $a: String) { settlementSurveyUpdates(yearId: $y, after: $a) { cursor type municipalityNumber } }`, { y: id, a: '0' });
    await settled(client);
    const skien = await responseId(id, '4003', w.skien.cookie);
    ok(await g(`mutation($id: ID!) { settlementSurveyResponseOpen(id: $id) { state } }`, { id: skien }, w.skien.cookie));
    ok(await g(SAVE, { id: skien, v: 1, i: { capacity: 5, capacityMinors: 0 } }, w.skien.cookie));
    const events = await live.waitFor(3);
    expect(events.map((e) => [e.settlementSurveyUpdates.type, e.settlementSurveyUpdates.municipalityNumber])).toEqual([['survey.sent', null], ['response.opened', '4003'], ['response.saved', '4003']]);
    const cursor = events[2]!.settlementSurveyUpdates.cursor;
    await client.dispose();

    // Offline meanwhile: the submission is replayed after the cursor.
    ok(await g(SUBMIT, { id: skien }, w.skien.cookie));
    const again = wsClient(w.server.port, w.staff.cookie);
    const replay = collect<{ settlementSurveyUpdates: { type: string } }>(again, `subscription($y: ID!, $a: String) { settlementSurveyUpdates(yearId: $y, after: $a) { type } }`, { y: id, a: cursor });
    expect((await replay.waitFor(1)).map((e) => e.settlementSurveyUpdates.type)).toEqual(['response.submitted']);
    await again.dispose();
    const statuses = Object.fromEntries(ok(await rows()).settlementYear.municipalities.map((r) => [r.municipality.number, r.response?.trackerStatus]));
    expect(statuses['4003']).toBe('ANSWERED');
  });

  it('reminds municipalities that have not answered 7 days and 1 day before the deadline, once each, in the inbox and by e-mail', async () => {
    const id = await sentYear(6);
    const skien = await responseId(id, '4003');
    ok(await g(SAVE, { id: skien, v: 1, i: { capacity: 5, capacityMinors: 0 } }, w.skien.cookie));
    ok(await g(SUBMIT, { id: skien }, w.skien.cookie));
    const deadline = (await em().findOneOrFail(SettlementYear, { id })).surveyDeadline!.getTime();
    const job = { em: em(), mailer: w.server.app.services.mailer, logger: w.server.app.services.logger, publicUrl: w.server.config.publicUrl };
    const before = (await w.server.mails(w.porsgrunn.user.email)).length;
    expect(await settlementSurveyReminders({ ...job, now: new Date(deadline - 8 * 86_400_000) })).toBe(0);
    // 7 days before: Porsgrunn (not answered) is reminded; Skien (answered) is not.
    expect(await settlementSurveyReminders({ ...job, now: new Date(deadline - 6.9 * 86_400_000) })).toBe(1);
    expect(await settlementSurveyReminders({ ...job, now: new Date(deadline - 5 * 86_400_000) })).toBe(0);
    expect(await settlementSurveyReminders({ ...job, now: new Date(deadline - 0.9 * 86_400_000) })).toBe(1);
    expect(await settlementSurveyReminders({ ...job, now: new Date(deadline - 0.5 * 86_400_000) })).toBe(0);
    const mails = await w.server.mails(w.porsgrunn.user.email);
    expect(mails.length - before).toBe(2);
    expect(mails[0]!.subject).toContain('Påminnelse');
    expect(mails.some((m) => m.to === w.skien.user.email && m.subject.includes('Påminnelse'))).toBe(false);
    const inbox = ok(await g<{ notifications: { nodes: { type: string }[] } }>(`{ notifications { nodes { type } } }`, {}, w.porsgrunn.cookie));
    expect(inbox.notifications.nodes.filter((n) => n.type === 'SETTLEMENT_SURVEY_DEADLINE').length).toBeGreaterThanOrEqual(2);
  });

  it('lets county staff remind one municipality by hand, at most once an hour', async () => {
    const id = await sentYear();
    const porsgrunn = await responseId(id, '4001');
    const REMIND = `mutation($id: ID!) { settlementSurveyResponseRemind(id: $id) { remindedAt viewerCan { remind } } }`;
    expect(code(await g(REMIND, { id: porsgrunn }, w.imdi.cookie))).toBe('FORBIDDEN');
    const before = (await w.server.mails(w.porsgrunn.user.email)).length;
    const first = ok(await g<{ settlementSurveyResponseRemind: { viewerCan: { remind: boolean } } }>(REMIND, { id: porsgrunn }, w.staff.cookie));
    expect(first.settlementSurveyResponseRemind.viewerCan.remind).toBe(false);
    expect((await w.server.mails(w.porsgrunn.user.email)).length).toBe(before + 1);
    expect((await g(REMIND, { id: porsgrunn }, w.staff.cookie)).errors?.[0]).toMatchObject({ message: 'settlement/reminded_recently', extensions: { code: 'CONFLICT' } });
    // A municipality nobody on the platform speaks for cannot be reminded.
    expect((await g(REMIND, { id: await responseId(id, '4036') }, w.staff.cookie)).errors?.[0]?.message).toBe('settlement/nobody_to_remind');
  });
});

describe('front-page tasks', () => {
  it("puts an open survey on the front-page tasks of the municipality's own people, and nobody else's", async () => {
    const id = await sentYear(12);
    const TASKS = `{ myTasks { kind title organisationName dueAt path } }`;
    type Tasks = { myTasks: { kind: string; title: string; organisationName: string | null; dueAt: string | null; path: string }[] };
    const mine = ok(await g<Tasks>(TASKS, {}, w.skien.cookie)).myTasks.filter((t) => t.kind === 'settlement.survey' && t.path === `/bosetting/${id}/kartlegging/4003`);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.organisationName).toBe('Skien');
    for (const cookie of [w.staff.cookie, w.imdi.cookie, w.outsider.cookie]) {
      expect(ok(await g<Tasks>(TASKS, {}, cookie)).myTasks.filter((t) => t.kind === 'settlement.survey')).toEqual([]);
    }
    // Closed, the survey is no task (and leaves the other tests' reminder counts alone).
    ok(await g(`mutation($yearId: ID!) { settlementSurveyClose(yearId: $yearId) { surveyState } }`, { yearId: id }, w.staff.cookie));
    expect(ok(await g<Tasks>(TASKS, {}, w.skien.cookie)).myTasks.filter((t) => t.path === `/bosetting/${id}/kartlegging/4003`)).toEqual([]);
  });
});
