import { describe, expect, it } from 'vitest';
import { fileKeys } from '../../common/files/keys.js';
import { MINIMAL_PDF, postFile } from '../../../test/factories.js';
import { code, ok, settlementTestFile } from '../../../test/settlement-world.js';
import { collect, settled, wsClient } from '../../../test/ws.js';
import { User } from '../accounts/user.entity.js';
import { ApplicationState, Decision, GrantApplication, GrantRound, GrantScheme, RoundState } from '../grants/grant.entity.js';
import { OrganisationKind } from '../organisations/organisation.entity.js';
import { SettlementNumbers } from './settlement.entity.js';
import { parseRequestCsv } from './numbers.service.js';

const { w, g, em, newYear } = settlementTestFile(2060);

const REQUEST = `mutation($y: ID!, $m: String!, $i: SettlementRequestInput!) { settlementRequestSet(yearId: $y, municipalityNumber: $m, input: $i) { requested requestedMinors } }`;
const DECISION = `mutation($y: ID!, $m: String!, $i: SettlementDecisionInput!) { settlementDecisionSet(yearId: $y, municipalityNumber: $m, input: $i) { decisionStatus decided decidedMinors decidedOn documentUrl } }`;
const SETTLED = `mutation($y: ID!, $m: String!, $i: SettledInput!) { settlementSettledSet(yearId: $y, municipalityNumber: $m, input: $i) { settled settledMinors } }`;
const IMPORT = `mutation($y: ID!, $c: String!) { settlementRequestsImport(yearId: $y, csv: $c) { municipality { number } requested requestedMinors } }`;

