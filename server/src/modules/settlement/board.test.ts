import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { code, ok, settlementTestFile } from '../../../test/settlement-world.js';
import { collect, settled, wsClient } from '../../../test/ws.js';
import { BoardChange, RecommendationVersion } from './settlement.entity.js';

const { w, g, em, newYear } = settlementTestFile(2050);

const SET = `mutation($i: BoardCellInput!) { settlementBoardCellSet(input: $i) { column number text version updatedByName } }`;
type Cell = { settlementBoardCellSet: { column: string; number: number | null; text: string | null; version: number; updatedByName: string } };
const cell = (yearId: string, municipalityNumber: string, column: string, value: number | string | null, version: number) => ({
  i: { yearId, municipalityNumber, column, version, ...(typeof value === 'string' ? { text: value } : { number: value }) },
});

describe('the allocation board', () => {
  it('takes edits from county staff and agencies, checks each cell’s version so no edit is lost, and keeps every change', async () => {
    const id = await newYear();
    const first = ok(await g<Cell>(SET, cell(id, '4003', 'RECOMMENDATION', 25, 0), w.staff.cookie)).settlementBoardCellSet;
    expect(first).toMatchObject({ column: 'RECOMMENDATION', number: 25, version: 1, updatedByName: 'Kari Fylke' });
    // IMDi saw version 0 too: refused, and told what is there now and who put it there.
    const lost = await g(SET, cell(id, '4003', 'RECOMMENDATION', 30, 0), w.imdi.cookie);
    expect(lost.errors?.[0]).toMatchObject({ message: 'settlement/cell_version_conflict', extensions: { code: 'CONFLICT', currentVersion: 1, currentNumber: 25, updatedByName: 'Kari Fylke' } });
    // Another cell of the same row is its own: no conflict.
    ok(await g(SET, cell(id, '4003', 'IMDI_PROPOSAL', 28, 0), w.imdi.cookie));
    ok(await g(SET, cell(id, '4003', 'RECOMMENDATION', 30, 1), w.imdi.cookie));
    ok(await g(SET, cell(id, '4003', 'COMMENT', 'God kapasitet i barnehage', 0), w.staff.cookie));
    expect(code(await g(SET, cell(id, '4003', 'COMMENT', 5, 1), w.staff.cookie))).toBe('BAD_USER_INPUT');
    expect(code(await g(SET, cell(id, '4003', 'MINORS', 'fem', 0), w.staff.cookie))).toBe('BAD_USER_INPUT');
    expect(code(await g(SET, cell(id, '3901', 'MINORS', 2, 0), w.staff.cookie))).toBe('BAD_USER_INPUT'); // Vestfold: another county
    expect(code(await g(SET, cell(id, '4003', 'MINORS', -1, 0), w.staff.cookie))).toBe('BAD_USER_INPUT');
    for (const cookie of [w.skien.cookie, w.outsider.cookie]) expect(code(await g(SET, cell(id, '4003', 'MINORS', 2, 0), cookie))).toBe(cookie === w.skien.cookie ? 'FORBIDDEN' : 'NOT_FOUND');
    expect(code(await g(SET, cell(id, '4003', 'MINORS', 2, 0)))).toBe('UNAUTHENTICATED');

    const history = ok(await g<{ settlementBoardHistory: { column: string; fromValue: string | null; toValue: string; version: number; actorName: string }[] }>(`query($y: ID!) { settlementBoardHistory(yearId: $y, municipalityNumber: "4003") { column fromValue toValue version actorName } }`, { y: id }, w.imdi.cookie));
    expect(history.settlementBoardHistory).toEqual([
      { column: 'COMMENT', fromValue: null, toValue: 'God kapasitet i barnehage', version: 1, actorName: 'Kari Fylke' },
      { column: 'RECOMMENDATION', fromValue: '25', toValue: '30', version: 2, actorName: 'Ida IMDi' },
      { column: 'IMDI_PROPOSAL', fromValue: null, toValue: '28', version: 1, actorName: 'Ida IMDi' },
      { column: 'RECOMMENDATION', fromValue: null, toValue: '25', version: 1, actorName: 'Kari Fylke' },
    ]);
    expect(code(await g(`query($y: ID!) { settlementBoardHistory(yearId: $y) { id } }`, { y: id }, w.skien.cookie))).toBe('FORBIDDEN');
  });

  it('never loses one of many edits made at once to the same cell: exactly one wins per version', async () => {
    const id = await newYear();
    const attempts = await Promise.all([w.staff, w.imdi, w.staff, w.imdi, w.staff, w.imdi].map((p, i) => g(SET, cell(id, '4005', 'RECOMMENDATION', 10 + i, 0), p.cookie)));
    const won = attempts.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    expect(attempts.filter((r) => r.errors?.[0]?.message === 'settlement/cell_version_conflict')).toHaveLength(5);
    expect(await em().count(BoardChange, { year: id, municipalityNumber: '4005' })).toBe(1);
  });

  it('shows everyone at the board each other’s edits and which row each is at, live, with replay after a reconnect', async () => {
    const id = await newYear();
    const UPDATES = `subscription($y: ID!, $a: String) { settlementBoardUpdates(yearId: $y, after: $a) { cursor type municipalityNumber cell { column number version updatedByName } } }`;
    type U = { settlementBoardUpdates: { cursor: string; type: string; municipalityNumber: string; cell: { column: string; number: number; version: number; updatedByName: string } | null } };
    const kari = wsClient(w.server.port, w.staff.cookie);
    const ida = wsClient(w.server.port, w.imdi.cookie);
    const kariSees = collect<U>(kari, UPDATES, { y: id, a: '0' });
    const idaSees = collect<U>(ida, UPDATES, { y: id, a: '0' });
    const PRESENCE = `subscription($y: ID!) { settlementBoardPresence(yearId: $y) { viewers { name municipalityNumber } } }`;
    type P = { settlementBoardPresence: { viewers: { name: string; municipalityNumber: string | null }[] } };
    const kariPresence = collect<P>(kari, PRESENCE, { y: id });
    const idaPresence = collect<P>(ida, PRESENCE, { y: id });
    await Promise.all([settled(kari), settled(ida)]);

    ok(await g(SET, cell(id, '4001', 'RECOMMENDATION', 40, 0), w.staff.cookie));
    ok(await g(SET, cell(id, '4001', 'IMDI_PROPOSAL', 35, 0), w.imdi.cookie));
    for (const seen of [kariSees, idaSees]) {
      const events = await seen.waitFor(2);
      expect(events.map((e) => [e.settlementBoardUpdates.type, e.settlementBoardUpdates.cell])).toEqual([
        ['board.cell', { column: 'RECOMMENDATION', number: 40, version: 1, updatedByName: 'Kari Fylke' }],
        ['board.cell', { column: 'IMDI_PROPOSAL', number: 35, version: 1, updatedByName: 'Ida IMDi' }],
      ]);
    }

    // Ida moves to Porsgrunn's row: Kari sees it.
    ok(await g(`mutation($y: ID!) { settlementBoardFocus(yearId: $y, municipalityNumber: "4001") }`, { y: id }, w.imdi.cookie));
    const deadline = Date.now() + 5000;
    const idaAt = () => kariPresence.items.at(-1)?.settlementBoardPresence.viewers.find((v) => v.name === 'Ida IMDi')?.municipalityNumber;
    while (idaAt() !== '4001' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(idaAt()).toBe('4001');
    expect(idaPresence.items.at(-1)!.settlementBoardPresence.viewers.map((v) => v.name)).toEqual(['Ida IMDi', 'Kari Fylke']);
    expect(code(await g(`mutation($y: ID!) { settlementBoardFocus(yearId: $y, municipalityNumber: "3901") }`, { y: id }, w.imdi.cookie))).toBe('BAD_USER_INPUT');

    // Ida drops off; Kari changes a cell meanwhile; Ida's client replays it from its cursor.
    const cursor = idaSees.items[1]!.settlementBoardUpdates.cursor;
    await ida.dispose();
    ok(await g(SET, cell(id, '4001', 'RECOMMENDATION', 38, 1), w.staff.cookie));
    const back = wsClient(w.server.port, w.imdi.cookie);
    const replayed = collect<U>(back, UPDATES, { y: id, a: cursor });
    expect((await replayed.waitFor(1))[0]!.settlementBoardUpdates.cell).toMatchObject({ number: 38, version: 2 });
    await back.dispose();

    // A municipality does not sit at the board.
    const skien = wsClient(w.server.port, w.skien.cookie);
    const denied = collect(skien, UPDATES, { y: id });
    const deniedPresence = collect(skien, PRESENCE, { y: id });
    await new Promise((r) => setTimeout(r, 300));
    expect(JSON.stringify(denied.errors)).toContain('FORBIDDEN');
    expect(JSON.stringify(deniedPresence.errors)).toContain('FORBIDDEN');
    await skien.dispose();
    await kari.dispose();
  });

  it('locks into draft recommendations, which county staff edit, send (locked, versioned) and revise; the letter and CSV follow', async () => {
    const id = await newYear();
    ok(await g(SET, cell(id, '4003', 'RECOMMENDATION', 30, 0), w.staff.cookie));
    ok(await g(SET, cell(id, '4003', 'MINORS', 4, 0), w.imdi.cookie));
    ok(await g(SET, cell(id, '4003', 'COMMENT', 'Godt kvalifiseringstilbud', 0), w.staff.cookie));
    expect(code(await g(`mutation($y: ID!) { settlementBoardLock(yearId: $y) { boardState } }`, { y: id }, w.imdi.cookie))).toBe('FORBIDDEN');
    ok(await g(`mutation($y: ID!) { settlementBoardLock(yearId: $y) { boardState } }`, { y: id }, w.staff.cookie));
    expect((await g(SET, cell(id, '4003', 'RECOMMENDATION', 31, 1), w.imdi.cookie)).errors?.[0]?.message).toBe('settlement/board_locked');

    const RECS = `query($y: ID!) { settlementYear(id: $y) { viewerCan { sendRecommendations unlockBoard } municipalities { municipality { number } recommendation { id state number minors reasoning version sentVersion viewerCan { edit revise } } } } }`;
    type Recs = { settlementYear: { viewerCan: { sendRecommendations: boolean; unlockBoard: boolean }; municipalities: { municipality: { number: string }; recommendation: { id: string; state: string; number: number | null; minors: number | null; reasoning: string; version: number; sentVersion: number; viewerCan: { edit: boolean } } | null }[] } };
    const recs = ok(await g<Recs>(RECS, { y: id }, w.staff.cookie)).settlementYear;
    expect(recs.viewerCan).toEqual({ sendRecommendations: true, unlockBoard: true });
    expect(recs.municipalities).toHaveLength(17);
    const skien = recs.municipalities.find((m) => m.municipality.number === '4003')!.recommendation!;
    expect(skien).toMatchObject({ state: 'DRAFT', number: 30, minors: 4, reasoning: 'Godt kvalifiseringstilbud', viewerCan: { edit: true } });
    // Drafts are the county's own.
    expect(ok(await g<Recs>(RECS, { y: id }, w.imdi.cookie)).settlementYear.municipalities.every((m) => m.recommendation === null)).toBe(true);

    // Every municipality needs numbers before the letter goes.
    const incomplete = await g(`mutation($y: ID!) { settlementRecommendationsSend(yearId: $y) { id } }`, { y: id }, w.staff.cookie);
    expect(incomplete.errors?.[0]).toMatchObject({ message: 'settlement/recommendation_incomplete', extensions: { code: 'BAD_USER_INPUT' } });
    expect((incomplete.errors?.[0]?.extensions?.municipalities as string[]).length).toBe(16);
    const SAVE = `mutation($id: ID!, $v: Int!, $i: RecommendationInput!) { settlementRecommendationSave(id: $id, version: $v, input: $i) { version } }`;
    for (const m of recs.municipalities.filter((x) => x.municipality.number !== '4003')) ok(await g(SAVE, { id: m.recommendation!.id, v: m.recommendation!.version, i: { number: 10, minors: 0 } }, w.staff.cookie));
    expect((await g(SAVE, { id: skien.id, v: skien.version - 1, i: { number: 1 } }, w.staff.cookie)).errors?.[0]).toMatchObject({ message: 'settlement/version_conflict', extensions: { currentVersion: skien.version } });
    expect(code(await g(SAVE, { id: skien.id, v: skien.version, i: { minors: 31 } }, w.staff.cookie))).toBe('BAD_USER_INPUT');

    const sent = ok(await g<{ settlementRecommendationsSend: { state: string }[] }>(`mutation($y: ID!) { settlementRecommendationsSend(yearId: $y) { state } }`, { y: id }, w.staff.cookie));
    expect(sent.settlementRecommendationsSend).toHaveLength(17);
    expect((await g(SAVE, { id: skien.id, v: skien.version, i: { number: 1 } }, w.staff.cookie)).errors?.[0]?.message).toBe('settlement/recommendation_sent');
    expect((await g(`mutation($y: ID!) { settlementBoardUnlock(yearId: $y) { id } }`, { y: id }, w.staff.cookie)).errors?.[0]?.message).toBe('settlement/recommendations_sent');
    // Sent: IMDi and the municipality itself see them now, another municipality sees only its own.
    const imdiView = ok(await g<Recs>(RECS, { y: id }, w.imdi.cookie)).settlementYear.municipalities;
    expect(imdiView.every((m) => m.recommendation?.state === 'SENT')).toBe(true);
    const skienView = ok(await g<Recs>(RECS, { y: id }, w.skien.cookie)).settlementYear.municipalities.filter((m) => m.recommendation);
    expect(skienView.map((m) => m.municipality.number)).toEqual(['4003']);

    // Revised and sent again: version 2, version 1 kept; the letter shows the latest.
    const REVISE = `mutation($id: ID!) { settlementRecommendationRevise(id: $id) { state version } }`;
    expect(code(await g(REVISE, { id: skien.id }, w.imdi.cookie))).toBe('FORBIDDEN');
    const revised = ok(await g<{ settlementRecommendationRevise: { version: number } }>(REVISE, { id: skien.id }, w.staff.cookie)).settlementRecommendationRevise;
    ok(await g(SAVE, { id: skien.id, v: revised.version, i: { number: 28 } }, w.staff.cookie));
    ok(await g(`mutation($y: ID!) { settlementRecommendationsSend(yearId: $y) { id } }`, { y: id }, w.staff.cookie));
    expect((await em().find(RecommendationVersion, { recommendation: skien.id }, { orderBy: { version: 'asc' } })).map((v) => [v.version, v.number])).toEqual([[1, 30], [2, 28]]);

    const LETTER = `query($y: ID!) { settlementRecommendationLetter(yearId: $y) { countyName total totalMinors lines { municipalityNumber municipalityName number minors reasoning version } } }`;
    const letter = ok(await g<{ settlementRecommendationLetter: { countyName: string; total: number; totalMinors: number; lines: { municipalityNumber: string; municipalityName: string; number: number; version: number }[] } }>(LETTER, { y: id }, w.imdi.cookie)).settlementRecommendationLetter;
    expect(letter).toMatchObject({ countyName: 'Telemark', total: 16 * 10 + 28, totalMinors: 4 });
    expect(letter.lines.find((l) => l.municipalityNumber === '4003')).toMatchObject({ municipalityName: 'Skien', number: 28, version: 2 });
    expect(code(await g(LETTER, { y: id }, w.skien.cookie))).toBe('FORBIDDEN');

    const csv = await fetch(`${w.server.url}/bosetting/${id}/anbefalinger.csv?lang=nn`, { headers: { cookie: w.imdi.cookie } });
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text.split('\n')[0]).toContain('kommunenummer,kommune,tilrådd');
    expect(text).toContain('4003,Skien,28,4,Godt kvalifiseringstilbud,sendt,2');
    const sheet = await fetch(`${w.server.url}/bosetting/${id}/anbefalinger.xlsx?lang=en`, { headers: { cookie: w.staff.cookie } });
    expect(sheet.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const files = unzipSync(new Uint8Array(await sheet.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    const xml = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(xml).toContain('<t xml:space="preserve">municipality number</t>');
    expect(xml).toMatch(/<t xml:space="preserve">Skien<\/t><\/is><\/c><c r="C\d+" t="inlineStr"><is><t xml:space="preserve">28<\/t>/);
    expect((await fetch(`${w.server.url}/bosetting/${id}/anbefalinger.xlsx`, { headers: { cookie: w.skien.cookie } })).status).toBe(404);
    expect((await fetch(`${w.server.url}/bosetting/${id}/anbefalinger.csv`, { headers: { cookie: w.skien.cookie } })).status).toBe(404);
    expect((await fetch(`${w.server.url}/bosetting/${id}/anbefalinger.csv`)).status).toBe(404);
  });
});