describe('requests, decisions and settled numbers', () => {
  it('records IMDi’s request by county staff or an agency member, one by one or from a CSV file, all or nothing', async () => {
    const id = await newYear();
    ok(await g(REQUEST, { y: id, m: '4003', i: { requested: 40, requestedMinors: 5 } }, w.imdi.cookie));
    ok(await g(REQUEST, { y: id, m: '4001', i: { requested: 30 } }, w.staff.cookie));
    expect(code(await g(REQUEST, { y: id, m: '4003', i: { requested: 1 } }, w.skien.cookie))).toBe('FORBIDDEN');
    // The unverified "Skien kommune" does not even see the year.
    expect(code(await g(REQUEST, { y: id, m: '4003', i: { requested: 1 } }, w.fake.cookie))).toBe('NOT_FOUND');
    expect(code(await g(REQUEST, { y: id, m: '4003', i: { requested: 5, requestedMinors: 6 } }, w.imdi.cookie))).toBe('BAD_USER_INPUT');

    const bad = await g(IMPORT, { y: id, c: 'kommunenummer;anmodning;herav EM\n4003;45;5\n9999;10;0\n4005;mange\n4003;1;0\n4010;3;4\n' }, w.imdi.cookie);
    expect(bad.errors?.[0]).toMatchObject({ message: 'settlement/csv_invalid', extensions: { code: 'BAD_USER_INPUT' } });
    expect(bad.errors?.[0]?.extensions?.problems).toEqual([
      { line: 3, message: 'municipality/unknown' },
      { line: 4, message: 'settlement/number_invalid' },
      { line: 5, message: 'settlement/csv_duplicate' },
      { line: 6, message: 'settlement/minors_exceed_total' },
    ]);
    // Nothing from the refused file was written.
    expect((await em().findOneOrFail(SettlementNumbers, { year: id, municipality: '4003' })).requested).toBe(40);
    const vestfold = await g(IMPORT, { y: id, c: '4003,45,5\n3901;9;0' }, w.imdi.cookie);
    expect(vestfold.errors?.[0]?.extensions?.problems).toEqual([{ line: 2, message: 'municipality/unknown' }]);
    const good = ok(await g<{ settlementRequestsImport: { municipality: { number: string }; requested: number; requestedMinors: number | null }[] }>(IMPORT, { y: id, c: '\ufeffKommunenr;Anmodning;EM\r\n4003;45;5\r\n4005;"12";\r\n\r\n' }, w.imdi.cookie));
    expect(good.settlementRequestsImport.map((r) => [r.municipality.number, r.requested, r.requestedMinors])).toEqual([['4003', 45, 5], ['4005', 12, null]]);
    expect(code(await g(IMPORT, { y: id, c: '4003;45;5' }, w.skien.cookie))).toBe('FORBIDDEN');
    expect((await g(IMPORT, { y: id, c: 'x'.repeat(100_001) }, w.imdi.cookie)).errors?.[0]?.message).toBe('settlement/csv_too_large');
  });

  it('tells each viewer, per municipality row, what they may record there: the same rules the mutations enforce', async () => {
    const id = await newYear();
    const ROWS = `query($y: ID!) { settlementYear(id: $y) { municipalities { municipality { number } viewerCan { recordRequest recordDecision recordSettled editBoard } } } }`;
    type Rows = { settlementYear: { municipalities: { municipality: { number: string }; viewerCan: Record<string, boolean> }[] } };
    const can = async (cookie?: string) => {
      const rows = ok(await g<Rows>(ROWS, { y: id }, cookie)).settlementYear.municipalities;
      expect(rows).toHaveLength(17);
      const of = (nr: string) => rows.find((r) => r.municipality.number === nr)!.viewerCan;
      return { skien: of('4003'), porsgrunn: of('4001'), bamble: of('4012') };
    };
    const flags = (recordRequest: boolean, recordDecision: boolean, recordSettled: boolean, editBoard: boolean) => ({ recordRequest, recordDecision, recordSettled, editBoard });
    const all = flags(true, true, true, true);
    const none = flags(false, false, false, false);

    // County staff record everything; IMDi records requests and sits at the board; a municipality records its own
    // decision and settled numbers, nobody else's.
    expect(await can(w.staff.cookie)).toEqual({ skien: all, porsgrunn: all, bamble: all });
    const agency = flags(true, false, false, true);
    expect(await can(w.imdi.cookie)).toEqual({ skien: agency, porsgrunn: agency, bamble: agency });
    const own = flags(false, true, true, false);
    expect(await can(w.skien.cookie)).toEqual({ skien: own, porsgrunn: none, bamble: none });
    expect(await can(w.porsgrunn.cookie)).toEqual({ skien: none, porsgrunn: own, bamble: none });
    // The unverified "Skien kommune" and people with no standing do not see the year; once published, they read
    // the numbers and may record nothing.
    for (const cookie of [w.fake.cookie, w.outsider.cookie, undefined]) expect(code(await g(ROWS, { y: id }, cookie))).toBe('NOT_FOUND');
    ok(await g(`mutation($id: ID!) { settlementYearPublish(id: $id, published: true) { id } }`, { id }, w.staff.cookie));
    for (const cookie of [w.fake.cookie, w.outsider.cookie, undefined]) expect(await can(cookie)).toEqual({ skien: none, porsgrunn: none, bamble: none });

    // A locked board is edited by nobody; the rest stays as it was.
    ok(await g(`mutation($y: ID!) { settlementBoardLock(yearId: $y) { boardState } }`, { y: id }, w.staff.cookie));
    expect((await can(w.staff.cookie)).skien).toEqual(flags(true, true, true, false));
    expect((await can(w.imdi.cookie)).skien).toEqual(flags(true, false, false, false));
    expect((await can(w.skien.cookie)).skien).toEqual(own);
  });

  it('reads CSV rows with a header, quotes, blank lines and short municipality numbers', () => {
    const known = new Map([['0301', 1], ['4003', 1]]);
    expect(parseRequestCsv('301;5;1\n\n"4003";"7";""', known)).toEqual({ rows: [{ municipality: '0301', requested: 5, minors: 1 }, { municipality: '4003', requested: 7, minors: null }], problems: [] });
    expect(parseRequestCsv(Array.from({ length: 502 }, () => '4003;1;0').join('\n'), known).problems).toEqual([{ line: 502, message: 'settlement/csv_too_many_rows' }]);
  });

  it('records the municipality’s decision with its document, and settled numbers, by the municipality itself or county staff', async () => {
    const id = await newYear();
    // Awaiting political treatment first, then decided; never back.
    ok(await g(DECISION, { y: id, m: '4003', i: { status: 'AWAITING_POLITICAL_TREATMENT' } }, w.skien.cookie));
    expect((await g(DECISION, { y: id, m: '4003', i: { status: 'DECIDED', decided: 35 } }, w.skien.cookie)).errors?.[0]?.message).toBe('settlement/decision_minors_required');
    expect((await g(DECISION, { y: id, m: '4003', i: { status: 'DECIDED', decided: 35, decidedMinors: true, decidedOn: '2026-13-01' } }, w.skien.cookie)).errors?.[0]?.message).toBe('validation/date_invalid');
    const decided = ok(await g<{ settlementDecisionSet: Record<string, unknown> }>(DECISION, { y: id, m: '4003', i: { status: 'DECIDED', decided: 35, decidedMinors: true, decidedOn: '2026-11-20' } }, w.skien2.cookie));
    expect(decided.settlementDecisionSet).toMatchObject({ decisionStatus: 'DECIDED', decided: 35, decidedMinors: true, decidedOn: '2026-11-20', documentUrl: null });
    expect((await g(DECISION, { y: id, m: '4003', i: { status: 'AWAITING_POLITICAL_TREATMENT' } }, w.skien.cookie)).errors?.[0]).toMatchObject({ message: 'settlement/invalid_transition', extensions: { code: 'CONFLICT' } });
    // Porsgrunn's people, IMDi and the unverified "Skien kommune" may not decide for Skien; county staff may.
    for (const cookie of [w.porsgrunn.cookie, w.imdi.cookie]) expect(code(await g(DECISION, { y: id, m: '4003', i: { status: 'DECIDED', decided: 1, decidedMinors: false, decidedOn: '2026-11-21' } }, cookie))).toBe('FORBIDDEN');
    ok(await g(DECISION, { y: id, m: '4001', i: { status: 'DECIDED', decided: 20, decidedMinors: false, decidedOn: '2026-12-01' } }, w.staff.cookie));

    const url = `${w.server.url}/filer/bosetting/${id}/vedtak/4003`;
    expect((await postFile(url, MINIMAL_PDF, 'vedtak.pdf', w.porsgrunn.cookie)).status).toBe(403);
    expect((await postFile(`${w.server.url}/filer/bosetting/${id}/vedtak/4005`, MINIMAL_PDF, 'vedtak.pdf', w.staff.cookie)).status).toBe(409); // no decision recorded
    expect((await postFile(url, Buffer.from('MZ\x90\x00 not a pdf'), 'vedtak.exe', w.skien.cookie)).status).toBe(415);
    const uploaded = await postFile(url, MINIMAL_PDF, 'Vedtak bystyret.pdf', w.skien.cookie);
    expect(uploaded.status).toBe(201);
    const row = await em().findOneOrFail(SettlementNumbers, { year: id, municipality: '4003' });
    expect(await w.server.app.services.files.size(fileKeys.settlementDecision(row.id))).toBe(MINIMAL_PDF.length);
    expect((await fetch(url, { headers: { cookie: w.imdi.cookie } })).status).toBe(200);
    expect((await fetch(url)).status).toBe(404); // not published yet

    ok(await g(SETTLED, { y: id, m: '4003', i: { settled: 12, settledMinors: 2 } }, w.skien.cookie));
    expect(code(await g(SETTLED, { y: id, m: '4003', i: { settled: 1, settledMinors: 2 } }, w.skien.cookie))).toBe('BAD_USER_INPUT');
    expect(code(await g(SETTLED, { y: id, m: '4003', i: { settled: 13 } }, w.imdi.cookie))).toBe('FORBIDDEN');
  });

  it('shows progress per municipality and for the county, live, and the published numbers to the public', async () => {
    const id = await newYear();
    const PROGRESS = `query($y: ID!) { settlementYear(id: $y) { progress { requested decided settled rows { municipality { number } requested decided settled } } } }`;
    type P = { settlementYear: { progress: { requested: number; decided: number; settled: number; rows: { municipality: { number: string }; requested: number; decided: number; settled: number }[] } } };
    const client = wsClient(w.server.port, w.skien.cookie);
    const live = collect<{ settlementProgressUpdates: { type: string; municipalityNumber: string } }>(client, `subscription($y: ID!, $a: String) { settlementProgressUpdates(yearId: $y, after: $a) { type municipalityNumber } }`, { y: id, a: '0' });
    await settled(client);
    ok(await g(REQUEST, { y: id, m: '4003', i: { requested: 40 } }, w.imdi.cookie));
    ok(await g(DECISION, { y: id, m: '4003', i: { status: 'DECIDED', decided: 35, decidedMinors: false, decidedOn: '2026-11-20' } }, w.skien.cookie));
    ok(await g(SETTLED, { y: id, m: '4003', i: { settled: 10 } }, w.skien.cookie));
    ok(await g(REQUEST, { y: id, m: '4001', i: { requested: 25 } }, w.imdi.cookie));
    ok(await g(DECISION, { y: id, m: '4001', i: { status: 'AWAITING_POLITICAL_TREATMENT' } }, w.porsgrunn.cookie));
    expect((await live.waitFor(5)).map((e) => [e.settlementProgressUpdates.type, e.settlementProgressUpdates.municipalityNumber])).toEqual([
      ['numbers.request', '4003'], ['numbers.decision', '4003'], ['numbers.settled', '4003'], ['numbers.request', '4001'], ['numbers.decision', '4001'],
    ]);
    await client.dispose();
    const p = ok(await g<P>(PROGRESS, { y: id }, w.skien.cookie)).settlementYear.progress;
    expect(p).toMatchObject({ requested: 65, decided: 35, settled: 10 });
    expect(p.rows).toHaveLength(17);
    expect(p.rows.find((r) => r.municipality.number === '4001')).toMatchObject({ requested: 25, decided: 0, settled: 0 });

    // The public: nothing until the county publishes, then the numbers (not the survey or the board), live too.
    expect(code(await g(PROGRESS, { y: id }))).toBe('NOT_FOUND');
    const publicClient = wsClient(w.server.port);
    const denied = collect(publicClient, `subscription($y: ID!) { settlementProgressUpdates(yearId: $y) { type } }`, { y: id });
    await new Promise((r) => setTimeout(r, 300));
    expect(JSON.stringify(denied.errors)).toContain('NOT_FOUND');
    ok(await g(`mutation($id: ID!) { settlementYearPublish(id: $id, published: true) { id } }`, { id }, w.staff.cookie));
    expect(ok(await g<P>(PROGRESS, { y: id })).settlementYear.progress.requested).toBe(65);
    const ROWS = `query($y: ID!) { settlementYear(id: $y) { municipalities { response { id } cells { version } recommendation { id } numbers { requested } } } }`;
    const rows = ok(await g<{ settlementYear: { municipalities: { response: unknown; cells: unknown; recommendation: unknown; numbers: { requested: number } | null }[] } }>(ROWS, { y: id })).settlementYear.municipalities;
    expect(rows.every((r) => r.response === null && r.cells === null && r.recommendation === null)).toBe(true);
    expect(rows.filter((r) => r.numbers).map((r) => r.numbers!.requested)).toEqual([25, 40]);
    const watching = collect<{ settlementProgressUpdates: { type: string } }>(publicClient, `subscription($y: ID!) { settlementProgressUpdates(yearId: $y) { type } }`, { y: id });
    await settled(publicClient);
    await new Promise((r) => setTimeout(r, 200));
    ok(await g(SETTLED, { y: id, m: '4001', i: { settled: 3 } }, w.porsgrunn.cookie));
    expect((await watching.waitFor(1))[0]!.settlementProgressUpdates.type).toBe('numbers.settled');
    // Withdrawn again: the public's subscription ends.
    ok(await g(`mutation($id: ID!) { settlementYearPublish(id: $id, published: false) { id } }`, { id }, w.staff.cookie));
    const deadline = Date.now() + 5000;
    while (!watching.completed && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(watching.completed).toBe(true);
    await publicClient.dispose();
  });
});

describe('earlier years beside this one', () => {
  it('shows each municipality’s request, decision and settled numbers of earlier years, only those years the viewer may see', async () => {
    const older = await newYear();
    const newer = await newYear();
    ok(await g(REQUEST, { y: older, m: '4003', i: { requested: 50 } }, w.staff.cookie));
    ok(await g(DECISION, { y: older, m: '4003', i: { status: 'DECIDED', decided: 45, decidedMinors: false, decidedOn: '2026-12-01' } }, w.staff.cookie));
    ok(await g(SETTLED, { y: older, m: '4003', i: { settled: 40 } }, w.staff.cookie));
    ok(await g(DECISION, { y: older, m: '4001', i: { status: 'AWAITING_POLITICAL_TREATMENT' } }, w.staff.cookie));
    const Q = `query($y: ID!) { settlementYear(id: $y) { municipalities { municipality { number } previous { yearId requested decided settled } } } }`;
    type Q = { settlementYear: { municipalities: { municipality: { number: string }; previous: { yearId: string; requested: number | null; decided: number | null; settled: number | null }[] }[] } };
    const previous = async (m: string, cookie?: string) => ok(await g<Q>(Q, { y: newer }, cookie)).settlementYear.municipalities.find((r) => r.municipality.number === m)!.previous;
    for (const cookie of [w.staff.cookie, w.imdi.cookie, w.skien.cookie]) {
      expect((await previous('4003', cookie))[0]).toEqual({ yearId: older, requested: 50, decided: 45, settled: 40 });
      // Awaiting political treatment: no decided number yet.
      expect((await previous('4001', cookie))[0]).toEqual({ yearId: older, requested: null, decided: null, settled: null });
    }
    // The public sees the newer year once it is published, but not the older, unpublished one beside it.
    ok(await g(`mutation($id: ID!) { settlementYearPublish(id: $id, published: true) { id } }`, { id: newer }, w.staff.cookie));
    expect((await previous('4003')).map((p) => p.yearId)).not.toContain(older);
    ok(await g(`mutation($id: ID!) { settlementYearPublish(id: $id, published: true) { id } }`, { id: older }, w.staff.cookie));
    expect((await previous('4003'))[0]).toEqual({ yearId: older, requested: 50, decided: 45, settled: 40 });
  });
});

describe('the municipality page', () => {
  it('shows its numbers over the years, who does what (to signed-in users) and grants awarded there', async () => {
    const older = await newYear();
    const newer = await newYear();
    ok(await g(REQUEST, { y: older, m: '4003', i: { requested: 50 } }, w.staff.cookie));
    ok(await g(SETTLED, { y: older, m: '4003', i: { settled: 48 } }, w.staff.cookie));
    ok(await g(REQUEST, { y: newer, m: '4003', i: { requested: 45 } }, w.staff.cookie));
    ok(await g(`mutation($id: ID!) { settlementYearPublish(id: $id, published: true) { id } }`, { id: older }, w.staff.cookie));

    const e = em();
    await e.nativeUpdate(User, { id: w.skien.user.id }, { title: 'Leder, flyktningtjenesten' });
    const school = await w.make.organisation({ name: 'Skien vgs', kind: OrganisationKind.SCHOOL, members: [w.outsider.user], verified: true });
    await w.serving(school, ['4003']);
    await e.nativeUpdate(User, { id: w.outsider.user.id }, { profileTags: ['minority-adviser'] });
    const scheme = e.create(GrantScheme, { name: 'TIIA test' });
    const round = e.create(GrantRound, { scheme, title: 'TIIA 2026', year: 2026, budget: 100, opensAt: new Date(), closesAt: new Date(), state: RoundState.DECIDED, decisionsPublishedAt: new Date() });
    e.create(GrantApplication, { round, organisation: school, title: 'Mentorordning', guidelinesVersion: 1, state: ApplicationState.DECIDED, decision: Decision.APPROVED, grantedAmount: 90_000 });
    e.create(GrantApplication, { round, organisation: school, title: 'Avslått', guidelinesVersion: 1, state: ApplicationState.DECIDED, decision: Decision.REJECTED, grantedAmount: 0 });
    await e.flush();

    const PAGE = `{ municipality(number: "4003") { name settlementYears { year { id } requested settled } contacts { role name title organisation { name } } grantsAwarded { title organisationName grantedAmount } } }`;
    type Page = { municipality: { settlementYears: { year: { id: string }; requested: number; settled: number | null }[]; contacts: { role: string; name: string; title: string | null; organisation: { name: string } }[] | null; grantsAwarded: { title: string; grantedAmount: number }[] } };
    const anonymous = ok(await g<Page>(PAGE)).municipality;
    const ours = (years: Page['municipality']['settlementYears']) => years.filter((y) => [older, newer].includes(y.year.id));
    expect(ours(anonymous.settlementYears).map((y) => [y.year.id, y.requested, y.settled])).toEqual([[older, 50, 48]]);
    expect(anonymous.contacts).toBeNull();
    expect(anonymous.grantsAwarded).toEqual([{ title: 'Mentorordning', organisationName: 'Skien vgs', grantedAmount: 90_000 }]);
    const signedIn = ok(await g<Page>(PAGE, {}, w.skien.cookie)).municipality;
    expect(ours(signedIn.settlementYears).map((y) => y.year.id)).toEqual([newer, older]);
    expect(signedIn.contacts!.map((c) => [c.role, c.name, c.organisation.name])).toEqual([
      ['REFUGEE_SERVICE', 'Siri Skien', 'Skien kommune'],
      ['REFUGEE_SERVICE', 'Sverre Skien', 'Skien kommune'],
      ['MINORITY_ADVISER', 'Ola Utenfor', 'Skien vgs'],
    ]);
  });
});
